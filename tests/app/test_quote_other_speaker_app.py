"""The quote sidebar marks a quote the other outlet gives to another speaker (written articles)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from textual.widgets import OptionList, Static

LEFT = """Harbour pier plan stalls

"We will not pay for a pier that nobody asked for," said Mara Voss, the council leader.

"The tide tables were never checked," Maria Lopez told the Kestrel Gazette.
"""

RIGHT = """Kestrel Bay pier vote delayed

"We will not pay for a pier that nobody asked for," said Tom Hale, the opposition leader.

"The tide tables were never checked," Ms. Lopez said.
"""


def _prompts(sidebar: QuoteSidebar) -> list[str]:
    options = sidebar.query_one(OptionList)
    return [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]


async def test_the_sidebar_names_the_other_speaker(tmp_path: Path) -> None:
    (tmp_path / "left.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "right.txt").write_text(RIGHT, encoding="utf-8")
    comparison = compare_articles(
        load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt")
    )
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        sidebar = app.screen.query_one(QuoteSidebar)
        prompts = _prompts(sidebar)
        pier = next(p for p in prompts if "nobody asked for" in p)
        assert pier.startswith("= verbatim")  # the status stays what the words are
        assert "≠ other speaker: L Mara Voss · R Tom Hale" in pier
        assert "← L said Mara Voss" in pier and "← R said Tom Hale" in pier
        tide = next(p for p in prompts if "tide tables" in p)
        assert "other speaker" not in tide  # Ms. Lopez is Maria Lopez
        summary = str(sidebar.query_one("#quotes-summary", Static).render())
        assert "≠ 1 other speaker" in summary
        await pilot.press("tab", "down", "enter")  # choosing the marked quote still jumps
        await pilot.pause()
        pier_sentence = next(m for m in comparison.left.quotes if "nobody" in m.quote.text)
        assert app.screen.query_one(DiffView).cursor == Cursor("left", pier_sentence.quote.sentence)
