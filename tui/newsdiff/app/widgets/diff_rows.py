"""What the view's rows are: which fold away and why, and the line layout a view's options give.

Pure (no widget): a worker builds a comparison's layout with :func:`build_layout` off the main
thread, and the view folds with :func:`fold_runs` from :func:`row_traits` read once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsdiff.app.widgets.diff_layout import DiffLayout, Fold, LineSpan
from newsdiff.core.models import SIDES, AlignedSentence, Comparison, Row, Side

ViewFilter = Literal["all", "differences", "quotes"]
"""Which rows the comparison shows unfolded."""


def row_cells(row: Row) -> tuple[tuple[int, Side, int | None], tuple[int, Side, int | None]]:
    """``(order, side, sentence index)`` of a row's two cells, left first."""
    return (0, "left", row.left), (1, "right", row.right)


def is_difference(aligned: AlignedSentence) -> bool:
    """A sentence a reader looking for differences should visit."""
    return not aligned.boilerplate and (aligned.label != "shared" or aligned.moved)


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
            for _, side, index in row_cells(row)
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
                difference=any(is_difference(aligned) for _, aligned in present),
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
