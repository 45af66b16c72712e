"""The library's notice of files that could not be loaded: every one counted, none hidden."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

MAX_ROWS = 6
"""Rows of text the notice takes at most (its border adds two); the files that do not fit
are counted on its last row."""


OWN_REPORT = re.compile(r": a (?:saved )?newsdiff [^:]*, not an article(?: \(reopen it: .*\))?$")
"""The reason the loader gives a file newsdiff itself wrote (a saved comparison, a report)."""


def own_reports(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """``lines`` split into the files that failed and newsdiff's own reports (saved beside
    the articles, as the save dialog offers): these were left out on purpose, not lost."""
    failed = [line for line in lines if not OWN_REPORT.search(line)]
    reports = [line for line in lines if OWN_REPORT.search(line)]
    return failed, reports


def notice_rows(lines: Sequence[str], width: int, max_rows: int = MAX_ROWS) -> list[Content]:
    """The title and one ``path: reason`` item per line, each wrapped with its continuation
    rows indented under the item; the items that do not fit ``max_rows`` are counted on a
    last row (``… and 4 more: newsdiff list names every one``). newsdiff's own reports are
    not failures: one muted row counts them (``3 newsdiff reports left out: …``)."""
    width = max(width, 8)
    lines, reports = own_reports(lines)
    note = _reports_row(reports, width)
    if not lines:
        return note
    return _failed_rows(lines, width, max_rows - len(note)) + note


def _reports_row(reports: Sequence[str], width: int) -> list[Content]:
    """``2 newsdiff reports left out (not articles): a.html, b.md``, cut to one row."""
    if not reports:
        return []
    count = len(reports)
    names = ", ".join(OWN_REPORT.sub("", line) for line in reports)
    text = f"{count} newsdiff report{'s' if count != 1 else ''} left out (not articles): {names}"
    if cell_len(text) > width:
        text = set_cell_size(text, width - 1) + "…"
    return [Content.styled(text, "$text-muted")]


def _failed_rows(lines: Sequence[str], width: int, max_rows: int) -> list[Content]:
    max_rows = max(max_rows, 2)
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
        """List ``lines`` (one ``path: reason`` each) instead. Only newsdiff's own reports: no
        error box around their muted line (nothing went wrong)."""
        self.lines = tuple(lines)
        failed, _ = own_reports(self.lines)
        if failed or not self.lines:
            self.styles.clear_rule("border")
        else:
            self.styles.border = ("none", "transparent")
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the notice takes at ``width``."""
        return len(notice_rows(self.lines, width))

    def render(self) -> Content:
        """The notice at the widget's width."""
        return Content("\n").join(notice_rows(self.lines, self.content_size.width))
