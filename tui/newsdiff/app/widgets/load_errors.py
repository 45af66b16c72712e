"""The library's notice of files that could not be loaded: every one counted, none hidden."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

MAX_ROWS = 6
"""Rows of text the notice takes at most (its border adds two); the files that do not fit
are counted on its last row."""


def notice_rows(lines: Sequence[str], width: int, max_rows: int = MAX_ROWS) -> list[Content]:
    """The title and one ``path: reason`` item per line, each wrapped with its continuation
    rows indented under the item; the items that do not fit ``max_rows`` are counted on a
    last row (``… and 4 more: newsdiff list names every one``)."""
    width = max(width, 8)
    count = len(lines)
    title = Content.styled(
        f"{count} file{'s' if count != 1 else ''} could not be loaded:", "bold $text-error"
    )
    rows = title.wrap(width)
    items = [_item_rows(line, width) for line in lines]
    if len(rows) + sum(map(len, items)) <= max_rows:
        return rows + [row for item in items for row in item]
    room = max_rows - len(rows) - 1
    shown = 0
    for item in items:
        if len(item) > room and shown:
            break
        rows.extend(item[: max(room, 1)])
        room -= len(item)
        shown += 1
        if room <= 0:
            break
    more = count - shown
    if more:
        rows.extend(
            Content.styled(
                f"  … and {more} more: newsdiff list names every one", "$text-muted"
            ).wrap(width)
        )
    return rows


def _item_rows(line: str, width: int) -> list[Content]:
    first, *rest = Content(line).wrap(max(width - 2, 4)) or [Content("")]
    rows = [Content("  ") + first]
    if rest:
        tail = Content(" ".join(row.plain for row in rest))
        rows.extend(Content("    ") + row for row in tail.wrap(max(width - 4, 4)))
    return rows


class LoadErrors(Widget):
    """``3 files could not be loaded:`` and each file with its reason, as many as fit, the
    rest counted; as tall as its rows."""

    DEFAULT_CSS = """
    LoadErrors { height: auto; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.lines: tuple[str, ...] = ()

    def show(self, lines: Sequence[str]) -> None:
        """List ``lines`` (one ``path: reason`` each) instead."""
        self.lines = tuple(lines)
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the notice takes at ``width``."""
        return len(notice_rows(self.lines, width))

    def render(self) -> Content:
        """The notice at the widget's width."""
        return Content("\n").join(notice_rows(self.lines, self.content_size.width))
