"""The clause reader's subject past what opens a sentence: number words, question words,
fronted time and place phrases, opening adverbs and subordinate clauses, quoted speech
(``core/clauses.py``).

Example sentences written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.clauses import read_clause


def subject(text: str) -> tuple[str, str]:
    clause = read_clause(text)
    return clause.subject, clause.kind


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Fifteen were hurt when the ferry ran aground.", "fifteen"),
        ("Billions of pounds have been spent on the harbour wall.", "pounds"),
        ("Thousands marched through Leith on Sunday.", "thousands"),
        ("Twelve of the 40 trawlers were impounded.", "trawlers"),
        ("One of the councillors resigned.", "councillors"),
    ],
)
def test_a_number_word_opening_a_sentence_is_a_count_not_a_name(text: str, head: str) -> None:
    assert subject(text) == (head, "noun")


def test_a_question_word_is_not_read_as_a_named_subject() -> None:
    assert subject("When did Mayor Ann Hale resign?") == ("hale", "name")
    assert subject("Why has she resigned?") == ("she", "pronoun")
    assert subject("Was Hale himself the target?")[0] == "hale"
    assert subject("Or was Hale himself the target?")[0] == "hale"
    # a common noun phrase before a bare verb: where it ends cannot be told, so nothing
    assert subject("When did the harbour council vote?") == ("", "")
    assert subject("When the vote came the mayor resigned.")[0] != "when"


@pytest.mark.parametrize(
    "opening",
    [
        "Yesterday,",
        "This year,",
        "Two weeks ago,",
        "To date,",
        "The next day,",
        "On Monday",
        "In Leith on Monday",
        "In 2015",
        "Perhaps",
        "Nonetheless,",
        "If the vote fails,",
        "Although the port reopened,",
    ],
)
def test_the_subject_is_read_past_a_fronted_phrase(opening: str) -> None:
    assert subject(f"{opening} the harbour board closed the quay.") == ("board", "noun")
    named = subject(f"{opening} Ada Brin closed the quay.")
    if "," in opening or opening == "Perhaps":
        assert named == ("brin", "name")
    else:  # "On Monday Ada Brin": where the phrase ends is not read; never "monday"
        assert named in {("brin", "name"), ("", "")}


def test_an_adverb_inside_the_subject_is_not_its_head() -> None:
    assert subject("The nearly hour-long speech was spent attacking rivals.") == (
        "speech",
        "noun",
    )


def test_a_comma_inside_a_quotation_does_not_end_an_opening_clause() -> None:
    text = 'But while Brin said it was "time to go, and now" the board voted.'
    assert read_clause(text).subject not in {"it", "now"}


def test_a_speaker_after_a_quotation_is_read_named_or_described() -> None:
    assert subject('"We will reopen the quay," said the harbour master.') == ("master", "noun")
    assert subject("“We will reopen the quay,” said Ada Brin.") == ("brin", "name")
    # a closing mark typed as an opening one still closes the quotation
    assert subject("“Who can stop us?“ she asked.") == ("she", "pronoun")


WORDS = st.sampled_from(
    "the a harbour board Brin Ada Fifteen Billions of When did Why Yesterday This year ago "
    'To date On Monday In Leith If Perhaps said closed has was will " “ ” , — ? '
    "nearly hour-long she they it's one".split()
)


@given(st.lists(WORDS, max_size=14))
def test_a_subject_is_always_one_of_the_sentences_own_words(words: list[str]) -> None:
    text = " ".join(words)
    clause = read_clause(text)
    if clause.subject:
        own = {w.casefold().removesuffix("'s").strip(".") for w in text.replace(",", " ").split()}
        assert clause.subject in own | {"he", "she", "it", "they", "we", "i", "you", "there"}
        assert clause.kind in {"name", "noun", "pronoun"}


def test_a_comma_after_a_number_ends_the_opening_phrase() -> None:
    assert subject("In April 2030, he was fined for the spill.") == ("he", "pronoun")
    assert subject("The port spent 1,500,000 pounds on the wall.") == ("port", "noun")


def test_a_comma_closing_a_quotation_ends_the_opening_phrase() -> None:
    text = 'Speaking on "Radio Leith," Sen. Ada Brin, D-Leith, would not go that far.'
    assert subject(text) == ("brin", "name")


def test_a_plain_present_verb_ends_the_subject() -> None:
    assert read_clause("A few questions reveal that the mayor is under inquiry.").core.subject == (
        "mayor"
    )
    assert subject("Harbour officials say the quay is safe.") == ("officials", "noun")
    assert subject("Although the board says the quay is safe, divers remain worried.") == (
        "divers",
        "noun",
    )
    # a possessed noun or a count before the word keeps it a noun
    assert subject("The senator's claims that he lied were false.") == ("claims", "noun")
    assert subject("The party plan was dropped.") == ("plan", "noun")


def test_one_person_written_with_and_without_accents_is_one_subject() -> None:
    from newsdiff.core.lookalikes import different_actions

    left = (
        "Felipe Calderón, who led the country for six years, has also dismissed the harbour plan."
    )
    other = "Mr. Hale, who led the country for six years, went on to attack the harbour plan."
    same = "Mr. Calderon, who led the country for six years, went on to attack the harbour plan."
    assert different_actions(left, other) is not None  # two people: a look-alike
    assert different_actions(left, same) is None
