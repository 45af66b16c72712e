"""An existential *there* is a thing in the who-rules, unless it counts the other's figure.

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). "There was
no timetable for the inquiry" states that something exists; its *there* stands for no person
the other sentence may name, as *he* or *they* may. The who-rules read it as a thing: against
another thing's act, or against another statement of the same speaker, it is another claim.
A sentence that counts what the other counts ("there were 30 arrests" / "the police made 30
arrests") tells one figure of one fact and stays linked.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim


def _both_ways(left: str, right: str) -> list:
    return [
        check_claims(read_claim(left), read_claim(right), verbatim=30.0),
        check_claims(read_claim(right), read_claim(left), verbatim=30.0),
    ]


# a spokesman's statement that something does not exist / a thing's act, told by another
NO_TIMETABLE = (
    "A spokesman for Mayor Ada Voss said there was no timetable for the pier inquiry, "
    "but it could take weeks."
)
SURVEY_DONE = (
    "The harbour survey was finished last month and goes to print on Wednesday, said "
    "Tom Hale, a spokesman for Mayor Ada Voss."
)
# one speaker, two statements: one of them existential
HALE_NO_DATE = "Harbour master Tom Hale said there was no timetable for the new pier in Marlow Bay."
HALE_FARES = "Harbour master Tom Hale said the ferry company would raise its fares in the spring."


def test_an_existential_statement_and_another_act_are_two_claims() -> None:
    for left, right, note in (
        (NO_TIMETABLE, SURVEY_DONE, "different actions: "),
        (HALE_NO_DATE, HALE_FARES, "one speaker, different statements: "),
    ):
        for result in _both_ways(left, right):
            assert result.outcome == "not linked"
            assert note in result.evidence.note and "there be" in result.evidence.note


# kept: both count one thing (30 arrests): the existential and the agent's act, one fact
THERE_ARRESTS = (
    "Hale said there were 12 arrests at the Marlow Bay quay on Friday, against 30 the night before."
)
POLICE_ARRESTS = "Still, the harbour police did make 30 arrests at the quay overnight."


def test_an_existential_that_counts_the_others_figure_stays_linked() -> None:
    for result in _both_ways(THERE_ARRESTS, POLICE_ARRESTS):
        assert result.outcome != "not linked"


@given(
    st.integers(min_value=2, max_value=9999),
    st.sampled_from(["arrests", "boats", "complaints", "berths"]),
    st.sampled_from(["police", "board", "skippers", "wardens"]),
    st.sampled_from(["made", "counted", "logged", "recorded"]),
)
def test_a_figure_in_common_keeps_an_existential_linked(
    figure: int, things: str, agents: str, verb: str
) -> None:
    """Whatever is counted and by whom: an existential with the other's figure is one fact."""
    left = f"Hale said there were {figure} {things} at the Marlow Bay quay last week."
    right = f"The harbour {agents} {verb} {figure} {things} at the quay last week."
    for result in _both_ways(left, right):
        note = result.evidence.note if result.evidence else ""
        assert "there be" not in note
