"""A list of speakers that holds an organisation and people (``said the Ministry of Defence,
Hale and Pike``). Every article here was written for these tests."""

from __future__ import annotations

import pytest
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import speaker_parts, speakers_differ

NAMED = "Defence Secretary Tom Hale and Ann Pike visited the harbour on Monday.\n\n"


def speaker_of(text: str) -> str | None:
    quotes = extract_quotes(text, segment(text))
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    "attribution",
    [
        "said the Ministry of Defence, Hale and Pike",
        "said the Ministry of Defence, Tom Hale and Ann Pike",
        "said the Ministry of Defence, Hale, and Pike",
    ],
)
def test_an_organisation_and_two_people_are_three_speakers(attribution: str) -> None:
    speaker = speaker_of(f'{NAMED}"We have no choice," {attribution}.\n')
    assert speaker == "Ministry of Defence, Tom Hale and Ann Pike"
    assert speaker_parts(speaker) == ["Ministry of Defence", "Tom Hale", "Ann Pike"]
    assert not speakers_differ(speaker, "Tom Hale")  # one of its speakers, not another


def test_the_list_before_the_verb_reads_the_same() -> None:
    text = f'{NAMED}"We have no choice," the Ministry of Defence, Hale and Pike said.\n'
    assert speaker_of(text) == "Ministry of Defence, Tom Hale and Ann Pike"


def test_lone_words_nobody_is_named_by_stay_an_offices_fields() -> None:
    # nothing says Hale and Pike are people here: read as an office's name, as before
    text = '"We have no choice," said the Bureau of Salt, Timber and Lanterns.\n'
    assert speaker_of(text) == "Bureau of Salt, Timber and Lanterns"
    assert speaker_parts("Bureau of Salt, Timber and Lanterns") == [
        "Bureau of Salt, Timber and Lanterns"
    ]


def test_a_name_beside_the_organisation_is_no_co_speaker() -> None:
    text = f'{NAMED}Asked about the Ministry of Defence, Tom Hale said "we have no choice."\n'
    assert speaker_of(text) == "Tom Hale"


def test_an_organisation_with_a_lone_unknown_word_is_not_a_list() -> None:
    # "Enforcement and President Hale": Hale has no full name, so no joint speaker is read
    text = '"We seized the rifles," Enforcement and President Hale said.\n'
    assert speaker_of(text) == "Hale"
