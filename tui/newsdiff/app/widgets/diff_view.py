"""The side-by-side comparison: one Line API widget, two columns, one row per aligned pair.

Both columns live in the same widget, so they scroll together by construction. Only the visible
lines are rendered (``render_line``), from a line layout computed once per width, which keeps
2,000-sentence articles fluid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsdiff.app.widgets.diff_layout import GUTTER, DiffLayout
from newsdiff.core.evidence import disagreeing_spans
from newsdiff.core.models import AlignedSentence, CharSpan, Comparison
from newsdiff.core.sanitize import visible

Side = Literal["left", "right"]
"""A column of the comparison."""

MARKERS = {"shared": "=", "paraphrased": "≈", "conflict": "≠", "unique": "+"}
"""Gutter marker per label; a moved sentence shows ``MOVED_MARKER`` instead."""

MOVED_MARKER = "↕"
"""Gutter marker of a linked sentence that sits out of order."""


def other(side: Side) -> Side:
    """The other column."""
    return "right" if side == "left" else "left"


@dataclass(frozen=True, slots=True)
class Cursor:
    """The sentence under the cursor: a column and a sentence index of that column's article."""

    side: Side
    index: int


def display_text(text: str) -> str:
    """Sentence text made safe for one screen line: controls visible, line breaks as spaces."""
    return visible(text).replace("\n", " ").replace("\t", " ")


