"""Two counts of differently named groups ("100 people" / "200 refugees") are one count only
when the claim around them is shared: a `≠` between a crowd on one bank of a river and the
travellers on the other is the worst error the tool can make. Each case both ways, beside the
true conflict of the same kind. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.compare import compare_texts
from newsdiff.core.count_groups import count_heads


def both_ways(left: str, right: str) -> list[ClaimCheck]:
    ours, theirs = read_claim(left), read_claim(right)
    return [check_claims(ours, theirs, verbatim=50.0), check_claims(theirs, ours, verbatim=50.0)]


BANK = "Across the river, a group of about 100 people chanted."
PILGRIMS = "About 200 refugees from the hill villages prepared to cross the river as a group."


def test_a_group_on_one_bank_and_the_travellers_are_not_one_count() -> None:
    for result in both_ways(BANK, PILGRIMS):
        assert result.outcome != "conflict"


def test_two_names_of_one_crowd_in_one_claim_still_conflict() -> None:
    for result in both_ways(
        "A crowd of about 300 people gathered outside the town hall on Monday evening.",
        "About 800 protesters gathered outside the town hall on Monday evening.",
    ):
        assert result.outcome == "conflict"
        assert [d.kind for d in result.evidence.disagree] == ["figure"]


@pytest.mark.parametrize(
    ("ours", "theirs", "conflict"),
    [
        ("Dunmore", "Kessing", False),  # two towns' marches: two groups
        ("Dunmore", "Dunmore", True),  # one town's march counted twice
    ],
)
def test_a_place_of_its_own_sets_a_group_apart(ours: str, theirs: str, conflict: bool) -> None:
    left = f"About 300 people marched in {ours} on Saturday against the closure of the mill."
    right = f"About 900 workers marched in {theirs} on Saturday against the closure of the mill."
    for result in both_ways(left, right):
        assert (result.outcome == "conflict") is conflict


def test_the_packaging_noun_of_a_count_is_read() -> None:
    claim = read_claim(BANK)
    (count,) = claim.figures
    assert count_heads(count, claim) == {"group"}
    other = read_claim(PILGRIMS)
    assert count_heads(other.figures[0], other) == set()  # "as a group" comes after the count


def test_the_pair_view_shows_no_conflict_between_the_two_groups() -> None:
    left = f"Marchers reach the river\n\n{BANK} The police kept the bridge closed.\n"
    right = f"Refugees wait at the river\n\n{PILGRIMS} They hope to cross on Monday.\n"
    comparison = compare_texts(left, right)
    labels = [link.label for s in comparison.left.sentences for link in s.links]
    assert "conflict" not in labels
