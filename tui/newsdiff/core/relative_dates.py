"""Dates written relative to the day of writing: "last week", "two weeks ago", "yesterday".

Each is read as a unit (day, week, month, year) and an offset from the article's date ("two
weeks ago" is week -2, "last week" week -1, "earlier this month" month 0). Two outlets' relative
dates of one event disagree when, on one scale, they name different periods: in the unit both
use when the articles are of one day (or their dates are unknown), else as ranges of days
shifted by the days between the two articles. Pure functions; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from newsdiff.core.figure_words import NUMBER_WORDS

UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
"""Each unit's length in days (a month and a year as ranges are read loosely, see
:func:`day_range`)."""

_UNIT_WORDS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}

_SHIFTS = {"last": -1, "this": 0, "next": 1}

TRIGGERS = frozenset({"yesterday", "tomorrow", "ago", "last", "next", "earlier"})
"""Words without which a sentence has no relative date (``this`` comes with one of them or
with a unit the claim reads anyway: "earlier this week", "this week")."""

RelativeDate = tuple[str, int, int, int]
"""``(unit, offset, start, end)``: "two weeks ago" → ``("week", -2, …)``."""


def relative_dates(folded: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[RelativeDate]:
    """The relative dates of a sentence, from its folded words and their spans.

    "the last week" and "the past two weeks" are durations, not dates, and are left out;
    so are vague counts ("a few weeks ago").
    """
    found: list[RelativeDate] = []
    n = len(folded)
    for k, word in enumerate(folded):
        if word == "yesterday":
            found.append(("day", -1, *spans[k]))
        elif word == "tomorrow":
            found.append(("day", 1, *spans[k]))
        elif word in _SHIFTS and k + 1 < n and folded[k + 1] in ("week", "month", "year"):
            if k and folded[k - 1] in ("the", "past", "of", "for", "in", "over"):
                continue  # "the last week", "in the last year": a span up to now
            if word == "this" and not (k and folded[k - 1] == "earlier"):
                continue  # "this week" may be the week ahead or the one just gone
            start = spans[k - 1][0] if word == "this" else spans[k][0]
            found.append((folded[k + 1], _SHIFTS[word], start, spans[k + 1][1]))
        elif word == "ago" and k >= 2 and folded[k - 1] in _UNIT_WORDS:
            count = _count(folded[k - 2])
            if count is None or (k >= 3 and folded[k - 3] in ("few", "several", "many")):
                continue
            unit = _UNIT_WORDS[folded[k - 1]]
            found.append((unit, -count, spans[k - 2][0], spans[k][1]))
    return found


def _count(word: str) -> int | None:
    if word.isdecimal() and len(word) <= 3:
        return int(word)
    if word == "a":
        return 1
    value = NUMBER_WORDS.get(word)
    return int(value) if value is not None and value < 100 else None


def day_range(unit: str, offset: int) -> tuple[int, int]:
    """The days, counted from the day of writing, a relative date may name: "yesterday" is
    exactly -1; "last week" any day of the previous calendar week (-13 to -1 as the weekday of
    writing is unknown); "two weeks ago" around -14; a month or a year by its length."""
    if unit == "day":
        return offset, offset
    size = UNITS[unit]
    return size * offset - (size - 1), size * offset + (size - 1)


def disagree(a: tuple[str, int], b: tuple[str, int], days_apart: int | None) -> bool:
    """Do two relative dates of one event name different periods?

    ``days_apart`` is how many days the right article was written after the left one, ``None``
    when a date is unknown (then the two are read as written on one day). A day against a day
    is compared only when the dates are known: outlets publish a day apart, and "yesterday"
    in one is "two days ago" in the other.
    """
    (unit_a, offset_a), (unit_b, offset_b) = a, b
    if unit_a == unit_b and not days_apart:
        if unit_a == "day" and days_apart is None:
            return False
        return offset_a != offset_b
    low_a, high_a = day_range(unit_a, offset_a)
    low_b, high_b = day_range(unit_b, offset_b)
    shift = days_apart or 0
    low_b, high_b = low_b + shift, high_b + shift
    return high_a < low_b or high_b < low_a


def written_on(value: str | None) -> date | None:
    """An article's date from its metadata (``YYYY-MM-DD`` first), ``None`` when unknown."""
    parts = (value or "")[:10].split("-")
    if len(parts) != 3 or not all(part.isdecimal() for part in parts):
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def days_between(left: str | None, right: str | None) -> int | None:
    """Days from the left article's date to the right one's, ``None`` when either is
    unknown."""
    first, second = written_on(left), written_on(right)
    if first is None or second is None:
        return None
    return (second - first).days


_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()


def resolve(unit: str, offset: int, written: date) -> tuple[str, ...]:
    """The calendar dates a relative date names in an article written on ``written``, as the
    claim's date keys: "yesterday" → its weekday and day of the month, "last year" → the year,
    "last month" → the month. A week is not resolved ("last week" has seven days)."""
    if unit == "day":
        day = written + timedelta(days=offset)
        return (f"weekday:{_WEEKDAY_NAMES[day.weekday()]}", f"day:{day.month}-{day.day}")
    if unit == "month":
        month = (written.month - 1 + offset) % 12 + 1
        return (f"month:{month}",)
    if unit == "year":
        return (f"year:{written.year + offset}",)
    return ()
