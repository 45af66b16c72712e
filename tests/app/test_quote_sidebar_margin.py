"""The quote sidebar's entries keep a column of space from its border and its scrollbar."""

from __future__ import annotations

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import bundled_seeds_dir, load_article
from textual.widgets import OptionList


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_sidebar_line_starts_and_ends_with_a_blank_column(
    size: tuple[int, int],
) -> None:
    """The sixth trial: at 80 columns (and at 120) every speaker, status and quote line of
    the list started in the column right after the border line, `│Marco Rubio`."""
    seeds = sorted(bundled_seeds_dir().glob("*.txt"))
    comparison = compare_articles(load_article(seeds[0]), load_article(seeds[1]))
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        sidebar = app.screen.query_one(QuoteSidebar)
        if not sidebar.display:
            await pilot.press("q")
            await pilot.pause()
        quotes = sidebar.query_one("#quote-list", OptionList)
        text_width = quotes.scrollable_content_region.width
        rows = [quotes.render_line(y).text[:text_width] for y in range(quotes.size.height)]
    written = [row for row in rows if row.strip()]
    assert len(written) > 10 and any("Rubio" in row for row in written)
    assert all(row[0] == " " for row in written), written
    assert all(row[-1] == " " for row in written), written
