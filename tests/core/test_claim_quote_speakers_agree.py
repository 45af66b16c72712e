"""The claim check reads a sentence's speaker as the quotes read it: affiliations, verbs of
speaking, titles written as letters, and an organisation listed with people. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import speaker_parts

SENTENCES = [
    '"The pier will close," said Harbour Authority spokeswoman Ana Voss.',
    '"The pier will close," said Harbour Authority chief press officer Ana Voss on Monday.',
    '"The pier will close," Harbour Authority spokeswoman Ana Voss said.',
    '"The pier will close," said the Harbour Authority to Ana Voss.',
    '"The pier will close," said Labour MP Dana Ellis.',
    'Labour MP Dana Ellis said "the pier will close."',
    'Jo Reyes railed against "a plan to kill the pier" on Monday.',
    'The mayor, Jo Reyes, railed against "a plan to kill the pier."',
    'Jo Reyes went on about the "pier tax" for an hour.',
    'As Jo Reyes went on about "the pier," the crowd left.',
    '"We have no choice," said the Ministry of Defence, Tom Hale and Ann Pike.',
    'The Ministry of Defence, Tom Hale and Ann Pike said "we have no choice."',
    '"We have no choice," said the Ministry of Defence.',
    '"We have no choice," said the Bureau of Salt, Timber and Lanterns.',
    # an office listing fields with a serial comma is one name; an office and a firm are two
    '"The pier will close," said the Department of Health, Education and Welfare.',
    'The Department of Health, Education and Welfare said "the pier will close."',
    '"The pier will close," said the Ministry of Defence and Acme Holdings.',
    'The Ministry of Defence and Acme Holdings said "the pier will close."',
    '"The pier will close," said the Ministry of Defence and Ministry of Finance.',
    '"The pier will close," said the Department of Health and Human Services.',
    # a party-state tag and a weekday are no speaker
    '"The pier will close," Sen. Tom Hale, R-Ky., said Tuesday.',
    '"The pier will close," Tom Hale, D-Calif., said on Tuesday.',
    'Sen. Tom Hale, R-Texas, said Tuesday that "the pier will close."',
    '"The pier will close," said Sen. Tom Hale, R-Texas, on Tuesday.',
    # a state tag, with or without its full stop, is no speaker either
    '"The pier will close," Tom Hale, Ky said.',
    '"The pier will close," Tom Hale, Ky., said on Tuesday.',
    '"The pier will close," Tom Hale, Texas said on Tuesday.',
    # people listed after a description, or before one, speak jointly
    '"The pier will close," the mayors, Tom Hale and Ann Pike, said.',
    '"The pier will close," said the mayors, Tom Hale and Ann Pike.',
    'The mayors, Tom Hale and Ann Pike, said "the pier will close."',
    '"The pier will close," Tom Hale and Ann Pike, the mayors, said.',
    '"The pier will close," the mayors, Tom Hale, Ann Pike, and Jo Reyes, said.',
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_claim_check_names_the_quotes_speaker(sentence: str) -> None:
    (quote,) = extract_quotes(sentence, segment(sentence))
    assert quote.speaker is not None
    assert list(attributed_speakers(sentence)) == speaker_parts(quote.speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Reyes railed against the plan to close the pier.",  # no quotation: no topic
        'Jo Reyes spoke to the "Morning Tide" show on Monday.',  # whom she spoke to
        'Jo Reyes talked, about "the pier".',  # a comma cuts the verb off
        "A spokesman for the Ministry of Defence said the pier will close.",  # a preposition's
    ],
)
def test_no_speaker_is_named(sentence: str) -> None:
    assert attributed_speakers(sentence) == ()


def test_the_times_keeps_its_article() -> None:
    assert attributed_speakers("The Times said the pier will close.") == ("The Times",)


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            '"The pier will close," said the Department of Health, Education, and Welfare.',
            ["Department of Health, Education and Welfare"],
        ),
        (
            "The Department of Health, Education, and Welfare said the pier will close.",
            ["Department of Health, Education and Welfare"],
        ),
        (
            '"The pier will close," said the Ministry of Defence and Acme Holdings.',
            ["Ministry of Defence", "Acme Holdings"],
        ),
        ("Acme and Pike Group said the pier will close.", ["Acme and Pike Group"]),
        (
            "The Department of Housing and Urban Development said the pier will close.",
            ["Department of Housing and Urban Development"],
        ),
    ],
)
def test_an_office_is_one_speaker_and_two_bodies_are_two(sentence: str, parts: list[str]) -> None:
    assert list(attributed_speakers(sentence)) == parts
    quotes = extract_quotes(sentence, segment(sentence))
    for quote in quotes:
        assert quote.speaker is not None
        assert [part.replace(",", "") for part in speaker_parts(quote.speaker)] == [
            part.replace(",", "") for part in parts
        ]
