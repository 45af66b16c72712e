"""Who a sentence is about, when outlets name one person differently: a role between an
organisation and a name, a Title Case headline, a dateline set off by a horizontal bar.

The "two people, two facts" rule must not fire on one person written two ways. Sentences are
written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.lookalikes import _subject, different_actions, different_subjects


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Radio Kestrel host Mara Voss, back from a week off, attacked the budget.", "voss"),
        ("Harbour Trust policy chief Owen Pike said the levy was fair.", "pike"),
        ("City Hall press secretary Lena Ortiz told reporters the pier would close.", "ortiz"),
        ("Voss attacked the budget on Saturday.", "voss"),
    ],
)
def test_the_person_is_the_name_after_a_role(text: str, surname: str) -> None:
    found = _subject(text)
    assert found is not None and found[0] == surname


def test_a_verb_between_two_names_is_no_role() -> None:
    found = _subject("Voss met Pike at the harbour on Monday.")
    assert found is not None and found[0] == "voss"


def test_one_person_named_with_and_without_a_role_is_one_subject() -> None:
    left = "Radio Kestrel host Mara Voss, armed with her charts, attacked the budget on Saturday."
    right = "Mara Voss, the station's best-known voice, tore into the budget on Saturday."
    assert different_subjects(left, right) is None
    result = check_claims(read_claim(left), read_claim(right))
    assert result.outcome != "not linked"


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour Board Keeps Pressure on Voss Over Pier Closure",
        "Councillors Question Claims in Pier Repair Dispute",
    ],
)
def test_a_title_case_headline_has_no_subject(headline: str) -> None:
    assert _subject(headline) is None


def test_headline_capitals_are_not_two_people() -> None:
    left = "Harbour Board Keeps Pressure on Voss Over Pier Closure"
    right = "Mara Voss Criticised for Pier Closure"
    assert different_subjects(left, right) is None
    assert different_actions(left, right) is None


def test_a_horizontal_bar_dateline_is_passed() -> None:
    text = "KESTREL BAY ― In a blow to the mayor, the council voted to reopen the pier."
    assert _subject(text) is None  # "In" opens a phrase; the subject is "the council"


def test_two_named_people_in_body_sentences_are_still_two_subjects() -> None:
    left = "Councillor Ada Hale, who chairs the harbour panel, first called on Ruiz to resign."
    right = "Ruiz insisted on Friday that she would stay in office until the spring."
    assert different_subjects(left, right) is not None


def test_one_speaker_framed_and_reported_is_one_claim() -> None:
    left = (
        "Former harbour master Ines Calder made it plain that she won't be paying for the new pier."
    )
    right = (
        "Former harbour master Ines Calder says Kestrel Bay will not pay for a new pier, "
        "whatever the board claims."
    )
    assert different_actions(left, right) is None


def test_two_people_doing_two_things_still_differ() -> None:
    left = "Ines Calder told the board that Kestrel Bay would not pay for the pier."
    right = "Mayor Tomas Brandt opened the rebuilt pier on Monday with county money."
    assert different_actions(left, right) is not None


@given(st.text(max_size=200), st.text(max_size=200))
def test_the_two_people_rules_take_any_text(left: str, right: str) -> None:
    found = different_subjects(left, right)
    assert found is None or (found[0] in left and found[1] in right)
    different_actions(left, right)


def test_one_role_held_by_two_names_is_left_to_the_person_check() -> None:
    left = "Harbour board press officer Tom Hale read out the new mooring fees on Monday."
    right = "Harbour board press officer Ann Voss read out the new mooring fees on Monday."
    assert different_subjects(left, right) is None
