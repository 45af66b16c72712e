"""Figures in news prose: the value, its range, its unit or currency, and the noun it counts.

``about 1,200 people``, ``£3.5bn``, ``almost 90%``, ``six weeks``, ``more than two dozen
schools`` are each one :class:`Figure`. Two figures state the same quantity when they count the
same thing (same unit, same currency, or the same noun); they disagree when their ranges do not
meet after rounding and hedges ("about", "almost", "more than") are allowed for. Years and
clock times are dates, not figures (see :mod:`newsdiff.core.claims`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.words import SCALES, STOPWORDS, stem

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
"""Numbers written as words. "one" is left out of figures when it is a pronoun (see below)."""

_SCALES = {**SCALES, "hundred": 100, "b": 10**9}
"""Scale words (:data:`newsdiff.core.words.SCALES`), plus "hundred" and "b" ("$3b")."""

_CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "₹": "INR", "¥": "JPY"}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "rupees": "INR",
    "rupee": "INR",
    "rs": "INR",
    "inr": "INR",
    "yen": "JPY",
}

_UNITS = {
    # unit word → (dimension, factor to the dimension's base)
    "second": ("time", 1 / 86400),
    "minute": ("time", 1 / 1440),
    "hour": ("time", 1 / 24),
    "day": ("time", 1.0),
    "week": ("time", 7.0),
    "fortnight": ("time", 14.0),
    "month": ("time", 30.44),
    "year": ("time", 365.25),
    "decade": ("time", 3652.5),
    "mile": ("length", 1609.344),
    "km": ("length", 1000.0),
    "kilometre": ("length", 1000.0),
    "kilometer": ("length", 1000.0),
    "metre": ("length", 1.0),
    "meter": ("length", 1.0),
    "m": ("length", 1.0),
    "ft": ("length", 0.3048),
    "foot": ("length", 0.3048),
    "feet": ("length", 0.3048),
    "yard": ("length", 0.9144),
    "inch": ("length", 0.0254),
    "cm": ("length", 0.01),
    "kg": ("mass", 1.0),
    "kilogram": ("mass", 1.0),
    "tonne": ("mass", 1000.0),
    "ton": ("mass", 1000.0),
    "pound-weight": ("mass", 0.4536),
    "lb": ("mass", 0.4536),
    "acre": ("area", 4046.86),
    "hectare": ("area", 10000.0),
    "percent": ("percent", 1.0),
    "point": ("points", 1.0),
}

_HEDGES = (
    # phrase (lower case, words) → (low factor, high factor)
    (("more", "than"), (1.0, 1.6)),
    (("over",), (1.0, 1.6)),
    (("at", "least"), (1.0, 1.6)),
    (("upwards", "of"), (1.0, 1.6)),
    (("fewer", "than"), (0.6, 1.0)),
    (("less", "than"), (0.6, 1.0)),
    (("under",), (0.6, 1.0)),
    (("up", "to"), (0.0, 1.0)),
    (("almost",), (0.9, 1.0)),
    (("nearly",), (0.9, 1.0)),
    (("close", "to"), (0.9, 1.0)),
    (("just", "under"), (0.9, 1.0)),
    (("just", "over"), (1.0, 1.15)),
    (("about",), (0.85, 1.15)),
    (("around",), (0.85, 1.15)),
    (("roughly",), (0.85, 1.15)),
    (("approximately",), (0.85, 1.15)),
    (("some",), (0.85, 1.15)),
    (("an", "estimated"), (0.85, 1.15)),
    (("estimated",), (0.85, 1.15)),
)

ROUNDING = 0.05
"""A plain figure stands for itself give or take 5% (outlets round ``11,480`` to ``11,500``)."""

_NOUN_SKIP = frozenset(
    "of the a an more than additional new other extra further people's".split()
    + "per cent percent".split()
)

_TOKEN = lazy_compile(
    r"[$£€₹¥]|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|%"
    r"|[^\W\d_]+(?:['’-][^\W\d_]+)*",
    re.UNICODE,
)

_DATE_CONTEXT = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a sentence.

    Attributes:
        value: The stated value in base units (``£3.5bn`` → ``3.5e9``, ``6 weeks`` → ``42``).
        low: The low end of what the wording allows ("about", "almost", rounding).
        high: The high end.
        kind: What it measures: ``"currency:GBP"``, ``"time"``, ``"percent"``, ``"count"`` ….
        noun: The stem of the noun it counts (``"peopl"`` for ``1,200 people``), if any.
        start: Offset of the figure's first character in the sentence (hedge excluded).
        end: Offset just past its last character (unit included).
        vague: A magnitude in words ("tens of thousands of"): its range is all it says.
        stated_low: The low end the wording allows without rounding ("about" and "more
            than" still count): what a figure in digits is held to against a magnitude in
            words.
        stated_high: The high end, likewise.
    """

    value: float
    low: float
    high: float
    kind: str
    noun: str | None
    start: int
    end: int
    vague: bool = False
    stated_low: float = 0.0
    stated_high: float = 0.0


