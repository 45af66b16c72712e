"""Dates told relative to another event: "two days after the vote on Tuesday", "less than 48
hours after Monday's message", "the day before Dec. 4".

The date written after *after* / *before* dates the other event (the vote, the message), not
what the sentence tells; the sentence's own event lies the stated distance from it. Such an
anchor is taken out of the sentence's dates, and when the distance is a number (or *the day
after*), a date entry ``shift:LOW:HIGH:KEY`` stands for it: the days ``KEY`` names, moved by
``LOW`` to ``HIGH`` days (:func:`~newsdiff.core.relative_days.days_named` reads it). The anchor's
date must be written in the phrase itself: an event dated elsewhere, or not at all ("two days
after the vote"), names no day (never guessed). Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.figure_words import NUMBER_WORDS

DateEntry = tuple[str, str, int, int]

GAP = 7
"""Words at most between *after* / *before* and the anchor's date ("after the message was
sent on Monday"); no comma, colon, semicolon, dash or bracket between them."""

_DISTANCE = re.compile(
    r"\b(?:(?P<hedge>less than|fewer than|under|within|just under|about|around|roughly|"
    r"some|nearly|almost|more than|over|just|only)\s+)?"
    r"(?P<count>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|twenty|thirty|forty|forty-eight|seventy-two|few|several|"
    r"some)?\s*"
    r"(?P<unit>hours?|days?|weeks?|nights?)\s+(?P<way>after|before|later|earlier)\b"
    r"|\bthe\s+(?:day|night|morning|evening)\s+(?P<next>after|before)\b",
    re.IGNORECASE,
)

_TIGHT = frozenset({"less than", "fewer than", "under", "within", "just under"})
_LOOSE = frozenset({"about", "around", "roughly", "some", "nearly", "almost"})
_OPEN = frozenset({"more than", "over"})
_VAGUE = frozenset({"few", "several", "some"})
_STOP = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\.\s")


def anchored(text: str, dates: Sequence[DateEntry]) -> tuple[DateEntry, ...]:
    """A sentence's dates with each anchor of a distance phrase replaced: by a ``shift:``
    entry spanning the phrase and the anchor, or by nothing when the distance is vague
    ("days after", "more than a week before"). Dates of no such phrase are kept as they are."""
    if not dates or not _has_distance_word(text):
        return tuple(dates)
    found: list[DateEntry] = []
    for entry in dates:
        key, _, start, end = entry
        if not key.startswith(("weekday:", "day:", "rel:day:")):
            found.append(entry)
            continue
        phrase = _phrase_before(text, start)
        if phrase is not None and any(phrase.end() <= d[2] < start for d in dates):
            phrase = None  # "two days after the vote on Monday and again on Friday"
        if phrase is None:
            found.append(entry)
            continue
        shift = _shift(phrase)
        if shift is not None:
            low, high = shift
            found.append((f"shift:{low}:{high}:{key}", "", phrase.start(), _noun_end(text, end)))
    return tuple(found)


_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")


def _noun_end(text: str, end: int) -> int:
    """Where the anchor's event ends when the date comes before it ("Monday's storm warning",
    "the Dec. 4 hearing"): up to two lower-case words on; else at the date."""
    if not text[:end].endswith(("'s", "’s")) and not re.search(r"\bthe\s+\S+\s+\d+$", text[:end]):
        return end
    match = _NOUN_AFTER.match(text, end)
    if match is None:
        return end
    words = match.group().split()
    if len(words) == 2 and words[1] in _FUNCTION_WORDS:
        words = words[:1]
    if words[0] in _FUNCTION_WORDS:
        return end
    return end + match.group().index(words[0]) + len(" ".join(words))


_FUNCTION_WORDS = frozenset(
    "a an the and or but of to in on at by for with from as that which who was were is are "
    "had has have be been".split()
)


def _has_distance_word(text: str) -> bool:
    folded = text.casefold()
    return "after" in folded or "before" in folded


def _phrase_before(text: str, start: int) -> re.Match[str] | None:
    """The distance phrase whose *after* / *before* leads, within :data:`GAP` words and no
    punctuation, to the date at ``start``."""
    window = text[max(0, start - 160) : start]
    offset = max(0, start - 160)
    last: re.Match[str] | None = None
    for match in _DISTANCE.finditer(window):
        last = match
    if last is None or last.group("way") in ("later", "earlier"):
        return None
    between = window[last.end() :]
    if _STOP.search(between) or len(between.split()) > GAP:
        return None
    return _DISTANCE.match(text, offset + last.start())


def _shift(phrase: re.Match[str]) -> tuple[int, int] | None:
    """The days from the anchor a distance phrase names, ``None`` when it names none."""
    if phrase.group("next"):
        return (1, 1) if phrase.group("next").casefold() == "after" else (-1, -1)
    hedge = (phrase.group("hedge") or "").casefold()
    count_word = (phrase.group("count") or "").casefold()
    unit = phrase.group("unit").casefold().rstrip("s")
    if hedge in _OPEN or not count_word or count_word in _VAGUE:
        return None
    count = _number(count_word)
    if count is None:
        return None
    if unit == "hour" and hedge in _TIGHT:
        # "less than 48 hours after" Monday, at any time of day: Monday to Wednesday
        low, high = 0, -(-count // 24)
    elif unit == "hour":  # the times of day unknown, the hours perhaps rounded
        days = count // 24
        low, high = max(0, days - 1), days + 1
    elif unit == "week":
        low, high = count * 7 - 3, count * 7 + 3
    else:  # days, nights
        low, high = count, count
    if hedge in _TIGHT:
        low = 0
    elif hedge in _LOOSE:
        low, high = max(0, low - 1), high + 1
    if phrase.group("way").casefold() == "before":
        low, high = -high, -low
    return low, high


def _number(word: str) -> int | None:
    if word.isdecimal():
        return int(word)
    if word in ("a", "an"):
        return 1
    if word == "forty-eight":
        return 48
    if word == "seventy-two":
        return 72
    value = NUMBER_WORDS.get(word)
    return int(value) if value is not None else None
