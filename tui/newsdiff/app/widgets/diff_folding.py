"""Folding in the view: the runs of rows folded under the display options, opening one, and
keeping the cursor out of folds (and bringing it back where it was once its sentence shows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdiff.app.widgets.diff_cursor import Cursor
from newsdiff.app.widgets.diff_layout import DiffLayout, Fold
from newsdiff.app.widgets.diff_rows import RowTraits, ViewFilter, fold_runs, row_traits
from newsdiff.core.models import Comparison, Side, other_side

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Widget
else:
    _Widget = object


class DiffFolding(_Widget):
    """Mixin of ``DiffView``: what is folded, and where the cursor stops around the folds."""

    _comparison: Comparison | None
    _cursor: Cursor | None
    _layout: DiffLayout | None
    _fold_shared: bool
    _hide_boilerplate: bool
    _filter: ViewFilter
    _opened: set[int]
    """The first rows of the folds the user opened (they stay open until the options change)."""
    _folds: list[Fold]
    _displaced: tuple[Cursor, Cursor] | None
    """The sentence a filter folded the cursor away from, and where it went instead."""
    _traits: tuple[Comparison, list[RowTraits]] | None
    _orders: dict[Side, list[int]]
    _positions: dict[Side, dict[int, int]]

    if TYPE_CHECKING:

        @property
        def width_known(self) -> bool: ...

        def _update_virtual_size(self) -> None: ...

        def _set_cursor(self, cursor: Cursor | None, *, post: bool = True) -> None: ...

        def move_cursor(self, cursor: Cursor | None, *, center: bool = False) -> None: ...

        def scroll_to_cursor(self, center: bool = False) -> None: ...

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
