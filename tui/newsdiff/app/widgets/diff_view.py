"""The side-by-side comparison: one Line API widget, two columns, one row per aligned pair.

Both columns live in the same widget, so they scroll together by construction. Only the visible
lines are rendered (``render_line``), from a line layout computed once per width, which keeps
2,000-sentence articles fluid.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import ClassVar, Literal

from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.actions import parse as parse_action
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.signal import Signal
from textual.strip import Strip

from newsdiff.app.widgets.diff_layout import GUTTER, SIDE_TAG, DiffLayout, Fold, LineSpan
from newsdiff.core.emphasis import Emphasis, emphasis
from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER
from newsdiff.core.models import (
    SIDES,
    AlignedSentence,
    CharSpan,
    Comparison,
    Row,
    Side,
    other_side,
    side_letter,
)
from newsdiff.core.sanitize import visible

ViewFilter = Literal["all", "differences", "quotes"]
"""Which rows the comparison shows unfolded."""

TINTED_LABELS = ("paraphrased", "conflict", "unique")
"""Labels whose rows have a background tint that must stay distinct on any terminal."""

TINT_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0)
GREY_SATURATION = 0.15
"""A palette colour less saturated than this reads as grey, not as a label's tint."""
"""How much a row tint may be strengthened to stay distinct in a 256-colour palette."""


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
        self._stops: list[tuple[int, int, Side, int]] = []
        self._conflicts: list[tuple[int, int, Side, int]] = []
        self._orders: dict[Side, list[int]] = {"left": [], "right": []}
        self._positions: dict[Side, dict[int, int]] = {"left": {}, "right": {}}
        self._style_cache: dict[str, Style] = {}
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
        self._match_stops: list[tuple[int, int, Side, int]] = []
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
        self._changed = _changed_spans(comparison)
        stops: list[tuple[int, int, Side, int]] = []
        for number, row in enumerate(comparison.rows):
            for order, side, index in _row_cells(row):
                if index is None:
                    continue
                aligned = comparison.aligned(side, index)
                if _is_difference(aligned):
                    stops.append((number, order, side, index))
        self._stops = stops
        self._conflicts = [
            stop for stop in stops if comparison.aligned(stop[2], stop[3]).label == "conflict"
        ]
        self._find(comparison)
        self._opened = set()
        self._fold(comparison)
        cursor = self._cursor if keep_cursor else None
        if cursor is not None and cursor.index >= len(comparison.side(cursor.side).sentences):
            cursor = None
        if cursor is None:
            cursor = self._first_cursor(comparison)
        self._set_cursor(cursor, post=False)

    # --------------------------------------------------------------- folding

    @property
    def folds(self) -> tuple[Fold, ...]:
        """The folded runs of rows on screen."""
        return tuple(self._folds)

    @property
    def view_filter(self) -> ViewFilter:
        """``all``, ``differences`` or ``quotes``."""
        return self._filter

    @property
    def fold_shared(self) -> bool:
        """Whether runs of shared rows are folded."""
        return self._fold_shared

    @property
    def hide_boilerplate(self) -> bool:
        """Whether boilerplate rows are folded."""
        return self._hide_boilerplate

    def set_folding(
        self,
        *,
        fold_shared: bool | None = None,
        hide_boilerplate: bool | None = None,
        view_filter: ViewFilter | None = None,
    ) -> None:
        """Change what is folded; every fold closes again.

        A cursor folded away moves to the nearest sentence still shown (its column first); the
        sentence it left is remembered, and the cursor returns to it once it is shown again,
        unless the cursor was moved in between.
        """
        if fold_shared is not None:
            self._fold_shared = fold_shared
        if hide_boilerplate is not None:
            self._hide_boilerplate = hide_boilerplate
        if view_filter is not None:
            self._filter = view_filter
        self._opened = set()
        self._refold()
        self._cursor_out_of_folds()

    def _cursor_out_of_folds(self, *, scroll: bool = True) -> None:
        """Move a cursor hidden in a fold to the nearest shown sentence (or back home);
        ``scroll=False``: only set it (the caller scrolls and announces)."""
        current = cursor = self._cursor
        displaced = self._displaced
        self._displaced = None
        if current is None or cursor is None or self._comparison is None:
            return
        if displaced is not None and displaced[1] == cursor:
            home = displaced[0]
            if self._folded_row(home) is None:
                self._place(home, scroll=scroll)
                return
            cursor = home  # still hidden: stay near it, and keep remembering it
        target = self._nearest_shown(cursor)
        if target is None:
            if cursor != current:
                self._displaced = (cursor, current)
            return
        self._place(target, scroll=scroll)
        self._displaced = (displaced[0] if displaced else cursor, target)

    def _place(self, cursor: Cursor, *, scroll: bool = True) -> None:
        """Move the cursor to ``cursor``, centred (before mounting, or without ``scroll``: set
        it, no one to tell)."""
        if self.is_mounted and scroll:
            self.move_cursor(cursor, center=True)
        else:
            self._set_cursor(cursor, post=False)

    def _nearest_shown(self, cursor: Cursor) -> Cursor | None:
        """The shown sentence nearest ``cursor`` by row, its column first (``None``: the
        cursor is shown, or every sentence is folded). On a tie, the one below."""
        if self._comparison is None or self._folded_row(cursor) is None:
            return None
        rows = self._comparison.rows
        folded = [False] * len(rows)
        for fold in self._folds:
            folded[fold.first : fold.last + 1] = [True] * (fold.last - fold.first + 1)
        here = next((n for n, row in enumerate(rows) if row.on(cursor.side) == cursor.index), None)
        if here is None:
            return None
        for side in (cursor.side, other_side(cursor.side)):
            best: tuple[int, int, int] | None = None
            for number, row in enumerate(rows):
                index = row.on(side)
                if index is None or folded[number]:
                    continue
                key = (abs(number - here), 0 if number > here else 1, index)
                if best is None or key < best:
                    best = key
            if best is not None:
                return Cursor(side, best[2])
        return None

    def open_fold(self, row: int) -> bool:
        """Open the fold holding comparison row ``row``; whether there was one."""
        for fold in self._folds:
            if fold.first <= row <= fold.last:
                self._opened.add(fold.first)
                self._refold()
                return True
        return False

    def _refold(self) -> None:
        if self._comparison is None:
            return
        self._fold(self._comparison)
        self._layout = None
        self._update_virtual_size()
        self.refresh()
        if self._cursor is not None and self.is_mounted:
            if self.width_known:  # the new height is set: scroll in this frame, not the next
                self.scroll_to_cursor(center=True)
            else:
                self.call_after_refresh(self.scroll_to_cursor, center=True)

    def _fold(self, comparison: Comparison) -> None:
        """Work out the folds and the cursor's stops (one sentence per fold and side)."""
        if self._traits is None or self._traits[0] is not comparison:
            self._traits = (comparison, row_traits(comparison))
        traits = self._traits[1]
        self._folds = fold_runs(
            comparison,
            fold_shared=self._fold_shared,
            hide_boilerplate=self._hide_boilerplate,
            view_filter=self._filter,
            opened=self._opened,
            traits=traits,
        )
        fold_at: list[Fold | None] = [None] * len(traits)
        for fold in self._folds:
            fold_at[fold.first : fold.last + 1] = [fold] * (fold.last - fold.first + 1)
        orders: dict[Side, list[int]] = {"left": [], "right": []}
        positions: dict[Side, dict[int, int]] = {"left": {}, "right": {}}
        last_fold: dict[Side, Fold | None] = {"left": None, "right": None}
        for number, row in enumerate(traits):
            holder = fold_at[number]
            for side, index in row.sentences:
                order = orders[side]
                if holder is not None and holder is last_fold[side]:
                    # A sentence inside a fold is reached through its fold's stop.
                    positions[side].setdefault(index, len(order) - 1)
                    continue
                last_fold[side] = holder
                positions[side].setdefault(index, len(order))
                order.append(index)
        self._orders.update(orders)
        self._positions.update(positions)

    def _folded_row(self, cursor: Cursor) -> int | None:
        """The comparison row of ``cursor`` if it is inside a fold."""
        if self._comparison is None:
            return None
        for number, row in enumerate(self._comparison.rows):
            if row.on(cursor.side) == cursor.index:
                for fold in self._folds:
                    if fold.first <= number <= fold.last:
                        return number
                return None
        return None

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

    def _set_cursor(self, cursor: Cursor | None, *, post: bool = True) -> None:
        self._cursor = cursor
        self._highlight = set()
        if cursor is not None and self._comparison is not None:
            aligned = self._comparison.aligned(cursor.side, cursor.index)
            self._highlight = {link.index for link in aligned.links}
        self.refresh()
        if post:
            self._announce(cursor)

    def _announce(self, cursor: Cursor | None) -> None:
        """Tell ``cursor_signal``'s subscribers now (their refresh joins this frame) and post
        ``CursorMoved`` for everyone else (handled a frame or two later)."""
        self.cursor_signal.publish(cursor)
        self.post_message(self.CursorMoved(self, cursor))

    def hold_moves(self) -> None:
        """Keep the cursor keys pressed from now on until :meth:`release_moves`: the columns
        on screen are about to be replaced (``s``), and a move made on them would land on a
        sentence of the layout that is going away."""
        if self._held_moves is None:
            self._held_moves = []

    def release_moves(self) -> None:
        """Make the moves held since :meth:`hold_moves`, in order, on the columns now shown
        (after the cursor has been scrolled into view: a move continues from it)."""
        held, self._held_moves = self._held_moves, None
        for move in held or ():
            move()

    def held(self, move: Callable[[], None]) -> bool:
        """Keep ``move`` for :meth:`release_moves` if moves are held (``True``), else ``False``:
        the caller makes it now."""
        if self._held_moves is None:
            return False
        self._held_moves.append(move)
        return True

    def hold_key(self, key: str, character: str | None = None) -> bool:
        """Keep the move bound to ``key`` (one of this view's keys) while moves are held, and
        say so. The loading cover of a long swap takes the keyboard from the view (Textual
        sends no key to a loading widget): the screen hands its cursor keys over here."""
        if self._held_moves is None:
            return False
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            keys = binding.key.split(",")
            if key in keys or (character is not None and character in keys):
                _, name, params = parse_action(binding.action)
                self._held_moves.append(partial(getattr(self, f"action_{name}"), *params))
                return True
        return False

    def mirror_cursor(self) -> None:
        """Put the cursor on the same sentence in the other column: the columns are swapping.

        Nothing is redrawn; :meth:`show` keeps the cursor when the swapped comparison arrives.
        """
        if self._cursor is not None:
            self._cursor = Cursor(other_side(self._cursor.side), self._cursor.index)
        if self._displaced is not None:
            self._displaced = (
                Cursor(other_side(self._displaced[0].side), self._displaced[0].index),
                Cursor(other_side(self._displaced[1].side), self._displaced[1].index),
            )

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

    def lift_cursor(self, bottom: int) -> None:
        """Scroll as little as needed so the cursor's row (its sentence and the counterpart)
        ends above screen line ``bottom``, where a box opens below it; a row taller than the
        room shows from its top."""
        layout = self._ensure_layout()
        row = (
            layout.row_of(self._cursor.side, self._cursor.index)
            if layout and self._cursor
            else None
        )
        room = bottom - self.content_region.y
        if layout is None or row is None or room <= 0:
            return
        top, height = layout.row_top[row], layout.row_height[row]
        y = int(self.scroll_offset.y)
        if height + 1 > room:
            target = top - 1
        else:  # the nearest offset with one line above the row and the row inside the room
            target = min(max(y, top + height - room), top - 1)
        if target != y:
            self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def cursor_region(self) -> Region | None:
        """The screen region of the cursor's row, as far as it is on screen."""
        layout = self._ensure_layout()
        row = (
            layout.row_of(self._cursor.side, self._cursor.index)
            if layout and self._cursor
            else None
        )
        if layout is None or row is None:
            return None
        area = self.content_region
        top = area.y + layout.row_top[row] - int(self.scroll_offset.y)
        return Region(area.x, top, area.width, layout.row_height[row]).intersection(area)

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
        if self.held(lambda: self._step(delta)):
            return
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
            index = rows[number].on(side)
            if layout.row_height[number] == 0:
                continue  # inside a fold
            if index is not None and layout.row_top[number] >= top:
                return index
        return None

    def action_page(self, direction: int) -> None:
        """Move the cursor about one screen up or down."""
        if self.held(lambda: self.action_page(direction)):
            return
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
        if self.held(lambda: self.action_edge(which)):
            return
        if self._cursor is None:
            return
        order = self._column_order(self._cursor.side)
        if order:
            self.move_cursor(Cursor(self._cursor.side, order[0 if which == "first" else -1]))

    def action_column(self, side: Side) -> None:
        """Move the cursor to ``side``: to the counterpart if linked, else the nearest sentence."""
        if self.held(lambda: self.action_column(side)):
            return
        if self._cursor is None or self._cursor.side == side:
            return
        self.move_cursor(self.nearest_on(side))

    def nearest_on(self, side: Side) -> Cursor | None:
        """The best sentence of ``side`` for the cursor: its counterpart, else the nearest row."""
        if self._cursor is None or self._comparison is None:
            return None
        best = self._comparison.aligned(self._cursor.side, self._cursor.index).best_link
        if best is not None:
            return Cursor(side, best.index)
        layout = self._ensure_layout()
        if layout is None:
            return None
        row = layout.row_of(self._cursor.side, self._cursor.index) or 0
        rows = self._comparison.rows
        for distance in range(len(rows)):
            for candidate in (row + distance, row - distance):
                if 0 <= candidate < len(rows):
                    index = rows[candidate].on(side)
                    if index is not None:
                        return Cursor(side, index)
        return None

    def action_counterpart(self) -> None:
        """Open the fold under the cursor, else jump to the best-linked sentence on the other
        side (notify if there is none)."""
        if self.held(self.action_counterpart):
            return
        if self._cursor is None or self._comparison is None:
            return
        row = self._folded_row(self._cursor)
        if row is not None:
            self.open_fold(row)
            return
        best = self._comparison.aligned(self._cursor.side, self._cursor.index).best_link
        if best is None:
            self.notify("This sentence has no counterpart: it is unique.", timeout=2)
            return
        self.move_cursor(Cursor(other_side(self._cursor.side), best.index))

    def has_differences(self, kind: str | None = None) -> bool:
        """Whether the comparison has any difference (with ``kind="conflict"``: any conflict)."""
        return bool(self._stops if kind is None else self._conflicts)

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
                here = (row, SIDES.index(self._cursor.side))
        stops = self._stops if kind is None else self._conflicts
        candidates = stops if direction > 0 else list(reversed(stops))
        for row, order, side, index in candidates:
            if (direction > 0 and (row, order) > here) or (direction < 0 and (row, order) < here):
                return Cursor(side, index)
        return None

    # ---------------------------------------------------------------- search

    @property
    def pattern(self) -> str:
        """The text searched for (``""`` when no search is active)."""
        return self._pattern

    @property
    def match_count(self) -> int:
        """How many sentences (of both columns) contain the search text."""
        return len(self._match_stops)

    def search(self, pattern: str) -> int:
        """Search both columns for ``pattern`` (smart case: case-insensitive unless it has a
        capital, as vim's ``smartcase`` and less's ``-i``); highlight the matches and return how
        many sentences hold one. An empty pattern ends the search."""
        self._pattern = pattern
        if self._comparison is not None:
            self._find(self._comparison)
        else:
            self._matches, self._match_stops = {}, []
        self.refresh()
        return len(self._match_stops)

    def prepare_search(self, comparison: Comparison | None = None) -> None:
        """Read every sentence of ``comparison`` (the one shown) for search now: the search
        line calls this as it opens, so the user's typing hides it, not the first enter."""
        comparison = comparison or self._comparison
        if comparison is not None and (
            self._searchable is None or self._searchable[0] is not comparison
        ):
            self._searchable = (comparison, _searchable(comparison))

    def _find(self, comparison: Comparison) -> None:
        self._matches, self._match_stops = {}, []
        if not self._pattern:
            return
        exact = _has_capital(self._pattern)
        needle = self._pattern if exact else _fold_case(self._pattern)
        self.prepare_search(comparison)
        assert self._searchable is not None
        for number, order, side, index, start, text, folded in self._searchable[1]:
            haystack = text if exact else folded
            if needle not in haystack:
                continue
            spans = []
            position = haystack.find(needle)
            while position >= 0:
                begin = start + position
                spans.append((begin, begin + len(needle)))
                position = haystack.find(needle, position + len(needle))
            self._matches[(side, index)] = tuple(spans)
            self._match_stops.append((number, order, side, index))

    def match_position(self) -> int | None:
        """The 1-based number of the match under the cursor, if the cursor is on one."""
        if self._cursor is None:
            return None
        for number, (_, _, side, index) in enumerate(self._match_stops, start=1):
            if (side, index) == (self._cursor.side, self._cursor.index):
                return number
        return None

    def next_match(self, direction: int, *, here: bool = False) -> Cursor | None:
        """The next (``1``) or previous (``-1``) sentence holding the search text, wrapping
        around the ends as vim and less do; with ``here``, the cursor's own sentence counts
        (a new search starts at the cursor: the sentence you read holds the word you type)."""
        if not self._match_stops:
            return None
        if (
            here
            and self._cursor is not None
            and (self._cursor.side, self._cursor.index) in (self._matches)
        ):
            return self._cursor
        found = self._after(self._match_stops, direction)
        if found is not None:
            return found
        stop = self._match_stops[0 if direction > 0 else -1]
        return Cursor(stop[2], stop[3])

    def _after(self, stops: list[tuple[int, int, Side, int]], direction: int) -> Cursor | None:
        layout = self._ensure_layout()
        here = (-1, 2)
        if self._cursor is not None and layout is not None:
            row = layout.row_of(self._cursor.side, self._cursor.index)
            if row is not None:
                here = (row, SIDES.index(self._cursor.side))
        candidates = stops if direction > 0 else list(reversed(stops))
        for row, order, side, index in candidates:
            if (direction > 0 and (row, order) > here) or (direction < 0 and (row, order) < here):
                return Cursor(side, index)
        return None

    def jump_to(self, cursor: Cursor) -> None:
        """Move the cursor to ``cursor`` (opening its fold) and centre it on the screen."""
        row = self._folded_row(cursor)
        if row is not None:
            self.open_fold(row)
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
        if layout.one_column:
            side: Side = "left" if line < len(layout.left_lines[row]) else "right"
        else:
            side = "left" if event.x < layout.geometry.right_start else "right"
        index = self._comparison.rows[row].on(side)
        if index is not None:
            self.focus()
            self._set_cursor(Cursor(side, index))

    # ------------------------------------------------------------- rendering

    def notify_style_update(self) -> None:
        """Forget resolved component styles when the theme or CSS changes."""
        self._style_cache.clear()
        super().notify_style_update()

    def _base_style(self) -> Style:
        """This widget's own style: ``rich_style`` walks every ancestor's styles on each read
        (three reads a line were ~a third of a line's drawing), so it is kept with the parts."""
        cached = self._style_cache.get("")
        if cached is None:
            cached = self._style_cache[""] = self.rich_style
        return cached

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
        if background is not None and name in TINTED_LABELS and self._few_colours():
            background = self._distinct_tint(name, own_background)
        color = (background or own_background) + styles.color if styles.has_rule("color") else None
        style = Style(
            color=color.rich_color if color is not None else None,
            bgcolor=background.rich_color if background is not None else None,
        )
        if styles.has_rule("text_style"):
            style += styles.text_style
        self._style_cache[name] = style
        return style

    def _few_colours(self) -> bool:
        """Whether the terminal shows 256 colours or fewer (tints are rounded to a palette)."""
        system = self.app.console.color_system
        return system is not None and system != "truecolor"

    def _distinct_tint(self, name: str, own: Color) -> Color:
        """The row background of label ``name`` as the terminal's 256-colour palette shows it.

        A 10% tint is rounded to the nearest palette entry, and which entry depends on the last
        percent: over the focused background (focus adds a 3% tint) paraphrased rows rounded to
        olive, over the unfocused one to the dark red of unique rows. So the tint is
        strengthened until its palette entry is nearer in hue to its own label's colour than to
        any other label's, is not grey, and is not taken by the plain background or an earlier
        label (``TINTED_LABELS`` order).
        """
        tints = {
            label: self.get_component_styles(f"diffview--{label}").background
            for label in TINTED_LABELS
        }
        taken = {_palette_number(own)}
        chosen = own + tints[name]
        for label in TINTED_LABELS:
            tint = tints[label]
            candidate = own + tint
            for strength in TINT_STEPS:
                candidate = own + tint.multiply_alpha(strength)
                shown = _palette_color(candidate)
                if _palette_number(candidate) not in taken and _nearest_hue(shown, tints) == label:
                    break
            taken.add(_palette_number(candidate))
            if label == name:
                chosen = candidate
                break
        return chosen

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
        style = base + self._part("boilerplate" if aligned.boilerplate else aligned.label)
        cursor = self._cursor
        if cursor is not None:
            if cursor.side == side and cursor.index == index:
                style += self._part("cursor")
            elif cursor.side != side and index in self._highlight:
                style += self._part("counterpart")
        segments: list[Segment] = []
        if line == 0:
            carried = self._carried_width
            if carried:
                count = self._carried.get((side, index), "")
                segments.append(Segment(f"{count:>{carried - 1}} ", style + self._part("number")))
            number = f"{index + 1:>{gutter - carried - GUTTER - 1}} "
            segments.append(Segment(number, style + self._part("number")))
            moved = aligned.moved and aligned.label != "conflict"  # ≠ must not be missed
            marker = MOVED_MARKER if moved else MARKERS[aligned.label]
            marker_style = style + self._part(f"marker-{aligned.label}")
            if aligned.boilerplate:  # site furniture is `·` dim, as in every report
                marker, marker_style = BOILERPLATE_MARKER, style + self._part("boilerplate")
            segments.append(Segment(marker, marker_style))
            segments.append(Segment(" ", style))
        else:
            segments.append(Segment(" " * gutter, style))
        start, end = spans[line]
        sentence = aligned.sentence
        text = display_text(sentence.text)
        found = self._changed.get((side, index))
        changed_style = style + self._part(found.kind if found is not None else "changed")
        segments += _styled_slice(
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


def _styled_slice(
    text: str,
    start: int,
    end: int,
    changed: tuple[CharSpan, ...],
    offset: int,
    style: Style,
    changed_style: Style,
    matches: tuple[CharSpan, ...] = (),
    match_style: Style | None = None,
) -> list[Segment]:
    """Segments of ``text[start:end]`` with the ``changed`` spans (absolute offsets) emphasized
    and the search ``matches`` over them."""
    line_text = text[start:end].rstrip()
    end = start + len(line_text)
    if not changed and not matches:
        return [Segment(line_text, style)]
    styles = (style, changed_style, match_style or changed_style)
    marks = [0] * (end - start)
    for mark, spans in ((1, changed), (2, matches)):
        for span_start, span_end in spans:
            low = max(span_start - offset, start)
            high = min(span_end - offset, end)
            for position in range(low, high):
                marks[position - start] = mark
    segments: list[Segment] = []
    run_start = 0
    for position in range(1, len(marks) + 1):
        if position == len(marks) or marks[position] != marks[run_start]:
            chunk = line_text[run_start:position]
            if chunk:
                segments.append(Segment(chunk, styles[marks[run_start]]))
            run_start = position
    return segments


Searchable = tuple[int, int, Side, int, int, str, str]
"""A sentence as search reads it: row, column order, side, index, start offset, its text as
shown and that text case-folded."""


def _searchable(comparison: Comparison) -> list[Searchable]:
    """Every sentence of ``comparison`` in reading order, prepared for search once: searching
    2,000-sentence articles then takes a few ms instead of ~20 per pattern."""
    found: list[Searchable] = []
    for number, row in enumerate(comparison.rows):
        for order, side, index in _row_cells(row):
            if index is None:
                continue
            sentence = comparison.aligned(side, index).sentence
            text = display_text(sentence.text)
            found.append((number, order, side, index, sentence.start, text, _fold_case(text)))
    return found


def _has_capital(text: str) -> bool:
    return any(char.isupper() for char in text)


def _fold_case(text: str) -> str:
    """``text`` in lower case, one character per character (offsets stay valid)."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else "".join(char.lower()[:1] for char in text)


def _row_cells(row: Row) -> tuple[tuple[int, Side, int | None], tuple[int, Side, int | None]]:
    """``(order, side, sentence index)`` of a row's two cells, left first."""
    return (0, "left", row.left), (1, "right", row.right)


@dataclass(frozen=True)
class LayoutRequest:
    """A view's width and display options, for laying out a comparison off the main thread."""

    width: int
    fold_shared: bool
    hide_boilerplate: bool
    view_filter: ViewFilter
    one_column: bool
    extra_gutter: int = 0
    """Cells of the story's provenance column the view shows (0: none)."""


@dataclass(frozen=True)
class PreparedLayout:
    """A comparison's line layout and the wrapped lines it cached, built by a worker."""

    layout: DiffLayout
    wraps: dict[tuple[str, int, int], list[LineSpan]]


def build_layout(comparison: Comparison, request: LayoutRequest) -> PreparedLayout:
    """The layout a view with ``request``'s options shows ``comparison`` in (no fold opened)."""
    folds = fold_runs(
        comparison,
        fold_shared=request.fold_shared,
        hide_boilerplate=request.hide_boilerplate,
        view_filter=request.view_filter,
        opened=set(),
    )
    wraps: dict[tuple[str, int, int], list[LineSpan]] = {}
    layout = DiffLayout(
        comparison,
        request.width,
        folds=folds,
        one_column=request.one_column,
        wraps=wraps,
        extra_gutter=request.extra_gutter,
    )
    return PreparedLayout(layout, wraps)


@dataclass(frozen=True)
class RowTraits:
    """What folding asks of a comparison's row, read once per comparison."""

    boilerplate: bool
    shared: bool
    difference: bool
    sentences: tuple[tuple[Side, int], ...]


def row_traits(comparison: Comparison) -> list[RowTraits]:
    """The traits of every row of ``comparison``: folding and filtering then only read flags
    (refolding 2,000-sentence articles took ~8 ms in these checks alone)."""
    traits = []
    for row in comparison.rows:
        present = [
            (side, comparison.aligned(side, index))
            for _, side, index in _row_cells(row)
            if index is not None
        ]
        traits.append(
            RowTraits(
                boilerplate=all(aligned.boilerplate for _, aligned in present),
                shared=len(present) == 2
                and all(
                    aligned.label == "shared" and not aligned.moved and not aligned.boilerplate
                    for _, aligned in present
                ),
                difference=any(_is_difference(aligned) for _, aligned in present),
                sentences=tuple((side, aligned.sentence.index) for side, aligned in present),
            )
        )
    return traits


def fold_runs(
    comparison: Comparison,
    *,
    fold_shared: bool = False,
    hide_boilerplate: bool = False,
    view_filter: ViewFilter = "all",
    opened: set[int] | frozenset[int] = frozenset(),
    traits: list[RowTraits] | None = None,
) -> list[Fold]:
    """The runs of rows to fold, each with the line that stands for it.

    ``fold_shared`` folds shared rows (unmoved, on both sides), ``hide_boilerplate`` rows of
    site furniture, the ``differences`` filter every row without a difference, the ``quotes``
    filter every row without a quote. A run whose first row is in ``opened`` stays open.
    ``traits`` are ``row_traits(comparison)`` when the caller keeps them.
    """
    quoted: dict[str, set[int]] = {"left": set(), "right": set()}
    if view_filter == "quotes":
        for side in SIDES:
            for match in comparison.side(side).quotes:
                quoted[side].update(match.quote.sentences or (match.quote.sentence,))
    runs: list[Fold] = []
    first = last = -1
    run_kind: str | None = None
    count = 0

    def close() -> None:
        if count and first not in opened:
            runs.append(Fold(first, last, _fold_label(run_kind or "", count)))

    for number, row in enumerate(traits if traits is not None else row_traits(comparison)):
        kind = _fold_kind(row, quoted, fold_shared, hide_boilerplate, view_filter)
        if kind is None or kind != run_kind:
            close()  # a fold holds one kind of row, so its line can say which
            first, count = number, 0
        run_kind = kind
        if kind is not None:
            last = number
            count += 1
    close()
    return runs


def _fold_kind(
    row: RowTraits,
    quoted: dict[str, set[int]],
    fold_shared: bool,
    hide_boilerplate: bool,
    view_filter: ViewFilter,
) -> str | None:
    """Why a row is folded (``shared``, ``boilerplate``, ``unquoted``), or ``None``."""
    if view_filter == "quotes":
        has_quote = any(index in quoted[side] for side, index in row.sentences)
        return None if has_quote else "unquoted"
    if row.boilerplate and (hide_boilerplate or view_filter == "differences"):
        return "boilerplate"
    if row.shared and (fold_shared or view_filter == "differences"):
        return "shared"
    if view_filter == "differences" and not row.difference:
        return "shared"
    return None


def _fold_label(kind: str, count: int) -> str:
    plural = "" if count == 1 else "s"
    return f"… {count} {kind} sentence{plural} … (enter opens)"


def _palette_number(color: Color) -> int | None:
    """The 256-colour palette entry a terminal shows for ``color``."""
    return color.rich_color.downgrade(ColorSystem.EIGHT_BIT).number


def _palette_color(color: Color) -> Color:
    """``color`` rounded to the 256-colour palette."""
    triplet = color.rich_color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return Color(triplet.red, triplet.green, triplet.blue)


def _nearest_hue(color: Color, tints: dict[str, Color]) -> str | None:
    """The label whose tint colour is nearest in hue to ``color`` (``None`` for a grey)."""
    hue, saturation, _ = color.hsl
    if saturation < GREY_SATURATION:
        return None

    def distance(label: str) -> float:
        gap = abs(hue - tints[label].hsl.h) % 1.0
        return min(gap, 1.0 - gap)

    return min(tints, key=distance)


def _is_difference(aligned: AlignedSentence) -> bool:
    """A sentence a reader looking for differences should visit."""
    return not aligned.boilerplate and (aligned.label != "shared" or aligned.moved)


def _changed_spans(comparison: Comparison) -> dict[tuple[Side, int], Emphasis]:
    """What to emphasize in every linked sentence, against its best-scoring counterpart: the
    changed words, or only the evidence when the pair is mostly rewritten (core.emphasis)."""
    changed: dict[tuple[Side, int], Emphasis] = {}
    for side in SIDES:
        for aligned in comparison.side(side).sentences:
            if not aligned.links:
                continue
            found = emphasis(comparison, side, aligned.sentence.index)
            if found.spans:
                changed[(side, aligned.sentence.index)] = found
    return changed
