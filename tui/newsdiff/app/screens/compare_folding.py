"""Which rows the comparison shows: folding shared sentences (``z``) and boilerplate (``Z``),
and the row filter (``f``: all rows, only differences, only quotes)."""

from __future__ import annotations

from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.widgets.diff_view import DiffView, ViewFilter, fold_runs

FILTERS: tuple[ViewFilter, ...] = ("all", "differences", "quotes")
"""The filters ``f`` cycles through."""

FILTER_NAMES = {
    "all": "Filter: all rows.",
    "differences": "Filter: only differences (shared rows and boilerplate folded).",
    "quotes": "Filter: only rows with a quote.",
}


class CompareFolding(CompareHost):
    """The fold and filter keys, and what their notices say."""

    def action_fold_shared(self) -> None:
        """Fold (or unfold) runs of shared sentences."""
        view = self.query_one(DiffView)
        view.set_folding(fold_shared=not view.fold_shared)
        if view.fold_shared and not _foldable(view, fold_shared=True):
            said = "Nothing to fold: no shared sentences side by side here."
        elif view.fold_shared:
            said = "Shared sentences folded: enter on a fold opens it."
        else:
            said = "Shared sentences shown."
        self.notify(said, timeout=2)

    def action_hide_boilerplate(self) -> None:
        """Fold (or unfold) boilerplate rows."""
        view = self.query_one(DiffView)
        view.set_folding(hide_boilerplate=not view.hide_boilerplate)
        if view.hide_boilerplate and not _foldable(view, hide_boilerplate=True):
            said = "Nothing to fold: no site furniture (·) here."
        else:
            said = "Boilerplate folded." if view.hide_boilerplate else "Boilerplate shown."
        self.notify(said, timeout=2)

    def action_cycle_filter(self) -> None:
        """All rows → only differences → only quotes → all rows; a filter that would fold
        every row away is passed over, and the notice says why."""
        view = self.query_one(DiffView)
        following = FILTERS[(FILTERS.index(view.view_filter) + 1) % len(FILTERS)]
        passed: list[str] = []
        # `only quotes` on a pair without a quote showed one fold line and nothing else, the
        # status line still describing a sentence folded away.
        while following != "all" and (why := self._filter_empty(following)):
            passed.append(why)
            following = FILTERS[(FILTERS.index(following) + 1) % len(FILTERS)]
        view.set_folding(view_filter=following)
        said = FILTER_NAMES[following]
        if passed:
            said = f"{said} ({'; '.join(passed)})"
        self.notify(said, timeout=3 if passed else 2)

    def _filter_empty(self, view_filter: ViewFilter) -> str:
        """Why ``view_filter`` would show no row of this comparison (empty if it shows some)."""
        comparison = self.comparison
        if comparison is None:
            return ""
        if view_filter == "quotes" and not (comparison.left.quotes or comparison.right.quotes):
            return "no quote in either article to show alone"
        if view_filter == "differences" and not self.query_one(DiffView).has_differences():
            return "no difference to show alone: every sentence is shared"
        return ""


def _foldable(view: DiffView, *, fold_shared: bool = False, hide_boilerplate: bool = False) -> bool:
    """Whether the fold asked for folds any row of the view's comparison: a fold key on a
    comparison with nothing to fold would otherwise say "folded" and change nothing."""
    comparison = view.comparison
    if comparison is None:
        return True
    return bool(fold_runs(comparison, fold_shared=fold_shared, hide_boilerplate=hide_boilerplate))
