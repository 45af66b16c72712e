"""Drawing the view's lines: each screen line of the laid-out comparison as a strip of cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.strip import Strip

from newsdiff.app.widgets.diff_emphasis import display_text, styled_slice
from newsdiff.app.widgets.diff_layout import GUTTER, SIDE_TAG, DiffLayout, Fold
from newsdiff.app.widgets.diff_palette import DiffStyles
from newsdiff.core.emphasis import Emphasis
from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER
from newsdiff.core.models import CharSpan, Comparison, Side, side_letter

if TYPE_CHECKING:
    from newsdiff.app.widgets.diff_cursor import Cursor


class DiffRender(DiffStyles):
    """Mixin of ``DiffView``: ``render_line`` (Textual's Line API), from the view's state below.

    Only the visible lines are drawn, each from the layout's spans: no per-line search of the
    comparison, so scrolling 2,000-sentence articles stays fluid."""

    _comparison: Comparison | None
    _layout: DiffLayout | None
    _cursor: Cursor | None
    _highlight: set[int]
    """Sentences of the other column linked to the cursor's (tinted as its counterparts)."""
    _changed: dict[tuple[Side, int], Emphasis]
    _matches: dict[tuple[Side, int], tuple[CharSpan, ...]]
    _carried: dict[tuple[Side, int], str]
    _carried_width: int

    if TYPE_CHECKING:

        def _ensure_layout(self) -> DiffLayout | None: ...

    def render_line(self, y: int) -> Strip:
        """One screen line: left gutter and text, the divider, right gutter and text."""
        width = self.scrollable_content_region.width
        base = self._base_style()
        layout = self._ensure_layout()
        if layout is None or self._comparison is None:
            return Strip.blank(width, base)
        located = layout.locate(y + int(self.scroll_offset.y))
        geometry = layout.geometry
        divider_style = base + self._part("divider")
        if located is None:
            return Strip.blank(width, base)
        row, line = located
        comparison_row = self._comparison.rows[row]
        fold = layout.fold_of.get(row)
        if fold is not None:
            if line > 0:
                return Strip.blank(width, base)
            return self._fold_line(fold, width)
        if layout.one_column:
            return self._one_column_line(row, line, width)
        segments: list[Segment] = [Segment(" " * geometry.margin, base)]
        segments += self._cell(
            "left",
            comparison_row.left,
            layout.left_lines[row],
            line,
            geometry.left_text,
            geometry.gutter,
        )
        segments.append(Segment(" │ ", divider_style))
        segments += self._cell(
            "right",
            comparison_row.right,
            layout.right_lines[row],
            line,
            geometry.right_text,
            geometry.gutter,
        )
        return Strip(segments).adjust_cell_length(width, base)

    def _fold_line(self, fold: Fold, width: int) -> Strip:
        """The line standing for a fold: ``… 6 shared sentences …``, highlighted under the
        cursor (enter opens it)."""
        style = self._base_style() + self._part("fold")
        cursor = self._cursor
        if cursor is not None and self._comparison is not None:
            rows = self._comparison.rows[fold.first : fold.last + 1]
            if any(row.on(cursor.side) == cursor.index for row in rows):
                style += self._part("cursor")
        geometry = self._layout.geometry if self._layout is not None else None
        indent = geometry.margin + geometry.gutter if geometry is not None else GUTTER
        if geometry is not None and geometry.one_column:
            indent += SIDE_TAG  # under the text, as in the two-column layout
        text = " " * indent + fold.label
        return Strip([Segment(text, style)]).adjust_cell_length(width, style)

    def _one_column_line(self, row: int, line: int, width: int) -> Strip:
        """One line of the one-column layout: the left sentence's lines, then the right's."""
        layout = self._layout
        assert layout is not None and self._comparison is not None
        comparison_row = self._comparison.rows[row]
        left_lines = layout.left_lines[row]
        base = self._base_style()
        if line >= len(left_lines) + len(layout.right_lines[row]):
            return Strip.blank(width, base)  # the spacer after the row (no tag of a missing side)
        side: Side = "left" if line < len(left_lines) else "right"
        index = comparison_row.on(side)
        spans = left_lines if side == "left" else layout.right_lines[row]
        within = line if side == "left" else line - len(left_lines)
        tag = side_letter(side) if within == 0 else " "
        segments = [
            Segment(" " * layout.geometry.margin, base),
            Segment(tag.ljust(SIDE_TAG), base + self._part("side")),
        ]
        if index is None:
            return Strip(segments).adjust_cell_length(width, base)
        segments += self._cell(
            side, index, spans, within, layout.geometry.left_text, layout.geometry.gutter
        )
        return Strip(segments).adjust_cell_length(width, base)

    def _cell(
        self,
        side: Side,
        index: int | None,
        spans: list[tuple[int, int]],
        line: int,
        text_width: int,
        gutter: int = GUTTER,
    ) -> list[Segment]:
        base = self._base_style()
        if index is None or line >= len(spans) or self._comparison is None:
            return [Segment(" " * (gutter + text_width), base)]
        aligned = self._comparison.aligned(side, index)
        # Site furniture is dim and untinted: its label ("unique") says nothing about it.
        style = base if aligned.boilerplate else base + self._part(aligned.label)
        cursor = self._cursor
        if cursor is not None:
            if cursor.side == side and cursor.index == index:
                style += self._part("cursor")
            elif cursor.side != side and index in self._highlight:
                style += self._part("counterpart")
        if aligned.boilerplate:
            style = self._over(style, "boilerplate")
        segments: list[Segment] = []
        if line == 0:
            carried = self._carried_width
            if carried:
                count = self._carried.get((side, index), "")
                segments.append(Segment(f"{count:>{carried - 1}} ", self._over(style, "number")))
            number = f"{index + 1:>{gutter - carried - GUTTER - 1}} "
            segments.append(Segment(number, self._over(style, "number")))
            # the label, then the moved mark in the cell before the text, as the text report
            # prints `≈↕`: `↕` alone hid whether a moved sentence was shared or reworded
            marker = MARKERS[aligned.label]
            after = MOVED_MARKER if aligned.moved else " "
            marker_style = self._over(style, f"marker-{aligned.label}")
            if aligned.boilerplate:  # site furniture is `·` dim, as in every report
                marker, after = BOILERPLATE_MARKER, " "
                marker_style = self._over(style, "boilerplate")
            segments.append(Segment(marker, marker_style))
            segments.append(Segment(after, marker_style if aligned.moved else style))
        else:
            segments.append(Segment(" " * gutter, style))
        start, end = spans[line]
        sentence = aligned.sentence
        text = display_text(sentence.text)
        found = self._changed.get((side, index))
        changed_style = self._over(style, found.kind if found is not None else "changed")
        segments += styled_slice(
            text,
            start,
            end,
            found.spans if found is not None else (),
            sentence.start,
            style,
            changed_style,
            self._matches.get((side, index), ()),
            style + self._part("match"),
        )
        strip = Strip(segments).adjust_cell_length(gutter + text_width, style)
        return list(strip)
