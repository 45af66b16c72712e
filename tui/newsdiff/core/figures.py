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

from newsdiff.core.figure_bounds import same_written, stated_bound
from newsdiff.core.figure_ranges import joined_ranges
from newsdiff.core.figure_starts import (
    CURRENCY_CODES,
    FIGURE_OPENERS,
    VAGUE_MAGNITUDES,
    article_number,
)
from newsdiff.core.figure_words import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    HEDGES,
    MONTH_WORDS,
    NUMBER_WORDS,
    SCALE_WORDS,
    UNITS,
)
from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.words import STOPWORDS, stem

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

_DATE_CONTEXT = MONTH_WORDS


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
        open_low: The low end is excluded ("more than 48": not 48 itself).
        open_high: The high end is excluded ("almost 48").
        bounded: A directional hedge makes the written number one end of the range.
        ends: A written range's two numbers ("between 30 and 40": 30, 40), else empty.
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
    open_low: bool = False
    open_high: bool = False
    bounded: bool = False
    ends: tuple[float, ...] = ()


def _digit(char: str) -> bool:
    """An ASCII digit (``¹`` and other Unicode digits are not figures)."""
    return "0" <= char[:1] <= "9"


def _number(token: str) -> float | None:
    if _digit(token[0]):
        return float(token.replace(",", ""))
    lower = token.lower()
    return NUMBER_WORDS.get(lower) if "-" not in lower else _compound(lower)


_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})


def _compound(word: str) -> float | None:
    """A number written as a hyphenated compound: "twenty-three" (23), "two-dozen" (24); not
    "one-two", "one-time" or "two-thirds"."""
    parts = word.split("-")
    if len(parts) != 2:
        return None
    first, second = NUMBER_WORDS.get(parts[0]), NUMBER_WORDS.get(parts[1])
    if first is None or second is None:
        return None
    if parts[1] == "dozen" and first < 20:
        return float(first * 12)
    if first in _TENS and 1 <= second <= 9:
        return float(first + second)
    return None


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
    list(SCALE_WORDS) + [u + "s" for u in UNITS] + list(UNITS) + list(CURRENCY_WORDS)
)


def _unit(word: str) -> str | None:
    lower = word.lower()
    if lower in UNITS:
        return lower
    if lower.endswith("s") and lower[:-1] in UNITS:
        return lower[:-1]
    if lower.endswith("es") and lower[:-2] in UNITS:
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
        if lower[k] not in FIGURE_OPENERS and not _digit(words[k]) and "-" not in lower[k]:
            k += 1  # cheap: no figure begins with this word
            continue
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
        if token in CURRENCY_SYMBOLS and k + 1 < len(words) and _digit(words[k + 1][0]):
            currency = CURRENCY_SYMBOLS[token]
            k += 1
            token = words[k]
        elif lower[k] in CURRENCY_CODES and k + 1 < len(words) and _digit(words[k + 1][0]):
            currency = CURRENCY_WORDS[lower[k]]
            k += 1
            token = words[k]
        value = _number(token)
        rough = False  # "a million", "a dozen": round numbers, give or take a tenth
        if value is None and currency is None:
            value, k = article_number(lower, k)
            token, rough = words[k], value is not None
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
        while k < len(words) and lower[k] in SCALE_WORDS:
            glued = matches[k].start() == matches[k - 1].end()
            if len(lower[k]) <= 2 and not glued:
                break
            scale = SCALE_WORDS[lower[k]]
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
        elif currency is None and k < len(words) and lower[k] in CURRENCY_WORDS:
            currency = CURRENCY_WORDS[lower[k]]
            end = matches[k].end()
            k += 1
        elif currency is None and k < len(words) and (unit := _unit(words[k])) is not None:
            dimension, factor = UNITS[unit]
            kind = dimension if dimension != "points" else "points"
            end = matches[k].end()
            k += 1
        if kind == "time" and k < len(words) and lower[k] == "ago":
            continue  # "two weeks ago" is a date (see :mod:`newsdiff.core.relative_dates`)
        if currency is not None:
            kind = f"currency:{currency}"
        noun = None
        # a noun after a comma or a full stop is not what the figure counts ("62 percent,
        # the commission said")
        broken = k < len(words) and _PUNCTUATION.search(text, end, matches[k].start()) is not None
        if kind in ("count", "percent") or kind.startswith("currency"):
            noun = None if broken else _noun(lower, k, plural=value != 1)
            if noun is None and kind != "count":
                noun = _noun_before(lower, first)
        if kind in ("time", "length", "mass", "area"):
            noun = kind
        age = _age(text, lower, matches, first, k, kind, noun)
        if age:
            kind, noun, factor = "count", "age", 1.0
            if k < len(words) and lower[k] in ("old", "year-old", "years-old"):
                end = matches[k].end()
        low_factor, high_factor, bound = _hedge(lower, first)
        scaled = value * factor
        spread = max(min(precision * factor, abs(scaled) * 0.1), abs(scaled) * ROUNDING)
        if rough:
            spread = abs(scaled) * 0.1
        elif kind == "count" and precision == 0 and scaled < EXACT_BELOW:
            spread = 0.0  # "43", "nine": small whole counts and ages are not rounded
        low = min(scaled * low_factor, scaled - spread)
        high = max(scaled * high_factor, scaled + spread)
        if bound.startswith("above"):
            low = scaled  # the written number is the floor: rounding does not go below it
        elif bound.startswith("below"):
            high = scaled
        result.append(
            Figure(
                value=scaled,
                low=low,
                high=high,
                kind=kind,
                noun=noun,
                start=matches[first].start(),
                end=end,
                stated_low=min(scaled * low_factor, scaled),
                stated_high=max(scaled * high_factor, scaled),
                open_low=bound == "above!",
                open_high=bound == "below!",
                bounded=bool(bound),
            )
        )
    return joined_ranges(text, _tallies(text, tuple(result)))


