"""Who speaks around an appositive, a nationality or a title written after the name.

Example sentences written for these tests.
"""

from __future__ import annotations

import pytest
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEADLINE = "Budget talks stall\n\n"


def speaker_of(text: str, start: str) -> str | None:
    for quote in extract_quotes(text, segment(text)):
        if quote.text.startswith(start):
            return quote.speaker
    raise AssertionError(f"no quote starting {start!r} in {text!r}")


@pytest.mark.parametrize(
    "appositive", ["now the Senate majority leader", "a former Treasury official", "the mayor"]
)
def test_who_after_an_appositive_is_the_person_not_a_body_inside_it(appositive: str) -> None:
    text = HEADLINE + (
        f'Tom Hale, {appositive}, who in 2010 said "we will never raise taxes," voted for it.\n'
    )
    assert speaker_of(text, "we will never") == "Tom Hale"


def test_who_with_its_own_subject_before_the_verb_is_not_the_antecedent() -> None:
    text = HEADLINE + (
        'Tom Hale met Ann Pike on Monday.\n\nHale, who Pike said was "a decent man," left early.\n'
    )
    assert speaker_of(text, "a decent man") == "Ann Pike"


@pytest.mark.parametrize(
    "sentence",
    [
        '"It was a wonderful day," a Briton said outside the palace.',
        '"It was a wonderful day," said a Briton outside the palace.',
        '"No deal is better," Iranians said in the square.',
        'The Iranian said: "We are ready."',
        '"We are proud," two Britons said.',
    ],
)
def test_a_nationality_names_nobody(sentence: str) -> None:
    text = HEADLINE + "The talks ended on Monday.\n\n" + sentence + "\n"
    (quote,) = extract_quotes(text, segment(text))
    assert quote.speaker is None


@pytest.mark.parametrize(
    "sentence",
    ["A Briton said the talks would fail.", "The Iranian said the talks would resume."],
)
def test_the_claim_check_reads_no_nationality_as_a_name(sentence: str) -> None:
    assert attributed_speakers(sentence) == ()


def test_a_nationality_still_stands_for_the_person_just_named() -> None:
    text = HEADLINE + (
        "Reza Tehrani arrived in Vienna on Monday.\n\n"
        '"We will not give in," the Iranian said after the meeting.\n'
    )
    assert speaker_of(text, "We will not") == "Reza Tehrani"


def test_a_title_written_only_after_the_name_resolves_an_earlier_mention() -> None:
    text = HEADLINE + (
        '"The law is clear," the attorney general said on Monday.\n\n'
        "Jane Roe, the attorney general, spoke again on Tuesday.\n"
    )
    assert speaker_of(text, "The law is clear") == "Jane Roe"


@pytest.mark.parametrize(
    "later",
    [
        "Jane Roe, the attorney general's deputy, spoke again on Tuesday.",
        "Jane Roe, the general manager, spoke again on Tuesday.",
    ],
)
def test_another_office_written_after_a_name_does_not_resolve_it(later: str) -> None:
    # nobody named holds the office: the speaker is the office as described, not Jane Roe
    text = HEADLINE + '"The law is clear," the attorney general said on Monday.\n\n' + later
    assert speaker_of(text, "The law is clear") == "the attorney general"


def test_a_delegate_keeps_her_name_after_del() -> None:
    text = HEADLINE + '"The vote was fair," said Del. Nia Okoro of the island territory.\n'
    assert speaker_of(text, "The vote was fair") == "Nia Okoro"


def test_who_before_another_verb_gives_no_speaker_to_a_noun_after_it() -> None:
    text = (
        HEADLINE + 'Pressure grew on Tom Hale, who was met with chants of "Resign!" at a rally.\n'
    )
    assert speaker_of(text, "Resign") != "Tom Hale"
