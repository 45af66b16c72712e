"""Quotations that name a work (a song, a book, a programme, a forum), or that someone unnamed
shouts, are nobody's statement; ``tells lies`` attributes nothing;
the quotation of a real statement in the same shape keeps its speaker. Every article here was
written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

LEAD = "Ferry Strike Enters Third Week\n\nTom Hale met the union in Leith on Monday.\n\n"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, segment(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Harbour Lights (Verse 2)" was written by Pike after the storm of 1998.',
        'Hale took calls from listeners to his "Quay Side Live" radio program on Sunday.',
        'Hale said he grew up on "Tides of Leith," Ann Pike\'s 2004 best seller, in the port.',
        'At the end of the civil rights anthem "We Shall Sail," Hale added a verse.',
        'Hale said at a "Harbour Futures Forum" that the strike would end.',
        'Hale said at a "Harbour Futures" forum that the strike would end.',
        'Hale said at the "Harbour Futures Day" sponsored by the council that it would end.',
        'Speaking on HTV\'s "Dock Talk," Hale said the strike would end.',
        'Hale told HTV\'s "Dock Talk" that the strike would end.',
        '"We are right," Hale told Jo Reyes on "Dock Talk Tonight."',
    ],
)
def test_a_work_named_in_quotes_has_no_speaker(sentence: str) -> None:
    """A title in quotation marks next to what names it as a work (its noun, its maker, a
    show's network) gets no speaker; the statements around it keep theirs."""
    speakers = _speakers(LEAD + sentence)
    assert speakers[-1] is None
    assert all(s in (None, "Tom Hale") for s in speakers)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"It Was Written," Hale said of the deal.', "Tom Hale"),
        ('Hale said: "The Show Must Go On."', "Tom Hale"),
        ('"Hello," radio show host Ann Pike said.', "Ann Pike"),
        ('"We Won," Hale told reporters on Monday.', "Tom Hale"),
        ('"We are right," Hale said on Monday. "That is all."', "Tom Hale"),
    ],
)
def test_a_statement_in_title_case_keeps_its_speaker(sentence: str, speaker: str) -> None:
    """Near misses: capitalised words said by someone, a host's noun after a comma."""
    assert _speakers(LEAD + sentence)[-1] == speaker


@settings(max_examples=60, deadline=None)
@given(
    title=st.lists(
        st.sampled_from(["Harbour", "Lights", "Quay", "Side", "Tides", "Leith", "North"]),
        min_size=1,
        max_size=5,
    ),
    noun=st.sampled_from(["radio program", "talk show", "anthem", "hymn"]),
)
def test_a_title_before_its_work_noun_is_never_spoken(title: list[str], noun: str) -> None:
    """Whatever the title's words, a title-case quotation right before a work's noun has no
    speaker, and the statement after it keeps its own."""
    text = f'{LEAD}Hale said he played the "{" ".join(title)}" {noun}. "We won," Hale said.'
    assert _speakers(text)[-2:] == [None, "Tom Hale"]


def test_the_one_expected_to_act_is_not_the_speaker() -> None:
    """``told HTV that the union expects Jo Reyes to … by calling out …“…”``: Jo Reyes is
    the object of ``expects``; the speaker is the one who told."""
    text = (
        LEAD + "Union leader Ann Pike told HTV on Monday that the union expects Jo Reyes to "
        'open the meeting by calling out the mayor for his "lies" at the pier.'
    )
    assert _speakers(text) == ["Ann Pike"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Ann Pike expects Jo Reyes to win, calling the plan "a folly."', "Ann Pike"),
        ('Ann Pike said the union expects to win, calling the plan "a folly."', "Ann Pike"),
        ('Jo Reyes expects to win, she said, calling the plan "a folly."', "Jo Reyes"),
    ],
)
def test_the_subject_of_expects_still_speaks(sentence: str, speaker: str) -> None:
    """Near misses: the one who expects, or speaks, keeps the quotation."""
    assert _speakers(LEAD + sentence)[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            'When Hale asked what the port needs, someone shouted "A new pier," though Hale, '
            'a critic of the plan, said it is "not that simple."',
            [None, "Tom Hale"],
        ),
        (
            'Hale spoke first at the meeting, and then someone shouted "Go home, all of you!"',
            [None],
        ),
    ],
)
def test_someone_unnamed_never_borrows_a_name(sentence: str, speakers: list[str | None]) -> None:
    """``someone shouted “…”`` names nobody, and a ``though X said`` after the quotation is a
    clause of its own: neither gives the quotation to the person named nearby."""
    assert _speakers(LEAD + sentence) == speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"A new pier is the answer," Hale said, though he admitted it is costly.', "Tom Hale"),
        ('Hale spoke first, and then Ann Pike shouted "Go home, all of you!"', "Ann Pike"),
        ('"We need a new pier," Ann Pike said, though Hale disagreed.', "Ann Pike"),
    ],
)
def test_a_named_shouter_or_a_said_before_though_keeps_the_quote(
    sentence: str, speaker: str
) -> None:
    """Near misses: a named subject, or an attribution before ``though``."""
    assert _speakers(LEAD + sentence)[-1] == speaker


@settings(max_examples=40, deadline=None)
@given(
    extra=st.sampled_from(
        [
            "The ferry left at noon.",
            "Prices at the harbour rose again in May.",
            "The pier was built in 1921 and repaired twice.",
        ]
    ),
    where=st.integers(min_value=0, max_value=1),
)
def test_an_unrelated_sentence_elsewhere_changes_no_speaker(extra: str, where: int) -> None:
    """A title and ``someone``'s words have no speaker; adding a sentence about things (no
    person, no quotation) in another paragraph changes no speaker, and every speaker is a
    name of the article or None."""
    body = (
        'Hale said he grew up on "Tides of Leith," Ann Pike\'s 2004 best seller.\n\n'
        'Someone shouted "A new pier," though Hale said it is "not that simple."\n\n'
        '"We won," Hale said.'
    )
    paragraphs = body.split("\n\n")
    base = _speakers(LEAD + body)
    paragraphs.insert(where * 2 + 1, extra)
    changed = LEAD + "\n\n".join(paragraphs)
    assert base == [None, None, "Tom Hale", "Tom Hale"]  # a title and someone: nobody named
    assert _speakers(changed) == base
    assert all(s is None or all(part in changed for part in s.split()) for s in base)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "Ann Pike further asserted that Tom Hale tells so many lies that the board cannot "
            "trust him.",
            (),
        ),
        ("Tom Hale told the truth to nobody, Ann Pike argued.", ("Ann Pike",)),
        ("Tom Hale tells a story about the pier every year.", ()),
    ],
)
def test_telling_lies_is_no_attribution(sentence: str, speakers: tuple[str, ...]) -> None:
    """The claim check: ``tells so many lies`` / ``told the truth`` attributes no statement."""
    assert attributed_speakers(sentence) == speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale told reporters the truth was different.",
        "Tom Hale told the board that the pier would close.",
    ],
)
def test_telling_someone_still_attributes(sentence: str) -> None:
    """Near misses: ``told`` with an addressee is an attribution."""
    assert attributed_speakers(sentence) == ("Tom Hale",)
