"""Every conflict kind the claim check names, and the differences that are not conflicts.

Each sentence is written for these tests (two imaginary outlets on one bridge closure;
``tests/fixtures/conflict_kinds/`` holds the same pairs as two whole articles). The pairs are
worded differently on purpose, so that the check, not near-verbatim copying, decides.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conflict_rows import conflict_disagreements
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.compare import compare_files
from newsdiff.core.people import same_given_name
from newsdiff.core.relative_dates import day_range, days_between, disagree, relative_dates

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "conflict_kinds"


def check(
    left: str, right: str, written: tuple[str | None, str | None] = (None, None)
) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right), verbatim=35.0, written=written)


def disagreements(result: ClaimCheck) -> list[tuple[str, str, str]]:
    return [(d.kind, d.left, d.right) for d in result.evidence.disagree]


CONFLICTS = [
    # polarity: negation, antonym verbs, a prediction against its denial
    (
        "The water ministry disputed the report on the dam collapse, a spokesman said.",
        "According to a spokesman, the water ministry did not dispute the report on the dam "
        "collapse.",
        ("polarity", "disputed", "not dispute"),
    ),
    (
        "Officials at the county hall confirmed that the Wren bridge will close next month.",
        "Officials at the county hall denied that the Wren bridge will close next month.",
        ("polarity", "confirmed", "denied"),
    ),
    (
        "After the storm the harbour authority closed the north quay to cargo ships.",
        "The harbour authority reopened the north quay to cargo ships after the storm.",
        ("polarity", "closed", "reopened"),
    ),
    (
        "Unemployment in the valley rose sharply last quarter, the regional office said.",
        "The regional office said unemployment in the valley fell sharply last quarter.",
        ("polarity", "rose", "fell"),
    ),
    (
        "Reports say Okafor will meet the Queen.",
        "Because the visit is private, Okafor is unlikely to meet the Queen or tour the palace.",
        ("polarity", "will meet", "unlikely to meet"),
    ),
    # figures: a count, a scale word, a unit, one currency, hedged ranges that do not meet
    (
        "The storm damaged 340 homes in the coastal villages, the council said.",
        "According to the council, 520 homes in the coastal villages were damaged by the storm.",
        ("figure", "340", "520"),
    ),
    (
        "The regional fund for flood defences is worth £3.5bn over ten years.",
        "Over ten years the regional flood defences fund will be worth £350m.",
        ("figure", "£3.5bn", "£350m"),
    ),
    (
        "The closure of the Kessing bridge will last 6 weeks, engineers said.",
        "Engineers expect the Kessing bridge closure to last nine weeks.",
        ("figure", "6 weeks", "nine weeks"),
    ),
    (
        "Investigators have at least four dozen questions for the harbour master about the spill.",
        "The harbour master faces almost four dozen questions from investigators about the spill.",
        ("figure", "at least four dozen", "almost four dozen"),
    ),
    (
        "More than 500 workers walked out at the Selby plant on Monday.",
        "Nearly 500 workers at the Selby plant walked out on Monday.",
        ("figure", "More than 500", "Nearly 500"),
    ),
    (
        "A petition against the pylon route gathered thousands of signatures before the hearing.",
        "A petition against the pylon route signed by more than 90,000 people went to the hearing.",
        ("figure", "thousands", "more than 90,000"),
    ),
    (
        "The 43-year-old councillor from Selby lost the leadership vote on Wednesday.",
        "On Wednesday the 45-year-old councillor from Selby lost the leadership vote.",
        ("figure", "43-year-old", "45-year-old"),
    ),
    (
        "Ruiz, 54, was named chief executive of the rail operator.",
        "The rail operator named Ruiz, aged 61, as its chief executive.",
        ("figure", "54", "61"),
    ),
    # a death toll: one count of people named two ways, and one of several counts
    (
        "At least 12 people were killed in the explosion at the chemical plant.",
        "The explosion at the chemical plant left nine dead.",
        ("figure", "At least 12", "nine"),
    ),
    (
        "The blast killed 12 workers and injured 30 others at the plant.",
        "At the plant the blast killed nine workers and injured 30 others.",
        ("figure", "12", "nine"),
    ),
    # a tally: one number or both
    (
        "The harbour committee elected Ruiz by a vote of 98 to 96.",
        "By a vote of 97 to 96, the harbour committee elected Ruiz.",
        ("figure", "98", "97"),
    ),
    (
        "The harbour bill passed the senate 52-48 after a long debate.",
        "After a long debate the senate passed the harbour bill 51-49.",
        ("figure", "52-48", "51-49"),
    ),
    (
        "The 61-year-old Voss has run the port since 2009.",
        "Voss, 58, took charge of the port in 2009.",
        ("figure", "61-year-old", "58"),
    ),
    (
        "Turnout in the harbour referendum was 62 percent, the commission said.",
        "The commission said turnout in the harbour referendum was 48%.",
        ("figure", "62 percent", "48%"),
    ),
    (
        "The senate approved the harbour bill after a long debate.",
        "After a long debate the senate blocked the harbour bill.",
        ("polarity", "approved", "blocked"),
    ),
    # dates: weekday, month, year, and dates relative to the day of writing
    (
        "The Wren bridge reopened to traffic on Tuesday after the inspection.",
        "After the inspection, the Wren bridge reopened to traffic on Thursday.",
        ("date", "Tuesday", "Thursday"),
    ),
    (
        "The council approved the new harbour wall in March after a long inquiry.",
        "After a long inquiry the council approved the new harbour wall in June.",
        ("date", "March", "June"),
    ),
    (
        "Two weeks ago, the club hired former harbour master Tom Voss as its new manager.",
        "Tom Voss, the former harbour master, was hired as the club's new manager last week.",
        ("date", "Two weeks ago", "last week"),
    ),
    # place, speaker of the same words, and one claim told of two people
    (
        "The two ministers met in Geneva to discuss the fishing quotas.",
        "To discuss the fishing quotas, the two ministers met in Vienna.",
        ("place", "Geneva", "Vienna"),
    ),
    (
        '"We will rebuild every house the flood took," said Mayor Ann Okafor.',
        '"We will rebuild every house the flood took," said councillor Tom Hale.',
        ("speaker", "Mayor Ann Okafor", "Tom Hale"),
    ),
    (
        "Councillor Linda Ortiz won the vote for deputy leader, defeating Barbara Lee.",
        "Barbara Lee lost the vote for deputy leader to councillor Loretta Ortiz.",
        ("person", "Linda Ortiz", "Loretta Ortiz"),
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), CONFLICTS)
def test_each_conflict_kind_is_a_conflict_with_its_words(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    result = check(left, right)
    assert result.outcome == "conflict"
    assert expected in disagreements(result)
    # and the same from the other side, with the words swapped
    kind, ours, theirs = expected
    assert (kind, theirs, ours) in disagreements(check(right, left))


NOT_CONFLICTS = [
    # rounding
    (
        "The flood damaged 11,480 homes across the county, officials said.",
        "Officials said 11,500 homes across the county were damaged by the flood.",
    ),
    # approximations that overlap
    (
        "About 3,000 dock workers joined the strike at the port on Monday.",
        "Some 3,200 dock workers joined the strike at the port on Monday.",
    ),
    (
        "Almost 500 workers walked out at the Selby plant on Monday.",
        "On Monday 500 workers walked out at the Selby plant.",
    ),
    (
        "More than 1.8 million people signed the petition against the pylon route.",
        "Almost 1.9 million people signed the petition against the pylon route.",
    ),
    (
        "Up to 48 questions were sent to the harbour master about the spill.",
        "At least 48 questions were sent to the harbour master about the spill.",
    ),
    (
        "Ruiz, 54, was named chief executive of the rail operator.",
        "The rail operator named 54-year-old Ruiz as its chief executive.",
    ),
    (
        "The fire at the warehouse killed at least 12 people, police said.",
        "Police said the fire at the warehouse killed 14 people.",
    ),
    (
        "More than 48 questions were sent to the harbour master about the spill.",
        "The harbour master was sent 48 questions about the spill.",
    ),
    # a weekday in the possessive dates that day too
    (
        "Halvorsen will pay £9.80 a share, a 31% premium to Tuesday's closing price, the "
        "companies said on Wednesday.",
        "Halvorsen is paying £9.80 a share, 31 per cent more than the shares were worth on "
        "Tuesday.",
    ),
    # unit and currency conversion
    (
        "The new cycle path along the coast runs for 12 miles, the council said.",
        "The council said the new cycle path along the coast runs for about 19 km.",
    ),
    (
        "The club paid £4.5m for the striker, its chairman confirmed.",
        "Its chairman confirmed that the club paid $5.7m for the striker.",
    ),
    (
        "The closure of the Kessing bridge will last two weeks, engineers said.",
        "Engineers said the closure of the Kessing bridge will last a fortnight.",
    ),
    # one relative date written two ways; a duration is not a date
    (
        "The port hired Voss as its new safety director last week.",
        "A week ago the port hired Voss as its new safety director.",
    ),
    (
        "The port hired Voss as its new safety director in the last week.",
        "The port hired Voss as its new safety director three weeks ago.",
    ),
    # a conditional is no prediction; one given name misspelt is one person
    (
        "Vice President Ruiz won't attend the signing in the harbour hall.",
        "Vice President Ruiz, who as host would be expected to attend the signing in the "
        "harbour hall, is abroad.",
    ),
    (
        "Former President Vincente Ruiz said the county will not pay for the sea wall.",
        "Former President Vicente Ruiz says the county will not pay for the sea wall.",
    ),
]


@pytest.mark.parametrize(("left", "right"), NOT_CONFLICTS)
def test_rounding_approximation_conversion_and_wording_are_not_conflicts(
    left: str, right: str
) -> None:
    assert check(left, right).outcome in ("shared", "paraphrased")
    assert check(right, left).outcome in ("shared", "paraphrased")


def test_the_dead_and_the_injured_are_two_counts_not_a_conflict() -> None:
    left = "The blast killed 12 workers at the plant on Monday."
    right = "On Monday the blast injured 30 workers at the plant."
    assert check(left, right).outcome == "not linked"
    assert check(right, left).evidence.note == "figures of different things"


# ---------------------------------------------------------------- relative dates


def test_relative_dates_are_read_with_unit_offset_and_span() -> None:
    text = "Two weeks ago the mayor resigned; yesterday a deputy took over, earlier this month."
    words = list(re.finditer(r"\w+", text))
    found = relative_dates([m.group(0).casefold() for m in words], [m.span() for m in words])
    assert [(unit, offset) for unit, offset, _, _ in found] == [
        ("week", -2),
        ("day", -1),
        ("month", 0),
    ]
    assert text[found[0][2] : found[0][3]] == "Two weeks ago"


def test_days_between_article_dates_shift_relative_dates() -> None:
    assert days_between("2024-05-01", "2024-05-08") == 7
    assert days_between("2024-05-01", None) is None
    assert days_between("May 2024", "2024-05-08") is None
    # same unknown day: "two weeks ago" / "last week" name two weeks
    assert disagree(("week", -2), ("week", -1), None)
    # the right article written a week later: its "two weeks ago" is the left one's "last week"
    assert not disagree(("week", -1), ("week", -2), 7)
    # "yesterday" / "two days ago" need the dates: outlets publish a day apart
    assert not disagree(("day", -1), ("day", -2), None)
    assert disagree(("day", -1), ("day", -2), 0)
    # the right article written a day later: its "two days ago" is the left one's "yesterday"
    assert not disagree(("day", -1), ("day", -2), 1)


def test_the_article_dates_decide_a_relative_date_conflict() -> None:
    left = "Yesterday the harbour board sacked its chairman, Tom Voss."
    right = "Two days ago the harbour board sacked its chairman, Tom Voss."
    assert check(left, right, ("2024-05-08", "2024-05-08")).outcome == "conflict"
    written_a_day_later = ("2024-05-08", "2024-05-09")
    assert check(left, right, written_a_day_later).outcome != "conflict"
    assert check(left, right).outcome != "conflict"  # dates unknown


SACKED = "the harbour board sacked Voss, its chairman."
REBUILT = "the pier was rebuilt by the county council"


@pytest.mark.parametrize(
    ("left", "right", "written", "conflict"),
    [
        # 8 May 2024 is a Wednesday: "yesterday" is Tuesday, 7 May
        (f"Yesterday {SACKED}", f"On Tuesday {SACKED}", "2024-05-08", False),
        (f"Yesterday {SACKED}", f"On Monday {SACKED}", "2024-05-08", True),
        (f"Yesterday {SACKED}", f"On May 7 {SACKED}", "2024-05-08", False),
        (f"Last year {REBUILT}.", f"In 2023 {REBUILT}.", "2024-05-08", False),
        (f"Last year {REBUILT}.", f"In 2021 {REBUILT}.", "2024-05-08", True),
        (f"Last year {REBUILT}.", f"In 2021 {REBUILT}.", None, False),  # date unknown
    ],
)
def test_relative_dates_are_read_against_the_article_date(
    left: str, right: str, written: str | None, conflict: bool
) -> None:
    result = check(left, right, (written, written))
    assert (result.outcome == "conflict") is conflict
    if conflict:
        assert disagreements(result)[0][0] == "date"


@given(st.sampled_from(["day", "week", "month", "year"]), st.integers(-30, 30))
def test_a_relative_date_agrees_with_itself_and_its_range_holds_it(unit: str, offset: int) -> None:
    low, high = day_range(unit, offset)
    assert low <= offset * {"day": 1, "week": 7, "month": 30, "year": 365}[unit] <= high
    for apart in (None, 0):
        assert not disagree((unit, offset), (unit, offset), apart)


@given(
    st.tuples(st.sampled_from(["day", "week", "month", "year"]), st.integers(-12, 12)),
    st.tuples(st.sampled_from(["day", "week", "month", "year"]), st.integers(-12, 12)),
    st.one_of(st.none(), st.integers(-40, 40)),
)
def test_relative_dates_disagree_symmetrically(
    a: tuple[str, int], b: tuple[str, int], apart: int | None
) -> None:
    back = None if apart is None else -apart
    assert disagree(a, b, apart) == disagree(b, a, back)


def test_a_misspelt_given_name_is_one_person_and_another_name_is_not() -> None:
    assert same_given_name("vincente", "vicente")
    assert same_given_name("sara", "sarah")
    assert not same_given_name("linda", "loretta")
    assert not same_given_name("mark", "mike")


# ---------------------------------------------------------------- through a comparison


def test_the_fixture_articles_show_every_kind_as_a_conflict_row() -> None:
    comparison = compare_files(FIXTURES / "kessing_courier.txt", FIXTURES / "wren_valley_post.txt")
    kinds = {d.kind for _, d in conflict_disagreements(comparison)}
    assert kinds == {"polarity", "figure", "date", "place", "speaker", "person"}
    labels = [aligned.label for aligned in comparison.left.sentences]
    assert labels[1:12] == ["conflict"] * 11
    # rounding, a unit and a currency conversion: linked, not conflicts
    assert all(label in ("shared", "paraphrased") for label in labels[12:15])
    notes = {link.evidence.note for a in comparison.left.sentences[13:15] for link in a.links}
    assert notes == {"figures converted"}
