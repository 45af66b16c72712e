"""Written ranges, titles apposed in a relative clause, and two seats no one holds at once:
conflicts, each checked both ways, beside what is not a conflict (a value inside the range,
overlapping ranges, rounding, a title of another time, one job written two ways). Every
sentence is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conflict_rows import conflict_disagreements
from hypothesis import assume, given
from hypothesis import strategies as st
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.compare import compare_files
from newsdiff.core.disagreements import disagreeing_fact_pairs
from newsdiff.core.figures import agree, figures
from newsdiff.core.job_titles import same_job, titled_people


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right), verbatim=50.0)


def both_ways(left: str, right: str) -> list[ClaimCheck]:
    return [check(left, right), check(right, left)]


HURT = "Police said {} people were hurt when the Wren valley footbridge collapsed on Saturday."
HURT_TOO = "{} people were hurt when the Wren valley footbridge collapsed on Saturday, police said."


@pytest.mark.parametrize(
    ("ours", "theirs", "shown"),
    [
        ("between 30 and 40", "About 60", ("between 30 and 40", "60")),
        ("between 30 and 40", "Between 50 and 60", ("between 30 and 40", "Between 50 and 60")),
        ("30 to 40", "More than 50", ("30 to 40", "More than 50")),
        ("two or three", "Five", ("two or three", "Five")),
        ("between 300 and 400", "Some 520", ("between 300 and 400", "520")),
    ],
)
def test_a_range_and_a_count_outside_it_conflict(
    ours: str, theirs: str, shown: tuple[str, str]
) -> None:
    left, right = HURT.format(ours), HURT_TOO.format(theirs)
    for result, expected in zip(both_ways(left, right), (shown, shown[::-1]), strict=True):
        assert result.outcome == "conflict", result.evidence
        assert [(d.kind, d.left, d.right) for d in result.evidence.disagree] == [
            ("figure", *expected)
        ]


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("between 30 and 40", "35"),  # inside the range
        ("between 30 and 40", "About 40"),  # an approximation of one end
        ("between 30 and 40", "Between 35 and 45"),  # overlapping ranges
        ("between 30 and 40", "Up to 40"),  # a ceiling the range keeps under
        ("two or three", "Three"),
        ("between 300 and 400", "Nearly 400"),
        ("between 3,000 and 4,000", "3,950"),
        ("between 3,000 and 4,000", "4,100"),  # "4,000" is a round number: 4,100 rounds to it
        ("between 3 and 5 million", "About 4.5 million"),  # the first end takes the scale
    ],
)
def test_a_range_and_a_count_it_allows_do_not_conflict(ours: str, theirs: str) -> None:
    for result in both_ways(HURT.format(ours), HURT_TOO.format(theirs)):
        assert result.outcome != "conflict", result.evidence


@given(
    low=st.integers(min_value=2, max_value=60),
    width=st.integers(min_value=1, max_value=30),
    other=st.integers(min_value=1, max_value=99),
)
def test_a_range_agrees_with_exactly_the_small_counts_between_its_ends(
    low: int, width: int, other: int
) -> None:
    high = low + width
    assume(low % 10 and high % 10 and other % 10)  # a round "40" may be rounded (count rule)
    (written,) = figures(f"Between {low} and {high} nurses were hired.")
    (count,) = figures(f"The clinic hired {other} nurses.")
    assert (written.low, written.high, written.ends) == (low, high, (low, high))
    assert agree(written, count) is (low <= other <= high)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Between 3 and 5 million people", [("Between 3 and 5 million", 3e6, 5e6)]),
        ("It takes two to three weeks", [("two to three weeks", 14.0, 21.0)]),
        ("Prices rose between 30 and 40 percent", [("between 30 and 40 percent", 30.0, 40.0)]),
        ("Costs of $3 to $5 million", [("$3 to $5 million", 3e6, 5e6)]),
    ],
)
def test_a_range_is_one_figure_in_the_second_numbers_scale_and_unit(
    text: str, read: list[tuple[str, float, float]]
) -> None:
    assert [(text[f.start : f.end], *f.ends) for f in figures(text)] == read


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was closed between 9 and 11 p.m. on Friday.",
        "The bridge was closed at 9 p.m. on Friday.",
        "The bridge was closed at 3:30 p.m. on Friday.",
        "The bridge was closed between 3 and 5 March.",
        "The bridge was closed from March 3 to 5.",
        "The vote passed between 2010 and 2015.",
    ],
)
def test_clock_times_and_days_between_two_numbers_are_not_counts(text: str) -> None:
    assert figures(text) == ()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Turnout rose from 30 to 40 percent.", 2),  # a change, not a range
        ("The bill passed 52-48 on Tuesday.", 2),  # a tally
        ("The Tigers lost 2-3 on Sunday.", 2),  # a score
        ("The crash hurt 30 people and 40 horses.", 2),  # two counts
        ("The case, No. 14-582, was heard on Tuesday.", 2),  # a number
    ],
)
def test_changes_scores_and_two_counts_are_not_ranges(text: str, count: int) -> None:
    found = figures(text)
    assert len(found) == count and not any(f.ends for f in found)


CROSSING = "said the Kessing border crossing would reopen on Monday."
TITLES_DIFFER = [
    (
        f"Ana Ruiz, who is the deputy interior minister, {CROSSING}",
        f"Interior Minister Ana Ruiz {CROSSING}",
        ("deputy interior minister", "Interior Minister"),
    ),
    (
        f"Ana Ruiz, who serves as Kessing's deputy interior minister, {CROSSING}",
        f"Ana Ruiz, the interior minister, {CROSSING}",
        ("deputy interior minister", "interior minister"),
    ),
    (  # two titles of the claim's time
        f"Ana Ruiz, who was then the deputy interior minister, {CROSSING}",
        f"Ana Ruiz, then the interior minister, {CROSSING}",
        ("deputy interior minister", "interior minister"),
    ),
    (f"Sen. Tom Hale {CROSSING}", f"Rep. Tom Hale {CROSSING}", ("Sen.", "Rep.")),
    (
        f"Tom Hale, a Republican senator from Ohio, {CROSSING}",
        f"Congressman Tom Hale {CROSSING}",
        ("senator", "Congressman"),
    ),
    (f"Tory MP Tom Hale {CROSSING}", f"Tory peer Tom Hale {CROSSING}", ("Tory MP", "peer")),
    (f"Tom Hale MP {CROSSING}", f"Lord Hale {CROSSING}", ("MP", "Lord")),
    (f"Gov. Tom Hale {CROSSING}", f"Lt. Gov. Tom Hale {CROSSING}", ("Gov.", "Lt. Gov.")),
    (  # the title first, the name set off by commas
        f"The deputy interior minister, Ana Ruiz, {CROSSING}",
        f"Interior Minister Ana Ruiz {CROSSING}",
        ("deputy interior minister", "Interior Minister"),
    ),
    (  # an acronym inside a lower-case title
        f"The deputy FBI director Tom Hale {CROSSING}",
        f"FBI Director Tom Hale {CROSSING}",
        ("deputy FBI director", "FBI Director"),
    ),
]


@pytest.mark.parametrize(("left", "right", "shown"), TITLES_DIFFER)
def test_two_jobs_for_one_person_now_are_a_title_conflict(
    left: str, right: str, shown: tuple[str, str]
) -> None:
    for result, expected in zip(both_ways(left, right), (shown, shown[::-1]), strict=True):
        assert result.outcome == "conflict", result.evidence
        assert [(d.kind, d.left, d.right) for d in result.evidence.disagree] == [
            ("title", *expected)
        ]


TITLES_AGREE = [
    # a title held at another time than the current one: she may have moved since
    (
        f"Ana Ruiz, who was then the deputy interior minister, {CROSSING}",
        f"Ana Ruiz, the finance minister, {CROSSING}",
    ),
    (
        f"Ana Ruiz, who was the deputy interior minister at the time, {CROSSING}",
        f"Interior Minister Ana Ruiz {CROSSING}",
    ),
    (
        f"Former deputy finance minister Ana Ruiz {CROSSING}",
        f"Ana Ruiz, the finance minister, {CROSSING}",
    ),
    (
        f"Ana Ruiz, who became the deputy interior minister, {CROSSING}",
        f"Ana Ruiz, the interior minister, {CROSSING}",
    ),
    (f"Former Rep. Tom Hale {CROSSING}", f"Sen. Tom Hale {CROSSING}"),
    (f"The former deputy FBI director Tom Hale {CROSSING}", f"FBI Director Tom Hale {CROSSING}"),
    (
        f"The then deputy interior minister, Ana Ruiz, {CROSSING}",
        f"Ana Ruiz, the interior minister, {CROSSING}",
    ),
    # one job written two ways
    (f"Rep. Tom Hale, a Democrat, {CROSSING}", f"Congressman Tom Hale {CROSSING}"),
    (f"Tom Hale, who is a Democratic senator, {CROSSING}", f"Senator Tom Hale {CROSSING}"),
    (f"Labour MP Tom Hale {CROSSING}", f"Tom Hale MP {CROSSING}"),
    (f"The Lord Mayor, Tom Hale, {CROSSING}", f"Mayor Tom Hale {CROSSING}"),
    # two jobs one person may hold at once
    (f"Sen. Tom Hale, who is the majority leader, {CROSSING}", f"Senator Tom Hale {CROSSING}"),
    # a relative clause that gives no title
    (f"Tom Hale, who met the interior minister, {CROSSING}", f"Sen. Tom Hale {CROSSING}"),
]


@pytest.mark.parametrize(("left", "right"), TITLES_AGREE)
def test_titles_of_another_time_or_one_job_do_not_conflict(left: str, right: str) -> None:
    for result in both_ways(left, right):
        assert "title" not in [d.kind for d in result.evidence.disagree], result.evidence


@pytest.mark.parametrize(
    ("text", "job", "time"),
    [
        (
            "Ana Ruiz, who is the deputy interior minister, spoke.",
            ("deputy", "interior", "minister"),
            "",
        ),
        ("Ana Ruiz, who was then deputy minister, spoke.", ("deputy", "minister"), "then"),
        ("Ana Ruiz, the minister at the time, spoke.", ("minister",), "then"),
        ("Ana Ruiz, who had been defence minister, spoke.", ("defence", "minister"), "other"),
        ("Ana Ruiz, who is now defence minister, spoke.", ("defence", "minister"), "other"),
    ],
)
def test_a_title_in_a_relative_clause_is_read_with_its_time(
    text: str, job: tuple[str, ...], time: str
) -> None:
    (person,) = titled_people(text)
    assert (person[0], person[1], person[2], person[5]) == ("ana", "ruiz", job, time)


def test_two_seats_are_two_jobs_but_a_seat_and_a_leadership_are_not() -> None:
    assert not same_job(("senator",), ("representative",))
    assert not same_job(("mp",), ("peer",))
    assert same_job(("senator",), ("majority", "leader"))
    assert same_job(("representative",), ("representative",))


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ranges_seats"


def test_the_fixture_articles_show_ranges_and_seats_and_nothing_false() -> None:
    comparison = compare_files(FIXTURES / "ridgeway_courier.txt", FIXTURES / "marl_gazette.txt")
    found = {(i, d.kind, d.left, d.right) for i, d in conflict_disagreements(comparison)}
    assert found == {
        (1, "figure", "Between 30 and 40", "60"),
        (2, "title", "Sen.", "Rep."),
        (3, "title", "deputy transport commissioner", "Transport Commissioner"),
    }
    labels = [aligned.label for aligned in comparison.left.sentences]
    # clock times are not a count; a title of the time against one of now; a range
    # holding the other count: linked, no conflict
    assert all(label in ("shared", "paraphrased") for label in labels[4:7])


def test_two_jobs_for_one_person_are_proposed_whatever_their_score() -> None:
    """Two titles lower a pair's score; the route reads such pairs as it reads two figures of
    one quantity, and the check's title conflict explains a pair proposed below the bar."""
    left = [
        read_claim("Cargo ships have waited offshore for a month."),
        read_claim(f"Tom Hale, who is the deputy harbour commissioner, {CROSSING}"),
    ]
    right = [
        read_claim(f"Harbour Commissioner Tom Hale {CROSSING}"),
        read_claim(f"Deputy Harbour Commissioner Tom Hale {CROSSING}"),  # the same job
        read_claim(f"Former Harbour Commissioner Tom Hale {CROSSING}"),  # another time
        None,
    ]
    assert disagreeing_fact_pairs(left, right) == [(1, 0)]
    result = check_claims(left[1], right[0], verbatim=10.0)
    assert result.outcome == "conflict" and result.figures_explained


