"""A document as a reporting verb's subject across a relative aside set off by commas
(``The report, which the council published on Friday, says …``; people25). people22 let a
name's aside through (``Tom Hale, who …, told``); a document's stopped the reading, so the
quotation had nobody. Invented examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

INTRO = "The harbour board met on Monday. "
WORDS = "the board has “left the ferries unpaid” for a year."


def speaker(sentence: str) -> str | None:
    text = INTRO + sentence + "\n"
    quotes = extract_quotes(text, segment(text))
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (f"The report, which the council published on Friday, says {WORDS}", "the report"),
        (
            f"A complaint from Harbour Watch, whose members run the ferries, argues that {WORDS}",
            "Harbour Watch",
        ),
    ],
)
def test_a_document_speaks_across_its_aside(sentence: str, expected: str) -> None:
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no aside: as before
        (f"The report says {WORDS}", "the report"),
        # the aside's clause goes on past its closing comma without a reporting verb
        (f"The report, which the council published on Friday, was ignored, and {WORDS}", None),
        # a person's aside: people22's rule, unchanged
        (f"Tom Hale, who ran the harbour for years, told reporters {WORDS}", "Tom Hale"),
    ],
)
def test_aside_near_misses(sentence: str, expected: str | None) -> None:
    assert speaker(sentence) == expected


@given(st.sampled_from(["says", "argues", "states", "warns"]))
def test_every_reporting_verb_after_the_aside(verb: str) -> None:
    """Whichever reporting verb follows the aside, the report speaks."""
    assert speaker(f"The report, which the council published on Friday, {verb} that {WORDS}") == (
        "the report"
    )
