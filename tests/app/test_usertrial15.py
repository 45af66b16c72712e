"""The fifteenth user trial's app fixes: what a teacher (light theme, 80×24, keyboard only) and
a media researcher (the story view) met."""

from __future__ import annotations

import re

import pytest
from app_factory import sample
from export.test_export_contrast import contrast
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.diff_view import DiffView
from rich.color import Color

MARKS = {"=", "≈", "≠", "+", "↕", "≈↕", "=↕", "≠↕"}
"""Gutter markers: coloured by label, not by the muted or text colour checked here."""


def _contrast(one: Color, two: Color) -> float:
    """The WCAG contrast ratio of two Rich colours."""
    return contrast(one.get_truecolor(), two.get_truecolor())  # type: ignore[arg-type]


@pytest.mark.parametrize("theme", ["textual-light", "solarized-light", "textual-dark"])
async def test_sentence_numbers_read_in_every_theme(theme: str) -> None:
    """A teacher on a light theme saw no sentence numbers (`L 3`): the muted colour, an `auto`
    colour, was blended as white whatever the theme. Every number in the view now stands at
    least 3:1 against the row it is drawn on."""
    app = NewsDiffApp(comparison=sample(), theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        numbers = []
        for y in range(view.size.height):
            for segment in view.render_line(y):
                if re.fullmatch(r" *\d+ ", segment.text) and segment.style is not None:
                    numbers.append(segment)
        assert len(numbers) >= 4, [view.render_line(y).text for y in range(view.size.height)]
        for segment in numbers:
            style = segment.style
            assert style is not None and style.color is not None and style.bgcolor is not None
            ratio = _contrast(style.color, style.bgcolor)
            assert ratio >= 3, (segment.text, str(style), round(ratio, 2))


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_every_word_of_the_view_reads_in_every_theme(theme: str) -> None:
    """On a light theme the words a reworded pair shares (bold, `$text`) were white on the
    paraphrased rows' beige and site furniture white on grey: no text of the view, whatever
    its row, now falls under 3:1."""
    app = NewsDiffApp(comparison=sample(), theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        faint = []
        for _ in range(4):
            for y in range(view.size.height):
                for segment in view.render_line(y):
                    style = segment.style
                    if not segment.text.strip() or style is None or style.bgcolor is None:
                        continue
                    if style.color is None or style.reverse or segment.text.strip() in MARKS:
                        continue
                    ratio = _contrast(style.color, style.bgcolor)
                    if ratio < 3:
                        faint.append((segment.text, str(style), round(ratio, 2)))
            await pilot.press("pagedown")
        assert not faint, faint
