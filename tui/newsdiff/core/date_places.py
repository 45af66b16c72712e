"""What two claims of one fact disagree on in time and place: dates (relative ones too) and
places. Pure functions of two claims (:class:`~newsdiff.core.claim.Claim`)."""

from __future__ import annotations

from datetime import date

from newsdiff.core.background import background_spans
from newsdiff.core.claim import Claim
from newsdiff.core.event_days import anchored
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.relative_dates import days_between, resolve, written_on
from newsdiff.core.relative_dates import disagree as relative_disagree
from newsdiff.core.relative_days import days_named, near, reading
from newsdiff.core.telling_dates import telling_date

DateEntry = tuple[str, str, int, int]
"""A date of a sentence: ``(key, text, start, end)`` (see :attr:`Claim.dates`)."""


def date_disagreements(
    left: Claim, right: Claim, written: tuple[str | None, str | None] = (None, None)
) -> list[Disagreement]:
    """Dates of one claim that differ: weekdays, days of a month, months, years, and dates
    relative to the day of writing (:mod:`~newsdiff.core.relative_dates`). ``written`` are
    the two articles' dates (``YYYY-MM-DD``, ``None`` when unknown): with them, "yesterday"
    and "last year" are also read as the weekday, day and year they name, and two relative
    dates are compared across the days between the articles.

    The dates of a sentence's main clause are compared with the other's main clause, those of
    its background (a relative clause, an apposition, a parenthesis:
    :func:`~newsdiff.core.background.background_spans`) with the other's background: "Pelosi
    has led House Democrats since 2002" does not date what "…, Schumer, who has held various
    posts since 2005" dates. A date of the telling ("the club said on Wednesday that …",
    :func:`~newsdiff.core.telling_dates.telling_date`) is compared only with another date of a
    telling: the day a fact was reported is not the day it happened.

    With both articles' dates, a date of one kind also meets a date of another by the days
    each names (:mod:`~newsdiff.core.relative_days`): "on Tuesday" / "Dec. 4", "last week" /
    "on May 8"; the evidence gives each relative date with the day it was read as. A date
    written after *after* / *before* dates another event ("two days after the vote on
    Tuesday"): it is read moved by the distance, or left out when the distance is vague
    (:func:`~newsdiff.core.event_days.anchored`).
    """
    if not left.dates or not right.dates:
        return []
    days_apart = days_between(*written)
    ours_all = _with_calendar(anchored(left.text, left.dates), written[0])
    theirs_all = _with_calendar(anchored(right.text, right.dates), written[1])
    first, second = written_on(written[0]), written_on(written[1])
    days = (first, second) if first is not None and second is not None else None
    if not _differing_dates(left, right, ours_all, theirs_all, days_apart, days):
        return []  # cheap, and most pairs: a date in common, or none comparable
    for ours, theirs in zip(
        _by_part(left.text, ours_all), _by_part(right.text, theirs_all), strict=True
    ):
        found = _differing_dates(left, right, ours, theirs, days_apart, days)
        if found:
            return found
    return []


def _with_calendar(dates: tuple[DateEntry, ...], written: str | None) -> list[DateEntry]:
    """A sentence's dates, and the calendar dates its relative ones name when the article's
    date is known (each with the relative date's span, and as its text the day it was read
    as, after :data:`READ_AS`)."""
    found = list(dates)
    day = written_on(written) if written else None
    if day is None:
        return found
    for key, text, start, end in dates:
        if key.startswith("rel:"):
            unit, offset = _relative((key, text, start, end))
            named = days_named(key, day) if unit == "day" else frozenset()
            shown = READ_AS + reading(named, frozenset()) if named else text
            found += [(resolved, shown, start, end) for resolved in resolve(unit, offset, day)]
    return found


READ_AS = "="
"""Marks the text of a date entry resolved from a relative one: what follows is the day it
was read as, shown beside the words in the evidence ("yesterday (7 May)")."""


def _by_part(text: str, dates: list[DateEntry]) -> tuple[list[DateEntry], ...]:
    """A sentence's dates of what its main clause tells, of the telling itself ("said on
    Wednesday"), and of its background."""
    spans = background_spans(text)
    main: list[DateEntry] = []
    telling: list[DateEntry] = []
    background: list[DateEntry] = []
    for entry in dates:
        if any(a <= entry[2] < b for a, b in spans):
            background.append(entry)
        elif telling_date(text, entry[2], entry[3]):
            telling.append(entry)
        else:
            main.append(entry)
    return main, telling, background


def _differing_dates(
    left: Claim,
    right: Claim,
    ours: list[DateEntry],
    theirs: list[DateEntry],
    days_apart: int | None,
    days: tuple[date, date] | None,
) -> list[Disagreement]:
    if not ours or not theirs:
        return []
    found = _same_kind(left, right, ours, theirs, days_apart)
    if found and days is not None:
        return [_weekdays_read(found[0], ours, theirs, days)]
    if found or days is None:
        return found
    return _days_in_common(left, right, ours, theirs, days)


def _same_kind(
    left: Claim,
    right: Claim,
    ours: list[DateEntry],
    theirs: list[DateEntry],
    days_apart: int | None,
) -> list[Disagreement]:
    """Dates of one kind that share no value, or relative dates naming different periods."""
    for prefix in ("weekday:", "day:", "month:", "year:"):
        a = [d for d in ours if d[0].startswith(prefix)]
        b = [d for d in theirs if d[0].startswith(prefix)]
        if not a or not b:
            continue
        if {d[0] for d in a} & {d[0] for d in b}:
            continue
        if prefix == "month:" and (_has_day(ours) or _has_day(theirs)):
            continue  # "March 3" and "in March": read as days
        return [_date_pair(left, right, a[0], b[0])]
    relative_ours = [d for d in ours if d[0].startswith("rel:")]
    relative_theirs = [d for d in theirs if d[0].startswith("rel:")]
    if (
        relative_ours
        and relative_theirs
        and all(
            relative_disagree(_relative(x), _relative(y), days_apart)
            for x in relative_ours
            for y in relative_theirs
        )
    ):
        return [_date_pair(left, right, relative_ours[0], relative_theirs[0])]
    return []


