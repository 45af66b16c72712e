"""The subject of a clause that holds a quotation, when nobody is named for it and when an
appositive sits beside it (``core/quote_clauses.py``).

Example sentences written for these tests.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

COUNCIL = "The harbour council met in Leith on Monday. "


def quote_of(text: str, start: str) -> Quote:
    for quote in extract_quotes(text, segment(text)):
        if quote.text.startswith(start):
            return quote
    raise AssertionError(f"no quote starting {start!r} in {text!r}")


def test_a_described_subject_nobody_named_keeps_its_words_from_the_main_speaker() -> None:
    text = COUNCIL + 'As the senator went on about "the port deal," Ann Hale said no.'
    assert quote_of(text, "the port deal").speaker is None
    text = 'As he went on about "the port deal," Ann Hale said she would vote no.'
    assert quote_of(text, "the port deal").speaker is None


def test_a_described_subject_named_before_is_that_person() -> None:
    text = (
        "Senator Tom Pike spoke first. "
        'As the senator went on about "the port deal," Ann Hale said she would vote no.'
    )
    quote = quote_of(text, "the port deal")
    assert quote.speaker == "Tom Pike"
    assert quote.role == "senator"
    assert quote.cue is not None and quote.cue.text == "the senator went on about"


def test_the_main_speaker_keeps_a_quotation_of_her_own_cue() -> None:
    text = COUNCIL + 'As the senator went on about "the deal," Ann Hale said "never."'
    assert quote_of(text, "the deal").speaker is None
    assert quote_of(text, "never").speaker == "Ann Hale"


def test_a_quotation_after_the_clause_is_still_the_main_speakers() -> None:
    text = COUNCIL + 'As the crowd cheered, "We won," Ann Hale said.'
    assert quote_of(text, "We won").speaker == "Ann Hale"
    text = COUNCIL + 'While the mayor, Jo Reyes, watched, "We won," Ann Hale said.'
    assert quote_of(text, "We won").speaker == "Ann Hale"


def test_a_clause_whose_subject_has_an_appositive_is_read() -> None:
    for subject in ("the mayor, Jo Reyes,", "Jo Reyes, the mayor,", "the city's mayor, Jo Reyes,"):
        text = COUNCIL + f'The debate ran late, while {subject} railed against "a rigged budget".'
        quote = quote_of(text, "a rigged budget")
        assert quote.speaker == "Jo Reyes", subject
        assert quote.cue is not None and quote.cue.text == f"{subject} railed against"
        assert quote.role is not None and quote.role.endswith("mayor")


def test_a_comma_that_closes_the_clause_is_no_appositive() -> None:
    text = COUNCIL + 'While Tom Pike spoke, Jo Reyes said "we won" and left.'
    assert quote_of(text, "we won").speaker == "Jo Reyes"


_FIRST = st.sampled_from(["Jo", "Ann", "Tom", "Maria", "Ravi"])
_LAST = st.sampled_from(["Reyes", "Hale", "Okafor", "Lindqvist", "Brandt"])
_ROLE = st.sampled_from(["the mayor", "a councillor", "the harbour master", "her deputy"])
_OPENER = st.sampled_from(["while", "as", "when"])


@given(_FIRST, _LAST, _ROLE, _OPENER)
def test_an_appositive_beside_the_subject_changes_nobody_s_words(
    first: str, last: str, role: str, opener: str
) -> None:
    name = f"{first} {last}"
    plain = COUNCIL + f'The debate ran late, {opener} {name} railed against "a rigged budget".'
    apposed = COUNCIL + (
        f'The debate ran late, {opener} {name}, {role}, railed against "a rigged budget".'
    )
    assert quote_of(plain, "a rigged").speaker == name
    assert quote_of(apposed, "a rigged").speaker == name
