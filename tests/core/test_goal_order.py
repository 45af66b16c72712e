"""Two counts: agreement is asked before any goal is read (speed16), with the same answer.

``counted_nouns.two_counts`` asks whether two figures differ before it reads either figure's
goal kind: most compared figures agree, and agreeing figures (of no differing fates) are one
count whatever their goals, so reading their goals first only cost time. Every sentence is
invented for these tests (an imaginary council vote in an imaginary town).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import figure_goals
from newsdiff.core.claim import read_claim
from newsdiff.core.counted_nouns import fate, two_counts
from newsdiff.core.figures import agree

HEADS = [
    "The Green League needed to gain about {n} seats",
    "The Green League won just {n} seats",
    "The Green League hopes to win {n} seats",
    "Rescuers said {n} workers were killed",
    "Officials said {n} workers were injured",
    "The Marlow council must approve {n} new homes",
    "The Marlow council approved {n} new homes",
    "The aim, set in March, was {n} homes",
]
FIGURES = ["6", "30", "about 30", "dozens of", "at least 24", "26", "four dozen"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(HEADS),
    st.sampled_from(FIGURES),
    st.sampled_from(HEADS),
    st.sampled_from(FIGURES),
)
def test_agreeing_figures_are_one_count_and_no_goal_is_read_for_them(
    left_head: str, left_n: str, right_head: str, right_n: str
) -> None:
    left = read_claim(left_head.format(n=left_n) + " in the Marlow vote.")
    right = read_claim(right_head.format(n=right_n) + " in the Marlow vote.")
    for a in left.figures:
        for b in right.figures:
            told, other = fate(a, left) if a.kind == "count" else set(), fate(b, right)
            if not agree(a, b) or (told and other and not told & other):
                continue
            figure_goals._MEMORY.clear()
            assert not two_counts(a, b, left, right)
            assert not figure_goals._MEMORY  # the goals were not read: agreement came first


def test_a_goal_against_a_differing_outcome_is_two_counts_an_agreeing_one_is_not() -> None:
    need = read_claim("The Green League needed to gain about 30 seats in the Marlow vote.")
    won = read_claim("The Green League won just six seats in the Marlow vote.")
    won_30 = read_claim("The Green League won 30 seats in the Marlow vote.")
    assert two_counts(need.figures[0], won.figures[0], need, won)
    assert not two_counts(need.figures[0], won_30.figures[0], need, won_30)
