"""The quote sidebar's summary wraps between its counts, continuation lines under its text."""

from __future__ import annotations

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.hanging_text import item_rows
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import bundled_seeds_dir, load_article
from textual.content import Content


def test_items_wrap_between_themselves_with_a_hanging_indent() -> None:
    items = [Content(text) for text in ("= 1 verbatim", "⊂ 2 excerpt", "+ 12 only here")]
    rows = [row.plain for row in item_rows(items, 26)]
    assert rows == ["= 1 verbatim ⊂ 2 excerpt", "  + 12 only here"]
    assert [row.plain for row in item_rows(items, 80)] == [
        "= 1 verbatim ⊂ 2 excerpt + 12 only here"
    ]
    # An item wider than the line wraps on its own, under the text too.
    wide = [Content("= 1 verbatim"), Content("+ " + "word " * 12)]
    rows = [row.plain for row in item_rows(wide, 30)]
    assert rows[0] == "= 1 verbatim" and all(row.startswith("  ") for row in rows[1:])
    assert all(len(row) <= 30 for row in rows) and len(rows) >= 3


async def test_the_summary_at_200_columns_keeps_each_count_whole_and_hangs() -> None:
    """The fourth trial: `+ 12 only here` broke before `here`, which started the next line."""
    seeds = sorted(bundled_seeds_dir().glob("*.txt"))
    comparison = compare_articles(load_article(seeds[0]), load_article(seeds[1]))
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(200, 50)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        sidebar = app.screen.query_one(QuoteSidebar)
        if not sidebar.display:
            await pilot.press("q")
            await pilot.pause()
        summary = sidebar.query_one("#quotes-summary")
        width = summary.content_size.width
        shown = summary.render()
        assert isinstance(shown, Content)
        rows = shown.plain.split("\n")
    # The seeds' worded counts do not fit the sidebar's width on one line: it shows them in
    # one line a side (eleventh trial), and those keep each count whole and hang alike.
    listing = QuoteSidebar.listing(comparison)
    assert any(len(item_rows(line, width)) > 1 for line in listing.summary)
    lines = listing.narrow
    items = [item.plain for line in lines for item in line]
    assert len(rows) == len(lines)
    assert all(len(row) <= width for row in rows)
    # Each line (Left:, Right:, appfix11's per-article counts) starts at the edge, its
    # continuations hang under its text.
    starts = [line[0].plain for line in lines]
    assert rows[0] == starts[0] or rows[0].startswith(starts[0] + " ")
    assert all(row.startswith("  ") or any(row.startswith(s) for s in starts) for row in rows)
    assert " ".join(row.strip() for row in rows) == " ".join(items)
    assert all(any(item in row for row in rows) for item in items)
