"""A quote whose speaker one outlet names and the other reads from context (people17).

No ``≠ other speaker`` (a ``she said`` given to the last woman named is too often misread to
assert a disagreement), but the sidebar still shows who each outlet gives the words to: both
sides' cues, so the reader can judge."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from textual.widgets import OptionList, Static

LEFT = """Harbour pier plan stalls

"We will not pay for a pier that nobody asked for," said Mara Voss, the council leader.
"""

RIGHT = """Kestrel Bay pier vote delayed

Tom Hale sat beside his wife, Ann Pike, at the council meeting on Monday.

"We will not pay for a pier that nobody asked for," she said.
"""


async def test_a_speaker_read_from_context_shows_both_cues_without_the_flag(
    tmp_path: Path,
) -> None:
    (tmp_path / "left.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "right.txt").write_text(RIGHT, encoding="utf-8")
    comparison = compare_articles(
        load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt")
    )
    assert comparison.right.quotes[0].quote.speaker == "Ann Pike"
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        sidebar = app.screen.query_one(QuoteSidebar)
        options = sidebar.query_one(OptionList)
        prompts = [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]
        pier = next(p for p in prompts if "nobody asked for" in p)
        assert "other speaker" not in pier
        assert "← L said Mara Voss" in pier and "← R she said" in pier
        summary = str(sidebar.query_one("#quotes-summary", Static).render())
        assert "other speaker" not in summary
