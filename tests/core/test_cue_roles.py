"""The attribution cue and the speaker's role, on sentences written for these tests.

A description set off before the name (``the mayor, Tom Reyes, said``) or after it (``said Tom
Reyes, head of the harbour trust``) is the speaker's role and part of the cue; a clause set off
by commas (``Tom Reyes, speaking at the pier, said``) is not a role; a document with modifiers
(``a new report by``) speaks for its author; a report by two authors keeps both in its cue (the
speaker is the first) and the claim check names both."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import Quote, extract_quotes
from newsdiff.core.segment import segment

QUOTE = '"We will rebuild the harbour wall,"'
ENDING = '"We will rebuild the harbour wall."'


def _quotes(sentence: str) -> list[Quote]:
    text = "Harbour Wall Falls in Storm\n\nThe harbour wall fell on Monday.\n\n" + sentence + "\n"
    return [q for q in extract_quotes(text, segment(text)) if q.text.count(" ") > 1]


def _only(sentence: str) -> Quote:
    quotes = _quotes(sentence)
    assert len(quotes) == 1, quotes
    return quotes[0]


NAMED_WITH_ROLE = [
    (f"{QUOTE} the mayor, Tom Reyes, said.", "mayor"),
    (f"{QUOTE} the city's mayor, Tom Reyes, said.", "city's mayor"),
    (f"{QUOTE} Tom Reyes, the mayor, said.", "mayor"),
    (f"{QUOTE} said Tom Reyes, the mayor.", "mayor"),
    (f"{QUOTE} said the mayor, Tom Reyes.", "mayor"),
    (f"The mayor, Tom Reyes, said: {ENDING}", "mayor"),
    (f"On Monday, the mayor, Tom Reyes, told reporters: {ENDING}", "mayor"),
    (f"{QUOTE} said Tom Reyes, head of the Leith Port Trust.", "head of the Leith Port Trust"),
    (
        f"{QUOTE} said Tom Reyes, a historian who has written two books about the port.",
        "historian who has written two books about the port",
    ),
    (f"{QUOTE} Tom Reyes, a writer for the Leith Gazette, said.", "writer for the Leith Gazette"),
    (
        f"{QUOTE} said Tom Reyes, a lecturer at Leith College who was once the United States "
        "envoy to Norway.",
        "lecturer at Leith College who was once the United States envoy to Norway",
    ),
    (
        f"{QUOTE} Tom Reyes, a former United States ambassador to Norway, said.",
        "former United States ambassador to Norway",
    ),
    (f"{QUOTE} said Tom Reyes, one of the trust's founders.", "one of the trust's founders"),
    (
        f"{QUOTE} Tom Reyes, the mayor of Leith, one of the towns suing the board, said.",
        "mayor of Leith",
    ),
    (f"{QUOTE} said Tom Reyes, Leith's harbour master.", "Leith's harbour master"),
    (f"{QUOTE} said Tom Reyes, a 9/11 widower.", "9/11 widower"),
]


@pytest.mark.parametrize(("sentence", "role"), NAMED_WITH_ROLE)
def test_a_description_next_to_the_name_is_the_role(sentence: str, role: str) -> None:
    quote = _only(sentence)
    assert quote.speaker == "Tom Reyes"
    assert quote.role == role
    assert quote.cue is not None
    assert "Tom Reyes" in quote.cue.text
    assert re.search(r"\b(said|told)\b", quote.cue.text)
    assert role in quote.cue.text  # the cue shows why


@pytest.mark.parametrize(
    "sentence",
    [
        f"{QUOTE} Tom Reyes, speaking at the pier, said.",
        f"{QUOTE} said Tom Reyes, adding that the work would take a year.",
        f"{QUOTE} said Tom Reyes on Monday.",
        f"Asked about the mayor, Tom Reyes said: {ENDING}",
        f"{QUOTE} Tom Reyes told a rally.",
    ],
)
def test_no_role_from_what_is_not_a_description(sentence: str) -> None:
    quote = _only(sentence)
    assert quote.speaker == "Tom Reyes"
    assert quote.role is None


def test_a_participle_after_the_name_stays_out_of_the_cue() -> None:
    quote = _only(f"{QUOTE} said Tom Reyes, adding that the work would take a year.")
    assert quote.cue is not None and "adding" not in quote.cue.text


def test_a_description_before_a_name_with_no_closing_comma_is_not_taken() -> None:
    """``Asked about the mayor, Tom Reyes said``: the mayor is not Reyes's description."""
    quote = _only(f"Asked about the mayor, Tom Reyes said: {ENDING}")
    assert quote.cue is not None and "mayor" not in quote.cue.text