def _digit(char: str) -> bool:
    """An ASCII digit (``¹`` and other Unicode digits are not figures)."""
    return "0" <= char[:1] <= "9"


def _number(token: str) -> float | None:
    if _digit(token[0]):
        return float(token.replace(",", ""))
    return _NUMBER_WORDS.get(token.lower())


def _precision(token: str) -> float:
    """The rounding a written number implies: ``3.5`` ± 0.05, ``11,500`` ± 50, ``6`` exact."""
    if not _digit(token[0]):
        return 0.0
    digits = token.replace(",", "")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    return 0.5 * 10**zeros if zeros and len(stripped) else 0.0


def _is_year(token: str, previous: str, following: str) -> bool:
    if not token.isdigit() or len(token) != 4:
        return False
    value = int(token)
    return 1800 <= value <= 2100 and following.lower() not in _UNITS_AND_SCALES_WORDS


_UNITS_AND_SCALES_WORDS = frozenset(
    list(_SCALES) + [u + "s" for u in _UNITS] + list(_UNITS) + list(_CURRENCY_WORDS)
)


def _unit(word: str) -> str | None:
    lower = word.lower()
    if lower in _UNITS:
        return lower
    if lower.endswith("s") and lower[:-1] in _UNITS:
        return lower[:-1]
    if lower.endswith("es") and lower[:-2] in _UNITS:
        return lower[:-2]
    return None


def figures(text: str) -> tuple[Figure, ...]:
    """Every figure of ``text`` (a sentence), in order, with hedges, scale, unit and noun."""
    matches = list(_TOKEN.finditer(text))
    words = [m.group(0) for m in matches]
    lower = [w.lower() for w in words]
    result: list[Figure] = []
    k = 0
    while k < len(words):
        vague = _vague(lower, k)
        if vague is not None:
            low, high, size = vague
            noun = _noun(lower, k + size, plural=True)
            value = (low * high) ** 0.5
            start, end = matches[k].start(), matches[k + size - 2].end()
            result.append(Figure(value, low, high, "count", noun, start, end, True, low, high))
            k += size
            continue
        token = words[k]
        currency: str | None = None
        first = k
        if token in _CURRENCY_SYMBOLS and k + 1 < len(words) and _digit(words[k + 1][0]):
            currency = _CURRENCY_SYMBOLS[token]
            k += 1
            token = words[k]
        elif lower[k] in ("rs", "inr", "usd") and k + 1 < len(words) and _digit(words[k + 1][0]):
            currency = _CURRENCY_WORDS[lower[k]]
            k += 1
            token = words[k]
        value = _number(token)
        previous = lower[first - 1] if first > 0 else ""
        following = lower[k + 1] if k + 1 < len(words) else ""
        if value is None or (
            currency is None and (_is_year(token, previous, following) or previous in _DATE_CONTEXT)
        ):
            k += 1
            continue
        if token.lower() == "one" and following in ("of", "another", ""):
            k += 1
            continue
        if currency is None and following in _DATE_CONTEXT:  # "12 March"
            k += 1
            continue
        after = matches[k].end()
        if (
            text[after : after + 2].lower() in ("st", "nd", "rd", "th")
            or text[after : after + 1] == "/"
            or (matches[k].start() > 0 and text[matches[k].start() - 1] == "/")
        ):
            k += 1  # an ordinal ("15th") or a date or name written with a slash ("9/11")
            continue
        # a word number must not be glued to a hyphen compound ("one-time", "two-state")
        if not _digit(token[0]) and matches[k].end() < len(text) and text[matches[k].end()] == "-":
            k += 1
            continue
        precision = _precision(token)
        end = matches[k].end()
        k += 1
        # "6 million", "3.5bn", "£85m": a short scale must be written against the number
        while k < len(words) and lower[k] in _SCALES:
            glued = matches[k].start() == matches[k - 1].end()
            if len(lower[k]) <= 2 and not glued:
                break
            scale = _SCALES[lower[k]]
            value *= scale
            precision *= scale
            end = matches[k].end()
            k += 1
        if k < len(words) and lower[k] == "dozen":
            value *= 12
            end = matches[k].end()
            k += 1
        kind = "count"
        factor = 1.0
        if k < len(words) and words[k] == "%":
            kind = "percent"
            end = matches[k].end()
            k += 1
        elif k + 1 < len(words) and lower[k] == "per" and lower[k + 1] == "cent":
            kind = "percent"
            end = matches[k + 1].end()
            k += 2
        elif currency is None and k < len(words) and lower[k] in _CURRENCY_WORDS:
            currency = _CURRENCY_WORDS[lower[k]]
            end = matches[k].end()
            k += 1
        elif currency is None and k < len(words) and (unit := _unit(words[k])) is not None:
            dimension, factor = _UNITS[unit]
            kind = dimension if dimension != "points" else "points"
            end = matches[k].end()
            k += 1
        if currency is not None:
            kind = f"currency:{currency}"
        noun = None
        if kind in ("count", "percent") or kind.startswith("currency"):
            noun = _noun(lower, k, plural=value != 1)
            if noun is None and kind != "count":
                noun = _noun_before(lower, first)
        if kind in ("time", "length", "mass", "area"):
            noun = kind
        low_factor, high_factor = _hedge(lower, first)
        scaled = value * factor
        spread = max(min(precision * factor, abs(scaled) * 0.1), abs(scaled) * ROUNDING)
        result.append(
            Figure(
                value=scaled,
                low=min(scaled * low_factor, scaled - spread),
                high=max(scaled * high_factor, scaled + spread),
                kind=kind,
                noun=noun,
                start=matches[first].start(),
                end=end,
                stated_low=min(scaled * low_factor, scaled),
                stated_high=max(scaled * high_factor, scaled),
            )
        )
    return tuple(result)


