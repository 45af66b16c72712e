"""What two claims of one fact disagree on in time and place: dates (relative ones too) and
places. Pure functions of two claims (:class:`~newsdiff.core.claim.Claim`)."""

from __future__ import annotations

from newsdiff.core.background import background_spans
from newsdiff.core.claim import Claim
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.relative_dates import days_between, resolve, written_on
from newsdiff.core.relative_dates import disagree as relative_disagree
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
    """
    if not left.dates or not right.dates:
        return []
    days_apart = days_between(*written)
    ours_all = _with_calendar(left.dates, written[0])
    theirs_all = _with_calendar(right.dates, written[1])
    if not _differing_dates(left, right, ours_all, theirs_all, days_apart):
        return []  # cheap, and most pairs: a date in common, or none comparable
    for ours, theirs in zip(
        _by_part(left.text, ours_all), _by_part(right.text, theirs_all), strict=True
    ):
        found = _differing_dates(left, right, ours, theirs, days_apart)
        if found:
            return found
    return []


def _with_calendar(dates: tuple[DateEntry, ...], written: str | None) -> list[DateEntry]:
    """A sentence's dates, and the calendar dates its relative ones name when the article's
    date is known (each with the relative date's span)."""
    found = list(dates)
    day = written_on(written) if written else None
    if day is None:
        return found
    for key, text, start, end in dates:
        if key.startswith("rel:"):
            unit, offset = _relative((key, text, start, end))
            found += [(resolved, text, start, end) for resolved in resolve(unit, offset, day)]
    return found


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
) -> list[Disagreement]:
    if not ours or not theirs:
        return []
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


def _has_day(dates: list[DateEntry]) -> bool:
    return any(d[0].startswith("day:") for d in dates)


def _relative(entry: tuple[str, str, int, int]) -> tuple[str, int]:
    _, unit, offset = entry[0].split(":")
    return unit, int(offset)


def _date_pair(
    left: Claim, right: Claim, x: tuple[str, str, int, int], y: tuple[str, str, int, int]
) -> Disagreement:
    return Disagreement(
        "date", left.text[x[2] : x[3]], right.text[y[2] : y[3]], (x[2], x[3]), (y[2], y[3])
    )


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