_HEDGE_BEFORE = lazy_compile(
    r"(?:" + "|".join(r"\s+".join(phrase) for phrase, _ in HEDGES) + r")\s+$", re.IGNORECASE
)


def hedge_start(text: str, start: int) -> int:
    """Where a figure's hedge begins ("at least four dozen" from "four dozen"), else ``start``:
    evidence shows the hedge, which is what two hedged figures disagree on."""
    match = _HEDGE_BEFORE.search(text, max(0, start - 24), start)
    if match is None or (match.start() > 0 and text[match.start() - 1].isalnum()):
        return start
    return match.start()


EXACT_BELOW = 100
"""Whole counts below this are exact as written: outlets round "11,480" to "11,500", not a
43-year-old to 45 or nine deaths to ten."""

_PUNCTUATION = lazy_compile(r"[,.;:!?()\[\]—–]")


def _age(
    text: str,
    lower: list[str],
    matches: list[re.Match[str]],
    first: int,
    k: int,
    kind: str,
    noun: str | None,
) -> bool:
    """Is the figure before word ``k`` someone's age? "the 43-year-old", "aged 54", "54 years
    old", and a number between commas after a name ("Ruiz, 54, said")."""
    if noun and noun.startswith("year-o"):
        return True
    if kind == "time" and k < len(lower) and lower[k] == "old":
        return True
    if kind != "count" or noun is not None:
        return False
    if first and lower[first - 1] == "aged":
        return True
    start, end = matches[first].start(), matches[k - 1].end()
    if not (text[end : end + 1] == "," and text[max(0, start - 2) : start] == ", "):
        return False
    return first > 0 and matches[first - 1].group(0)[:1].isupper() and lower[first - 1] != "aged"


_TALLY = lazy_compile(r"\s*(?:-|–|to)\s*")
_TALLY_BEFORE = lazy_compile(
    r"(?:vote|voted|votes|margin|by|of|passed|won|lost|beat|score)\s+$", re.I
)


def _tallies(text: str, found: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """Vote tallies and scores ("by a vote of 98 to 96", "passed 52-48"): two whole numbers
    joined by a dash, or by *to* after a word that introduces a count of votes, the first not
    smaller (a range rises: :mod:`~newsdiff.core.figure_ranges`). Each number is read exactly,
    as the first or second of its tally (``tally:1``, ``tally:2``): "98 to 96" / "97 to 96"."""
    result = list(found)
    for k in range(len(result) - 1):
        a, b = result[k], result[k + 1]
        if a.kind != "count" or b.kind != "count" or a.noun or a.value < b.value:
            continue
        if not (a.value.is_integer() and b.value.is_integer()):
            continue
        between = text[a.end : b.start]
        if between not in ("-", "–"):  # "52-48" is a tally; "98 to 96" after "vote of"
            if _TALLY.fullmatch(between) is None:
                continue
            if _TALLY_BEFORE.search(text, max(0, a.start - 12), a.start) is None:
                continue
        for j, noun in ((k, "tally:1"), (k + 1, "tally:2")):
            figure = result[j]
            result[j] = Figure(
                figure.value,
                figure.value,
                figure.value,
                "count",
                noun,
                figure.start,
                figure.end,
                stated_low=figure.value,
                stated_high=figure.value,
            )
    return tuple(result)


_HEDGES_ENDING: dict[str, list[tuple[tuple[str, ...], tuple[float, float, str]]]] = {}
for _phrase, _factors in HEDGES:
    _HEDGES_ENDING.setdefault(_phrase[-1], []).append((_phrase, _factors))


def _hedge(lower: list[str], first: int) -> tuple[float, float, str]:
    # only the hedges ending in the word before the figure, in HEDGES' order
    for phrase, factors in _HEDGES_ENDING.get(lower[first - 1] if first else "", ()):
        size = len(phrase)
        if first >= size and tuple(lower[first - size : first]) == phrase:
            return factors
    return 1.0, 1.0, ""


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
    if word not in VAGUE_MAGNITUDES:
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
    bound = stated_bound(a)
    if bound and bound == stated_bound(b) and not a.vague:
        return same_written(a.value, b.value)
    if a.low > b.high or b.low > a.high:
        return False
    # two hedged ranges that only touch meet unless a hedge excludes the point: "almost 48" /
    # "at least 48" do not; "more than 48" and a plain "48" (maybe rounded) do
    if not (a.bounded and b.bounded):
        return True
    if a.high == b.low and (a.open_high or b.open_low):
        return False
    return not (b.high == a.low and (b.open_high or a.open_low))


def comparable_currencies(a: Figure, b: Figure) -> bool:
    """Two amounts of money in different currencies: a conversion, never a conflict."""
    return a.kind.startswith("currency") and b.kind.startswith("currency") and a.kind != b.kind
