"""The evidence beside a sentence is written in that sentence's words, on either side and after
a swap.

``links[].evidence.agree`` keeps the left sentence's forms (the JSON contract). Every view used
to show that list beside the right sentence too, so after ``s`` the status line of the sentence
under the cursor named the other article's words (``questioned`` for a sentence saying
``Questions``); the right sentence's bold evidence words missed its own forms. The articles are
invented.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.details import DetailsScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.app.widgets.hanging_text import HangingText
from newsdiff.core.compare import compare_articles
from newsdiff.core.evidence import agree_as_written
from newsdiff.core.load import load_article
from newsdiff.core.words import stem
from newsdiff.export.html import render_html

COUNCIL = """Harbour council questioned the budget plans for the Velmora ferry terminal on Tuesday.

The mayor, Ilse Varnholt, said the terminal would open in spring.

Residents complained about the noise from the building works near the quay.
"""

QUESTIONS = """Questions about the budget plan for Velmora's ferry terminal were raised by the \
harbour council on Tuesday.

Mayor Ilse Varnholt says the terminal opens in the spring.

A local bakery has reopened after a fire last year.
"""


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W_]+(?:['’][^\W\d_]+)*", text)}


def _agreeing(status: str) -> list[str]:
    """The agreeing words of the first link on a status line."""
    first = status.split("  |  ")[0].split(" · i: all")[0].rstrip("…")
    return [word.strip() for word in first.split(" · ")[-1].split(",") if word.strip()]


def test_agreeing_words_are_written_as_the_sentence_writes_them() -> None:
    recorded = ("Harbour", "council", "questioned", "plans", "Velmora", "ferry")
    right = (
        "Questions about the budget plan for Velmora's ferry terminal, the harbour council said."
    )
    assert agree_as_written(recorded, right) == (
        "harbour",
        "council",
        "Questions",
        "plan",
        "Velmora's",
        "ferry",
    )
    # a figure as this sentence writes it; a word it has nowhere stays as recorded
    assert agree_as_written(("50%", "tariffs"), "tariffs of 50 per cent") == (
        "50 per cent",
        "tariffs",
    )
    assert agree_as_written(("quay",), "No such word here.") == ("quay",)


@given(
    st.lists(
        st.sampled_from(["plan", "plans", "planned", "vote", "votes", "voted", "ferry"]), min_size=1
    ),
    st.lists(
        st.sampled_from(["plan", "plans", "planned", "vote", "votes", "voted", "ferry"]), min_size=1
    ),
)
def test_each_word_shown_is_the_sentences_own_when_it_has_one(recorded, written) -> None:
    text = " ".join(written)
    own = _words(text)
    for word in agree_as_written(tuple(dict.fromkeys(recorded)), text):
        if any(stem(w) == stem(word.casefold()) for w in own):
            assert word.casefold() in own
        else:
            assert word in recorded


async def test_the_status_line_and_details_use_the_cursor_sentences_words(tmp_path: Path) -> None:
    (tmp_path / "council.txt").write_text(COUNCIL, encoding="utf-8")
    (tmp_path / "questions.txt").write_text(QUESTIONS, encoding="utf-8")
    app = NewsDiffApp([tmp_path / "council.txt", tmp_path / "questions.txt"])
    async with app.run_test(size=(160, 40)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("enter")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(DiffView)
        line = screen.query_one(EvidenceLine)
        assert view.cursor == Cursor("left", 0)
        await pilot.press("s")  # the council article crosses to the right
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert view.cursor == Cursor("right", 0)
        comparison = screen.comparison
        assert comparison is not None
        assert comparison.right.article.path.endswith("council.txt")
        for cursor in (Cursor("right", 0), Cursor("left", 0)):
            view.move_cursor(cursor)
            await pilot.pause()
            own = _words(comparison.aligned(cursor.side, cursor.index).sentence.text)
            shown = _agreeing(line._text)
            assert shown, line._text
            assert all(word.casefold() in own for word in shown), (cursor, line._text, own)
        view.move_cursor(Cursor("right", 0))
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        details = app.screen
        assert isinstance(details, DetailsScreen)
        text = details.query_one("#details-text", HangingText).text
        assert "questioned" in text and "Questions" not in text.split("L1:")[0]


def test_the_html_hover_of_a_right_sentence_uses_its_words(tmp_path: Path) -> None:
    (tmp_path / "questions.txt").write_text(QUESTIONS, encoding="utf-8")
    (tmp_path / "council.txt").write_text(COUNCIL, encoding="utf-8")
    left = load_article(str(tmp_path / "questions.txt"))
    right = load_article(str(tmp_path / "council.txt"))
    comparison = compare_articles(left, right, corpus=[left, right])
    html = render_html(comparison, version="test")
    cell = html.split('id="R1"')[1].split("</td>")[0]
    hover = cell.split('title="')[1].split('"')[0]
    assert "questioned" in hover and "Questions" not in hover
