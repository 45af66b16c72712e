"""An outlet does not disagree with itself: an article compared with itself (or a reprint) shows
no conflict, though two of its sentences differ only in a year and a figure (two data points).
Two outlets giving two figures for one fact still conflict. Every text is invented."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.claims import outlet_consistent
from newsdiff.core.compare import compare_texts
from newsdiff.core.models import Comparison

HEAD = "Trustees Warn Of Shortfall In The {fund} As Contributions Lag\n\n"
OPENING = (
    "OSTRAVEN -- The {fund}, which pays pensions to former {workers}, will run short of money "
    "within two decades, its trustees said in a report to the port council on Monday."
)
POINTS = (
    "From {year} the {fund} can cover just {n} percent of the {what} it owes, the trustees found.",
    "By {year} that share falls to {n} percent of the {what} it owes.",
    "In {year}, the {fund} covered {n} percent of the {what} it owed, the report said.",
)
CLOSING = "The trustees urged the council to raise contributions before the next election."


@st.composite
def articles(draw: st.DrawFn) -> str:
    """An invented report with several data points: one claim, each with its year and figure."""
    fund = draw(st.sampled_from(["Harbor Fund", "Dockers' Trust", "Pier Pension Fund"]))
    workers = draw(st.sampled_from(["dock workers", "ferry crews", "crane operators"]))
    what = draw(st.sampled_from(["pensions", "benefits", "payments"]))
    count = draw(st.integers(2, 4))
    years = sorted(draw(st.lists(st.integers(2025, 2095), min_size=count, max_size=count)))
    points = []
    for year in years:
        template = draw(st.sampled_from(POINTS))
        n = draw(st.integers(60, 95))
        points.append(template.format(year=year, fund=fund, n=n, what=what))
    body = [OPENING.format(fund=fund, workers=workers), *points, CLOSING]
    return HEAD.format(fund=fund) + "\n\n".join(body) + "\n"


def labels(comparison: Comparison) -> tuple[list[str], list[str]]:
    return (
        [a.label for a in comparison.left.sentences],
        [a.label for a in comparison.right.sentences],
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_an_article_compared_with_itself_is_shared_throughout(text: str) -> None:
    left, right = labels(compare_texts(text, text))
    assert set(left) == {"shared"}, left
    assert set(right) == {"shared"}, right


TWO_DATA_POINTS = (
    HEAD.format(fund="Harbor Fund")
    + OPENING.format(fund="Harbor Fund", workers="dock workers")
    + "\n\n"
    + POINTS[0].format(year=2041, fund="Harbor Fund", n=81, what="pensions")
    + "\n\n"
    + POINTS[0].format(year=2090, fund="Harbor Fund", n=76, what="pensions")
    + "\n\n"
    + CLOSING
    + "\n"
)


def test_the_reprint_of_two_data_points_does_not_disagree() -> None:
    """Two sentences differing in a year and a figure each link their own copy, and no other."""
    comparison = compare_texts(TWO_DATA_POINTS, TWO_DATA_POINTS)
    for side in (comparison.left, comparison.right):
        for aligned in side.sentences:
            assert [link.index for link in aligned.links] == [aligned.sentence.index]
            assert aligned.label == "shared"


FLOOD_HEAD = "Report Counts Floods Along The Tessel As Dunmore Weighs New Levees\n\n"
FLOODS = "In {year}, the Dunmore council recorded {n} floods along the Tessel river, a report said."
LEVEES = "The council plans to build new levees on both banks before the spring thaw."


def flood_report(*points: tuple[int, int]) -> str:
    body = [FLOODS.format(year=year, n=n) for year, n in points]
    return FLOOD_HEAD + "\n\n".join([*body, LEVEES]) + "\n"


def test_two_outlets_giving_two_figures_for_one_fact_still_conflict() -> None:
    for left, right in [((2019, 40), (2019, 55)), ((2019, 55), (2019, 40))]:
        comparison = compare_texts(flood_report(left), flood_report(right))
        assert labels(comparison) == (
            ["shared", "conflict", "shared"],
            ["shared", "conflict", "shared"],
        )


def test_both_data_points_against_one_is_no_conflict() -> None:
    """The outlet printing both years states the other's claim itself: no disagreement, and its
    other year does not link the other's year."""
    both = flood_report((2019, 40), (2020, 55))
    one = flood_report((2020, 55))
    for comparison, mine, theirs in [
        (compare_texts(both, one), "left", "right"),
        (compare_texts(one, both), "right", "left"),
    ]:
        assert "conflict" not in labels(comparison)[0] + labels(comparison)[1]
        two_years = getattr(comparison, mine).sentences
        assert two_years[2].label == "shared"  # 2020: its copy
        assert 1 not in [link.index for link in two_years[1].links]  # 2019: not the 2020 one
        assert [a.label for a in getattr(comparison, theirs).sentences] == ["shared"] * 3


