"""The clause reader's subject where a word or phrase stands between it and the sentence's
start or its verb: an opening word before its comma ("Already,"), an age or an "along with"
phrase after a name, a counted subject with a plain-present verb ("The majority relate to")
(``core/clauses.py``, ``core/clause_openings.py``).

Example sentences written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.clauses import read_clause
from newsdiff.core.verb_forms import verb_base


def who_did(text: str) -> tuple[str, str, str]:
    clause = read_clause(text)
    return clause.subject, clause.kind, clause.verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Already, the harbour board has approved the pier.", ("board", "noun", "approv")),
        ("Already, Voss has approved the pier.", ("voss", "name", "approv")),
        ("Still, they voted against the fee.", ("they", "pronoun", "vot")),
        ("Regardless, Brin signed the lease.", ("brin", "name", "sign")),
    ],
)
def test_an_opening_word_before_its_comma_is_not_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert who_did(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voss, a former pilot, signed the lease.", ("voss", "name", "sign")),
        ("Voss, meanwhile, signed the lease.", ("voss", "name", "sign")),
        ("Voss, who chairs the board, signed the lease.", ("voss", "name", "sign")),
    ],
)
def test_a_name_before_an_apposition_stays_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert who_did(text) == expected


def test_a_list_of_names_is_not_read_as_an_opening_word() -> None:
    assert who_did("Voss, Brin and Hale signed the lease.")[0] not in {"brin", "hale"}
    assert who_did("Voss, Brin, Hale and Lee signed the lease.")[0] not in {"brin", "hale", "lee"}
    assert who_did("Voss, Hale's deputy, and Brin were charged.")[0] not in {"hale", "brin"}


def test_an_age_after_a_name_is_passed_to_the_verb() -> None:
    assert who_did("Voss, 73, took over the board in March.") == ("voss", "name", "tak")
    clause = read_clause("Voss, 73, said the pier was too costly.")
    assert (clause.subject, clause.verb) == ("voss", "say")
    assert clause.core.subject == "pier"


def test_an_along_with_phrase_is_passed_to_the_verb() -> None:
    clause = read_clause("Voss, along with Brin, argue that the pier is too costly.")
    assert (clause.subject, clause.verb, clause.core.subject) == ("voss", "argu", "pier")
    assert who_did("The skippers, along with the council, oppose the fee.") == (
        "skippers",
        "noun",
        "oppos",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The majority relate to fishing rights.", ("majority", "noun", "relat")),
        ("The majority of the complaints relate to the fee.", ("complaints", "noun", "relat")),
        ("Most of the boats belong to Voss.", ("boats", "noun", "belong")),
        ("Some skippers doubt that the pier will open.", ("skippers", "noun", "doubt")),
    ],
)
def test_a_counted_subject_takes_a_plain_present_verb(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert who_did(text) == expected


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The majority leader said the vote would fail.", "leader"),
        ("The majority stake in the firm was sold.", "stake"),
        ("The harbour plan to build a pier was dropped.", "plan"),
    ],
)
def test_a_noun_after_a_counting_word_is_not_read_as_a_verb(text: str, head: str) -> None:
    subject, kind, verb = who_did(text)
    assert (subject, kind) == (head, "noun")
    assert verb and verb != head


NAMES = st.sampled_from(["Voss", "Brin", "Hale", "Calloway", "Marsh"])
VERBS = st.sampled_from(["signed", "opposed", "rejected", "announced", "has approved"])
OBJECTS = st.sampled_from(["the lease.", "the pier plan.", "a new fee.", "the harbour budget."])
ADVERBS = st.sampled_from(["Already", "Still", "Regardless", "Notably", "Today", "Ultimately"])


@given(NAMES, VERBS, OBJECTS, ADVERBS)
def test_an_opening_adverb_and_comma_do_not_change_the_subject(
    name: str, verb: str, obj: str, adverb: str
) -> None:
    plain = read_clause(f"{name} {verb} {obj}")
    assert plain.subject == name.casefold()
    opened = read_clause(f"{adverb}, {name} {verb} {obj}")
    assert (opened.subject, opened.kind, opened.verb) == (plain.subject, plain.kind, plain.verb)


@given(NAMES, VERBS, OBJECTS, st.integers(min_value=18, max_value=99))
def test_an_age_after_the_name_does_not_change_the_subject(
    name: str, verb: str, obj: str, age: int
) -> None:
    plain = read_clause(f"{name} {verb} {obj}")
    aged = read_clause(f"{name}, {age}, {verb} {obj}")
    assert (aged.subject, aged.kind, aged.verb) == (plain.subject, plain.kind, plain.verb)


def test_a_name_before_a_relative_clause_and_an_adverb_stays_the_subject() -> None:
    clause = read_clause("Brin, who owns a trawler, often notes that she is no lawyer.")
    assert (clause.subject, clause.verb) == ("brin", verb_base("notes"))


def test_a_participle_after_the_head_is_not_the_head() -> None:
    assert who_did("The anger coming from the skippers is understandable.")[:2] == (
        "anger",
        "noun",
    )
    # a word in -ing before a noun modifies it: "the lobbying group"
    assert who_did("The 30-strong lobbying group launched a campaign.")[:2] == ("group", "noun")


def test_a_quantity_after_the_head_does_not_make_the_next_word_a_verb() -> None:
    assert who_did("My parents both grew up on Leith farms.")[0] != "grew"


@given(NAMES, NAMES, st.sampled_from(["oppose", "reject", "support"]), OBJECTS)
def test_an_along_with_phrase_does_not_change_the_subject(
    name: str, other: str, verb: str, obj: str
) -> None:
    plain = read_clause(f"The skippers {verb} {obj}")
    joined = read_clause(f"The skippers, along with {other}, {verb} {obj}")
    assert (joined.subject, joined.verb) == (plain.subject, plain.verb) == ("skippers", plain.verb)
    assert plain.verb
    named = read_clause(f"{name}, along with {other}, {verb}s {obj}")
    assert (named.subject, named.kind) == (name.casefold(), "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bruning, along with Brin, argue that the fee is unlawful.", ("bruning", "argu")),
        ("Manning told the court that he was sorry, and left.", ("manning", verb_base("told"))),
        ("Speaking to reporters, Voss said the fee was unlawful.", ("voss", "say")),
        ("Asked about the fee, Voss declined to comment.", ("voss", verb_base("declined"))),
    ],
)
def test_a_name_ending_in_ing_is_no_participial_opening(
    text: str, expected: tuple[str, str]
) -> None:
    clause = read_clause(text)
    assert (clause.subject, clause.verb) == expected
