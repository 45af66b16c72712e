"""A group's lead-in before a quotation (people25; invented examples):

* a plural group noun opening the clause with a verb of its own, then ``and`` and the
  reporting verb (``Demonstrators walked to the town hall and chanted “…”``);
* a quotation of two sentences after a group's verb (``Demonstrators chanted “Ferries now!
  No cuts!”``): the group rule read only the sentence the quotation ends in;
* a cue before a quotation starts after a colon (``The vigil opened at six: Demonstrators
  … chanted``), not at the sentence's start.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

INTRO = "Calm returned to Leith.\n\n"


def read(sentence: str) -> tuple[str | None, str | None]:
    text = INTRO + sentence + "\n"
    quotes = extract_quotes(text, segment(text))
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].cue.text if quotes[0].cue else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Demonstrators walked to the town hall and chanted “Ferries now!” until dusk.",
            "demonstrators",
        ),
        ("The protesters gathered outside the hall and shouted “Ferries now!”", "the protesters"),
        ("Demonstrators chanted “Ferries now! No cuts!” outside the hall.", "demonstrators"),
    ],
)
def test_a_group_leads_in(sentence: str, expected: str) -> None:
    assert read(sentence)[0] == expected


def test_the_cue_starts_after_a_colon() -> None:
    sentence = (
        "The vigil opened at six: Demonstrators walked to the town hall and chanted "
        "“Ferries now!” until dusk."
    )
    assert read(sentence) == ("demonstrators", "Demonstrators walked to the town hall and chanted")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a singular noun is no group
        ("Police surrounded the quay and chanted “Ferries now!”", None),
        # a subject of its own after "and": never the group's (nobody, as before)
        ("Demonstrators walked to the town hall and Tom Hale chanted “Ferries now!”", None),
        # a comma: another clause
        ("Protesters walked to the town hall, and the mayor chanted “Ferries now!”", "the mayor"),
        # one sentence: as before
        ("Demonstrators chanted “Ferries now!” outside the hall.", "demonstrators"),
    ],
)
def test_group_near_misses(sentence: str, expected: str | None) -> None:
    assert read(sentence)[0] == expected


@given(
    st.sampled_from(["chanted", "shouted", "yelled"]),
    st.sampled_from(["Protesters", "Workers", "Demonstrators"]),
)
def test_every_group_and_verb(verb: str, group: str) -> None:
    """Whichever group marches and whichever group verb leads in, the group speaks."""
    speaker = read(f"{group} walked to the town hall and {verb} “Ferries now!” until dusk.")[0]
    assert speaker == group.lower()
