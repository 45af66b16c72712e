"""What a story's conflict disagrees on: the claim check of two variants, read on demand.

The story keeps each link as its two sentences, label and score
(:class:`~newsdiff.core.story_model.PairLink`), not the evidence the claim check left on it: a
corpus of thirty articles makes thousands of links, and a reader asks for the evidence of a
few. A claim flagged ``≠`` then said *that* two variants disagree but not *what* (the
thirteenth user trial), where the pair view says ``figure: 6 weeks ↔ 9 weeks``.
:func:`conflict_evidence` runs the pair view's claim check on the two sentences of one
conflict link only, with its inputs read as :meth:`newsdiff.core.compare.PreparedPair.check`
reads them (one recipe: :mod:`newsdiff.core.claim_inputs`), so building a story costs what it
did; the Story screen and the reports call it for the conflicting claims they show. Pure, no
I/O beyond the article cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdiff.core.link_evidence import Evidence
from newsdiff.core.story_model import Claim, Position, Story

if TYPE_CHECKING:
    from newsdiff.core.claim import Claim as SentenceClaim
    from newsdiff.core.models import Side


@dataclass(frozen=True, slots=True)
class Conflict:
    """One conflict link of a claim and what disagrees in it.

    Attributes:
        left: The end in the earlier article (corpus order): the pair view's left sentence
            when the story opens that pair (``enter`` on the claim).
        right: The other end.
        evidence: The claim check's evidence, ``left`` as its left sentence (``Disagreement``
            ``left``/``left_span`` are ``left``'s words).
    """

    left: Position
    right: Position
    evidence: Evidence


def conflict_evidence(story: Story, first: Position, second: Position) -> Evidence:
    """The claim check's evidence for the sentences ``first`` and ``second`` of two articles of
    ``story``, ``first`` as the left sentence: the same check, with the same inputs (each
    sentence's claim with its quotes' speakers and its subject's referent, their near-verbatim
    score, meaning cosine, the articles' dates, which is a headline) the pair view runs."""
    from newsdiff.core.claim_inputs import check_pair
    from newsdiff.core.verbatim import verbatim_matrix
    from newsdiff.core.words import features

    left = _sentence_claim(story, first)
    right = _sentence_claim(story, second)
    ends = [story.sentences[a][i] for a, i in (first, second)]
    texts = [sentence.text for sentence in ends]
    verbatim = float(
        verbatim_matrix([features(texts[0]).words], [features(texts[1]).words], 1)[0, 0]
    )
    check = check_pair(
        left,
        right,
        verbatim=verbatim,
        meaning=lambda: _meaning(texts),  # read only if a rule asks, as the pair view does
        articles=(story.articles[first[0]], story.articles[second[0]]),
        sentences=(ends[0], ends[1]),
    )
    return check.evidence


def claim_conflicts(story: Story, claim: Claim) -> list[Conflict]:
    """Each conflict link of ``claim`` with its evidence, in reading order (by the earlier end,
    then the later), the earlier article's end as ``left``."""
    pairs = sorted(
        {tuple(sorted((link.a, link.b))) for link in claim.links if link.label == "conflict"}
    )
    return [Conflict(a, b, conflict_evidence(story, a, b)) for a, b in pairs]


def disagreement_words(story: Story, conflict: Conflict, end: Position | None = None) -> str:
    """``figure: 800 ↔ 2,500`` (``; date: …`` for more): what disagrees, as the pair view's
    status line writes it beside the sentence ``end`` (its own words first; default: the
    left one); ``""`` when the check names no pair of words (a link it no longer reads as a
    conflict on its own)."""
    from newsdiff.core.evidence import describe_evidence

    if not conflict.evidence.disagree:
        return ""
    side: Side = "right" if end == conflict.right else "left"
    article, index = conflict.right if side == "right" else conflict.left
    return describe_evidence(conflict.evidence, side, story.sentences[article][index].text)


def conflict_ends(conflict: Conflict, names: Sequence[str]) -> str:
    """``port_gazette.txt S2 ≠ valley_wire.txt S2``: a conflict's two ends, named as the
    cross-reference lines name sentences (``names``: the articles', numbered from 1)."""
    from newsdiff.core.markers import LINK_MARKERS
    from newsdiff.core.story_xref import sentence_label

    return (
        f"{sentence_label(names, conflict.left)} {LINK_MARKERS['conflict']} "
        f"{sentence_label(names, conflict.right)}"
    )


def conflict_line(story: Story, conflict: Conflict, names: Sequence[str]) -> str:
    """``port_gazette.txt S2 ≠ valley_wire.txt S2 · figure: 2,500 ↔ 800``: one conflict of a
    claim, its ends (:func:`conflict_ends`), then what disagrees (:func:`disagreement_words`)."""
    words = disagreement_words(story, conflict)
    head = conflict_ends(conflict, names)
    return f"{head} · {words}" if words else head


def _sentence_claim(story: Story, position: Position) -> SentenceClaim:
    """The claim of one sentence as the pair view reads it (:meth:`PreparedPair._read`)."""
    from newsdiff.core.claim_inputs import sentence_claim, sentence_quotes, speakers_by_sentence

    article, index = position
    sentences = story.sentences[article]
    speakers = speakers_by_sentence(sentence_quotes(story.articles[article].text, sentences))
    return sentence_claim(index, sentences, story.boilerplate[article], speakers)


def _meaning(texts: Sequence[str]) -> float | None:
    """The cosine of the two texts' meaning vectors (``None`` when the signal is off)."""
    from newsdiff.core import semantic
    from newsdiff.core.claim_inputs import meaning_cosine

    vectors = semantic.sentence_vectors(list(texts))
    return meaning_cosine(vectors, 0, vectors, 1)


__all__ = [
    "Conflict",
    "conflict_ends",
    "claim_conflicts",
    "conflict_evidence",
    "conflict_line",
    "disagreement_words",
]
