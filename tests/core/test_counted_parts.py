"""A counted part of a group ("the majority") is no named person, in the who-rules.

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). A role or
group subject may stand for the other sentence's named party ("two voted against" / "Hale
and Voss voted against"), so the who-rules leave such a pair linked. A counted *part* of a
group ("The majority relate to the ferry contract") is not one person: against a named
person's act ("Ada Voss has given the council a list of questions") the two are two claims.
Against an organisation ("the Harbour Council rejected the lease") the part may be its
members, and the pair stays linked.
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


MAJORITY_RELATE = "The majority relate to possible breaches of the ferry contract."
VOSS_GAVE = "Ada Voss has given the council a list of questions on the ferry contract."


def test_a_counted_part_and_a_named_persons_act_are_two_claims() -> None:
    for result in _both_ways(MAJORITY_RELATE, VOSS_GAVE):
        assert result.outcome == "not linked"
        assert "majority relat" in result.evidence.note and "voss giv" in result.evidence.note


# kept: a counted part against an organisation (its members)
MAJORITY_VOTED = "The majority voted down the pier lease on Tuesday."
COUNCIL_REJECTED = "The Marlow Bay Harbour Council rejected the pier lease on Tuesday."
# kept: a number may stand for the named people ("two" / "Hale and Voss")
TWO_REJECTED = "Two rejected the pier lease on Tuesday, the council said."
HALE_AND_VOSS = "Hale and Voss voted against the pier lease on Tuesday."


def test_a_part_against_an_organisation_or_a_number_stays_linked() -> None:
    for left, right in ((MAJORITY_VOTED, COUNCIL_REJECTED), (TWO_REJECTED, HALE_AND_VOSS)):
        for result in _both_ways(left, right):
            assert result.outcome != "not linked"


@given(
    st.sampled_from(["The majority", "The minority", "The rest"]),
    st.sampled_from(
        ["Marlow Bay Harbour Council", "Kestrel Port Authority", "Marlow Ferry Company"]
    ),
    st.sampled_from(["voted down", "turned down", "blocked"]),
    st.sampled_from(["rejected", "refused", "stopped"]),
)
def test_a_counted_part_may_be_an_organisations_members(
    part: str, body: str, voted: str, rejected: str
) -> None:
    """Whatever the part, the body and the verbs: never two agents by the part alone."""
    left = f"{part} {voted} the pier lease on Tuesday."
    right = f"The {body} {rejected} the pier lease on Tuesday."
    for result in _both_ways(left, right):
        note = result.evidence.note if result.evidence else ""
        assert not note.startswith("different actions: ")
