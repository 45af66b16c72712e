"""A spokesperson for several people speaks for them (the spokesperson is the speaker, as for
one person); a pronoun after a passage quoted from another outlet is the last person named
before it. Every article here was written for these tests."""

from __future__ import annotations

import pytest
from newsdiff.core.claim_inputs import speakers_by_sentence
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.claims import read_claim
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

NAMED = "Harbour Talks Collapse in Leith\n\nTom Hale and Ann Pike met the union on Monday.\n\n"
UNNAMED = "Harbour Talks Collapse in Leith\n\nThe union met the council on Monday.\n\n"


def _speaker(text: str) -> str | None:
    """The speaker of the article's last quotation."""
    return extract_quotes(text, segment(text))[-1].speaker


@pytest.mark.parametrize("lead", [NAMED, UNNAMED])
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We had no choice," a spokesman for Tom Hale said.', "a spokesman for Tom Hale"),
        ('"We had no choice," said a spokeswoman for Tom Hale.', "a spokeswoman for Tom Hale"),
        (
            '"We had no choice," a spokesman for Tom Hale and Ann Pike said.',
            "a spokesman for Tom Hale and Ann Pike",
        ),
        (
            '"We had no choice," said a spokeswoman for Tom Hale and Ann Pike.',
            "a spokeswoman for Tom Hale and Ann Pike",
        ),
        (
            'A spokesman for Tom Hale and Ann Pike said, "We had no choice."',
            "A spokesman for Tom Hale and Ann Pike",
        ),
        (
            '"We had no choice," an aide to Tom Hale and Ann Pike told reporters.',
            "an aide to Tom Hale and Ann Pike",
        ),
    ],
)
def test_a_spokesperson_for_a_list_is_the_speaker(lead: str, sentence: str, speaker: str) -> None:
    """The spokesperson speaks, with the people they speak for in the name, as for one
    person; never one of the people spoken for."""
    assert (_speaker(lead + sentence) or "").lower() == speaker.lower()


@pytest.mark.parametrize("lead", [NAMED, UNNAMED])
def test_the_claim_check_reads_the_spokesperson_not_the_people_served(lead: str) -> None:
    text = lead + '"We had no choice," a spokesman for Tom Hale and Ann Pike said.'
    sentences = segment(text)
    given = speakers_by_sentence(extract_quotes(text, sentences))
    claim = read_claim(sentences[-1].text, given.get(len(sentences) - 1, ()))
    assert claim.speakers == ("a spokesman for Tom Hale and Ann Pike",)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We had no choice," an aide to Tom Hale and Ann Pike, Jo Reyes, said.',
        '"We had no choice," a spokesman for Tom Hale and Ann Pike, Jo Reyes, said.',
    ],
)
def test_a_person_named_after_the_served_list_still_speaks(sentence: str) -> None:
    assert _speaker(NAMED + sentence) == "Jo Reyes"


PASSAGE = (
    "Gazette Profile Draws Fire\n\n"
    "Jo Reyes spent a week with the ferry crews for the Harbour Gazette. Reyes writes:\n\n"
    '"The first time Ann Pike saw the new pier, it was still under water. Pike had worked '
    "the night shift for eleven years.\n\n"
    '"She thought the closure was a mistake. She was tired, sure. But certainly not '
    'beaten."\n\n'
)


@pytest.mark.parametrize(
    "after",
    [
        '"We will keep the boats running," she said.',
        'She said: "We will keep the boats running."',
        'The crew cheered.\n\n"We will keep the boats running," she said.',
    ],
)
def test_a_pronoun_after_a_quoted_passage_takes_the_person_it_names(after: str) -> None:
    """The passage (another outlet's text, in the third person) names Ann Pike as its
    subject: ``she`` after it is Pike, not the passage's writer named before it."""
    assert _speaker(PASSAGE + after) == "Ann Pike"


