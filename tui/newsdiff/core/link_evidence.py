"""What decided a link: the evidence records the claim check leaves on every link.

Kept apart from :mod:`newsdiff.core.claims` (which reads sentences and needs numpy through the
scoring module) so that the data model, and with it the app's first frame and ``newsdiff
list``, load without the analysis code. :mod:`newsdiff.core.claims` re-exports both classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from newsdiff.core.models import Side

DisagreementKind = Literal["polarity", "figure", "date", "place", "speaker", "person", "title"]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two spans, one per sentence, that disagree, and how.

    ``left_span``/``right_span`` are offsets into each sentence's own text.
    """

    kind: DisagreementKind
    left: str
    right: str
    left_span: tuple[int, int]
    right_span: tuple[int, int]

    def mirrored(self) -> Disagreement:
        """The same disagreement seen from the other side (left and right swapped)."""
        return Disagreement(self.kind, self.right, self.left, self.right_span, self.left_span)

    def seen_from(self, side: Side) -> Disagreement:
        """The disagreement as ``side``'s sentence reads it: its own words and span first
        (``left``/``left_span``), the other sentence's second."""
        return self if side == "left" else self.mirrored()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready data (DESIGN.md §4: ``left``, ``right``, ``kind`` plus the spans)."""
        return {
            "left": self.left,
            "right": self.right,
            "kind": self.kind,
            "left_span": list(self.left_span),
            "right_span": list(self.right_span),
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """What decided a link: agreeing words and figures, and disagreeing pairs."""

    agree: tuple[str, ...] = ()
    disagree: tuple[Disagreement, ...] = ()
    note: str = ""

    def mirrored(self) -> Evidence:
        """The evidence seen from the other sentence: each disagreement's sides swapped."""
        if not self.disagree:
            return self
        return Evidence(self.agree, tuple(d.mirrored() for d in self.disagree), self.note)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready data: ``{"agree": [...], "disagree": [...]}`` (plus ``note`` if any)."""
        data: dict[str, object] = {
            "agree": list(self.agree),
            "disagree": [item.to_dict() for item in self.disagree],
        }
        if self.note:
            data["note"] = self.note
        return data
