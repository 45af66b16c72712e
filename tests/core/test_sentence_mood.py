"""Look-alikes that differ in what they assert: a question and a statement, a short pronoun
fragment with too little in common, a general rule and an event it governs.

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). Each pair is
checked both ways round: the look-alike is not linked whichever article it is in, and the
paraphrase or same-mood pair next to it keeps its link.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.sentence_mood import (
    fragment_evidence,
    general_rule,
    mood,
    mood_lookalike,
)


def _both_ways(left: str, right: str, verbatim: float = 30.0) -> list:
    return [
        check_claims(read_claim(left), read_claim(right), verbatim=verbatim),
        check_claims(read_claim(right), read_claim(left), verbatim=verbatim),
    ]


def _unlinked_by(left: str, right: str, note: str) -> bool:
    return all(
        r.outcome == "not linked" and r.evidence.note.startswith(note)
        for r in _both_ways(left, right)
    )


def _not_by_mood(left: str, right: str) -> bool:
    return mood_lookalike(read_claim(left), read_claim(right)) is None and (
        mood_lookalike(read_claim(right), read_claim(left)) is None
    )


# -- a question against a statement ------------------------------------------------------------

TOWER_APPROVED = "The Marlow Bay council approved the harbour tower on Tuesday."


@pytest.mark.parametrize(
    "question",
    [
        "Will the Marlow Bay council approve the harbour tower?",
        "Should the council approve the harbour tower at Marlow Bay?",
        "“Who will pay for the harbour tower?” Ada Brin asked the Marlow Bay council.",
        "Reporters asked whether the Marlow Bay council would approve the harbour tower.",
        "But Ada Brin wanted to know if the Marlow Bay council would approve the harbour tower.",
        'She asked: "Will the Marlow Bay council approve the harbour tower?"',
    ],
)
def test_a_question_is_no_counterpart_of_a_statement(question: str) -> None:
    assert _unlinked_by(question, TOWER_APPROVED, "a question / a statement")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two questions, or a question and its report: the same mood
        (
            "Will the Marlow Bay council approve the harbour tower?",
            "Reporters asked whether the Marlow Bay council would approve the harbour tower.",
        ),
        # a statement that speaks of the question may report it
        (
            "Will the Marlow Bay council approve the harbour tower?",
            "The questions put to the Marlow Bay council touch on the harbour tower.",
        ),
        # "why" takes the approval for granted: it may share the statement's claim
        ("Why did the Marlow Bay council approve the harbour tower?", TOWER_APPROVED),
        # a question quoted inside a statement: the sentence states something
        (
            "Brin took a middle course on the harbour tower at Marlow Bay, saying "
            "‘who will pay for it?’",
            TOWER_APPROVED,
        ),
        # one remark, quoted as a question and as a statement
        (
            "“Is the harbour tower a serious problem for Marlow Bay?” Brin asked.",
            "Brin said the harbour tower was “a serious problem” for Marlow Bay.",
        ),
    ],
)
def test_questions_that_may_share_the_claim_keep_the_pair(left: str, right: str) -> None:
    assert _not_by_mood(left, right)


def test_the_mood_reading() -> None:
    assert mood("Will the council approve the tower?") == "question"
    assert mood("“Who will pay?” he asks.") == "question"
    assert mood("How did the council approve the tower?") == "presupposing"
    assert mood("The council approved the tower.") == "statement"
    assert mood("The questions touch on whether the council approved it.") == "about questions"
    # a question mark inside, more than an attribution after it: a statement
    assert mood("Asked “why?”, she said the plan had failed the town.") != "question"
    assert mood("Asked whether she would resign, Brin said no.") != "question"


# -- a short pronoun fragment -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "other"),
    [
        # one common word in common, nothing else
        ("He said it was wrong.", "Brin said the harbour tower plan was wrong for Marlow Bay."),
        # the verb in common, but one sentence is negated and the other is not
        ("I didn't approve them.", "The Marlow Bay council has approved two new ferry berths."),
        ("They didn't come to me.", "The harbour budget could come up at the next sitting."),
    ],
)
def test_a_weak_pronoun_fragment_carries_no_link(fragment: str, other: str) -> None:
    assert _unlinked_by(fragment, other, "a pronoun fragment")


@pytest.mark.parametrize(
    ("fragment", "other"),
    [
        # the other sentence quotes the very term
        ("He is reckless.", "Brin called the harbour master “reckless” after the ferry crash."),
        # the negation and the speaker agree besides the verb
        ("They didn't come to me.", "“The harbour reports did not come to my desk,” Brin said."),
        # two content words in common
        ("He pleaded guilty.", "The ferry captain pleaded guilty at Marlow Bay court."),
    ],
)
def test_a_fragment_with_enough_evidence_keeps_its_link(fragment: str, other: str) -> None:
    assert _not_by_mood(fragment, other)


def test_fragment_evidence_counts_what_agrees() -> None:
    fragment = read_claim("They didn't come to me.")
    assert fragment_evidence(fragment, read_claim("It did not come to my desk.")) == 2
    assert fragment_evidence(fragment, read_claim("It may come up.")) == -1


def test_a_long_or_named_sentence_is_no_fragment() -> None:
    # a name says whom it is about; a long sentence has its own evidence
    assert _not_by_mood("Brin said it was wrong.", "Hale said the harbour plan was wrong.")
    assert _not_by_mood(
        "He said the plan was wrong for the harbour and the ferries.",
        "Hale said the harbour plan was wrong.",
    )


# -- a general rule against an event ----------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "event"),
    [
        ("Members may not vote by proxy.", "Ms Hale voted by proxy on Tuesday."),
        (
            "It takes two-thirds of the Marlow Bay council to overturn a harbour ruling.",
            "The Marlow Bay council overturned the harbour ruling on Friday.",
        ),
        (
            "The harbour bylaw gives councillors the right to call a second vote.",
            "Councillor Ada Brin called a second vote on the ferry berths.",
        ),
        (
            "A two-thirds majority of the council is needed to overturn a ruling.",
            "Ada Brin's allies overturned the harbour ruling on Friday.",
        ),
    ],
)
def test_a_general_rule_is_no_counterpart_of_an_event(rule: str, event: str) -> None:
    assert _unlinked_by(rule, event, "a general rule / an event")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a named agent's "must" is an opinion, and may be the other's call in other words
        (
            "Ada Brin must quit the Marlow Bay council, Hale said.",
            "Hale called on Ada Brin to quit the Marlow Bay council on Tuesday.",
        ),
        # "may have": a guess about the past, not a rule
        (
            "Investigators may have found the missing harbour files.",
            "Investigators found the missing harbour files on Monday, Hale said.",
        ),
        # two statements of the rule
        ("Members may not vote by proxy.", "Members are barred from voting by proxy."),
    ],
)
def test_no_rule_against_an_event_keeps_the_pair(left: str, right: str) -> None:
    assert _not_by_mood(left, right)


def test_the_rule_reading() -> None:
    assert general_rule("Anyone may attend the harbour hearing.")
    assert general_rule("Members are required to declare their boats.")
    assert not general_rule("Members voted by proxy.")
    assert not general_rule("A spokesman says the rule is clear.")


# -- quotations and copies are left alone ------------------------------------------------------


def test_the_same_quotation_is_shared_whatever_its_mood() -> None:
    quoted = "“Who will pay for the harbour tower at Marlow Bay?” Brin asked."
    other = "“Who will pay for the harbour tower at Marlow Bay?” Brin asked the council on Tuesday."
    for result in _both_ways(quoted, other):
        assert result.outcome != "not linked"


@given(st.text(max_size=80), st.text(max_size=80))
def test_the_mood_tests_read_any_text_and_are_symmetric(left: str, right: str) -> None:
    a, b = read_claim(left), read_claim(right)
    assert mood(left) in {"question", "presupposing", "about questions", "statement"}
    assert (mood_lookalike(a, b) is None) == (mood_lookalike(b, a) is None)