@pytest.mark.parametrize(
    "passage",
    [
        # the passage names nobody: the person named before it
        "Ann Pike spoke to the Gazette on Monday. The Gazette reports:\n\n"
        '"The pier was under water. The night shift had no boats.\n\n"The closure was a '
        'mistake."\n\n',
        # a speaker's own words (first person) are no passage: "she" is still the speaker
        'Ann Pike spoke on Monday. Pike said:\n\n"I met Jo Reyes at the pier. She was '
        'tired. She had worked all night."\n\n',
    ],
)
def test_a_pronoun_after_other_passages_keeps_the_person_before(passage: str) -> None:
    text = "Gazette Profile Draws Fire\n\n" + passage + '"We will go on," she said.'
    assert _speaker(text) == "Ann Pike"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Rep. Tom Hale (D-Leith), chairman of the Harbour Caucus, said the pier is unsafe.",
            "Tom Hale",
        ),
        ("Tom Hale (R-Hove), a pilot, said the pier is unsafe.", "Tom Hale"),
        (
            "Tom Hale -- co-editor of Harbour Days, a book about the ferries -- said it was late.",
            "Tom Hale",
        ),
        (
            "Ann Pike — the head of the port agency — told reporters the pier was unsafe.",
            "Ann Pike",
        ),
    ],
)
def test_the_claim_check_reads_the_name_before_a_tag_or_a_dashed_description(
    sentence: str, speaker: str
) -> None:
    """The appositive (``chairman of …``) sits after a party tag in parentheses or between
    dashes: the name before it is the verb's subject."""
    assert attributed_speakers(sentence) == (speaker,)


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for Tom Hale (D-Leith), a pilot, said the pier is unsafe.",
        "A friend of Tom Hale -- a pilot -- said the pier is unsafe.",
        "The pier is unsafe -- and the ferries are late -- officials said.",
    ],
)
def test_a_name_after_a_preposition_before_a_tag_or_dashes_still_does_not_speak(
    sentence: str,
) -> None:
    assert attributed_speakers(sentence) == ()


SURROGATE = (
    "Harbour Row Deepens\n\nRetired Capt. Tom Hale said Ann Pike was right about the docks.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are right," Hale said Thursday morning on Harbour TV\'s "Dock Talk."',
        '"We are right," Hale said. Pike appeared on HTV\' "Dock Talk."',
        '"We are right," Hale said on Monday on "Dock Talk" and left.',
    ],
)
def test_a_show_named_after_on_is_nobody_s_statement(sentence: str) -> None:
    """A show's title after ``on`` (a network's possessive, a time between) gets no
    speaker, not from the sentence nor from the quotation before it."""
    quotes = extract_quotes(SURROGATE + sentence, segment(SURROGATE + sentence))
    assert [q.speaker for q in quotes] == ["Tom Hale", None]


@pytest.mark.parametrize(
    "sentence",
    [
        'Hale, a top Pike surrogate, said on Thursday: "I mean it."',
        'Hale, a Pike surrogate, said on Thursday, "I mean it."',
        '"We are right," Hale, a top Pike surrogate, said on Harbour TV\'s "Dock Talk." '
        '"I mean it."',
    ],
)
def test_a_name_inside_an_indefinite_description_does_not_speak(sentence: str) -> None:
    """``a top Pike surrogate``: Pike modifies the noun; the person described speaks."""
    assert _speaker(SURROGATE + sentence) == "Tom Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        'The board may wait while Mayor Jo Reyes talks to the union, Hale said. "The other '
        'factor is the weather."',
        'The board may wait while Mayor Jo Reyes talks to the union, said Hale. "The other '
        'factor is the weather."',
    ],
)
def test_a_quote_after_a_sentence_s_trailing_attribution_is_that_speaker_s(sentence: str) -> None:
    """A quotation standing alone continues the speaker the sentence before names in its
    attribution, not that sentence's main subject."""
    assert _speaker(SURROGATE + sentence) == "Tom Hale"


def test_a_quote_after_a_sentence_without_an_attribution_takes_its_subject() -> None:
    sentence = 'Mayor Jo Reyes talked to the union on Monday. "The other factor is the weather."'
    assert _speaker(SURROGATE + sentence) == "Jo Reyes"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Hale is, as the Leith Gazette called him last week, a "harbour baron."', "Leith Gazette"),
        ('The docks are, as Pike said on Monday, "a disgrace."', "Ann Pike"),
        (
            'Hale holds two piers, and the report says the firm "hides its profits."',
            "the report",
        ),
        (
            'The retired captain and U.S. senator argued it was "a mistake."',
            "the retired captain and U.S. senator",
        ),
        ('The retired captain and U.S. senator told reporters it was "a mistake."', None),
    ],
)
def test_the_subject_of_the_verb_before_a_quotation(sentence: str, speaker: str | None) -> None:
    """``as X called`` is X's; a document right before the verb is its subject, not a name
    earlier in the sentence; a country before a title describes the unnamed speaker."""
    assert _speaker(SURROGATE + sentence) == speaker