def _hedge(lower: list[str], first: int) -> tuple[float, float]:
    for phrase, factors in _HEDGES:
        size = len(phrase)
        if first >= size and tuple(lower[first - size : first]) == phrase:
            return factors
    return 1.0, 1.0


def _noun(lower: list[str], k: int, plural: bool = False) -> str | None:
    """The stem of the noun a figure counts: the next content word ("1,200 residents").

    With ``plural`` (a count other than one), a singular word followed by a plural one is an
    adjective or a noun used as one, and the plural is what is counted: "100,000 secret files",
    "23 executive actions", "two phone calls".
    """
    for j in range(k, min(k + 3, len(lower))):
        word = lower[j]
        if word in _NOUN_SKIP:
            continue
        if not word[0].isalpha() or word in STOPWORDS:
            return None
        if plural and not _plural(word) and j + 1 < len(lower):
            following = lower[j + 1]
            if following[0].isalpha() and following not in STOPWORDS and _plural(following):
                return stem(following)
        return stem(word)
    return None


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_VAGUE_BASE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6}
_VAGUE_SCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}


def _vague(lower: list[str], k: int) -> tuple[float, float, int] | None:
    """A magnitude in words: ``(low, high, words)`` for "tens of thousands of" (20,000 up to
    100,000), "hundreds of millions of", "thousands of", "dozens of"; ``None`` otherwise.

    A plural magnitude means at least two of it: "thousands of" at least 2,000 and, as writers
    use it loosely, up to twenty; "tens of"/"hundreds of" a scale word give the decade they
    name from two of its units on ("hundreds of thousands" is not 100,000).
    """
    word = lower[k]
    if word not in ("tens", "hundreds", "thousands", "millions", "dozens"):
        return None
    if k + 1 >= len(lower) or lower[k + 1] != "of":
        return None
    if word in ("tens", "hundreds") and k + 3 < len(lower) and lower[k + 3] == "of":
        scale = _VAGUE_SCALE.get(lower[k + 2])
        if scale is not None:
            unit = scale * (10.0 if word == "tens" else 100.0)
            return 2.0 * unit, unit * 10.0 - 1.0, 4
    base = _VAGUE_BASE.get(word)
    if base is None:
        return None
    return 2.0 * base, 20.0 * base, 2


_BEFORE_SKIP = frozenset(
    "of for at worth around about some nearly almost roughly approximately over more than "
    "the a an by to".split()
)


def _noun_before(lower: list[str], first: int) -> str | None:
    """The noun an amount belongs to, written before it ("sales of £4.2bn", "a fee of $5m")."""
    for k in range(first - 1, max(-1, first - 4), -1):
        word = lower[k]
        if word in _BEFORE_SKIP:
            continue
        if not word[0].isalpha() or word in STOPWORDS:
            return None
        return stem(word)
    return None


def same_quantity(a: Figure, b: Figure) -> bool:
    """Do ``a`` and ``b`` measure the same thing (so their values can be compared)?

    Same unit dimension, same currency, both percentages, or counts of the same noun. Amounts in
    two currencies are never compared (no exchange rate is assumed), so never a conflict.
    """
    if a.kind != b.kind:
        return False
    if a.kind == "count":
        return a.noun is not None and a.noun == b.noun
    if a.kind.startswith("currency"):
        return a.noun is None or b.noun is None or a.noun == b.noun
    return True


def agree(a: Figure, b: Figure) -> bool:
    """Do two figures of the same quantity allow the same value (ranges meet)?

    Against a magnitude in words, a figure in digits counts as written, without its rounding:
    "tens of thousands" names the decade below 100,000, so "100,000 files" is not in it, while
    "about 100,000" (give or take 15%) is.
    """
    if a.vague != b.vague:
        words, digits = (a, b) if a.vague else (b, a)
        return words.low <= digits.stated_high and digits.stated_low <= words.high
    return a.low <= b.high and b.low <= a.high


def comparable_currencies(a: Figure, b: Figure) -> bool:
    """Two amounts of money in different currencies: a conversion, never a conflict."""
    return a.kind.startswith("currency") and b.kind.startswith("currency") and a.kind != b.kind
