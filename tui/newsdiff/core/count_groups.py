"""Whether two counts of differently named things ("100 people" / "200 migrants") count one
group, for the figure conflicts of :mod:`newsdiff.core.disagreements`.

Two counts of one noun in one claim are one count. Two counts of nouns only a group joins
(:func:`~newsdiff.core.counted_nouns.noun_group`: "people", "migrants", "attendees") may be two
groups of one story — a crowd on one side of a border and the travellers on the other — and a
reader is misled worst by a `≠` between two true figures. They are one count only when the
claim around them is shared without the words that merely package a count ("a group of",
"a crowd of", "a total of"), and neither sentence sets its group apart from the other's by a
place of its own ("on the U.S. side", "in Tijuana").
"""

from __future__ import annotations

from newsdiff.core.claim import Claim
from newsdiff.core.figures import Figure
from newsdiff.core.words import stem

COUNT_HEADS = frozenset(
    stem(w)
    for w in "group groups crowd crowds total number numbers band bands party contingent "
    "handful batch batches cluster throng gathering".split()
)
"""Nouns that package a count ("a group of about 100 people", "a total of 12 cases"): they
say what was counted is a group, not what is claimed of it."""

HEAD_REACH = 4
"""Words before a count read for its packaging noun ("a group of about 100")."""


def count_heads(figure: Figure, claim: Claim) -> set[str]:
    """The packaging nouns of a count: a :data:`COUNT_HEADS` word followed by "of" within
    :data:`HEAD_REACH` words before it."""
    words = claim.words
    first = next((k for k, w in enumerate(words) if w[2] >= figure.start), len(words))
    window = words[max(0, first - HEAD_REACH) : first]
    return {
        w[1]
        for k, w in enumerate(window)
        if w[1] in COUNT_HEADS and k + 1 < len(window) and window[k + 1][0] == "of"
    }


def one_group(a: Figure, b: Figure, left: Claim, right: Claim, share: float) -> bool:
    """Do two counts of differently named things, in sentences that share their claim, count
    one group? The claim words in common must still make ``share`` of the smaller set once
    the counts' packaging nouns (:func:`count_heads`) and nouns are left out, with at least
    two words in common; and the two sentences may not place their groups apart (each names
    a place the other does not)."""
    nouns = {f.noun for f in left.figures + right.figures if f.noun}
    heads = count_heads(a, left) | count_heads(b, right)
    ours = left.claim_words - nouns - heads
    theirs = right.claim_words - nouns - heads
    common = len(ours & theirs)
    if common < 2 or common < share * min(len(ours), len(theirs)):
        return False
    places_left = {p[0] for p in left.places}
    places_right = {p[0] for p in right.places}
    return not (places_left - places_right and places_right - places_left)
