"""An organisation's whole name speaks, never a half of it: a country before an ``and`` name,
office words that begin an agency's name, ``the`` before a department's name, a cue window that
starts inside the name (``core/name_runs.py``, ``article_names.py``, ``mentions.py``,
``cues.py``).

Example sentences written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.name_runs import organisation_and
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def quote_of(text: str, start: str) -> Quote:
    for quote in extract_quotes(text, segment(text)):
        if quote.text.startswith(start):
            return quote
    raise AssertionError(f"no quote starting {start!r} in {text!r}")


def test_a_country_before_an_and_name_keeps_the_name_whole() -> None:
    text = '"The crossing will stay shut," U.S. Customs and Border Protection said on Friday.'
    assert quote_of(text, "The crossing").speaker == "Customs and Border Protection"
    text = (
        '"The crossing will stay shut," said a spokeswoman for U.S. Customs and Border Protection.'
    )
    quote = quote_of(text, "The crossing")
    assert quote.speaker == "Customs and Border Protection"
    assert quote.role == "spokeswoman for"


def test_two_people_joined_by_and_stay_two_people() -> None:
    text = '"The crossing will stay shut," said Anna Pike and Tom Hale.'
    assert quote_of(text, "The crossing").speaker == "Anna Pike and Tom Hale"


def test_office_words_without_a_title_head_begin_an_agencys_name() -> None:
    text = 'Officials at Homeland Security Investigations said forgers "will find new tricks."'
    quote = quote_of(text, "will find")
    assert quote.speaker == "Homeland Security Investigations"
    assert quote.role == "Officials at"
    text = '"It is over," the National Enquirer said in a notice to readers.'
    assert quote_of(text, "It is over").speaker == "National Enquirer"


def test_office_words_before_a_title_head_or_a_first_name_stay_a_title() -> None:
    text = '"We will act," said Homeland Security Secretary Ann Voss.'
    assert quote_of(text, "We will act").speaker == "Ann Voss"
    text = '"We will act," said Energy Minister Voss. Voss added: "Soon."'
    assert quote_of(text, "We will act").speaker == "Voss"
    assert quote_of(text, "Soon").speaker == "Voss"


def test_the_before_a_departments_name_does_not_hide_it() -> None:
    text = '"We will act," said a spokesman for the Department of Health and Human Services.'
    quote = quote_of(text, "We will act")
    assert quote.speaker == "Department of Health and Human Services"
    assert quote.role == "spokesman for"


def test_the_department_alone_still_refers_back() -> None:
    text = (
        "The Harbour Department closed the pier on Monday. "
        '"We will act," said a spokesman for the department.'
    )
    assert quote_of(text, "We will act").speaker == "Harbour Department"


def test_a_country_after_a_role_stays_in_the_role() -> None:
    text = '"We will act," said Jo Lee, the ambassador to the U.S.'
    assert quote_of(text, "We will act").role == "ambassador to the U.S."


@pytest.mark.parametrize(
    "unit", ["a new unit set up", "a small new unit set up", "a small new unit first set up"]
)
def test_a_long_attribution_never_halves_the_speakers_name_in_its_cue(unit: str) -> None:
    text = (
        f"The scheme ended. Officials at Homeland Security Investigations, {unit} in the "
        "customs service, said they feared that the brokers who prepare the papers abroad "
        '"may find new tricks" before long.'
    )
    quote = quote_of(text, "may find")
    assert quote.speaker == "Homeland Security Investigations"
    assert quote.cue is not None and "Homeland Security Investigations," in quote.cue.text


_WORD = st.sampled_from(["customs", "border", "fish", "wildlife", "harbour", "pike"])
_ORG = st.sampled_from(["protection", "service", "agency", "council", "enforcement"])
_COUNTRY = st.sampled_from(["u.s.", "britain", "france", "canada"])


@given(_COUNTRY, _WORD, st.lists(_WORD, max_size=2), _ORG)
def test_a_leading_country_never_decides_whether_and_joins(
    country: str, left: str, middle: list[str], org: str
) -> None:
    right = [*middle, org]
    assert organisation_and([country, left], right) == organisation_and([left], right)
