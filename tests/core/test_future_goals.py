"""What *will* happen, a goal set off by punctuation, and a hope written without "to".

Two outlets telling one future act with different figures disagree ("will cut 500 jobs" /
"is cutting 800 jobs"); a plan, a need or a figure plainly in the past against it does not.
A goal noun before a colon, dash or comma makes the figure set off after it a goal ("the
council's goal: 40,000 homes"), and so does "hopes of" ("hopes of winning 30 seats"). Every
sentence is invented (an imaginary mill company, council and party).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim import read_claim
from newsdiff.core.claims import ClaimCheck, check_claims


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right), verbatim=35.0)


def figure_conflicts(result: ClaimCheck) -> list[tuple[str, str]]:
    return [(d.left, d.right) for d in result.evidence.disagree if d.kind == "figure"]


def both_ways(left: str, right: str) -> list[ClaimCheck]:
    return [check(left, right), check(right, left)]


WILL = "Harbin Mills will cut 500 jobs at its Dunmore plant, the company said."

FUTURE_ACT_TOLD_TWICE = [
    "Harbin Mills cut 800 jobs at its Dunmore plant.",
    "Harbin Mills is cutting 800 jobs at its Dunmore plant.",
    "Harbin Mills is to cut 800 jobs at its Dunmore plant.",
    "Harbin Mills said it would cut 800 jobs at its Dunmore plant.",
    "Harbin Mills cuts 800 jobs at its Dunmore plant.",
]


@pytest.mark.parametrize("other", FUTURE_ACT_TOLD_TWICE)
def test_a_future_act_told_with_two_figures_is_a_conflict(other: str) -> None:
    for result in both_ways(WILL, other):
        assert result.outcome == "conflict"
        assert sorted(figure_conflicts(result)[0]) == ["500", "800"]


NOT_ONE_FUTURE_ACT = [
    # a figure plainly in the past: a forecast against the event
    "Harbin Mills has cut 800 jobs at its Dunmore plant.",
    "Harbin Mills eliminated 800 jobs at its Dunmore plant.",
    "Harbin Mills cut 800 jobs at its Dunmore plant last year.",
    "Harbin Mills already cut 800 jobs at its Dunmore plant.",
    # a need is another fact than what will be done
    "Harbin Mills must cut 800 jobs at its Dunmore plant.",
]


@pytest.mark.parametrize("other", NOT_ONE_FUTURE_ACT)
def test_a_future_act_against_the_past_or_a_need_is_no_conflict(other: str) -> None:
    for result in both_ways(WILL, other):
        assert result.outcome != "conflict"
        assert not figure_conflicts(result)


def test_a_plan_against_an_outcome_is_still_no_conflict() -> None:
    plan = "Harbin Mills plans to cut 500 jobs at its Dunmore plant."
    for result in both_ways(plan, "Harbin Mills cut 800 jobs at its Dunmore plant."):
        assert not figure_conflicts(result)
    for result in both_ways(plan, "Harbin Mills will cut 800 jobs at its Dunmore plant."):
        assert figure_conflicts(result)


BUILT = "The Marlow council built 25,000 homes in the Kessing district."

GOAL_SET_OFF = [
    "The Marlow council's goal: 40,000 homes in the Kessing district.",
    "The Marlow council's aim is clear: 40,000 homes in the Kessing district.",
    "The Marlow council's target is ambitious — 40,000 homes in the Kessing district.",
    "The Marlow council's plan, 40,000 homes in the Kessing district, was approved.",
    "The Marlow council has hopes of 40,000 homes in the Kessing district.",
    "The Marlow council has hopes of building 40,000 homes in the Kessing district.",
    "The Marlow council acted in the hope of building 40,000 homes in the Kessing district.",
]


@pytest.mark.parametrize("goal", GOAL_SET_OFF)
def test_a_goal_across_punctuation_or_without_to_is_no_conflict_with_an_outcome(
    goal: str,
) -> None:
    for result in both_ways(goal, BUILT):
        assert result.outcome != "conflict"
        assert not figure_conflicts(result)


SET_OFF_NEAR_MISSES = [
    # the figure after the comma has its own verb: the verbs tell what it is
    "Under the Marlow council's plan, 40,000 homes were built in the Kessing district.",
    # no goal noun before the comma
    "The Marlow council worked fast, 40,000 homes in the Kessing district in a year.",
]


@pytest.mark.parametrize("outcome", SET_OFF_NEAR_MISSES)
def test_a_figure_after_a_comma_with_no_goal_noun_or_its_own_verb_still_conflicts(
    outcome: str,
) -> None:
    for result in both_ways(outcome, BUILT):
        assert figure_conflicts(result)


def test_two_goals_set_off_or_hoped_for_still_conflict() -> None:
    for left, right in [
        (
            "The Marlow council's goal: 40,000 homes in the Kessing district.",
            "The Marlow council's goal: 25,000 homes in the Kessing district.",
        ),
        (
            "The Green League has hopes of 30 seats on the Marlow council.",
            "The Green League hopes to win 25 seats on the Marlow council.",
        ),
    ]:
        for result in both_ways(left, right):
            assert result.outcome == "conflict"


FUTURE = ["will cut {} jobs", "will cut about {} jobs"]
TOLD = ["cuts {} jobs", "is cutting {} jobs", "said it would cut {} jobs", "is to cut {} jobs"]


def _sentence(phrase: str, figure: int) -> str:
    return f"Harbin Mills {phrase.format(f'{figure:,}')} at its Dunmore plant."


@given(
    st.sampled_from(FUTURE),
    st.sampled_from(TOLD),
    st.integers(min_value=2, max_value=60).map(lambda n: n * 100),
    st.integers(min_value=2, max_value=60).map(lambda n: n * 100),
)
def test_a_future_act_and_its_telling_compare_as_two_tellings_of_it(
    future: str, told: str, one: int, other: int
) -> None:
    """ "Will cut N jobs" against a telling of the act that is not plainly past ("cuts M jobs",
    "said it would cut M jobs") is compared as "will cut N" against "will cut M" is: a conflict
    exactly when that one is (when the figures differ beyond rounding), never when N is M."""
    left = _sentence(future, one)
    expected = check(left, _sentence("will cut {} jobs", other)).outcome == "conflict"
    for result in both_ways(left, _sentence(told, other)):
        assert (result.outcome == "conflict") == expected
        if one == other:
            assert result.outcome != "conflict"


def test_a_future_act_and_its_telling_disagree_on_figures_far_apart() -> None:
    for one, other in [(500, 800), (200, 1800), (1200, 3000)]:
        for told in TOLD:
            for result in both_ways(_sentence(FUTURE[0], one), _sentence(told, other)):
                assert result.outcome == "conflict"


DID_NOT_REOPEN = "The Brenna ferry company did not reopen the Kessing route."

WISH_WITH_AN_OBJECT = [
    "The Brenna ferry company wants the Kessing route to reopen.",
    "The Brenna ferry company is hoping for the Kessing route to reopen.",
    "The Brenna ferry company plans for the Kessing route to reopen.",
]


@pytest.mark.parametrize("wish", WISH_WITH_AN_OBJECT)
def test_an_intention_with_its_object_before_to_is_no_conflict_with_the_act_denied(
    wish: str,
) -> None:
    for result in both_ways(wish, DID_NOT_REOPEN):
        assert result.outcome != "conflict"
        assert not [d for d in result.evidence.disagree if d.kind == "polarity"]


def test_an_act_joined_after_a_wish_is_still_read() -> None:
    """ "wanted a ruling but agreed to reopen": the agreement is an act, not part of the wish."""
    left = "The Brenna ferry company wanted a ruling but agreed to reopen the Kessing route."
    right = "The Brenna ferry company did not agree to reopen the Kessing route."
    for result in both_ways(left, right):
        assert result.outcome == "conflict"
