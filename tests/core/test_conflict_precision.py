"""False conflicts: the day a fact was told is not the day it happened, and a predicate in
doubt stays in doubt past "and". Every sentence is written for these tests; each pair is
checked both ways, with the conflict that must still be found beside it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.telling_dates import telling_date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right), verbatim=50.0)


def kinds(result: ClaimCheck) -> list[str]:
    return [d.kind for d in result.evidence.disagree]


TELLING_VS_EVENT = [
    (
        "Reyes signed a three-year contract with Dale Rovers on Tuesday after passing a medical.",
        "Dale Rovers said on Wednesday that Reyes had signed a three-year contract after "
        "passing a medical.",
    ),
    (
        "Reyes signed a three-year contract with Dale Rovers on Tuesday after passing a medical.",
        "On Wednesday, Dale Rovers announced that Reyes had signed a three-year contract after "
        "passing a medical.",
    ),
    (
        "The Wren bridge was closed to lorries on Monday after inspectors found cracks.",
        "Inspectors found cracks and the Wren bridge was closed to lorries, the county council "
        "told reporters on Thursday.",
    ),
    (
        "The Wren bridge was closed to lorries on Monday after inspectors found cracks.",
        "The county council on Thursday said the Wren bridge was closed to lorries after "
        "inspectors found cracks.",
    ),
    (
        "Ruiz resigned as chair of the harbour board in March, weeks after the audit.",
        "The harbour board confirmed in May that Ruiz resigned as chair weeks after the audit.",
    ),
]


@pytest.mark.parametrize(("left", "right"), TELLING_VS_EVENT)
def test_the_day_of_the_telling_is_not_the_day_of_the_event(left: str, right: str) -> None:
    for a, b in ((left, right), (right, left)):
        result = check(a, b)
        assert "date" not in kinds(result), result.evidence
        assert result.outcome in ("shared", "paraphrased")


STILL_CONFLICTS = [
    # two event dates, one of them in a sentence that also reports
    (
        "Reyes signed a three-year contract with Dale Rovers on Tuesday after passing a medical.",
        "Dale Rovers said that Reyes signed a three-year contract on Thursday after passing a "
        "medical.",
    ),
    # two days of one telling
    (
        "The club said on Monday that Reyes had signed a three-year contract after a medical.",
        "The club said on Friday that Reyes had signed a three-year contract after a medical.",
    ),
    # "confirmed" names the act when no "that" follows: a vote on two days
    (
        "The senate confirmed Ana Ruiz as harbour commissioner on Tuesday by a wide margin.",
        "By a wide margin, the senate confirmed Ana Ruiz as harbour commissioner on Thursday.",
    ),
]


@pytest.mark.parametrize(("left", "right"), STILL_CONFLICTS)
def test_two_dates_of_one_event_still_conflict(left: str, right: str) -> None:
    for a, b in ((left, right), (right, left)):
        result = check(a, b)
        assert result.outcome == "conflict", result.evidence
        assert kinds(result) == ["date"]


@pytest.mark.parametrize(
    ("text", "date", "telling"),
    [
        ("Ruiz said Monday that the quay would reopen.", "Monday", True),
        ("Ruiz said in a statement on Monday that the quay would reopen.", "Monday", True),
        ("Ruiz told local radio on Monday that the quay would reopen.", "Monday", True),
        ("The quay reopened on Monday, Ruiz said.", "Monday", False),
        ("The quay reopened, Ruiz said on Monday.", "Monday", True),
        ("On Monday, Ruiz said the quay had reopened.", "Monday", True),
        ("On Monday, the quay reopened, Ruiz said.", "Monday", False),
        ("Ruiz said the quay would reopen on Monday.", "Monday", False),
        ("Police reported the man missing on Monday.", "Monday", False),
        ("Police reported on Monday that the man was missing.", "Monday", True),
    ],
)
def test_which_dates_date_the_telling(text: str, date: str, telling: bool) -> None:
    start = text.index(date)
    assert telling_date(text, start, start + len(date)) is telling


@given(st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS))
def test_a_reporting_day_never_conflicts_with_an_event_day(event: str, told: str) -> None:
    left = f"Reyes signed a three-year contract with Dale Rovers on {event} after a medical."
    right = (
        f"Dale Rovers said on {told} that Reyes had signed a three-year contract after a medical."
    )
    assert "date" not in kinds(check(left, right))
    assert "date" not in kinds(check(right, left))


IN_DOUBT = [
    (
        "Ruiz holds off lifting the ban on night flights at Kessing airport.",
        "Ruiz said she was unlikely to change course and allow night flights at Kessing airport.",
    ),
    (
        "The council kept its ban on night flights at Kessing airport, Ruiz said.",
        "Ruiz said the council would review the rules and allow night flights at Kessing airport.",
    ),
]


@pytest.mark.parametrize(("left", "right"), IN_DOUBT)
def test_a_predicate_joined_to_one_in_doubt_is_in_doubt(left: str, right: str) -> None:
    for a, b in ((left, right), (right, left)):
        assert "polarity" not in kinds(check(a, b))


def test_an_asserted_antonym_after_and_still_conflicts() -> None:
    left = "The council kept its ban on night flights and banned cargo flights at Kessing."
    right = "The council kept its ban on night flights and allowed cargo flights at Kessing."
    assert kinds(check(left, right)) == ["polarity"]
    assert kinds(check(right, left)) == ["polarity"]