class DiffView(ScrollView, can_focus=True, inherit_bindings=False):
    """Two aligned columns of sentences with gutter markers, word emphasis and a sentence cursor.

    | Key | Action |
    | --- | --- |
    | `j` / `down`, `k` / `up` | next / previous sentence in the cursor's column |
    | `h` / `left`, `l` / `right` | move the cursor to the left / right column |
    | `enter` / `o` | jump to the counterpart on the other side |
    | `pagedown` / `pageup` / `space` | scroll a page |
    | `g` / `home`, `G` / `end` | first / last sentence |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next sentence", show=False, id="cursor-down"),
        Binding("k,up", "cursor_up", "Previous sentence", show=False, id="cursor-up"),
        Binding("h,left", "column('left')", "Left column", show=False, id="left-column"),
        Binding("l,right", "column('right')", "Right column", show=False, id="right-column"),
        Binding(
            "enter,o",
            "counterpart",
            "Match",
            tooltip="Jump to the linked sentence on the other side",
            id="counterpart",
        ),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="page-down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="page-up"),
        Binding("g,home", "edge('first')", "First sentence", show=False, id="first"),
        Binding("G,end", "edge('last')", "Last sentence", show=False, id="last"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "diffview--shared",
        "diffview--paraphrased",
        "diffview--unique",
        "diffview--conflict",
        "diffview--marker-conflict",
        "diffview--disagree",
        "diffview--marker-shared",
        "diffview--marker-paraphrased",
        "diffview--marker-unique",
        "diffview--changed",
        "diffview--boilerplate",
        "diffview--cursor",
        "diffview--counterpart",
        "diffview--divider",
        "diffview--empty",
        "diffview--number",
    }

    DEFAULT_CSS = """
    DiffView {
        background: $surface;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        overflow-y: auto;
        &:focus { background-tint: $foreground 3%; }
        & > .diffview--shared { }
        & > .diffview--paraphrased { background: $warning 10%; }
        & > .diffview--unique { background: $error 12%; }
        & > .diffview--marker-shared { color: $text-success; text-style: bold; }
        & > .diffview--marker-paraphrased { color: $text-warning; text-style: bold; }
        & > .diffview--marker-unique { color: $text-error; text-style: bold; }
        & > .diffview--conflict { background: $secondary 22%; }
        & > .diffview--marker-conflict { color: $text-secondary; text-style: bold reverse; }
        & > .diffview--disagree { color: $text-secondary; text-style: bold reverse; }
        & > .diffview--changed { text-style: bold underline; background: $warning 30%; }
        & > .diffview--boilerplate { color: $text-muted; text-style: italic; }
        & > .diffview--cursor { background: $primary 55%; }
        & > .diffview--counterpart { background: $primary 25%; }
        & > .diffview--divider { color: $foreground 25%; }
        & > .diffview--empty { color: $text-muted; }
        & > .diffview--number { color: $text-muted; }
        &:ansi {
            & > .diffview--paraphrased { background: transparent; }
            & > .diffview--unique { background: transparent; }
            & > .diffview--conflict { background: transparent; }
            & > .diffview--disagree { text-style: bold reverse; }
            & > .diffview--changed { background: transparent; text-style: bold underline; }
            & > .diffview--cursor { background: transparent; text-style: reverse; }
            & > .diffview--counterpart { background: transparent; text-style: bold italic; }
        }
    }
    """

    @dataclass
    class CursorMoved(Message):
        """The cursor moved to another sentence."""

        diff_view: DiffView
        cursor: Cursor | None

        @property
        def control(self) -> DiffView:
            """The view whose cursor moved."""
            return self.diff_view

    def __init__(
        self,
        comparison: Comparison | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._comparison = comparison
        self._layout: DiffLayout | None = None
        self._known_width = 0
        self._cursor: Cursor | None = None
        self._highlight: set[int] = set()
        self._changed: dict[tuple[Side, int], tuple[CharSpan, ...]] = {}
        self._stops: list[tuple[int, int, Side, int]] = []
        self._conflicts: list[tuple[int, int, Side, int]] = []
        self._orders: dict[Side, list[int]] = {"left": [], "right": []}
        self._positions: dict[Side, dict[int, int]] = {"left": {}, "right": {}}
        self._style_cache: dict[str, Style] = {}
        if comparison is not None:
            self._prepare(comparison, keep_cursor=False)

    # ------------------------------------------------------------------ data

    @property
    def comparison(self) -> Comparison | None:
        """The comparison shown, if any."""
        return self._comparison

    @property
    def cursor(self) -> Cursor | None:
        """The sentence under the cursor."""
        return self._cursor

    @property
    def layout(self) -> DiffLayout | None:
        """The current line layout (computed lazily for the current width)."""
        return self._ensure_layout()

    @property
    def layout_width(self) -> int:
        """The width the text is wrapped at (the last one known while the view is hidden)."""
        width = self.scrollable_content_region.width
        if width > 0:
            self._known_width = width
            return width
        return self._known_width or max(self.size.width, 20)

    @property
    def width_known(self) -> bool:
        """Whether the view has been laid out (so :attr:`layout_width` is its real width)."""
        return self.scrollable_content_region.width > 0 or self._known_width > 0

    def show(
        self,
        comparison: Comparison | None,
        *,
        keep_cursor: bool = True,
        layout: DiffLayout | None = None,
    ) -> None:
        """Show ``comparison``; keep the cursor on the same sentence when it still exists.

        ``layout`` is the comparison's line layout when the caller built it already (a worker
        does, at :attr:`layout_width`); it is used when it still fits the width.
        """
        self._comparison = comparison
        self._layout = layout if layout is not None and layout.comparison is comparison else None
        if comparison is None:
            self._cursor = None
            self._changed = {}
            self._stops = []
            self._conflicts = []
        else:
            self._prepare(comparison, keep_cursor=keep_cursor)
        self._update_virtual_size()
        self.refresh()
        if self._cursor is not None and self.is_mounted:
            self.call_after_refresh(self.scroll_to_cursor, center=True)
        self.post_message(self.CursorMoved(self, self._cursor))

    def _prepare(self, comparison: Comparison, *, keep_cursor: bool) -> None:
        """Precompute changed-word spans and the difference stops of ``comparison``."""
        self._changed = _changed_spans(comparison)
        stops: list[tuple[int, int, Side, int]] = []
        for number, row in enumerate(comparison.rows):
            for order, side, index in ((0, "left", row.left), (1, "right", row.right)):
                if index is None:
                    continue
                aligned = _sentences(comparison, side)[index]
                if _is_difference(aligned):
                    stops.append((number, order, side, index))
        self._stops = stops
        self._conflicts = [
            stop for stop in stops if _sentences(comparison, stop[2])[stop[3]].label == "conflict"
        ]
        for side in ("left", "right"):
            order = [
                getattr(row, side) for row in comparison.rows if getattr(row, side) is not None
            ]
            self._orders[side] = order
            self._positions[side] = {index: position for position, index in enumerate(order)}
        cursor = self._cursor if keep_cursor else None
        if cursor is not None and cursor.index >= len(_sentences(comparison, cursor.side)):
            cursor = None
        if cursor is None:
            cursor = self._first_cursor(comparison)
        self._set_cursor(cursor, post=False)

    @staticmethod
    def _first_cursor(comparison: Comparison) -> Cursor | None:
        for row in comparison.rows:
            if row.left is not None:
                return Cursor("left", row.left)
            if row.right is not None:
                return Cursor("right", row.right)
        return None

    def _ensure_layout(self) -> DiffLayout | None:
        if self._comparison is None:
            return None
        width = self.layout_width
        if self._layout is None or self._layout.geometry.width != width:
            self._layout = DiffLayout(self._comparison, width)
        return self._layout

    def _update_virtual_size(self) -> None:
        layout = self._ensure_layout()
        width = self.scrollable_content_region.width
        self.virtual_size = Size(width, layout.height if layout else 0)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap the sentences for the new width (a layout of this width is kept)."""
        self._update_virtual_size()
        if self._cursor is not None:
            self.call_after_refresh(self.scroll_to_cursor)

    def on_mount(self) -> None:
        """Lay out for the first size."""
        self._update_virtual_size()

    # ---------------------------------------------------------------- cursor

    def _set_cursor(self, cursor: Cursor | None, *, post: bool = True) -> None:
        self._cursor = cursor
        self._highlight = set()
        if cursor is not None and self._comparison is not None:
            aligned = _sentences(self._comparison, cursor.side)[cursor.index]
            self._highlight = {link.index for link in aligned.links}
        self.refresh()
        if post:
            self.post_message(self.CursorMoved(self, cursor))

    def move_cursor(self, cursor: Cursor | None, *, center: bool = False) -> None:
        """Put the cursor on ``cursor`` and scroll it into view."""
        self._set_cursor(cursor)
        self.scroll_to_cursor(center=center)

    def scroll_to_cursor(self, center: bool = False) -> None:
        """Scroll so the cursor's row (and its counterpart when close) is visible."""
        layout = self._ensure_layout()
        if layout is None or self._cursor is None:
            return
        row = layout.row_of(self._cursor.side, self._cursor.index)
        if row is None:
            return
        region = Region(0, layout.row_top[row], 1, layout.row_height[row])
        self.scroll_to_region(
            region,
            animate=False,
            center=center,
            spacing=Spacing(1, 0, 1, 0),
            force=True,
            immediate=True,
        )

    def _column_order(self, side: Side) -> list[int]:
        """Sentence indices of ``side`` in display order."""
        return self._orders[side] if self._comparison is not None else []

    def action_cursor_down(self) -> None:
        """Move to the next sentence of the cursor's column."""
        self._step(1)

    def action_cursor_up(self) -> None:
        """Move to the previous sentence of the cursor's column."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self._cursor is None:
            return
        visible = self._first_visible(self._cursor.side)
        if visible is not None and not self._cursor_visible():
            # After scrolling with the wheel, the cursor continues from what is on screen.
            self.move_cursor(Cursor(self._cursor.side, visible))
            return
        order = self._column_order(self._cursor.side)
        position = self._positions[self._cursor.side].get(self._cursor.index)
        if position is None:
            return
        target = min(max(position + delta, 0), len(order) - 1)
        if order and target != position:
            self.move_cursor(Cursor(self._cursor.side, order[target]))
        elif delta > 0:
            self.scroll_end(animate=False, immediate=True)
        else:
            self.scroll_home(animate=False, immediate=True)

    def _cursor_visible(self) -> bool:
        layout = self._ensure_layout()
        if layout is None or self._cursor is None:
            return False
        row = layout.row_of(self._cursor.side, self._cursor.index)
        if row is None:
            return False
        top = int(self.scroll_offset.y)
        bottom = top + self.scrollable_content_region.height
        return layout.row_top[row] < bottom and layout.row_top[row] + layout.row_height[row] > top

    def _first_visible(self, side: Side) -> int | None:
        """The first sentence of ``side`` whose row starts on screen."""
        layout = self._ensure_layout()
        if layout is None or self._comparison is None:
            return None
        top = int(self.scroll_offset.y)
        bottom = top + self.scrollable_content_region.height
        located = layout.locate(top)
        if located is None:
            return None
        rows = self._comparison.rows
        for number in range(located[0], len(rows)):
            if layout.row_top[number] >= bottom:
                break
            index = getattr(rows[number], side)
            if index is not None and layout.row_top[number] >= top:
                return index
        return None

    def action_page(self, direction: int) -> None:
        """Move the cursor about one screen up or down."""
        layout = self._ensure_layout()
        if layout is None or self._cursor is None:
            return
        row = layout.row_of(self._cursor.side, self._cursor.index) or 0
        target_y = layout.row_top[row] + direction * max(
            1, self.scrollable_content_region.height - 2
        )
        order = self._column_order(self._cursor.side)
        best = None
        for index in order if direction > 0 else reversed(order):
            index_row = layout.row_of(self._cursor.side, index)
            if index_row is None:
                continue
            top = layout.row_top[index_row]
            if (direction > 0 and top <= target_y) or (direction < 0 and top >= target_y):
                best = index
            else:
                break
        if best is None and order:
            best = order[-1] if direction > 0 else order[0]
        if best is not None:
            self.move_cursor(Cursor(self._cursor.side, best))

    def action_edge(self, which: str) -> None:
        """Move the cursor to the first or last sentence of its column."""
        if self._cursor is None:
            return
        order = self._column_order(self._cursor.side)
        if order:
            self.move_cursor(Cursor(self._cursor.side, order[0 if which == "first" else -1]))

    def action_column(self, side: Side) -> None:
        """Move the cursor to ``side``: to the counterpart if linked, else the nearest sentence."""
        if self._cursor is None or self._cursor.side == side:
            return
        self.move_cursor(self.nearest_on(side))

    def nearest_on(self, side: Side) -> Cursor | None:
        """The best sentence of ``side`` for the cursor: its counterpart, else the nearest row."""
        if self._cursor is None or self._comparison is None:
            return None
        aligned = _sentences(self._comparison, self._cursor.side)[self._cursor.index]
        if aligned.links:
            best = max(aligned.links, key=lambda link: link.score)
            return Cursor(side, best.index)
        layout = self._ensure_layout()
        if layout is None:
            return None
        row = layout.row_of(self._cursor.side, self._cursor.index) or 0
        key = "left" if side == "left" else "right"
        rows = self._comparison.rows
        for distance in range(len(rows)):
            for candidate in (row + distance, row - distance):
                if 0 <= candidate < len(rows) and getattr(rows[candidate], key) is not None:
                    return Cursor(side, getattr(rows[candidate], key))
        return None

    def action_counterpart(self) -> None:
        """Jump to the best-linked sentence on the other side (notify if there is none)."""
        if self._cursor is None or self._comparison is None:
            return
        aligned = _sentences(self._comparison, self._cursor.side)[self._cursor.index]
        if not aligned.links:
            self.notify("This sentence has no counterpart: it is unique.", timeout=2)
            return
        links = sorted(aligned.links, key=lambda link: -link.score)
        self.move_cursor(Cursor(other(self._cursor.side), links[0].index))

    def difference(self, direction: int, kind: str | None = None) -> Cursor | None:
        """The next (``1``) or previous (``-1``) non-shared or moved sentence, on either side.

        With ``kind="conflict"``, the next or previous conflict only.
        """
        if not (self._stops if kind is None else self._conflicts):
            return None
        layout = self._ensure_layout()
        here = (-1, 2)
        if self._cursor is not None and layout is not None:
            row = layout.row_of(self._cursor.side, self._cursor.index)
            if row is not None:
                here = (row, 0 if self._cursor.side == "left" else 1)
        stops = self._stops if kind is None else self._conflicts
        candidates = stops if direction > 0 else list(reversed(stops))
        for row, order, side, index in candidates:
            if (direction > 0 and (row, order) > here) or (direction < 0 and (row, order) < here):
                return Cursor(side, index)
        return None

    def jump_to(self, cursor: Cursor) -> None:
        """Move the cursor to ``cursor`` and centre it on the screen."""
        self.move_cursor(cursor, center=True)

    def on_click(self, event: events.Click) -> None:
        """Put the cursor on the clicked sentence."""
        layout = self._ensure_layout()
        if layout is None or self._comparison is None:
            return
        located = layout.locate(event.y + int(self.scroll_offset.y))
        if located is None:
            return
        row, line = located
        if line >= layout.row_height[row]:
            return
        side: Side = "left" if event.x < layout.geometry.right_start else "right"
        index = getattr(self._comparison.rows[row], side)
        if index is not None:
            self.focus()
            self._set_cursor(Cursor(side, index))

    # ------------------------------------------------------------- rendering

    def notify_style_update(self) -> None:
        """Forget resolved component styles when the theme or CSS changes."""
        self._style_cache.clear()
        super().notify_style_update()

    def _part(self, name: str) -> Style:
        """A component style with its translucent colours blended over this widget's background.

        Rich styles have no alpha, so ``$warning 10%`` must be mixed here to stay a tint.
        """
        cached = self._style_cache.get(name)
        if cached is not None:
            return cached
        styles = self.get_component_styles(f"diffview--{name}")
        _, own_background = self.background_colors
        background = own_background + styles.background if styles.has_rule("background") else None
        color = (background or own_background) + styles.color if styles.has_rule("color") else None
        style = Style(
            color=color.rich_color if color is not None else None,
            bgcolor=background.rich_color if background is not None else None,
        )
        if styles.has_rule("text_style"):
            style += styles.text_style
        self._style_cache[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        """One screen line: left gutter and text, the divider, right gutter and text."""
        width = self.scrollable_content_region.width
        base = self.rich_style
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
        segments: list[Segment] = []
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

    def _cell(
        self,
        side: Side,
        index: int | None,
        spans: list[tuple[int, int]],
        line: int,
        text_width: int,
        gutter: int = GUTTER,
    ) -> list[Segment]:
        base = self.rich_style
        if index is None or line >= len(spans) or self._comparison is None:
            return [Segment(" " * (gutter + text_width), base)]
        aligned = _sentences(self._comparison, side)[index]
        style = base + self._part(aligned.label)
        if aligned.boilerplate:
            style += self._part("boilerplate")
        cursor = self._cursor
        if cursor is not None:
            if cursor.side == side and cursor.index == index:
                style += self._part("cursor")
            elif cursor.side != side and index in self._highlight:
                style += self._part("counterpart")
        segments: list[Segment] = []
        if line == 0:
            number = f"{index + 1:>{gutter - GUTTER - 1}} "
            segments.append(Segment(number, style + self._part("number")))
            moved = aligned.moved and aligned.label != "conflict"  # ≠ must not be missed
            marker = MOVED_MARKER if moved else MARKERS[aligned.label]
            marker_style = style + self._part(f"marker-{aligned.label}")
            segments.append(Segment(marker, marker_style))
            segments.append(Segment(" ", style))
        else:
            segments.append(Segment(" " * gutter, style))
        start, end = spans[line]
        sentence = aligned.sentence
        text = display_text(sentence.text)
        changed_style = style + self._part("disagree" if aligned.label == "conflict" else "changed")
        segments += _styled_slice(
            text,
            start,
            end,
            self._changed.get((side, index), ()),
            sentence.start,
            style,
            changed_style,
        )
        strip = Strip(segments).adjust_cell_length(gutter + text_width, style)
        return list(strip)


def _styled_slice(
    text: str,
    start: int,
    end: int,
    changed: tuple[CharSpan, ...],
    offset: int,
    style: Style,
    changed_style: Style,
) -> list[Segment]:
    """Segments of ``text[start:end]`` with the ``changed`` spans (absolute offsets) emphasized."""
    line_text = text[start:end].rstrip()
    end = start + len(line_text)
    if not changed:
        return [Segment(line_text, style)]
    marks = [False] * (end - start)
    for span_start, span_end in changed:
        low = max(span_start - offset, start)
        high = min(span_end - offset, end)
        for position in range(low, high):
            marks[position - start] = True
    segments: list[Segment] = []
    run_start = 0
    for position in range(1, len(marks) + 1):
        if position == len(marks) or marks[position] != marks[run_start]:
            chunk = line_text[run_start:position]
            if chunk:
                segments.append(Segment(chunk, changed_style if marks[run_start] else style))
            run_start = position
    return segments


def _sentences(comparison: Comparison, side: Side) -> tuple[AlignedSentence, ...]:
    return comparison.left.sentences if side == "left" else comparison.right.sentences


def _is_difference(aligned: AlignedSentence) -> bool:
    """A sentence a reader looking for differences should visit."""
    return not aligned.boilerplate and (aligned.label != "shared" or aligned.moved)


def _changed_spans(comparison: Comparison) -> dict[tuple[Side, int], tuple[CharSpan, ...]]:
    """Changed-word spans of every linked sentence, against its best-scoring counterpart."""
    changed: dict[tuple[Side, int], tuple[CharSpan, ...]] = {}
    for side in ("left", "right"):
        for aligned in _sentences(comparison, side):
            if not aligned.links:
                continue
            if aligned.label == "conflict":
                spans = disagreeing_spans(comparison, side, aligned.sentence.index)
                if spans:
                    changed[(side, aligned.sentence.index)] = spans
                continue
            best = max(aligned.links, key=lambda link: link.score)
            if side == "left":
                diff = comparison.word_diff(aligned.sentence.index, best.index)
                spans = diff.left_changed if diff else ()
            else:
                diff = comparison.word_diff(best.index, aligned.sentence.index)
                spans = diff.right_changed if diff else ()
            if spans:
                changed[(side, aligned.sentence.index)] = tuple(spans)
    return changed
