"""The eighth user trial: a fact-checker's afternoon with the pair view."""

from __future__ import annotations

import re

import pytest
from app_factory import build, sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.column_header import ColumnHeads
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.core.models import Comparison


def _lines(view: DiffView) -> list[str]:
    layout = view.line_layout
    assert layout is not None
    return [view.render_line(y).text for y in range(min(layout.height, view.size.height))]


@pytest.mark.parametrize("comparison", [sample(), build(["One."] * 3, ["One."] * 12, links=[])])
@pytest.mark.parametrize("columns", [60, 80, 99])
async def test_one_column_tags_keep_the_two_column_layouts_left_margin(
    comparison: Comparison, columns: int
) -> None:
    """Below 100 columns the `L`/`R` tags started in the terminal's first column, while the
    two-column layout keeps one blank cell there: both layouts now start one cell in, the
    stacked heads with them, and the text still follows its tag and number."""
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(columns, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        assert view.one_column
        lines = _lines(view)
        assert all(line[:1] == " " for line in lines), [line[:8] for line in lines]
        assert any(re.match(r" L +1 \S \S", line) for line in lines), lines[:3]
        assert any(re.match(r" R +1 \S \S", line) for line in lines), lines[:12]
        assert all(len(line) <= columns for line in lines)
        heads = app.screen.query_one(ColumnHeads).render().plain.split("\n")
        assert heads[0].startswith(" L ") and heads[1].startswith(" R "), heads
        number_line = next(line for line in lines if re.match(r" L +1 ", line))
        text_start = re.match(r" L +\d+ \S ", number_line)
        title = comparison.left.article.title[:6]
        assert text_start is not None and heads[0].index(title) == text_start.end(), heads
