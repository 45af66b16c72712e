"""The status line's evidence fitted to the room it has: shortened a whole piece at a time.

The twelfth trial's line ended ``figure: hundreds of thousands ↔ 100,0… · i: all`` (a figure
cut inside itself reads as another figure) and ``Mueller, Trump, report | L1 ≈ R4 · s… · i:
all`` (a second link cut to its first letters). A line too long now drops, in turn, the links
after the first (saying how many: ``(+1 more)``), ``moved (↕)`` (the gutter shows it), that
count (``i: all`` still ends the line), a conflict's score (its disagreement is what the line
is for), and then whole items from the end of the evidence — agreeing words or
disagreements, ``…`` saying some went — never a figure, a word or a name cut inside itself.
``i`` still shows everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rich.cells import cell_len

from newsdiff.core.evidence import (
    MAX_AGREE_SHOWN,
    agree_seen_from,
    describe_link,
    describe_scores,
    without_repeats,
)
from newsdiff.core.markers import LINK_MARKERS
from newsdiff.core.models import Link, Settings, Side, other_side, side_letter
from newsdiff.core.sanitize import visible


def flat(text: str) -> str:
    """``text`` on one visible line, runs of white space made one space."""
    return " ".join(visible(text).split())


@dataclass(frozen=True, slots=True)
class LinkPieces:
    """One link of the status line in the pieces it can be shortened by.

    Attributes:
        whole: The link as :func:`newsdiff.core.evidence.describe_link` words it.
        head: ``L3 ≠ R8``.
        scores: ``score 74 · order 41`` or ``linked by its figure``.
        items: The disagreements (``figure: 6 weeks ↔ 9 weeks``) or the agreeing words.
        joiner: What the items are written apart with (``; `` or ``, ``).
        conflict: Whether the link is a conflict (its score goes before its items do).
    """

    whole: str
    head: str
    scores: str
    items: tuple[str, ...]
    joiner: str
    conflict: bool

    def shorter(self) -> Iterator[str]:
        """The link ever shorter: without a conflict's score, then with fewer items."""
        kept = [self.scores] if self.scores and not self.conflict else []
        if self.conflict:
            yield " · ".join([self.head, *kept, self.joiner.join(self.items)])
            # the disagreeing words alone (``hundreds of thousands ↔ 55,000``): the kind
            # goes before a figure does
            bare = tuple(item.partition(": ")[2] or item for item in self.items)
            yield " · ".join([self.head, self.joiner.join(bare)])
        for count in range(len(self.items) - 1, 0, -1):
            items = self.joiner.join(self.items[:count]) + self.joiner.rstrip() + " …"
            yield " · ".join([self.head, *kept, items])
        if kept:
            yield " · ".join([self.head, *kept])
        yield self.head


def link_pieces(side: Side, index: int, link: Link, text: str, settings: Settings) -> LinkPieces:
    """:class:`LinkPieces` of ``link`` of sentence ``index`` of ``side`` (its text ``text``)."""
    head = f"{side_letter(side)}{index + 1} {LINK_MARKERS[link.label]} "
    head += f"{side_letter(other_side(side))}{link.index + 1}"
    evidence = link.evidence
    if evidence.disagree:
        items = tuple(
            f"{item.kind}: {item.seen_from(side).left} ↔ {item.seen_from(side).right}"
            for item in evidence.disagree
        )
        joiner = "; "
    else:
        words = without_repeats(agree_seen_from(evidence.agree, side, text))
        items, joiner = tuple(words[:MAX_AGREE_SHOWN]), ", "
    return LinkPieces(
        whole=flat(describe_link(side, index, link, text, settings)),
        head=head,
        scores=describe_scores(link, settings),
        items=tuple(flat(item) for item in items if flat(item)),
        joiner=joiner,
        conflict=link.label == "conflict",
    )


@dataclass(frozen=True, slots=True)
class StatusPieces:
    """The status line of a linked sentence in pieces (see the module docstring).

    Attributes:
        links: The links described, strongest first (a conflict first).
        more: How many more links the sentence has than are described.
        moved: `` · moved (↕)`` when the sentence is moved, else empty.
    """

    links: tuple[LinkPieces, ...]
    more: int
    moved: str

    def __str__(self) -> str:
        """The whole line."""
        return self._line(len(self.links), self.moved)

    def _line(self, count: int, moved: str, first: str | None = None, more: bool = True) -> str:
        described = [link.whole for link in self.links[:count]]
        if first is not None:
            described[0] = first
        left_out = self.more + len(self.links) - count
        return " | ".join(described) + moved + (f" (+{left_out} more)" if more and left_out else "")

    def fit(self, cells: int) -> str:
        """The line in at most ``cells`` cells when it can be, shortened a whole piece at a
        time; the shortest form (the first link's ``L3 ≠ R8``) when nothing fits (the
        caller cuts it)."""
        for line in self._forms():
            if cell_len(line) <= cells:
                return line
        return self._line(1, "", self.links[0].head)

    def disagreement(self, cells: int) -> int:
        """The cells the first link's disagreement takes whole (``L3 ≠ R7 · figure: 6 weeks ↔
        9 weeks``, else without its kind) when that fits in ``cells``; else 0 (no conflict)."""
        first = self.links[0]
        if not first.conflict or not first.items:
            return 0
        bare = [item.partition(": ")[2] or item for item in first.items]
        for items in (first.items, bare):
            size = cell_len(" · ".join([first.head, first.joiner.join(items)]))
            if size <= cells:
                return size
        return 0

    def _forms(self) -> Iterator[str]:
        for count in range(len(self.links), 0, -1):
            yield self._line(count, self.moved)
        yield self._line(1, "")
        yield self._line(1, "", more=False)  # ``i: all`` still says there is more
        for first in self.links[0].shorter():
            yield self._line(1, "", first)
            yield self._line(1, "", first, more=False)


@dataclass(frozen=True, slots=True)
class TwoForms:
    """A status line with one shorter form: ``L2 + not linked in this pair · the story's
    claim also holds R2`` that says ``L2 + not linked in this pair`` where it does not fit."""

    whole: str
    short: str

    def __str__(self) -> str:
        """The whole line."""
        return self.whole

    def fit(self, cells: int) -> str:
        """The whole line if it fits in ``cells``, else the short one (the caller cuts it)."""
        return self.whole if cell_len(self.whole) <= cells else self.short