def test_a_name_set_after_the_quotation_with_a_dash_is_the_cue() -> None:
    quote = _only("Tom Reyes lives by the pier.\n\n" + ENDING + " \u2015 Tom Reyes, a teacher")
    assert quote.speaker == "Tom Reyes"
    assert quote.cue is not None and quote.cue.text == "\u2015 Tom Reyes, a teacher"
    assert quote.role == "teacher"


DOCUMENTS = [
    ("according to a new report by the Leith Gazette", "Leith Gazette"),
    ("according to a recent federal study by the University of Leith", "University of Leith"),
    ("according to a long-awaited report from Harbour Watch", "Harbour Watch"),
]


@pytest.mark.parametrize(("source", "author"), DOCUMENTS)
def test_a_document_with_modifiers_speaks_for_its_author(source: str, author: str) -> None:
    quote = _only(f'The wall was "beyond any repair," {source}.')
    assert quote.speaker == author
    assert quote.cue is not None and quote.cue.text == source
    assert attributed_speakers(f"The wall was beyond repair, {source}.") == (author,)


def test_a_modifier_is_not_taken_past_a_preposition() -> None:
    """``according to a lot of residents``: ``lot of`` is no modifier of a source noun."""
    assert attributed_speakers("The wall was beyond repair, according to a lot of them.") == ()


@pytest.mark.parametrize(
    ("authors", "first", "second"),
    [
        ("Anna Smith and Tom Jones", "Anna Smith", "Tom Jones"),
        ("the Leith Gazette and Harbour Watch", "Leith Gazette", "Harbour Watch"),
    ],
)
def test_two_authors_are_both_in_the_cue_and_the_claim_check(
    authors: str, first: str, second: str
) -> None:
    source = f"according to a report by {authors}"
    quote = _only(f'The wall was "beyond any repair," {source}.')
    assert quote.speaker == first
    assert quote.cue is not None and quote.cue.text == source
    assert attributed_speakers(f"The wall was beyond repair, {source}.") == (first, second)


def test_one_author_and_a_common_noun_keeps_one() -> None:
    source = "according to a report by Anna Smith and colleagues"
    quote = _only(f'The wall was "beyond any repair," {source}.')
    assert quote.cue is not None and quote.cue.text == "according to a report by Anna Smith"
    assert attributed_speakers(f"The wall was beyond repair, {source}.") == ("Anna Smith",)


_DESCRIPTIONS = st.sampled_from(
    [
        "the mayor",
        "a historian of the port",
        "head of the Leith Harbour Trust",
        "one of the trust's founders",
        "speaking at the pier",
        "who runs the ferry",
        "the day after the storm",
    ]
)
_VERBS = st.sampled_from(["said", "told reporters", "added", "recalled"])


@settings(max_examples=60, deadline=None)
@given(description=_DESCRIPTIONS, verb=_VERBS, order=st.integers(0, 3))
def test_cue_is_the_text_at_its_offsets_and_holds_the_role(
    description: str, verb: str, order: int
) -> None:
    """Whatever the order of name, description and verb, the cue is a stretch of the article
    at its own offsets, and a role is words of the cue that never repeat the name."""
    name = "Tom Reyes"
    forms = [
        f"{QUOTE} {name}, {description}, {verb}.",
        f"{QUOTE} {verb} {name}, {description}.",
        f"{QUOTE} {description}, {name}, {verb}.",
        f"{name}, {description}, {verb}: {ENDING}",
    ]
    sentence = forms[order]
    text = "Harbour Wall Falls in Storm\n\nThe harbour wall fell on Monday.\n\n" + sentence + "\n"
    for quote in extract_quotes(text, segment(text)):
        if quote.cue is None:
            continue
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text
        assert quote.cue.start >= quote.end or quote.cue.end <= quote.start
        if quote.role is not None:
            assert quote.role in " ".join(quote.cue.text.split())
            assert "Reyes" not in quote.role


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a group named in the words after the quotation is someone else: the words before
        # that name the speaker are the cue
        (
            'Tom Reyes called the plan "a cruel joke" and said the union would fight it.\n',
            "Tom Reyes called",
        ),
        # a headline's "says union" beside a speaker found in the body names the union: no cue
        (
            "Harbour wall 'no longer safe', says union\n\n"
            '"The harbour wall is no longer safe for anyone in this town," said Ann Pike, who'
            " leads the dockworkers' union.\n",
            None,
        ),
        # the group is the speaker, or a document speaks for its author: the cue stays
        ('"We will rebuild the harbour wall," the union said.\n', "the union said"),
        ('"We will rebuild the harbour wall," said the union.\n', "said the union"),
        (
            '"We will rebuild the harbour wall," the statement from Acme said.\n',
            "the statement from Acme said",
        ),
    ],
)
def test_a_cue_naming_another_group_is_not_the_speakers(text: str, cue: str | None) -> None:
    quote = extract_quotes(text, segment(text))[0]
    assert quote.speaker is not None
    assert (quote.cue.text if quote.cue else None) == cue
