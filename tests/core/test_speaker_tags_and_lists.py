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


@pytest.mark.parametrize(
    "sentence",
    [
        '"We had no choice," the mayors, Tom Hale and Ann Pike, said.',
        '"We had no choice," two mayors, Tom Hale and Ann Pike, said on Monday.',
        '"We had no choice," said the mayors, Tom Hale and Ann Pike.',
        '"We had no choice," said the two mayors, Tom Hale and Ann Pike, on Monday.',
        'The mayors, Tom Hale and Ann Pike, said "we had no choice."',
        '"We had no choice," Tom Hale and Ann Pike, the mayors, said.',
        '"We had no choice," Tom Hale and Ann Pike, said.',
    ],
)
def test_a_list_after_a_description_speaks_jointly(sentence: str) -> None:
    speaker = _speaker(LEAD + sentence)
    assert speaker == "Tom Hale and Ann Pike"
    assert attributed_speakers(sentence) == ("Tom Hale", "Ann Pike")
    assert list(attributed_speakers(sentence)) == speaker_parts(speaker)


def test_a_list_of_three_with_a_serial_comma_speaks_jointly() -> None:
    sentence = '"We had no choice," the mayors, Tom Hale, Ann Pike, and Jo Reyes, said.'
    assert speaker_parts(_speaker(LEAD + sentence) or "") == ["Tom Hale", "Ann Pike", "Jo Reyes"]
    assert attributed_speakers(sentence) == ("Tom Hale", "Ann Pike", "Jo Reyes")


def test_the_cue_keeps_the_description_of_the_list() -> None:
    text = LEAD + '"We had no choice," the mayors, Tom Hale and Ann Pike, said.'
    (quote,) = extract_quotes(text, segment(text))
    assert quote.cue is not None
    assert quote.cue.text == "the mayors, Tom Hale and Ann Pike, said"


def test_one_person_after_a_description_stays_one() -> None:
    sentence = '"We had no choice," the mayor, Tom Hale, said.'
    assert _speaker(LEAD + sentence) == "Tom Hale"
    assert attributed_speakers(sentence) == ("Tom Hale",)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"We had no choice," a spokesman for Tom Hale and Ann Pike said.',
            "a spokesman for Tom Hale and Ann Pike",  # round 16: was None (interim)
        ),
        ('"We had no choice," an aide to Tom Hale and Ann Pike, Jo Reyes, said.', "Jo Reyes"),
    ],
)
def test_a_list_after_a_preposition_is_whom_the_speaker_serves(sentence: str, speaker: str) -> None:
    assert _speaker(LEAD + sentence) == speaker
    assert not {"Tom Hale", "Ann Pike"} & set(attributed_speakers(sentence))


def test_a_firm_with_and_in_its_name_stays_one_after_a_description() -> None:
    sentence = '"We had no choice," the firm, Acme and Pike Group, said.'
    assert attributed_speakers(sentence) == ("Acme and Pike Group",)
    assert _speaker(sentence) == "Acme and Pike Group"


WRITER = "Ann Hale ran a bakery on the pier.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        'On Monday, when Ann Hale asked me about the pier, I smiled and said, "It can wait."',
        'She was upset, so I had to take it back: "Of course it matters."',
        'When Ann Hale asked about the pier, we said, "It can wait."',
    ],
)
def test_the_writer_speaking_gives_no_one_elses_name(sentence: str) -> None:
    assert _speaker(WRITER + sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        'On Monday, when I asked about the pier, Ann Hale smiled and said, "It can wait."',
        'When I asked her about the pier, she said, "It can wait."',
        'I asked about the pier. Ann Hale said: "It can wait."',
    ],
)
def test_someone_else_answering_the_writer_still_speaks(sentence: str) -> None:
    assert _speaker(WRITER + sentence) == "Ann Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        'Gov. Ann Hale (I) said "it can wait" on Monday.',
        'Queen Ann Hale I said "it can wait" on Monday.',
    ],
)
def test_a_capital_i_that_is_no_pronoun_is_not_the_writer(sentence: str) -> None:
    assert _speaker(WRITER + sentence) == "Ann Hale"


def _all(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract_quotes(text, segment(text))}


def test_a_quote_with_its_own_verb_and_no_name_borrows_no_earlier_speaker() -> None:
    text = WRITER + (
        '"We had no choice," Ann Hale said.\n\n'
        'Lamenting the closure, locals often say, "The pier was the town."\n'
    )
    assert _all(text)["The pier was the town."] is None


@pytest.mark.parametrize(
    ("follow", "quote"),
    [
        ('"We tried everything."', "We tried everything."),
        ('Then she would say, "We tried everything."', "We tried everything."),
    ],
)
def test_a_continuation_or_a_pronoun_still_takes_the_speaker(follow: str, quote: str) -> None:
    text = WRITER + '"We had no choice," Ann Hale said. ' + follow + "\n"
    assert _all(text)[quote] == "Ann Hale"
