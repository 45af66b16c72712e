"""Which way a duration looks ("the past two months", "the next two weeks", "every 90 days"),
for the figure conflicts of :mod:`newsdiff.core.disagreements`.

Two durations in one claim are one quantity only when they are measured the same way: a span
looking back from the telling, a span or deadline ahead of it, or a recurring interval.
"Trump fired two advisers in the past two months" and "Trump will decide within the next two
weeks" give two spans, not two figures for one; "certify every 90 days" is an interval, not a
deadline.
"""

from __future__ import annotations

from newsdiff.core.claim import Claim
from newsdiff.core.figures import Figure

_FRAMES = {
    **dict.fromkeys(("past", "last", "previous", "preceding"), "back"),
    **dict.fromkeys(("next", "coming", "within"), "ahead"),
    **dict.fromkeys(("every", "each"), "every"),
}
"""Words before a duration that say which way it looks (folded, as written)."""

FRAME_REACH = 3
"""Words before a duration read for its frame ("within the next two weeks")."""


def frame(figure: Figure, claim: Claim) -> str:
    """``"back"``, ``"ahead"``, ``"every"``, or ``""`` when the wording does not say: the
    frame word nearest before the duration within :data:`FRAME_REACH` words ("two weeks ago"
    is a date, not a duration)."""
    words = claim.words
    first = next((k for k, w in enumerate(words) if w[2] >= figure.start), len(words))
    for word in reversed(words[max(0, first - FRAME_REACH) : first]):
        if word[0] in _FRAMES:
            return _FRAMES[word[0]]
    return ""


def same_frame(a: Figure, b: Figure, left: Claim, right: Claim) -> bool:
    """Can two durations measure one span? Not when both say which way they look and the
    ways differ (:func:`frame`), and not when only one recurs: "ferries every twenty minutes"
    is how often, "closed for nine weeks" how long."""
    ours, theirs = frame(a, left), frame(b, right)
    if (ours == "every") != (theirs == "every"):
        return False
    return not ours or not theirs or ours == theirs
