"""A sentence no sentence links to, whose quote the other article carries, says where.

The status line said ``R3 + only in this article`` for a sentence whose quote the other
article prints word for word inside a sentence worded otherwise, while the quote sidebar beside
it said ``= verbatim · in 2 articles``: a fact-checker read that no other outlet had the words.
Now ``R3 + no sentence linked · its quote = verbatim in L2``; ``i`` shows that sentence, and the
Markdown report says so beside it in its "Only in the … article" list.
The sentences are invented.
"""

from __future__ import annotations

from app_factory import build
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.details import DetailsScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine, details_text, evidence_text
from newsdiff.app.widgets.hanging_text import HangingText
from newsdiff.export.markdown import render_markdown

LEFT = [
    "Talks on the Orlan ferry contract resumed on Monday.",
    'Union leader Mara Quist told members: "We will not sign a deal that cuts crew."',
    "The operator declined to comment.",
]
RIGHT = [
    "Orlan ferry talks resume.",
    "Negotiations over the contract started again this week.",
    '"We will not sign a deal that cuts crew," Quist said at a rally outside the depot.',
    '"We want a fair offer," Quist added.',
]
WORDS = "We will not sign a deal that cuts crew"


def _comparison():
    return build(
        LEFT,
        RIGHT,
        links=[(0, 1, "paraphrased", 64.0)],
        quotes=[
            ("left", 1, WORDS, "Mara Quist"),
            ("right", 2, WORDS, "Mara Quist"),
            ("right", 3, "We want a fair offer", None),
        ],
    )


def test_the_status_line_says_where_the_quote_is() -> None:
    comparison = _comparison()
    assert comparison.aligned("right", 2).label == "unique"
    assert evidence_text(comparison, Cursor("right", 2)) == (
        "R3 + no sentence linked · its quote = verbatim in L2"
    )
    assert evidence_text(comparison, Cursor("left", 1)) == (
        "L2 + no sentence linked · its quote = verbatim in R3"
    )
    # a quote only here, and a sentence without a quote, are still only in this article
    assert evidence_text(comparison, Cursor("right", 3)) == "R4 + only in this article"
    assert evidence_text(comparison, Cursor("left", 2)) == "L3 + only in this article"


def test_details_show_the_sentence_carrying_the_quote() -> None:
    text = details_text(_comparison(), Cursor("right", 2))
    assert "No sentence of the other article is linked; its quote = verbatim in L2." in text
    assert f"L2: {LEFT[1]}" in text
    assert "Only in this article" not in text


async def test_the_pair_view_shows_it_under_the_cursor() -> None:
    app = NewsDiffApp(comparison=_comparison())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        screen.query_one(DiffView).move_cursor(Cursor("right", 2))
        await pilot.pause()
        assert screen.query_one(EvidenceLine)._text.endswith("its quote = verbatim in L2")
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        shown = app.screen.query_one("#details-text", HangingText).text
        assert "its quote = verbatim in L2" in shown


def test_markdown_lists_it_as_only_here_with_where_its_quote_is() -> None:
    markdown = render_markdown(_comparison(), version="0")
    only_right = markdown.split("## + Only in the right article")[1].split("\n## ")[0]
    assert "_(no sentence linked; its quote = verbatim in L2)_" in only_right
    assert "**R4**" in only_right and only_right.count("its quote") == 1
