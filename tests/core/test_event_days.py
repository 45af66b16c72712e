"""Dates told relative to another event, a month or this week against a day, and a figure in
a side clause without commas (conflict18, #19).

"two days after the vote on Monday" dates the sacking two days after Monday, not on Monday;
"last month" names the days of last month; "the Kessing depot that employs 40 mechanics"
states the depot's staff as "the Kessing depot, which employs 40 mechanics," does. The pairs
are invented (``tests/fixtures/event_days/``), one per kind, with the near misses that must
not conflict (the day the phrase names, an anchor the sentence does not date, undated
articles, a vague distance, *about*, a span holding the other date, rounding, a content
clause after a noun).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conflict_rows import assert_fixture_pair, dated_check
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import read_claim
from newsdiff.core.event_days import anchored
from newsdiff.core.relative_days import WEEKDAY_NAMES, days_named

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "event_days"
PAIRS = json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))["pairs"]
THURSDAY = date(2024, 12, 5)
MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()


@pytest.mark.parametrize("pair", PAIRS, ids=[pair["kind"] for pair in PAIRS])
def test_each_kind_conflicts_with_both_readings_and_the_near_misses_do_not(pair: dict) -> None:
    assert_fixture_pair(pair)


def test_an_anchor_is_read_moved_by_the_distance_or_left_out() -> None:
    text = "The board met two days after the vote on Monday and again on Friday."
    dates = read_claim(text).dates
    assert [key for key, *_ in anchored(text, dates)] == [
        "shift:2:2:weekday:monday",
        "weekday:friday",
    ]
    assert days_named("shift:2:2:weekday:monday", THURSDAY) == {
        date(2024, 12, 4),
        date(2024, 12, 11),
    }
    vague = "The board met days after the vote on Monday."
    assert anchored(vague, read_claim(vague).dates) == ()
    # a comma between the phrase and the date: the date is the event's own
    own = "Two days later, on Wednesday, the board met."
    assert anchored(own, read_claim(own).dates) == read_claim(own).dates


def test_the_days_a_month_and_this_week_name() -> None:
    last_month = days_named("rel:month:-1", THURSDAY)
    assert (min(last_month), max(last_month)) == (date(2024, 10, 31), date(2024, 12, 1))
    this_month = days_named("rel:month:0", THURSDAY)
    assert (min(this_month), max(this_month)) == (date(2024, 11, 30), date(2024, 12, 6))
    next_month = days_named("rel:month:1", date(2024, 12, 20))
    assert (min(next_month), max(next_month)) == (date(2024, 12, 31), date(2025, 2, 1))
    this_week = days_named("rel:week:0", THURSDAY)
    assert (min(this_week), max(this_week)) == (date(2024, 12, 1), THURSDAY)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=1, max_value=5),
)
def test_n_days_after_a_dated_event_meets_that_day_and_no_other(
    written: date, back: int, distance: int
) -> None:
    anchor = written - timedelta(days=back)
    weekday = WEEKDAY_NAMES[anchor.weekday()].capitalize()
    words = ["one", "two", "three", "four", "five"][distance - 1]
    left = f"The harbour board sacked its chairman, Tom Voss, {words} days after the vote on "
    left += f"{weekday}."
    day = anchor + timedelta(days=distance)
    right = (
        "The harbour board sacked its chairman, Tom Voss, on "
        f"{MONTHS[day.month - 1]} {day.day} after the vote."
    )
    dated = (written.isoformat(), written.isoformat())
    assert dated_check(left, right, dated).outcome != "conflict"
    other = day + timedelta(days=1)
    wrong = right.replace(
        f"{MONTHS[day.month - 1]} {day.day}", f"{MONTHS[other.month - 1]} {other.day}"
    )
    assert dated_check(left, wrong, dated).outcome == "conflict"
    assert dated_check(left, wrong, (None, None)).outcome != "conflict"
