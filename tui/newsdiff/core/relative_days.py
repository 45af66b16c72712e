"""The days a date names once its article's date is known: a weekday ("on Tuesday"), a day
relative to the writing ("yesterday", "two days ago", "last week") or a day of a month ("Dec.
4"). Two outlets' dates of one event are compared by these days when the two articles' dates
are known, so a weekday can meet a day of a month ("Tuesday", written on Thursday 5 December,
is the 3rd; "Dec. 4" is a Wednesday). Never guessed: without an article's date nothing is
named. Pure functions; no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from newsdiff.core.relative_dates import day_range

WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()

WEEK = 6
"""A weekday names a day less than a week either side of the writing: the past one for what
happened, the coming one for what will; written on a Tuesday, "on Tuesday" is that day (a
week before or after would be "last Tuesday", "next Tuesday")."""

NEAR = 14
"""A day of a month further than this from an article's date is not what a weekday or a day
relative to the writing could name: another event ("the Sept. 11 attacks" / "on
Wednesday"), so the two are not compared."""

_MONTH_ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def days_named(key: str, written: date, year: int | None = None) -> frozenset[date]:
    """The days a date key of :attr:`Claim.dates` names in an article written on
    ``written``: ``weekday:tuesday`` the Tuesdays within :data:`WEEK` days of it;
    ``rel:day:-1`` the day before; ``rel:week:-1`` the calendar week before (a day either
    side), ``rel:week:-2`` the days "two weeks ago" may be, ``rel:week:0`` ("earlier this
    week") the week up to the writing; ``rel:month:-1`` the calendar month before (a day either
    side), ``rel:month:0`` ("earlier this month") the month up to the writing; ``shift:2:2:KEY``
    the days ``KEY`` names moved by two (:mod:`~newsdiff.core.event_days`);
    ``day:12-4`` the 4th of December of ``year`` (a year written beside it), else of the
    year that puts it nearest the writing. Months, years and relative years name no day
    (empty)."""
    kind, _, value = key.partition(":")
    if kind == "shift":  # "two days after the vote on Tuesday" (:mod:`.event_days`)
        first, last, anchor = value.split(":", 2)
        return frozenset(
            day + timedelta(days=moved)
            for day in days_named(anchor, written, year)
            for moved in range(int(first), int(last) + 1)
        )
    if kind == "weekday" and value in WEEKDAY_NAMES:
        wanted = WEEKDAY_NAMES.index(value)
        return frozenset(
            written + timedelta(days=shift)
            for shift in range(-WEEK, WEEK + 1)
            if (written + timedelta(days=shift)).weekday() == wanted
        )
    if kind == "rel":
        unit, _, offset = value.partition(":")
        if unit == "month":
            return _calendar_month(int(offset), written)
        if unit not in ("day", "week"):
            return frozenset()
        if unit == "week" and offset == "0":
            # "earlier this week": the calendar week of the writing, up to the writing
            monday = written - timedelta(days=written.weekday())
            low, high = (monday - written).days - 1, 0
            return frozenset(written + timedelta(days=shift) for shift in range(low, high + 1))
        low, high = day_range(unit, int(offset))
        if unit == "week" and offset in ("-1", "1"):
            # "last week": the calendar week before the writing, a day either side (an
            # outlet's date may be a day off its time zone)
            monday = written - timedelta(days=written.weekday()) + timedelta(weeks=int(offset))
            low, high = (monday - written).days - 1, (monday - written).days + 7
        return frozenset(written + timedelta(days=shift) for shift in range(low, high + 1))
    if kind == "day":
        month, _, day = value.partition("-")
        return frozenset(_calendar_day(int(month), int(day), written, year))
    return frozenset()


def _calendar_month(offset: int, written: date) -> frozenset[date]:
    """ "last month" (-1), "next month" (1), "earlier this month" (0, up to the writing): the
    days of that calendar month, a day either side for an outlet's time zone."""
    index = written.year * 12 + written.month - 1 + offset
    first = date(index // 12, index % 12 + 1, 1)
    after = date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    last = written if offset == 0 else after - timedelta(days=1)
    span = range(-1, (last - first).days + 2)
    return frozenset(first + timedelta(days=shift) for shift in span)


def _calendar_day(month: int, day: int, written: date, year: int | None) -> list[date]:
    years = (year,) if year is not None else (written.year - 1, written.year, written.year + 1)
    found: list[date] = []
    for candidate in years:
        try:
            found.append(date(candidate, month, day))
        except ValueError:  # "Feb. 29" of another year
            continue
    return [min(found, key=lambda d: abs((d - written).days))] if found else []


def near(days: Iterable[date], written: Iterable[date]) -> bool:
    """Does any of ``days`` lie within :data:`NEAR` days of every article date?"""
    dates = tuple(written)
    return any(all(abs((day - w).days) <= NEAR for w in dates) for day in days)


def reading(
    days: frozenset[date], other: frozenset[date] = frozenset(), written: date | None = None
) -> str:
    """How a relative date was read, for the evidence: the day it names nearest the other
    sentence's days ("3 Dec"), or the span it may be ("25 Nov–3 Dec"); without the other's
    days, the last day up to ``written`` (what a past event's weekday names)."""
    if not days:
        return ""
    first, last = min(days), max(days)
    if len(days) > 3 and (last - first).days == len(days) - 1:
        return f"{_day(first)}–{_day(last)}"
    if not other:
        past = [day for day in days if written is None or day <= written]
        return _day(max(past) if past else first)
    nearest = min(days, key=lambda d: (min(abs((d - o).days) for o in other), d))
    run = _run(days, nearest)  # "less than 48 hours after Monday": 2 Dec–4 Dec
    return _day(nearest) if len(run) == 1 else f"{_day(min(run))}–{_day(max(run))}"


def _run(days: frozenset[date], day: date) -> list[date]:
    """The days of ``days`` next to one another around ``day``."""
    run = [day]
    for step in (-1, 1):
        near_day = day + timedelta(days=step)
        while near_day in days:
            run.append(near_day)
            near_day += timedelta(days=step)
    return run


def _day(day: date) -> str:
    return f"{day.day} {_MONTH_ABBREVIATIONS[day.month - 1]}"
