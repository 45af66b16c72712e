"""Who did what: the clause reader and the "different actions" look-alike rule.

Every sentence here is written for these tests (invented people and places).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.clauses import read_clause, verb_base
from newsdiff.core.lookalikes import different_actions


def who_did(text: str) -> tuple[str, str]:
    core = read_clause(text).core
    return core.subject, core.verb


READINGS = [
    # (sentence, subject, verb of what it claims)
    ("Mayor Ana Ruiz closed the harbour on Monday.", "ruiz", "close"),
    ("DALE — Mayor Ana Ruiz has not yet formally closed the harbour.", "ruiz", "close"),
    ("But in March, Ruiz, a former harbour pilot, won the nomination.", "ruiz", "win"),
    (
        "Harbour master Lena Voss, who inspected the pier on Monday, shut the marina.",
        "voss",
        "shut",
    ),
    ("Councillor Tom Hale on Tuesday joined calls for an inquiry.", "hale", "join"),
    ("Two dozen fishermen gathered outside the town hall for a vigil.", "fishermen", "gather"),
    ("The minister of fisheries, Karl Brandt, said the quota would rise.", "quota", "rise"),
    ("Ruiz told reporters she would appeal the ruling.", "she", "appeal"),
    ("Ruiz said on Friday that the ferry will run all winter.", "ferry", "run"),
    ('"The ferry will run all winter," Ruiz said.', "ferry", "run"),
    ("It was at a rally in Dale that Senator Hale attacked the plan.", "hale", "attack"),
    ("The inquiry that cleared Hale also criticised the council.", "inquiry", "criticise"),
    ("Hale won't attend the harbour board meeting.", "hale", "attend"),
    ("Ruiz told the fishermen she understands their anger.", "she", "understand"),
    ("Ruiz said that at this stage of the inquiry, the pier is safe.", "pier", "be"),
    ("Hale, though, told a radio host on Tuesday that he's staying in.", "he", "stay"),
    ("The harbour master is known for his long speeches.", "master", "know"),
]


@pytest.mark.parametrize(("text", "subject", "verb"), READINGS)
def test_the_reader_finds_who_did_what(text: str, subject: str, verb: str) -> None:
    assert who_did(text) == (subject, verb_base(verb))


def test_a_reporting_verb_without_a_readable_clause_claims_nothing_readable() -> None:
    # what a "said" sentence claims is what was said; when that cannot be read, nothing is
    assert who_did("Ruiz said in a long statement on the matter of the ferry.") == ("", "")


DIFFERENT_ACTIONS = [
    # two people, two deeds: one of them is the other's object
    (
        "Councillor Tom Hale joined other members on Tuesday in calling on Mayor Ruiz to resign.",
        "Ruiz also claimed she would help Hale win the harbour budget vote in March.",
    ),
    # each sentence names the other's subject, through a relative clause
    (
        "Mayor Ruiz met in Dale on Sunday with fisheries minister Karl Brandt.",
        "Fisheries minister Karl Brandt, who met with Ruiz in Dale on Sunday, praised the quota.",
    ),
    # a cleft sentence against a statement of someone else
    (
        "Party spokesman Ben Ortiz issued a statement on Saturday shortly after Hale spoke.",
        "It was during a rally in Dale on Saturday that Senator Hale attacked the ferry plan.",
    ),
    # an opening phrase and an apposition before the subject
    (
        "Sen. Ana Vale, R-Ore., head of the harbour committee, called the report troubling.",
        "In March, Ruiz, a former harbour pilot, won the primary for the harbour seat.",
    ),
]


@pytest.mark.parametrize(("left", "right"), DIFFERENT_ACTIONS)
def test_two_named_people_doing_two_things_are_not_linked(left: str, right: str) -> None:
    result = check_claims(read_claim(left), read_claim(right), verbatim=30.0)
    assert result.outcome == "not linked"
    assert result.evidence.note.startswith("different actions")


ONE_ACTION = [
    # one event from two sides: the same verb
    (
        "Mayor Ruiz met Councillor Hale at the harbour office on Monday.",
        "Hale met Mayor Ruiz at the harbour office on Monday.",
    ),
    # the frame differs, the reported clause is the same
    (
        "Ruiz said Councillor Hale would resign on Friday.",
        "Hale will resign on Friday, Mayor Ruiz said.",
    ),
    # a sentence about the other's act: "Hale's claim"
    (
        "Ruiz denied Hale's claim that he had closed the depot before the storm.",
        "Hale said he had closed the depot before the storm.",
    ),
    # a capitalised opening word may be a common noun, not a name
    (
        "Researchers followed 4,000 adults in Dale for nine years.",
        "Volunteers who walked more were less likely to fall ill, the Dale study found.",
    ),
    # a pronoun subject is not compared
    (
        "He closed the harbour on Monday after the storm.",
        "Mayor Ruiz ordered the harbour shut on Monday after the storm.",
    ),
]


@pytest.mark.parametrize(("left", "right"), ONE_ACTION)
def test_one_action_or_an_unreadable_doer_is_left_to_the_other_rules(left: str, right: str) -> None:
    assert different_actions(left, right) is None


WORDS = ["said", "Ruiz", "Hale", "the", "that", "met", "who", "It", "was", "he", "ferry", ","]
TEXT = st.lists(
    st.sampled_from([*WORDS, ".", "—", '"', "“", "”", "’s", "(", ")", ":", "Mr."]), max_size=20
).map(" ".join) | st.text(max_size=60)


@given(TEXT, TEXT)
def test_the_rule_reads_any_text_and_does_not_depend_on_the_order(left: str, right: str) -> None:
    forward = different_actions(left, right)
    backward = different_actions(right, left)
    assert (forward is None) == (backward is None)
    if forward is not None:
        assert forward == (backward[1], backward[0])


def test_a_dateline_is_read_once_not_again_inside_the_reported_clause() -> None:
    clause = read_clause(
        "MARLOW BAY — Councillor Ada Brin said on Monday that the eyes of the county are on "
        "the harbour."
    )
    assert (clause.subject, clause.verb) == ("brin", "say")
    assert clause.core.subject == "eyes" and clause.core.verb == "be"


def test_the_subject_phrase_and_its_possessor_are_kept() -> None:
    clause = read_clause("Ms. Brin's comments prompted a second inquiry.")
    assert clause.subject == "comments" and clause.possessed
    assert "brin" in clause.phrase
    reflexive = read_clause("The harbour master himself has closed the quay.")
    assert reflexive.subject == "master" and reflexive.verb == "clos"
    assert read_clause("“I’m staying on the council,” she said.").core.kind == "pronoun"
