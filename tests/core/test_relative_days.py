"""A relative day read as the day it names, and a figure in a side clause (conflict17, #19).

Two outlets date one event differently only in other words ("on Tuesday" / "Dec. 4"), or give
its figure in a side clause ("the Kessing depot, which employs 40 mechanics"): the claim check
compares them once both articles' dates are known, and reads a side clause that states the
other sentence's fact. The pairs are invented (``tests/fixtures/dates_side_figures/``), one
per kind, with the near misses that must not conflict.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conflict_rows import assert_fixture_pair, conflict_disagreements, dated_check
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.compare import compare_files
from newsdiff.core.relative_days import WEEKDAY_NAMES, days_named, reading

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dates_side_figures"
PAIRS = json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))["pairs"]
THURSDAY = date(2024, 12, 5)


@pytest.mark.parametrize("pair", PAIRS, ids=[pair["kind"] for pair in PAIRS])
def test_each_kind_conflicts_with_both_readings_and_the_near_misses_do_not(pair: dict) -> None:
    assert_fixture_pair(pair)


def test_two_dated_articles_show_the_day_a_weekday_names_and_undated_ones_do_not(
    tmp_path: Path,
) -> None:
    left, right = FIXTURES / "tidewater_gazette.txt", FIXTURES / "marsh_herald.txt"
    found = [
        (i, d.kind, d.left, d.right) for i, d in conflict_disagreements(compare_files(left, right))
    ]
    assert (1, "date", "Tuesday (3 Dec)", "Dec. 4") in found
    assert (2, "figure", "40", "65") in found
    # the same articles without their dates: "Tuesday" names no day, nothing is guessed
    for path in (left, right):
        text = path.read_text(encoding="utf-8")
        (tmp_path / path.name).write_text(text.replace("date: 2024-12-05\n", ""), "utf-8")
    undated = compare_files(tmp_path / left.name, tmp_path / right.name)
    assert [d.kind for _, d in conflict_disagreements(undated)] == ["figure"]


def test_the_days_each_date_names() -> None:
    assert days_named("weekday:tuesday", THURSDAY) == {date(2024, 12, 3), date(2024, 12, 10)}
    # written on a Thursday, "Thursday" is that day: a week off would be "last Thursday"
    assert days_named("weekday:thursday", THURSDAY) == {THURSDAY}
    assert days_named("rel:day:-1", THURSDAY) == {date(2024, 12, 4)}
    # "last week": the calendar week before (25 Nov - 1 Dec), a day either side
    last_week = days_named("rel:week:-1", THURSDAY)
    assert (min(last_week), max(last_week)) == (date(2024, 11, 24), date(2024, 12, 2))
    # a day of a month: the year nearest the writing, or the one written beside it
    assert days_named("day:12-30", date(2025, 1, 2)) == {date(2024, 12, 30)}
    assert days_named("day:10-16", THURSDAY, 1987) == {date(1987, 10, 16)}
    assert days_named("month:3", THURSDAY) == frozenset()
    # "last month": the calendar month before, a day either side (conflict18: it named none)
    last_month = days_named("rel:month:-1", THURSDAY)
    assert (min(last_month), max(last_month)) == (date(2024, 10, 31), date(2024, 12, 1))
    assert days_named("rel:year:-1", THURSDAY) == frozenset()
    assert reading(days_named("weekday:tuesday", THURSDAY), written=THURSDAY) == "3 Dec"
    assert reading(days_named("weekday:tuesday", THURSDAY), frozenset({date(2024, 12, 9)})) == (
        "10 Dec"
    )


ACT = "the harbour board sacked its chairman, Tom Voss, after a vote of no confidence."


@given(st.dates(date(2000, 1, 1), date(2040, 12, 31)), st.integers(-6, 6), st.integers(1, 6))
def test_a_weekday_meets_its_own_day_and_no_other_within_the_week(
    written: date, shift: int, off: int
) -> None:
    day = written + timedelta(days=shift)
    weekday = WEEKDAY_NAMES[day.weekday()].capitalize()
    other = WEEKDAY_NAMES[(day.weekday() + off) % 7].capitalize()
    on_day = f"{ACT[:-1]} on {day:%B} {day.day}."
    dates = (written.isoformat(), written.isoformat())
    assert dated_check(f"On {weekday} {ACT}", on_day, dates).outcome != "conflict"
    assert dated_check(f"On {other} {ACT}", on_day, dates).outcome == "conflict"
    # and never without both articles' dates
    undated = dated_check(f"On {other} {ACT}", on_day, (None, written.isoformat()))
    assert undated.outcome != "conflict"
