"""The side-by-side comparison: one Line API widget, two columns, one row per aligned pair.

Both columns live in the same widget, so they scroll together by construction. Only the visible
lines are rendered (``render_line``), from a line layout computed once per width, which keeps
2,000-sentence articles fluid.

The widget is put together from one mixin per job, each stating the attributes it reads:
:class:`~newsdiff.app.widgets.diff_render.DiffRender` draws the lines (with the colours of
:mod:`~newsdiff.app.widgets.diff_palette`), :class:`~newsdiff.app.widgets.diff_cursor.DiffCursor`
moves the cursor, :class:`~newsdiff.app.widgets.diff_folding.DiffFolding` folds rows and
:class:`~newsdiff.app.widgets.diff_search.DiffSearch` searches. This module keeps the state they
share, the comparison shown and its layout at the view's width. Pure layout building (a worker's)
is in :mod:`~newsdiff.app.widgets.diff_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from rich.color import Color as RichColor
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.signal import Signal

from newsdiff.app.widgets.diff_cursor import Cursor, DiffCursor, Stop, conflict_stops
from newsdiff.app.widgets.diff_emphasis import changed_spans
from newsdiff.app.widgets.diff_folding import DiffFolding
from newsdiff.app.widgets.diff_layout import DiffLayout, Fold
from newsdiff.app.widgets.diff_render import DiffRender
from newsdiff.app.widgets.diff_rows import (
    LayoutRequest,
    PreparedLayout,
    RowTraits,
    ViewFilter,
    build_layout,
    fold_runs,
    is_difference,
    row_cells,
)
from newsdiff.app.widgets.diff_search import DiffSearch, Searchable
from newsdiff.core.emphasis import Emphasis
from newsdiff.core.models import CharSpan, Comparison, Side

__all__ = [  # what the screens and the tests import from here
    "Cursor",
    "DiffView",
    "LayoutRequest",
    "PreparedLayout",
    "ViewFilter",
    "build_layout",
    "fold_runs",
]


class DiffView(
    DiffCursor,
    DiffFolding,
    DiffSearch,
    DiffRender,
    ScrollView,
    can_focus=True,
    inherit_bindings=False,
):
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
            "Pair",
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
        "diffview--match",
        "diffview--fold",
        "diffview--evidence",
        "diffview--side",
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
        & > .diffview--evidence { text-style: bold; color: $text; }
        & > .diffview--fold { color: $text-muted; text-style: italic; background: $panel; }
        & > .diffview--side { color: $text-primary; text-style: bold; }
        & > .diffview--match { color: $text-accent; background: $accent 35%; text-style: bold; }
        &:ansi {
            & > .diffview--paraphrased { background: transparent; }
            & > .diffview--unique { background: transparent; }
            & > .diffview--conflict { background: transparent; }
            & > .diffview--disagree { text-style: bold reverse; }
            & > .diffview--changed { background: transparent; text-style: bold underline; }
            & > .diffview--cursor { background: transparent; text-style: reverse; }
            & > .diffview--counterpart { background: transparent; text-style: bold italic; }
            & > .diffview--match { background: transparent; text-style: bold reverse underline; }
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
        self._changed: dict[tuple[Side, int], Emphasis] = {}
        self._stops: list[Stop] = []
        self._conflicts: list[Stop] = []
        self._orders: dict[Side, list[int]] = {"left": [], "right": []}
        self._positions: dict[Side, dict[int, int]] = {"left": {}, "right": {}}
        self._style_cache: dict[str | tuple[str, RichColor | None], Style] = {}
        self._fold_shared = False
        self._hide_boilerplate = False
        self._filter: ViewFilter = "all"
        self._opened: set[int] = set()
        self._folds: list[Fold] = []
        self._displaced: tuple[Cursor, Cursor] | None = None
        """The sentence a filter folded the cursor away from, and where it went instead."""
        self._held_moves: list[Callable[[], None]] | None = None
        """Cursor moves keyed while the columns are being replaced (a swap in flight)."""
        self._one_column = False
        self._wraps: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        """Wrapped lines per (side, sentence, width), kept while the comparison stays: folding
        and filtering re-lay the rows without wrapping every sentence again."""
        self._pattern = ""
        self._carried: dict[tuple[Side, int], str] = {}
        self._carried_width = 0
        self._matches: dict[tuple[Side, int], tuple[CharSpan, ...]] = {}
        self._match_stops: list[Stop] = []
        self._searchable: tuple[Comparison, list[Searchable]] | None = None
        self._traits: tuple[Comparison, list[RowTraits]] | None = None
        self.cursor_signal: Signal[Cursor | None] = Signal(self, "cursor")
        """Published (synchronously) whenever the cursor moves: a status line that subscribes
        with ``immediate=True`` is painted in the same frame as the cursor."""
        self.width_signal: Signal[int] = Signal(self, "width")
        """Published (synchronously) once the view has been laid out at a width: a worker can
        then wrap the text at :attr:`layout_width` without waiting for the next frame."""
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
    def carried_width(self) -> int:
        """Cells of the ``3/5`` column before each sentence number (0 when none)."""
        return self._carried_width

    @property
    def line_layout(self) -> DiffLayout | None:
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

    def layout_request(self) -> LayoutRequest | None:
        """What a worker needs to lay out a new comparison as this view would (``None`` while
        the view has never been laid out)."""
        if not self.width_known:
            return None
        return LayoutRequest(
            self.layout_width,
            self._fold_shared,
            self._hide_boilerplate,
            self._filter,
            self._one_column,
            self._carried_width,
        )

    def _fits(self, prepared: PreparedLayout) -> bool:
        layout = prepared.layout
        return (
            layout.comparison is self._comparison
            and layout.geometry.width == self.layout_width
            and layout.one_column == self._one_column
            and layout.folds == tuple(self._folds)
            and layout.extra_gutter == self._carried_width
        )

    @property
    def width_known(self) -> bool:
        """Whether the view has been laid out (so :attr:`layout_width` is its real width)."""
        return self.scrollable_content_region.width > 0 or self._known_width > 0

    def show(
        self,
        comparison: Comparison | None,
        *,
        keep_cursor: bool = True,
        layout: PreparedLayout | None = None,
    ) -> None:
        """Show ``comparison``; keep the cursor on the same sentence when it still exists.

        ``layout`` is the comparison's line layout when the caller built it already (a worker
        does, from :meth:`layout_request`); it is used when it is the layout this view would
        build now (same comparison, width, folds and columns), else built again.
        """
        self._comparison = comparison
        self._layout = None
        self._wraps = {}
        if comparison is None:
            self._cursor = None
            self._changed = {}
            self._stops = []
            self._conflicts = []
        else:
            self._prepare(comparison, keep_cursor=keep_cursor)
            if layout is not None and self._fits(layout):
                self._layout, self._wraps = layout.layout, layout.wraps
            # A re-label re-folds: a sentence whose label changed can be folded away now.
            # Moved out as a filter moves it (scrolled to and announced below).
            if not keep_cursor:
                self._displaced = None
            self._cursor_out_of_folds(scroll=False)
        self._update_virtual_size()
        self.refresh()
        if self._cursor is not None and self.is_mounted:
            self.call_after_refresh(self.scroll_to_cursor, center=True)
        self._announce(self._cursor)

    def set_carried(self, counts: Mapping[tuple[Side, int], str] | None) -> None:
        """Show, before each sentence's number, how many corpus articles carry its claim
        (``3/5``; the story's provenance). ``None`` or empty: no such column."""
        counts = dict(counts or {})
        width = max((len(text) for text in counts.values()), default=0)
        width = width + 1 if width else 0
        if counts == self._carried and width == self._carried_width:
            return
        self._carried = counts
        if width != self._carried_width:
            self._carried_width = width
            self._layout = None
            self._update_virtual_size()
        self.refresh()

    @property
    def carried(self) -> Mapping[tuple[Side, int], str]:
        """The provenance count shown before each sentence (empty when no story is known)."""
        return self._carried

    def _prepare(self, comparison: Comparison, *, keep_cursor: bool) -> None:
        """Precompute changed-word spans and the difference stops of ``comparison``."""
        self._changed = changed_spans(comparison)
        stops: list[Stop] = []
        for number, row in enumerate(comparison.rows):
            for order, side, index in row_cells(row):
                if index is None:
                    continue
                aligned = comparison.aligned(side, index)
                if is_difference(aligned):
                    stops.append((number, order, side, index))
        self._stops = stops
        self._conflicts = conflict_stops(comparison, stops)[0]
        self._find(comparison)
        self._opened = set()
        self._fold(comparison)
        cursor = self._cursor if keep_cursor else None
        if cursor is not None and cursor.index >= len(comparison.side(cursor.side).sentences):
            cursor = None
        if cursor is None:
            cursor = self._first_cursor(comparison)
        self._set_cursor(cursor, post=False)

    # ------------------------------------------------------------ one column

    @property
    def one_column(self) -> bool:
        """Whether each left sentence shows above its counterpart instead of beside it."""
        return self._one_column

    @one_column.setter
    def one_column(self, value: bool) -> None:
        if value == self._one_column:
            return
        self._one_column = value
        self._layout = None
        self._update_virtual_size()
        self.refresh()
        if self._cursor is not None and self.is_mounted:
            self.call_after_refresh(self.scroll_to_cursor, center=True)

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
            self._layout = DiffLayout(
                self._comparison,
                width,
                folds=self._folds,
                one_column=self._one_column,
                wraps=self._wraps,
                extra_gutter=self._carried_width,
            )
        return self._layout

    def _update_virtual_size(self) -> None:
        layout = self._ensure_layout()
        width = self.scrollable_content_region.width
        self.virtual_size = Size(width, layout.height if layout else 0)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Textual's hook as a layout gives the view its size: the comparison's height at the
        new width is set in the same layout pass, with the scrollbar's thumb, rather than by
        ``on_resize`` after the frame is painted (a second layout and paint of the screen).
        The text's width does not depend on the scrollbar (``scrollbar-gutter: stable``).
        Textual 8.2.8's private hook, checked by ``tests/app/test_first_comparison_frame.py``."""
        # The compositor's map has the new region already: the width is the one to wrap at.
        region = self.scrollable_content_region
        if size != self._size and self._comparison is not None and region.width > 0:
            line_layout = self._ensure_layout()
            fitted = Size(region.width, line_layout.height if line_layout is not None else 0)
            scrolls = self.virtual_size.height > region.height
            # Only when the scrollbar stays as this layout placed it; else on_resize sets the
            # size and the screen is laid out again, as Textual does it.
            if fitted != self.virtual_size and (fitted.height > region.height) == scrolls:
                self.set_reactive(DiffView.virtual_size, fitted)  # read by the scrollbars below
        return super()._size_updated(size, virtual_size, container_size, layout)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap the sentences for a new width (a new height keeps the layout)."""
        self._update_virtual_size()
        if self.scrollable_content_region.width > 0:
            self.width_signal.publish(self.layout_width)
        if self._cursor is not None:
            self.call_after_refresh(self.scroll_to_cursor)

    def on_mount(self) -> None:
        """Lay out for the first size."""
        self._update_virtual_size()

    # ---------------------------------------------------------------- cursor

    def _announce(self, cursor: Cursor | None) -> None:
        """Tell ``cursor_signal``'s subscribers now (their refresh joins this frame) and post
        ``CursorMoved`` for everyone else (handled a frame or two later)."""
        self.cursor_signal.publish(cursor)
        self.post_message(self.CursorMoved(self, cursor))

    def notify_style_update(self) -> None:
        """Forget resolved component styles when the theme or CSS changes."""
        self._style_cache.clear()
        super().notify_style_update()
