"""A figure someone needs or aims at is not the same fact as a figure that happened.

"Needing to gain about 30 seats" and "won just six seats" count one noun, but one is what a
party had to win and the other what it won: not a conflict. Two targets, or two outcomes, of
one noun still conflict. Every sentence is invented for these tests (an imaginary council vote
in an imaginary town).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim import read_claim
from newsdiff.core.claims import ClaimCheck, check_claims
from newsdiff.core.counted_nouns import goal


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right), verbatim=35.0)


def figure_conflicts(result: ClaimCheck) -> list[tuple[str, str]]:
    return [(d.left, d.right) for d in result.evidence.disagree if d.kind == "figure"]


GOAL_AGAINST_OUTCOME = [
    # need
    (
        "Before the vote in Marlow, the Green League needed to gain about 30 seats to control "
        "the council.",
        "In the Marlow vote the Green League won just six seats on the council.",
    ),
    # a modal of obligation
    (
        "The Green League would have to win 24 seats to control the Marlow council.",
        "The Green League won 11 seats on the Marlow council.",
    ),
    (
        "The Green League must win 26 seats to take the Marlow council.",
        "The Green League took 19 seats on the Marlow council.",
    ),
    # a target, a goal, an aim
    (
        "The Green League set a target of 40 seats on the Marlow council.",
        "The Green League took 12 seats on the Marlow council.",
    ),
    (
        "The Green League's goal is 32 seats on the Marlow council.",
        "The Green League gained 14 seats on the Marlow council.",
    ),
    (
        "The Green League aims to win 40 seats on the Marlow council.",
        "The Green League won 18 seats on the Marlow council.",
    ),
    # a threshold; a requirement written after the noun
    (
        "The threshold is 26 seats for control of the Marlow council, officials said.",
        "Officials said the Green League won 22 seats on the Marlow council.",
    ),
    (
        "The Green League fell short of the 26 seats needed for control of the Marlow council.",
        "The Green League won 22 seats on the Marlow council.",
    ),
]


@pytest.mark.parametrize(("left", "right"), GOAL_AGAINST_OUTCOME)
def test_a_goal_against_an_outcome_of_one_noun_is_not_a_conflict(left: str, right: str) -> None:
    for a, b in ((left, right), (right, left)):
        result = check(a, b)
        assert result.outcome != "conflict", (a, b, figure_conflicts(result))
        assert not figure_conflicts(result)


NEAR_MISSES = [
    # two outcomes
    (
        "The Green League won 6 seats on the Marlow council in the vote.",
        "In the Marlow council vote the Green League won 9 seats.",
        ("6", "9"),
    ),
    # two needs
    (
        "The Green League needs 35 seats to control the Marlow council.",
        "To control the Marlow council, the Green League needs 30 seats.",
        ("35", "30"),
    ),
    # two obligations, worded two ways
    (
        "The Green League must win 26 seats on the Marlow council.",
        "The Green League has to win 24 seats on the Marlow council.",
        ("26", "24"),
    ),
]


@pytest.mark.parametrize(("left", "right", "figures"), NEAR_MISSES)
def test_two_goals_or_two_outcomes_of_one_noun_still_conflict(
    left: str, right: str, figures: tuple[str, str]
) -> None:
    """Guards the rule against reaching too far: these conflicts were raised before it."""
    result = check(left, right)
    assert result.outcome == "conflict"
    assert figure_conflicts(result) == [figures]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Green League was needing to gain roughly 35 seats.", True),
        ("The party has to win 24 seats in Marlow.", True),
        ("Officials said 26 seats are required for a majority.", True),
        ("The Green League won the 26 seats needed for a majority.", True),
        # a count of people who needed something: it happened
        ("In Marlow 26 people needed hospital treatment.", False),
        ("The Green League won 35 seats in Marlow.", False),
        # an act, not an aim
        ("The strikes targeted 30 depots near Marlow.", False),
        # another phrase: the span is not what is needed
        ("The Marlow pension plan will need extra funds over a 40-year span.", False),
        # punctuation ends the reach
        ("The clinic, which needed help, treated 40 patients in Marlow.", False),
    ],
)
def test_what_makes_a_figure_a_goal(sentence: str, expected: bool) -> None:
    claim = read_claim(sentence)
    assert len(claim.figures) == 1
    assert goal(claim.figures[0], claim) is expected


GOAL_PHRASES = ["needs to win", "would have to win", "must win", "aims to win", "needs"]


EXACT = st.integers(min_value=11, max_value=99).filter(lambda n: n % 5 != 0)  # not rounded


@given(phrase=st.sampled_from(GOAL_PHRASES), needed=EXACT, won=EXACT, other=EXACT)
def test_a_goal_conflicts_with_a_goal_and_never_with_an_outcome(
    phrase: str, needed: int, won: int, other: int
) -> None:
    target = f"The Green League {phrase} {needed} seats on the Marlow council."
    outcome = f"On the Marlow council the Green League won {won} seats."
    assert not figure_conflicts(check(target, outcome))
    assert not figure_conflicts(check(outcome, target))
    rival = f"On the Marlow council the Green League {phrase} {other} seats."
    assert bool(figure_conflicts(check(target, rival))) == (needed != other)
