"""A quote one outlet splits in two: the sidebar lists each half, not the whole quote twice."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar, entry_prompt, quote_entries
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.models import Comparison

WHOLE = (
    "Pier To Close\n\nMayor Ana Ruiz spoke on Friday.\n\n"
    '"The pier is unsafe and it will close on Monday, and we will rebuild it by the summer '
    'with money from the state," Ruiz said.\n'
)
SPLIT = (
    "Unsafe Pier Shuts\n\n"
    '"The pier is unsafe and it will close on Monday," Mayor Ana Ruiz said on Friday.\n\n'
    "The town has no other pier.\n\n"
    '"We will rebuild it by the summer with money from the state," she added.\n'
)


def split_quote(tmp_path: Path) -> Comparison:
    (tmp_path / "whole.txt").write_text(WHOLE, encoding="utf-8")
    (tmp_path / "split.txt").write_text(SPLIT, encoding="utf-8")
    return compare_articles(
        load_article(tmp_path / "whole.txt"), load_article(tmp_path / "split.txt")
    )


def test_each_half_is_listed_with_its_own_words(tmp_path: Path) -> None:
    comparison = split_quote(tmp_path)
    entries = quote_entries(comparison)
    shown = [str(entry_prompt(entry)).splitlines()[1] for entry in entries]
    assert len(shown) == len(set(shown)), shown  # never the same quote twice
    # every left quote, and every right quote that is not already a left quote's counterpart
    paired = {
        (m.counterpart.start, m.counterpart.end) for m in comparison.left.quotes if m.counterpart
    }
    listed = [m.quote for m in comparison.left.quotes] + [
        m.quote for m in comparison.right.quotes if (m.quote.start, m.quote.end) not in paired
    ]
    assert len(listed) == 2
    assert sorted(entry.own.text for entry in entries) == sorted(q.text for q in listed)


async def test_choosing_a_half_goes_to_it_and_copies_it(tmp_path: Path) -> None:
    comparison = split_quote(tmp_path)
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        sidebar = screen.query_one(QuoteSidebar)
        right_own = [n for n, e in enumerate(sidebar.entries) if e.own_side == "right"]
        assert right_own
        entry = sidebar.entries[right_own[0]]
        await pilot.press("tab")
        for _ in range(12):
            quotes = sidebar.query_one("#quote-list")
            if (
                quotes.highlighted_option
                and quotes.highlighted_option.id == f"quote-{right_own[0]}"
            ):
                break
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(DiffView).cursor == Cursor("right", entry.own.sentence)
        await pilot.press("tab")  # back to the quote list: y copies the highlighted quote
        citation = screen.citation()
        assert citation is not None and entry.own.text in citation