def test_a_conflict_stays_beside_the_shared_sentences_of_other_claims() -> None:
    """The two figures of 2019 still conflict, while each outlet's 2021 sentence, shared with
    the other's, is no conflict with the other's 2019 one."""
    left = flood_report((2019, 40), (2021, 70))
    right = flood_report((2019, 55), (2021, 70))
    assert labels(compare_texts(left, right)) == (
        ["shared", "conflict", "shared", "shared"],
        ["shared", "conflict", "shared", "shared"],
    )


@dataclass(frozen=True)
class Link:
    left: int
    right: int
    label: str


def test_the_rule_reads_either_side_and_only_shared_links() -> None:
    conflict = Link(0, 1, "conflict")
    # the left article states the right sentence's claim (left 2 shared with right 1)
    assert outlet_consistent([conflict, Link(2, 1, "shared")]) == [Link(2, 1, "shared")]
    # the right article states the left sentence's claim (right 3 shared with left 0)
    assert outlet_consistent([conflict, Link(0, 3, "shared")]) == [Link(0, 3, "shared")]
    # a paraphrase, another conflict, or a link of other sentences takes nothing back
    kept = [conflict, Link(2, 1, "paraphrased"), Link(0, 4, "conflict"), Link(5, 6, "shared")]
    assert outlet_consistent(kept) == kept


# A conflict the article takes back takes no link slot (#19: the cap after the claim check).
REWORDED = (
    "In {year}, the trustees found, the {fund} will pay only {n} percent of what it owes to "
    "retired {workers}."
)


@st.composite
def wire_and_rewording(draw: st.DrawFn) -> tuple[str, str, int]:
    """Two outlets printing the same data points word for word, except one (``first``) that
    the right outlet rewords and prints after the others."""
    fund = draw(st.sampled_from(["Harbor Fund", "Dockers' Trust", "Pier Pension Fund"]))
    workers = draw(st.sampled_from(["dock workers", "ferry crews", "crane operators"]))
    count = draw(st.integers(4, 5))
    years = sorted(draw(st.sets(st.integers(2030, 2095), min_size=count, max_size=count)))
    shares = sorted(draw(st.lists(st.integers(70, 90), min_size=count, max_size=count)))[::-1]
    points = [
        POINTS[0].format(year=y, fund=fund, n=n, what="pensions")
        for y, n in zip(years, shares, strict=True)
    ]
    reworded = REWORDED.format(year=years[0], fund=fund, n=shares[0], workers=workers)
    opening = OPENING.format(fund=fund, workers=workers)
    head = HEAD.format(fund=fund)
    left = head + "\n\n".join([opening, *points, CLOSING]) + "\n"
    right = head + "\n\n".join([opening, *points[1:], reworded, CLOSING]) + "\n"
    return left, right, 2 + count - 1  # the reworded sentence's index on the right


def test_a_data_point_reworded_by_the_other_outlet_is_linked_to_it() -> None:
    """Left 2041 scores a little higher against the right's other years (word for word but the
    year) than against the right's own rewording of it. Those three date conflicts are taken
    back (the left prints each of those years too), so they must not fill its three link
    slots: the left 2041 sentence links the rewording, not nothing."""
    points = [(2041, 81), (2060, 79), (2075, 78), (2090, 76)]
    fund, workers = "Harbor Fund", "dock workers"
    lines = [POINTS[0].format(year=y, fund=fund, n=n, what="pensions") for y, n in points]
    opening = OPENING.format(fund=fund, workers=workers)
    reworded = REWORDED.format(year=2041, fund=fund, n=81, workers=workers)
    left = HEAD.format(fund=fund) + "\n\n".join([opening, *lines, CLOSING]) + "\n"
    right = HEAD.format(fund=fund) + "\n\n".join([opening, *lines[1:], reworded, CLOSING]) + "\n"
    comparison = compare_texts(left, right)
    first = comparison.left.sentences[2]
    assert first.label == "paraphrased"
    assert [link.index for link in first.links] == [5]
    assert "conflict" not in labels(comparison)[0] + labels(comparison)[1]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wire_and_rewording())
def test_a_taken_back_conflict_never_keeps_a_rewording_out(case: tuple[str, str, int]) -> None:
    """However many data points both outlets print word for word, the one the right outlet
    rewords is linked to it on both sides, and no conflict is shown."""
    left, right, reworded = case
    comparison = compare_texts(left, right)
    assert reworded in [link.index for link in comparison.left.sentences[2].links]
    assert 2 in [link.index for link in comparison.right.sentences[reworded].links]
    assert "conflict" not in labels(comparison)[0] + labels(comparison)[1]