def _days_in_common(
    left: Claim,
    right: Claim,
    ours: list[DateEntry],
    theirs: list[DateEntry],
    written: tuple[date, date],
) -> list[Disagreement]:
    """A relative date (a weekday, "yesterday", "last week") against a date of another kind,
    both articles' dates known: no day named by one is named by the other. A day of a month
    far from the articles' dates (:data:`~newsdiff.core.relative_days.NEAR`) is left out: it
    dates another event than a relative date could."""
    named_ours = _days_of(ours, written[0], written)
    named_theirs = _days_of(theirs, written[1], written)
    if not named_ours or not named_theirs:
        return []
    if not any(relative for _, relative, _ in named_ours + named_theirs):
        return []  # two days of a month: compared by kind
    every_ours = frozenset().union(*(days for _, _, days in named_ours))
    every_theirs = frozenset().union(*(days for _, _, days in named_theirs))
    if every_ours & every_theirs:
        return []
    x, _, x_days = max(named_ours, key=lambda found: found[1])  # a relative one first
    y, _, y_days = max(named_theirs, key=lambda found: found[1])
    return [
        _date_pair(
            left,
            right,
            (x[0], READ_AS + reading(x_days, y_days) if x[0][:3] != "day" else "", x[2], x[3]),
            (y[0], READ_AS + reading(y_days, x_days) if y[0][:3] != "day" else "", y[2], y[3]),
        )
    ]


def _days_of(
    dates: list[DateEntry], written: date, both: tuple[date, date]
) -> list[tuple[DateEntry, bool, frozenset[date]]]:
    """Each date of a sentence that names days, whether it is relative, and the days."""
    years = [entry for entry in dates if entry[0].startswith("year:")]
    found: list[tuple[DateEntry, bool, frozenset[date]]] = []
    for entry in dates:
        key = entry[0]
        if entry[1].startswith(READ_AS):
            continue  # a relative date's reading: the relative date itself is read
        relative = key.startswith(("weekday:", "rel:", "shift:"))
        # "Sept. 11, 2001": the year written beside the day
        year = next((int(y[0][5:]) for y in years if 0 < y[2] - entry[3] <= 2), None)
        named = days_named(key, written, year)
        # a day of a month far from the writing dates another event, moved or not
        calendar = key.startswith("day:") or key.split(":")[3:4] == ["day"]
        if named and (not calendar or near(named, both)):
            found.append((entry, relative, named))
    return found


def _has_day(dates: list[DateEntry]) -> bool:
    return any(d[0].startswith("day:") for d in dates)


def _relative(entry: tuple[str, str, int, int]) -> tuple[str, int]:
    _, unit, offset = entry[0].split(":")
    return unit, int(offset)


def _date_pair(left: Claim, right: Claim, x: DateEntry, y: DateEntry) -> Disagreement:
    """The two dates as written, a relative one with the day it was read as ("Tuesday
    (3 Dec)"): both readings in the evidence."""
    return Disagreement(
        "date",
        _shown(left.text[x[2] : x[3]], x),
        _shown(right.text[y[2] : y[3]], y),
        (x[2], x[3]),
        (y[2], y[3]),
    )


def _weekdays_read(
    found: Disagreement, ours: list[DateEntry], theirs: list[DateEntry], days: tuple[date, date]
) -> Disagreement:
    """A weekday of a dated article shown with the day it names, the last one up to the
    writing ("Tuesday (3 Dec)"), beside the other date as read."""
    shown = [found.left, found.right]
    for side, (dates, span, day) in enumerate(
        ((ours, found.left_span, days[0]), (theirs, found.right_span, days[1]))
    ):
        for key, text, start, end in dates:
            if key.startswith("weekday:") and not text.startswith(READ_AS) and (start, end) == span:
                shown[side] = f"{shown[side]} ({reading(days_named(key, day), written=day)})"
                break
    return Disagreement(found.kind, shown[0], shown[1], found.left_span, found.right_span)


def _shown(words: str, entry: DateEntry) -> str:
    reading_ = entry[1].removeprefix(READ_AS)
    return f"{words} ({reading_})" if entry[1].startswith(READ_AS) and reading_ else words


def place_disagreements(left: Claim, right: Claim) -> list[Disagreement]:
    """Places of one claim that differ: neither sentence names any of the other's places
    (a place is named when all its words occur: "Benghazi, Libya" names "Benghazi Libya")."""
    if not left.places or not right.places:
        return []
    left_text, right_text = left.text.casefold(), right.text.casefold()
    if any(p[0] in right_text for p in left.places) or any(p[0] in left_text for p in right.places):
        return []
    left_words = {w[0] for w in left.words}
    right_words = {w[0] for w in right.words}
    if any(set(p[0].split()) <= right_words for p in left.places) or any(
        set(p[0].split()) <= left_words for p in right.places
    ):
        return []  # "Benghazi, Libya" names "Benghazi Libya"
    x, y = left.places[0], right.places[0]
    return [
        Disagreement(
            "place", left.text[x[2] : x[3]], right.text[y[2] : y[3]], (x[2], x[3]), (y[2], y[3])
        )
    ]
