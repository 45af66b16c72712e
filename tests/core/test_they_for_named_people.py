"""``they wrote`` / ``they said`` after people named together: the people, not nobody
(people23). Invented examples."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEADLINE = "Harbour plan divides the council\n\n"
QUOTE = '"The harbour plan is a costly fantasy," they wrote.'


def speaker(body: str) -> str | None:
    text = HEADLINE + body + "\n"
    (quote,) = extract_quotes(text, segment(text))
    return quote.speaker


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Tom Hale and Ann Pike wrote to the board on Monday.", "Tom Hale and Ann Pike"),
        (
            "Tom Hale, Ann Pike and Jo Reyes wrote to the board on Monday.",
            "Tom Hale, Ann Pike and Jo Reyes",
        ),
        (
            "Tom Hale, Liberal of Velmora, and Ann Pike, Green of Dunmore, sent a letter on "
            "Monday. They asked the board for a delay.",
            "Tom Hale and Ann Pike",
        ),
    ],
)
def test_they_stands_for_people_named_together(before: str, expected: str) -> None:
    assert speaker(f"{before}\n\n{QUOTE}") == expected


@pytest.mark.parametrize(
    "before",
    [
        "Tom Hale thanked Ann Pike on Monday.",  # no list: one subject, one object
        "Tom Hale met the mayor and Ann Pike on Monday.",  # a lowercase word in between
    ],
)
def test_people_not_named_together_stay_nobody(before: str) -> None:
    assert speaker(f"{before}\n\n{QUOTE}") is None


def test_a_body_named_later_still_wins_for_it() -> None:
    body = (
        "Tom Hale and Ann Pike wrote to the board on Monday. The Velmora Harbour Board met "
        'on Tuesday.\n\n"The plan stands," it said.'
    )
    assert speaker(body) == "Velmora Harbour Board"


FIRST = st.sampled_from(["Tom", "Ann", "Jo", "Ines", "Kofi"])
LAST = st.sampled_from(["Hale", "Pike", "Reyes", "Dunmore", "Okafor"])


@given(FIRST, LAST, FIRST, LAST)
def test_they_takes_both_names(first1: str, last1: str, first2: str, last2: str) -> None:
    """Any two different people named with ``and`` are who ``they wrote`` stands for."""
    one, two = f"{first1} {last1}", f"{first2} {last2}"
    assume(last1 != last2)
    body = f"{one} and {two} wrote to the board on Monday.\n\n{QUOTE}"
    assert speaker(body) == f"{one} and {two}"


@pytest.mark.parametrize("title", ["Senators", "Mayors", "Judges"])
def test_a_plural_title_before_names_is_no_part_of_the_first_name(title: str) -> None:
    body = f'"The harbour plan is a costly fantasy," {title} Tom Hale and Ann Pike wrote.'
    assert speaker(body) == "Tom Hale and Ann Pike"
    body = f'{title} Tom Hale and Ann Pike wrote on Monday.\n\n"It is late," Hale said.'
    text = HEADLINE + body + "\n"
    assert [q.speaker for q in extract_quotes(text, segment(text))] == ["Tom Hale"]
