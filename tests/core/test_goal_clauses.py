"""A figure or an act someone hopes for, plans, wants or expects is not one that happened.

The goal is read from the verbs that govern the figure, however far ("needs to win back at
least 26 more seats", "the aim, set in March, was 40,000 homes"), not from a word window; hopes,
plans, wants, seeks, expects, tries and aims are goals as needs are. An intention against an
outcome is no disagreement; two outlets' figures of one aim are, and so is an intention against
its denial. Every sentence is invented (an imaginary council, ferry company and mayor).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim import read_claim
from newsdiff.core.claims import ClaimCheck, check_claims
from newsdiff.core.figure_goals import AIM, NEED, goal_kind


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right), verbatim=35.0)


def conflicts(result: ClaimCheck, kind: str) -> list[tuple[str, str]]:
    return [(d.left, d.right) for d in result.evidence.disagree if d.kind == kind]


def both_ways(left: str, right: str) -> list[ClaimCheck]:
    return [check(left, right), check(right, left)]


WON = "The Green League won 12 seats on the Marlow council."

GOAL_AGAINST_OUTCOME = [
    # a goal word farther than three words from the figure
    (
        "The Green League needs to win back at least 26 more seats on the Marlow council.",
        "The Green League won back 11 more seats on the Marlow council.",
    ),
    (
        "The aim, set in March, was 40,000 homes in the Marlow district.",
        "The council built 25,000 homes in the Marlow district.",
    ),
    (
        "The aim was to build 40,000 new homes in the Marlow district.",
        "The council built 25,000 new homes in the Marlow district.",
    ),
    # hopes, seeks, wants, plans, expects, tries, aims for
    ("The Green League hopes to win 30 seats on the Marlow council.", WON),
    ("The Green League seeks 30 seats on the Marlow council.", WON),
    ("The Green League wants 30 seats on the Marlow council.", WON),
    ("The Green League plans to win 30 seats on the Marlow council.", WON),
    ("The Green League expects to win 30 seats on the Marlow council.", WON),
    ("The Green League is trying to win 30 seats on the Marlow council.", WON),
    ("The Green League aims for 30 seats on the Marlow council.", WON),
]


@pytest.mark.parametrize(("left", "right"), GOAL_AGAINST_OUTCOME)
def test_a_hoped_or_planned_figure_against_one_that_happened_is_no_conflict(
    left: str, right: str
) -> None:
    for result in both_ways(left, right):
        assert result.outcome != "conflict"
        assert not conflicts(result, "figure")


TWO_GOALS = [
    (
        "The Green League hopes to win 30 seats on the Marlow council.",
        "The Green League hopes to win 25 seats on the Marlow council.",
        ("30", "25"),
    ),
    (
        "The Green League plans to win 33 seats on the Marlow council.",
        "The Green League is trying to win 28 seats on the Marlow council.",
        ("33", "28"),
    ),
    (
        "The aim, set in March, was 40,000 homes in the Marlow district.",
        "The council's target, set in March, was 30,000 homes in the Marlow district.",
        ("40,000", "30,000"),
    ),
    (
        "The Green League needs to win back at least 26 more seats on the Marlow council.",
        "The Green League needs to win back at least 31 more seats on the Marlow council.",
        ("at least 26", "at least 31"),
    ),
]


@pytest.mark.parametrize(("left", "right", "figures"), TWO_GOALS)
def test_two_outlets_figures_of_one_aim_conflict(
    left: str, right: str, figures: tuple[str, str]
) -> None:
    result = check(left, right)
    assert result.outcome == "conflict"
    assert conflicts(result, "figure") == [figures]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Green League needs to win back at least 26 more seats.", NEED),
        ("The aim, set in March, was 40,000 homes in Marlow.", AIM),
        ("The council's goal was set at 40 seats.", AIM),
        ("The party wants a total of 30 seats in Marlow.", AIM),
        ("Engineers expect the Marlow bridge closure to last nine weeks.", AIM),
        ("The council approved a plan to build 900 homes in Marlow.", AIM),
        ("The Marlow nurses' union is pressing for 30 more nurses.", AIM),
        # governed by another verb: help was needed, the storms happened
        ("The Marlow families needed help after 3 storms hit the coast.", ""),
        # "tried" without "to": an act
        ("The Marlow court tried 30 cases last year.", ""),
        # another noun's "of"
        ("The party seeks to repeal the part of Measure 64 on ferries.", ""),
        # a time adverbial after the goal word's object
        ("The Marlow families are still seeking answers 12 years after the flood.", ""),
        # the clause's own verb comes first
        ("The party that needs help won 30 seats in Marlow.", ""),
    ],
)
def test_which_verb_governs_a_figure(sentence: str, expected: str) -> None:
    claim = read_claim(sentence)
    assert len(claim.figures) == 1
    assert goal_kind(claim.figures[0], claim) == expected


def test_a_figure_near_a_goal_word_but_governed_by_another_verb_still_conflicts() -> None:
    result = check(
        "The Marlow families needed help after 3 storms hit the coast last winter.",
        "The Marlow families needed help after 5 storms hit the coast last winter.",
    )
    assert conflicts(result, "figure") == [("3", "5")]


def test_a_need_and_an_aim_of_one_party_are_two_facts() -> None:
    for result in both_ways(
        "The Green League needs 26 seats for a majority on the Marlow council.",
        "The Green League hopes to win 31 seats on the Marlow council.",
    ):
        assert not conflicts(result, "figure")


INTENTION_AGAINST_OUTCOME = [
    (
        "The Marlow ferry company hopes to reopen the harbour terminal on Friday.",
        "The Marlow ferry company did not reopen the harbour terminal on Friday.",
    ),
    (
        "The Marlow ferry company vowed to reopen the harbour terminal on Friday.",
        "The Marlow ferry company did not reopen the harbour terminal on Friday.",
    ),
    (
        "The Marlow ferry company is trying to reopen the harbour terminal on Friday.",
        "The Marlow ferry company failed to reopen the harbour terminal on Friday.",
    ),
    (
        "Mayor Ada Quill hopes to block the Marlow harbour plan.",
        "Mayor Ada Quill approved the Marlow harbour plan.",
    ),
    # one intention, told of two predicates that mean the same
    (
        "The Marlow ferry company plans to close the harbour terminal on Friday.",
        "The Marlow ferry company does not plan to reopen the harbour terminal on Friday.",
    ),
]


@pytest.mark.parametrize(("left", "right"), INTENTION_AGAINST_OUTCOME)
def test_an_intention_against_an_outcome_is_no_polarity_conflict(left: str, right: str) -> None:
    for result in both_ways(left, right):
        assert result.outcome != "conflict"
        assert not conflicts(result, "polarity")


INTENTION_AGAINST_DENIAL = [
    (
        "The Marlow ferry company seeks to reopen the harbour terminal on Friday.",
        "The Marlow ferry company is not seeking to reopen the harbour terminal on Friday.",
        ("seeks to reopen", "not seeking to reopen"),
    ),
    (
        "The Marlow ferry company wants to close the harbour terminal on Friday.",
        "The Marlow ferry company does not want to close the harbour terminal on Friday.",
        ("wants to close", "not want to close"),
    ),
    (
        "The Marlow ferry company plans to close the harbour terminal on Friday.",
        "The Marlow ferry company has no plans to close the harbour terminal on Friday.",
        ("plans to close", "no plans to close"),
    ),
    # an outcome and its denial
    (
        "The Marlow ferry company closed the harbour terminal on Friday.",
        "The Marlow ferry company did not close the harbour terminal on Friday.",
        ("closed", "not close"),
    ),
]


@pytest.mark.parametrize(("left", "right", "words"), INTENTION_AGAINST_DENIAL)
def test_an_intention_against_its_denial_is_a_polarity_conflict(
    left: str, right: str, words: tuple[str, str]
) -> None:
    result = check(left, right)
    assert result.outcome == "conflict"
    assert conflicts(result, "polarity") == [words]


GOAL_PHRASES = [
    "hopes to win",
    "plans to win",
    "wants",
    "seeks",
    "is trying to win",
    "aims for",
    "expects to win",
    "needs to win back",
]

EXACT = st.integers(min_value=11, max_value=99).filter(lambda n: n % 5 != 0)  # not rounded


@given(phrase=st.sampled_from(GOAL_PHRASES), aimed=EXACT, won=EXACT, other=EXACT)
def test_a_goal_conflicts_with_its_own_kind_and_never_with_an_outcome(
    phrase: str, aimed: int, won: int, other: int
) -> None:
    goal = f"The Green League {phrase} {aimed} seats on the Marlow council."
    outcome = f"On the Marlow council the Green League won {won} seats."
    assert not conflicts(check(goal, outcome), "figure")
    assert not conflicts(check(outcome, goal), "figure")
    rival = f"On the Marlow council the Green League {phrase} {other} seats."
    assert bool(conflicts(check(goal, rival), "figure")) == (aimed != other)


INTENTIONS = ["hopes to", "plans to", "wants to", "vowed to", "is trying to", "promised to"]
ACTS = [("reopen", "reopen"), ("close", "close"), ("approve", "approve"), ("block", "block")]


@given(intention=st.sampled_from(INTENTIONS), act=st.sampled_from(ACTS))
def test_an_intention_never_conflicts_with_the_act_denied(
    intention: str, act: tuple[str, str]
) -> None:
    said, done = act
    planned = f"Mayor Ada Quill {intention} {said} the Marlow harbour plan this week."
    denied = f"Mayor Ada Quill did not {done} the Marlow harbour plan this week."
    for result in both_ways(planned, denied):
        assert not conflicts(result, "polarity")
