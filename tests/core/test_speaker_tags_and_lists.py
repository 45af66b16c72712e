"""A state written after a speaker's name is no speaker, with or without its full stop; a list
of people after a description speaks jointly. Every article here was written for these tests."""

from __future__ import annotations

import pytest
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import speaker_parts

LEAD = "Harbour Talks Collapse in Leith\n\nTom Hale and Ann Pike met the union on Monday.\n\n"


def _speaker(text: str) -> str | None:
    """The speaker of the article's one quotation."""
    (quote,) = extract_quotes(text, segment(text))
    return quote.speaker


@pytest.mark.parametrize(
    "sentence",
    [
        '"We had no choice," Tom Hale, Ky said.',
        '"We had no choice," Tom Hale, Ky., said.',
        '"We had no choice," Tom Hale, Calif said on Tuesday.',
        '"We had no choice," Tom Hale, Texas, said.',
        '"We had no choice," Tom Hale, Texas said.',
        'Tom Hale, Ky said on Monday that "we had no choice."',
    ],
)
def test_a_state_after_the_name_is_no_speaker(sentence: str) -> None:
    assert _speaker(LEAD + sentence) == "Tom Hale"
    assert attributed_speakers(sentence) == ("Tom Hale",)


def test_a_state_word_before_a_surname_is_a_first_name() -> None:
    sentence = '"We had no choice," Ann Pike, Ky Reyes and Tom Hale said.'
    assert speaker_parts(_speaker(sentence) or "") == ["Ann Pike", "Ky Reyes", "Tom Hale"]
    assert attributed_speakers(sentence) == ("Ann Pike", "Ky Reyes", "Tom Hale")


def test_a_state_after_a_town_is_still_no_speaker() -> None:
    sentence = '"We had no choice," said Ann Pike of Springfield, Va., on Monday.'
    assert _speaker(LEAD + sentence) == "Ann Pike"
    assert attributed_speakers(sentence) == ("Ann Pike",)
