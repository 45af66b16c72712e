"""False conflicts met between two different stories, each beside the true conflict of the
same kind: one person's two titles at two times, durations looking two ways, and a negated
verb whose only shared context is quantifiers. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.time_frames import frame


def both_ways(left: str, right: str) -> list[ClaimCheck]:
    ours, theirs = read_claim(left), read_claim(right)
    return [check_claims(ours, theirs, verbatim=50.0), check_claims(theirs, ours, verbatim=50.0)]


def kinds(result: ClaimCheck) -> list[str]:
    return [d.kind for d in result.evidence.disagree]


def test_two_titles_with_nothing_said_in_common_are_two_stories() -> None:
    for result in both_ways(
        "Senate Minority Leader Tom Hale (R-Ohio) was the lone opposition.",
        "On Wednesday, Senate Majority Leader Tom Hale (R-Ohio) received a letter signed by "
        "all 41 Senate Democrats.",
    ):
        assert result.outcome != "conflict"


def test_two_titles_in_one_claim_still_conflict() -> None:
    for result in both_ways(
        "Senate Minority Leader Tom Hale (R-Ohio) was the lone opposition to the bill.",
        "Senate Majority Leader Tom Hale (R-Ohio) was the lone opposition to the bill.",
    ):
        assert result.outcome == "conflict"
        assert kinds(result) == ["title"]


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (
            "Under the charter, Mayor Ana Voss must certify the budget every 90 days.",
            "Mayor Ana Voss said she would settle the budget's future in the next two weeks.",
        ),
        (
            "In the past two months, Mayor Ana Voss has fired two deputies over the budget.",
            "Mayor Ana Voss said she would settle the budget's future in the next two weeks.",
        ),
    ],
)
def test_durations_looking_two_ways_are_two_spans(ours: str, theirs: str) -> None:
    for result in both_ways(ours, theirs):
        assert "figure" not in kinds(result)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("within the next two weeks", "within the next six weeks"),
        ("within the next two weeks", "within six weeks"),  # one side's frame unread
        ("in the past two months", "in the last five months"),
    ],
)
def test_durations_of_one_frame_still_conflict(ours: str, theirs: str) -> None:
    template = "Mayor Ana Voss said the council would review the budget {}."
    for result in both_ways(template.format(ours), template.format(theirs)):
        assert result.outcome == "conflict"
        assert kinds(result) == ["figure"]


def test_how_often_is_no_figure_for_how_long() -> None:
    for result in both_ways(
        "The Harbour Bridge will close for nine weeks from Monday while engineers replace its "
        "cables, the city council said.",
        "The city council said the Harbour Bridge will shut from Monday, with ferries running "
        "every twenty minutes while engineers replace its cables.",
    ):
        assert "figure" not in kinds(result)


def test_two_intervals_of_one_service_still_conflict() -> None:
    template = "The council said ferries would cross the harbour every {} during the closure."
    for result in both_ways(template.format("twenty minutes"), template.format("forty minutes")):
        assert result.outcome == "conflict"
        assert kinds(result) == ["figure"]


def test_a_durations_frame_is_read() -> None:
    for text, expected in [
        ("They met every 90 days.", "every"),
        ("It will end within the next two weeks.", "ahead"),
        ("Prices rose in the past two months.", "back"),
        ("The strike lasted six weeks.", ""),
    ]:
        claim = read_claim(text)
        (duration,) = claim.figures
        assert frame(duration, claim) == expected, text


def test_quantifiers_are_no_shared_context_for_a_polarity_conflict() -> None:
    for result in both_ways(
        "Several judges voiced concern about how many firms could face suits if they let "
        "the case go forward.",
        "These are mailed to her, yet in many cases they do not go to her.",
    ):
        assert result.outcome != "conflict"


def test_a_negated_claim_with_a_quantifier_still_conflicts() -> None:
    for result in both_ways(
        "Many residents did not return to the village after the flood.",
        "Many residents returned to the village after the flood.",
    ):
        assert result.outcome == "conflict"
        assert kinds(result) == ["polarity"]
