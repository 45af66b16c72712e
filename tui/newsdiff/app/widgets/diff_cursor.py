"""The view's sentence cursor: where it is, its moves by key and click, the differences it
visits, and scrolling it into view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import events
from textual.actions import parse as parse_action
from textual.binding import Binding
from textual.geometry import Region, Spacing

from newsdiff.app.widgets.diff_layout import DiffLayout
from newsdiff.core.models import SIDES, Comparison, Side, other_side

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Widget
else:
    _Widget = object


@dataclass(frozen=True, slots=True)
class Cursor:
    """The sentence under the cursor: a column and a sentence index of that column's article."""

    side: Side
    index: int


Stop = tuple[int, int, Side, int]
"""A sentence the cursor can jump to: its row, its column's order (left first), side, index."""


def conflict_stops(
    comparison: Comparison, stops: list[Stop], side: Side | None = None
) -> tuple[list[Stop], dict[tuple[Side, int], tuple[int, int]]]:
    """The conflicts among ``stops``, one stop per conflict: its first end in reading order
    (with ``side``: its first end in that column); and where each end's conflict stops.

    Each end was a stop, so ``c`` went from one end of a conflict to the other (L7, then R8
    of the same ``≠``; moved, R8 then L7) before the next conflict (the fourteenth trial).
    A conflict is the ends that share a sentence (L1 ≠ R1 and L1 ≠ R2: one conflict)."""
    result: list[Stop] = []
    homes: dict[tuple[Side, int], tuple[int, int]] = {}
    for stop in stops:
        row, order, end_side, index = stop
        if side is not None and end_side != side:
            continue
        aligned = comparison.aligned(end_side, index)
        if aligned.label != "conflict":
            continue
        ends = {(end_side, index)}
        ends |= {
            (other_side(end_side), link.index) for link in aligned.links if link.label == "conflict"
        }
        home = next((homes[end] for end in ends if end in homes), None)
        if home is None:
            result.append(stop)
            home = (row, order)
        for end in ends:
            homes.setdefault(end, home)
    return result, homes


class DiffCursor(_Widget):
    """Mixin of ``DiffView``: the cursor's moves (its key actions are bound by the view)."""

    _comparison: Comparison | None
    _cursor: Cursor | None
    _highlight: set[int]
    _stops: list[Stop]
    """Every difference (non-shared or moved sentence), in reading order."""
    _conflicts: list[Stop]
    """The conflicts among ``_stops``."""
    _orders: dict[Side, list[int]]
    """Each column's sentences the cursor stops on, in display order (one per fold)."""
    _positions: dict[Side, dict[int, int]]
    """Each sentence's place in ``_orders`` (a folded one: its fold's stop)."""
    _displaced: tuple[Cursor, Cursor] | None
    _held_moves: list[Callable[[], None]] | None

    if TYPE_CHECKING:

        def _ensure_layout(self) -> DiffLayout | None: ...

        def _announce(self, cursor: Cursor | None) -> None: ...

        def _folded_row(self, cursor: Cursor) -> int | None: ...

        def open_fold(self, row: int) -> bool: ...

    def _set_cursor(self, cursor: Cursor | None, *, post: bool = True) -> None:
        self._cursor = cursor
        self._highlight = set()
        if cursor is not None and self._comparison is not None:
            aligned = self._comparison.aligned(cursor.side, cursor.index)
            self._highlight = {link.index for link in aligned.links}
        self.refresh()
        if post:
            self._announce(cursor)

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

        With ``kind="conflict"``, the next or previous conflict only, at its end in the
        cursor's column (a conflict's left end from the right column: appfix18).
        """
        if kind is None:
            return self._after(self._stops, direction)
        cursor, comparison = self._cursor, self._comparison
        if cursor is None or comparison is None:
            return self._after(self._conflicts, direction)
        stops, homes = conflict_stops(comparison, self._stops, cursor.side)
        # On a conflict's end that is not its stop in this column (R2 of L1 ≠ R1, L1 ≠ R2),
        # go on from that conflict's stop: not back to it.
        return self._after(stops, direction, homes.get((cursor.side, cursor.index)))

    def _after(
        self, stops: list[Stop], direction: int, at: tuple[int, int] | None = None
    ) -> Cursor | None:
        """The first of ``stops`` after (``1``) or before (``-1``) the cursor (or ``at``, a row
        and column order) in reading order."""
        layout = self._ensure_layout()
        here = (-1, 2) if at is None else at
        if at is None and self._cursor is not None and layout is not None:
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
