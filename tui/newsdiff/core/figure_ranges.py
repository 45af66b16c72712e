"""Ranges written as two numbers: "between 30 and 40 people", "10 to 15 people", "two or
three weeks", "$3m-$5m".

A range is one figure whose low and high ends are the two written numbers (each with its own
rounding), so "between 30 and 40 people" agrees with "about 35 people" and "up to 40 people"
and disagrees with "about 60 people" or "between 50 and 60 people"; two ranges that overlap
agree. The first number takes the second's scale, unit and noun when it is written bare
("between 3 and 5 million people", "two to three weeks"). Not ranges: a change ("rose from 30
to 40 percent"), a tally or score ("won 52-48", "lost 2-3"), clock times and dates ("between 9
and 11 p.m.", "between 3 and 5 March"), which are not counts at all and are dropped.
Used by :func:`newsdiff.core.figures.figures`. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsdiff.core.figure_words import MONTH_WORDS, NUMBER_WORDS

if TYPE_CHECKING:
    from newsdiff.core.figures import Figure

_JOINER = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:and|to|or)\s+", re.IGNORECASE)
"""What joins a range's two numbers."""

_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_NOT_A_RANGE_BEFORE = re.compile(
    r"(?:\bno\.|\bnos\.|#)\s*$|\b(?:from|vote|voted|votes|margin|passed|won|lost|beat|"
    r"beating|score|scored|defeated|drew|led|trailed|(?:vote|votes|margin|score|tally)\s+of)\s+$",
    re.IGNORECASE,
)
"""Words before a pair of numbers that make it a change, a score or a number ("No. 14-582"),
not a range."""

_CLOCK_AFTER = re.compile(
    r"(?:[:.][0-5][0-9])?\s*"
    r"(?:a\.?m\b\.?|p\.?m\b\.?|o['’]clock\b|(?-i:GMT|BST|UTC|[ECMP][SD]?T)\b)",
    re.IGNORECASE,
)
"""A clock time follows the number ("11 p.m.", "3:30 p.m.", "9 o'clock", "10 GMT")."""

_BARE = re.compile(r"[$£€₹¥]?\s*[0-9][0-9,]*(?:\.[0-9]+)?|[^\W\d_]+(?:-[^\W\d_]+)?")
"""A number written without scale or unit ("3", "$3", "two")."""

_FIRST_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|[^\W\d_$£€₹¥]+(?:-[^\W\d_]+)?")

_MONTHS = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
_DAY_AFTER = re.compile(
    rf"(?:\s*(?:-|–|—)\s*|\s+(?:and|to)\s+)[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(
    rf"\b(?:{_MONTHS})\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|—)\s*|\s+(?:and|to)\s+)$",
    re.IGNORECASE,
)
"""Days of a month joined to the number: "between 3 and 5 March", "March 3 to 5"."""


def joined_ranges(text: str, found: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """``found`` (a sentence's figures, in order) with each written range made one figure and
    clock times and days of a month left out."""
    if not found:
        return found
    result: list[Figure] = []
    k = 0
    while k < len(found):
        a = found[k]
        if _clock_or_day(text, a):
            k += 1
            continue
        b = found[k + 1] if k + 1 < len(found) else None
        if b is not None and _clock_or_day(text, b):
            if a.kind == "count" and a.noun is None and _JOINER.fullmatch(text, a.end, b.start):
                k += 2  # "between 9 and 11 p.m.": two clock times
                continue
            result.append(a)
            k += 1
            continue
        joined = _range(text, a, b) if b is not None else None
        if joined is not None:
            result.append(joined)
            k += 2
            continue
        result.append(a)
        k += 1
    return tuple(result)


def _clock_or_day(text: str, figure: Figure) -> bool:
    """A clock time ("11 p.m.") or a day joined to a dated day ("between 3 and 5 March")."""
    if figure.kind != "count":
        return False
    if _CLOCK_AFTER.match(text, figure.end):
        return True
    return figure.noun is None and bool(
        _DAY_AFTER.match(text, figure.end)
        or _DAY_BEFORE.search(text, max(0, figure.start - 24), figure.start)
    )


def _range(text: str, a: Figure, b: Figure) -> Figure | None:
    """``a`` and ``b`` as one range, else ``None``."""
    joiner = _JOINER.fullmatch(text, a.end, b.start)
    if joiner is None or a.vague or b.vague or a.noun and a.noun.startswith("tally"):
        return None
    word = joiner[0].strip().casefold()
    before = text[max(0, a.start - 16) : a.start]
    between = _BETWEEN.search(before)
    if word == "and" and between is None:
        return None  # "30 people and 40 cars": two figures
    if between is None and _NOT_A_RANGE_BEFORE.search(before):
        return None  # "rose from 30 to 40 percent", "won 52-48"
    bare = a.kind == "count" and a.noun is None  # "30" of "30 to 40 percent"
    if not bare and (a.kind != b.kind or None not in (a.noun, b.noun) and a.noun != b.noun):
        return None  # two measures ("30 people to 40 percent")
    scale = _written_scale(text, a, b)
    value = a.value * scale
    if not value < b.value:
        return None  # "52-48" is a tally, "5 to 3" no range
    start = a.start - len(before) + between.start() if between is not None else a.start
    return replace(
        b,
        noun=b.noun or a.noun,  # "costs of $3 to $5 million"
        value=(value + b.value) / 2,
        low=min(a.low * scale, value),
        start=start,
        stated_low=a.stated_low * scale,
        open_low=False,
        open_high=False,
        bounded=False,
        ends=(value, b.value),
    )


def _written_scale(text: str, a: Figure, b: Figure) -> float:
    """What a bare first number is multiplied by to read in the second's scale and unit: "3"
    of "between 3 and 5 million" is 3 million; 1 when the first has its own."""
    if _BARE.fullmatch(text, a.start, a.end) is None:
        return 1.0
    number = _FIRST_NUMBER.search(text, b.start, b.end)
    if number is None:
        return 1.0
    token = number[0]
    written = (
        float(token.replace(",", "")) if token[0].isdigit() else NUMBER_WORDS.get(token.lower())
    )
    if not written:
        return 1.0
    return b.value / written
