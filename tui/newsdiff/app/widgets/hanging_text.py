"""Lines of label and text where a line too long for the width wraps under its text."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widget import Widget
from textual.widgets import Static

MIN_TEXT_WIDTH = 20
"""Below this many columns beside its label a line wraps from the left edge instead."""


def hanging_lines(lines: Sequence[tuple[str, str]], width: int) -> list[Content]:
    """Every ``(label, text)`` line wrapped to ``width`` cells, each continuation indented to
    where its text starts (a hanging indent), never under the label. Plain text, never markup."""
    rows: list[Content] = []
    width = max(width, 1)
    for label, text in lines:
        head = Content(label)
        hang = head.cell_length
        if hang and width - hang < MIN_TEXT_WIDTH:
            head, hang, text = Content(""), 0, label + text
        body = Content(text).wrap(width - hang) or [Content("")]
        pad = Content(" " * hang)
        for number, row in enumerate(body):
            rows.append(Content.assemble(head if number == 0 else pad, row.rstrip()))
    return rows


class HangingText(Widget):
    """Labelled lines (``all shared words: a, b, …``) whose wrapped lines align under their
    text; as tall as its wrapped lines."""

    DEFAULT_CSS = """
    HangingText { height: auto; }
    """

    def __init__(self, lines: Sequence[tuple[str, str]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines = tuple(lines)

    @property
    def text(self) -> str:
        """The lines unwrapped, one a line."""
        return "\n".join(label + text for label, text in self.lines)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the lines take wrapped to ``width``."""
        return len(hanging_lines(self.lines, width))

    def render(self) -> Content:
        """The lines wrapped to the widget's width."""
        return Content("\n").join(hanging_lines(self.lines, self.content_size.width))


def item_rows(items: Sequence[Content], width: int, hang: int = 2) -> list[Content]:
    """``items`` (``= 1 verbatim``, ``+ 12 only here``) one space apart, wrapped to ``width``
    between items, never inside one that fits; every continuation line indented ``hang`` cells,
    under the text after the first item's marker. An item wider than a line wraps on its own."""
    width = max(width, 1)
    if width - hang < MIN_TEXT_WIDTH:
        hang = 0
    pad = Content(" " * hang)
    rows: list[Content] = []
    row: Content | None = None
    for item in items:
        indent = hang if rows or row is not None else 0
        if row is not None and row.cell_length + 1 + item.cell_length <= width:
            row = Content.assemble(row, " ", item)
            continue
        if row is not None:
            rows.append(row)
            indent = hang
        pieces = item.wrap(width - indent) or [Content("")]
        lead = pad if indent else Content("")
        for piece in pieces[:-1]:
            rows.append(Content.assemble(lead, piece.rstrip()))
            lead = pad
        row = Content.assemble(lead, pieces[-1].rstrip())
    if row is not None:
        rows.append(row)
    return rows


class WrappedItems(Static):
    """Lines of items (a summary's counts), each wrapping between its items, never inside
    one, every continuation line indented under the first item's text; as tall as its rows."""

    DEFAULT_CSS = """
    WrappedItems { height: auto; }
    """

    def __init__(self, lines: Sequence[Sequence[Content]] = (), *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines = tuple(tuple(items) for items in lines)
        self.narrow: tuple[tuple[Content, ...], ...] = ()

    def show(
        self, lines: Sequence[Sequence[Content]], narrow: Sequence[Sequence[Content]] = ()
    ) -> None:
        """Show ``lines`` (each a run of items) instead; ``narrow``, when given, is what is
        shown when one of ``lines`` would wrap (the same facts in fewer cells)."""
        self.lines = tuple(tuple(items) for items in lines)
        self.narrow = tuple(tuple(items) for items in narrow)
        self.refresh(layout=True)

    def _rows(self, width: int) -> list[Content]:
        rows = [item_rows(items, width) for items in self.lines]
        if self.narrow and any(len(wrapped) > 1 for wrapped in rows):
            rows = [item_rows(items, width) for items in self.narrow]
        return [row for wrapped in rows for row in wrapped]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the items take wrapped to ``width``."""
        return len(self._rows(width))

    def render(self) -> Content:
        """The items wrapped to the widget's width."""
        return Content("\n").join(self._rows(self.content_size.width))


def hanging_rows(lines: Sequence[tuple[Content, int]], width: int) -> list[Content]:
    """Every ``(line, hang)`` wrapped to ``width`` cells, styles kept, each continuation
    indented ``hang`` cells, under the text after the line's first ``hang`` characters (a
    marker, ``L “``); from the left edge when that leaves under :data:`MIN_TEXT_WIDTH`."""
    rows: list[Content] = []
    width = max(width, 1)
    for line, hang in lines:
        if width - hang < MIN_TEXT_WIDTH:
            hang = 0
        head, body = line[:hang], line[hang:]
        pad = Content(" " * hang)
        for number, row in enumerate(body.wrap(width - hang) or [Content("")]):
            rows.append(Content.assemble(head if number == 0 else pad, row.rstrip()))
    return rows


class HangingContent(Visual):
    """Styled lines (a quote sidebar entry) that wrap, at whatever width they are drawn,
    under their text rather than under their marker; ``str()`` gives the lines unwrapped."""

    def __init__(self, lines: Sequence[tuple[Content, int]]) -> None:
        self.lines = tuple(lines)
        self._wrapped: dict[int, Content] = {}

    def __str__(self) -> str:
        return "\n".join(line.plain for line, _hang in self.lines)

    def wrapped(self, width: int) -> Content:
        """The lines wrapped to ``width``, as one Content."""
        if (content := self._wrapped.get(width)) is None:
            content = Content("\n").join(hanging_rows(self.lines, width))
            self._wrapped[width] = content
        return content

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """The wrapped lines as strips."""
        return self.wrapped(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The widest line, unwrapped."""
        return max((line.cell_length for line, _hang in self.lines), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        """How many rows the lines take at ``width``."""
        return self.wrapped(width).plain.count("\n") + 1
