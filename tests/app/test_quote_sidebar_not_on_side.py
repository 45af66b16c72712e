"""The quote sidebar counts the articles carrying a quote in words its status cannot contradict.

The twelfth user trial read ``+ only left · in 2 articles`` as a contradiction: only in this
pair, yet two articles of the corpus carry it. Now ``+ not on the right · in 2 articles``, on
one line of the 38-cell sidebar (``· 2 articles carry it`` took two).
The sentences are invented.
"""

from __future__ import annotations

from dataclasses import replace

from app_factory import build
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from textual.widgets import OptionList

LEFT = [
    "Velmora delays the pier vote.",
    '"The pier is not safe," harbour master Ole Brandt said.',
    '"We will vote in March," Mayor Ana Ruiz said.',
]
RIGHT = [
    "The pier vote is delayed.",
    '"We will vote in March," Ruiz said.',
    '"Repairs come first," said engineer Mara Quist.',
]


def _comparison():
    comparison = build(
        LEFT,
        RIGHT,
        links=[(0, 0, "paraphrased", 70.0), (2, 1, "shared", 90.0)],
        quotes=[
            ("left", 1, "The pier is not safe", "Ole Brandt"),
            ("left", 2, "We will vote in March", "Ana Ruiz"),
            ("right", 1, "We will vote in March", "Ana Ruiz"),
            ("right", 2, "Repairs come first", "Mara Quist"),
        ],
    )
    # a third article of the corpus prints the harbour master's words as well
    left = comparison.left
    quotes = (replace(left.quotes[0], articles=2), *left.quotes[1:])
    return replace(comparison, left=replace(left, quotes=quotes))


async def test_the_sidebar_says_which_side_lacks_the_quote() -> None:
    app = NewsDiffApp(comparison=_comparison())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        options = app.screen.query_one(QuoteSidebar).query_one(OptionList)
        heads = [
            str(options.get_option_at_index(n).prompt).splitlines()[0]
            for n in range(options.option_count)
            if not options.get_option_at_index(n).disabled
        ]
        assert "+ not on the right · in 2 articles" in heads
        assert "+ not on the left · in 1 article" in heads
        assert "= verbatim · in 2 articles" in heads
        assert not any("only left" in head or "only right" in head for head in heads)
