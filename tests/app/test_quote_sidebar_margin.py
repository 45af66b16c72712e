"""The quote sidebar's entries keep a column of space from its border and its scrollbar."""

from __future__ import annotations

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import bundled_seeds_dir, load_article
from newsdiff.core.models import Comparison
from textual.widgets import OptionList


async def sidebar_rows(comparison: Comparison, size: tuple[int, int]) -> list[str]:
    """The text of every row of the quote list, the sidebar opened if the width hides it."""
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
        return [quotes.render_line(y).text[:text_width] for y in range(quotes.size.height)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_sidebar_line_starts_and_ends_with_a_blank_column(
    size: tuple[int, int],
) -> None:
    """The sixth trial: at 80 columns (and at 120) every speaker, status and quote line of
    the list started in the column right after the border line, `│Marco Rubio`."""
    seeds = sorted(bundled_seeds_dir().glob("*.txt"))
    rows = await sidebar_rows(
        compare_articles(load_article(seeds[0]), load_article(seeds[1])), size
    )
    written = [row for row in rows if row.strip()]
    assert len(written) > 10 and any("Rubio" in row for row in written)
    assert all(row[0] == " " for row in written), written
    assert all(row[-1] == " " for row in written), written


LONG_QUOTE = (
    "We expect to restore full pressure by {day} evening, and the boil notice will stay in "
    "place until two clean samples come back from the lab"
)


async def test_a_wrapped_quote_hangs_under_its_text_not_under_its_marker() -> None:
    """The sixth trial: an altered quote's `L “…` text wrapped back to the `L`, so its second
    line read like the start of the `R` version; the cue wrapped under its arrow."""
    from newsdiff import compare_texts

    left = (
        "Water notice\n\n"
        f'"{LONG_QUOTE.format(day="Thursday")}," Priya Nandakumar, the director of '
        "the city water department, said.\n"
    )
    right = (
        "Boil notice\n\n"
        f'"{LONG_QUOTE.format(day="Friday")}," Priya Nandakumar, the director of the '
        "city water department, said.\n"
    )
    rows = await sidebar_rows(compare_texts(left, right), (120, 40))
    left_start = next(i for i, row in enumerate(rows) if row.startswith(" L “We expect"))
    right_start = next(i for i, row in enumerate(rows) if row.startswith(" R “We expect"))
    cue_start = next(i for i, row in enumerate(rows) if row.startswith(" ← Priya"))
    assert right_start - left_start > 2 and cue_start - right_start > 2
    for row in rows[left_start + 1 : right_start] + rows[right_start + 1 : cue_start]:
        assert row.startswith("    ") and row[4] != " ", rows  # under the text after `L “`
    assert rows[cue_start + 1].startswith("   ") and rows[cue_start + 1][3] != " ", rows
    assert "Thursday" in "".join(rows[left_start:right_start])
    assert "Friday" in "".join(rows[right_start:cue_start])


def test_hanging_rows_keep_every_word_and_fit_the_width() -> None:
    from newsdiff.app.widgets.hanging_text import hanging_rows
    from textual.content import Content

    line = Content.assemble(("L ", "bold"), "“" + LONG_QUOTE.format(day="Friday") + "”")
    rows = [row.plain for row in hanging_rows([(line, 3)], 30)]
    assert all(len(row) <= 30 for row in rows) and len(rows) > 3
    assert all(row.startswith("   ") and row[3] != " " for row in rows[1:])
    assert " ".join(row.strip() for row in rows) == line.plain
    # too narrow beside the marker: wrapped from the left edge instead
    assert all(not row.startswith(" ") for row in (r.plain for r in hanging_rows([(line, 3)], 21)))