@pytest.mark.parametrize(
    ("left", "right", "conflict"),
    [
        ("The boy has not been seen since Friday.", "The boy was last seen on Friday.", False),
        (
            "The boy has not been seen since Friday.",
            "The boy was seen on Friday at a bus stop.",
            False,
        ),
        (
            "The Wren quay has not been dredged since the storm of 2019.",
            "The Wren quay was last dredged before the storm of 2019.",
            False,
        ),
        # a claim about the time since the point on both sides still disagrees
        (
            "The boy has not been seen since Friday, police said.",
            "The boy has been seen twice since Friday, police said.",
            True,
        ),
        ("The boy has not been found, police said.", "The boy has been found, police said.", True),
    ],
)
def test_not_since_a_point_does_not_deny_the_act_at_that_point(
    left: str, right: str, conflict: bool
) -> None:
    for result in both_ways(left, right):
        assert (result.outcome == "conflict") is conflict, result.evidence


def test_a_name_with_its_place_is_the_name_an_apposed_title_belongs_to() -> None:
    found = titled_people("Senator Tom Hale of Ohio, the Republican leader, spoke on Monday.")
    assert [(p[0], p[1], p[2]) for p in found] == [
        ("tom", "hale", ("senator",)),
        ("tom", "hale", ("leader",)),  # a party says no more of the job
    ]
