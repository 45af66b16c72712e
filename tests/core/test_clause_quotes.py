"""Quotations inside a clause with its own subject: a later ``, Y said`` does not take them.

Example sentences written for these tests (``core/quote_clauses.py``).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

INTRO = "Anna Pike spoke in Dover on Monday. Tom Hale watched it at home. "


def speaker_of(text: str, start: str) -> str | None:
    for quote in extract_quotes(text, segment(text)):
        if quote.text.startswith(start):
            return quote.speaker
    raise AssertionError(f"no quote starting {start!r} in {text!r}")


def test_phrases_of_a_speaking_clause_belong_to_its_subject() -> None:
    text = INTRO + (
        'As Pike went on about "the rigged count," and "forgotten towns" and "our own '
        'people," Hale said yes, over and over.'
    )
    for start in ("the rigged", "forgotten", "our own"):
        assert speaker_of(text, start) == "Anna Pike"


@pytest.mark.parametrize("opener", ["While", "When", "As"])
def test_other_clause_words_belong_to_nobody_rather_than_the_main_subject(opener: str) -> None:
    text = INTRO + f'{opener} Pike won "a landslide," Hale said nothing at all.'
    assert speaker_of(text, "a landslide") is None


def test_a_clause_with_its_own_attribution_keeps_it() -> None:
    text = INTRO + 'When Pike said "never again," Hale laughed out loud.'
    assert speaker_of(text, "never again") == "Anna Pike"
    text = INTRO + 'While Hale denied Pike\u2019s claim that he "rigged" it, he thanked her.'
    assert speaker_of(text, "rigged") == "Anna Pike"


def test_a_quote_after_the_clause_still_goes_to_the_later_speaker() -> None:
    text = INTRO + 'As the crowd cheered, "We won," Hale said.'
    assert speaker_of(text, "We won") == "Tom Hale"
    text = INTRO + '"We won," Hale said as Pike went on about "the recount."'
    assert speaker_of(text, "We won") == "Tom Hale"
    assert speaker_of(text, "the recount") == "Anna Pike"


def test_a_reported_clause_with_its_own_subject_still_goes_to_the_later_speaker() -> None:
    text = INTRO + 'Pike is "a liar and a cheat," Hale said on Tuesday.'
    assert speaker_of(text, "a liar") == "Tom Hale"
    text = INTRO + 'The plan "will fail," Hale said.'
    assert speaker_of(text, "will fail") == "Tom Hale"


def test_a_clause_after_the_quote_opened_by_and_is_no_attribution() -> None:
    text = INTRO + 'Hale called the plan "a farce," and Pike said nothing.'
    assert speaker_of(text, "a farce") == "Tom Hale"
    text = INTRO + '"It is a farce," Hale said, and Pike said nothing.'
    assert speaker_of(text, "It is a farce") == "Tom Hale"


def test_a_clause_inside_reported_speech_stays_the_reporters_words() -> None:
    text = INTRO + (
        'Hale told reporters that Dover was "cutting back," while Pike was cutting them '
        '"very sharply."'
    )
    assert speaker_of(text, "very sharply") == "Tom Hale"
    text = (
        INTRO
        + '"You won?" she said, but Hale was tired, and as Pike went on about "the count," '
        + "he slept."
    )
    assert speaker_of(text, "the count") == "Anna Pike"


def quote_of(text: str, start: str) -> Quote:
    for quote in extract_quotes(text, segment(text)):
        if quote.text.startswith(start):
            return quote
    raise AssertionError(f"no quote starting {start!r} in {text!r}")


def cue_text(text: str, start: str) -> str | None:
    cue = quote_of(text, start).cue
    if cue is not None:
        assert text[cue.start : cue.end] == cue.text
    return None if cue is None else cue.text


def test_the_cue_of_a_speaking_clause_is_its_subject_and_verb_not_the_later_speaker() -> None:
    text = INTRO + (
        'As Pike went on about "the rigged count," and "forgotten towns," Hale said yes, '
        "over and over."
    )
    assert cue_text(text, "the rigged") == "Pike went on about"
    assert cue_text(text, "forgotten") == "Pike went on about"
    text = INTRO + 'Reporters waited as Anna Pike railed against "backroom deals" and Hale left.'
    assert cue_text(text, "backroom") == "Anna Pike railed against"


def test_a_clause_with_its_own_attribution_gives_its_cue_not_the_later_one() -> None:
    text = INTRO + 'While Hale denied Pike\u2019s claim that "the count was rigged," aides said no.'
    cue = cue_text(text, "the count")
    assert cue is not None and "Pike" in cue and "aides" not in cue


def test_a_quote_of_nobody_in_a_clause_has_no_cue() -> None:
    text = INTRO + 'When Pike won "a landslide," Hale said nothing at all.'
    assert quote_of(text, "a landslide").cue is None


def test_a_quote_outside_any_clause_keeps_the_attribution_after_it() -> None:
    text = INTRO + 'As the crowd cheered, "We won," Hale said.'
    assert cue_text(text, "We won") == "Hale said"
    text = INTRO + '"We won," Hale said as Pike went on about "the recount."'
    assert cue_text(text, "We won") == "Hale said"
    assert cue_text(text, "the recount") == "Pike went on about"


SURNAMES = ["Pike", "Hale", "Okoro", "Brandt", "Varga", "Lund"]
CLAUSE_VERBS = ["went on about", "railed against", "talked about", "joked about", "raved about"]
PHRASES = st.lists(
    st.sampled_from(["the count", "lost towns", "our people", "a hoax", "the old mill"]),
    min_size=1,
    max_size=3,
    unique=True,
)


@given(
    names=st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True),
    verb=st.sampled_from(CLAUSE_VERBS),
    opener=st.sampled_from(["As", "While"]),
    phrases=PHRASES,
)
def test_every_phrase_of_a_speaking_clause_is_attributed_by_the_clause(
    names: list[str], verb: str, opener: str, phrases: list[str]
) -> None:
    owner, other = names
    intro = f"Ann {owner} spoke in Dover on Monday. Tom {other} watched it at home. "
    quoted = " and ".join(f'"{phrase},"' for phrase in phrases)
    text = intro + f"{opener} {owner} {verb} {quoted} {other} said yes."
    for phrase in phrases:
        quote = quote_of(text, phrase)
        assert quote.speaker == f"Ann {owner}"
        cue = quote.cue
        assert cue is not None and owner in cue.text and verb.split()[0] in cue.text
        assert other not in cue.text and cue.end <= quote.start
