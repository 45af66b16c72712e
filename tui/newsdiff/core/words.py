"""Words of a sentence, as scoring and word diffs see them.

Normalization (quote marks, dashes, case, figures, initialisms), tokens, light stemming, stop
words, name shares and quoted passages: everything :mod:`newsdiff.core.similarity` scores and
:mod:`newsdiff.core.worddiff` and the claim check compare. The user always sees the outlet's own
characters; these forms are for matching only.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.models import field_values

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)

_TOKEN = re.compile(r"\d++(?:[.,]\d+)*+%?|[^\W\d_]++(?:'[^\W\d_]+)*+", re.UNICODE)
"""A word: a number (``19%``, ``2,000``, ``3.5``) or letters with inner apostrophes.

Possessive repeats (``++``, ``*+``): nothing after them can fail, so the engine never backs
into them and they match what greedy ones match, with less bookkeeping (~15 % faster on news
prose; ``tests/core/test_reading_shortcuts.py`` holds them to the greedy pattern)."""

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
    having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
    i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
    not of off on once only or other ought our ours ourselves out over own same shan't she she'd
    she'll she's should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those through to too under
    until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
    where's which while who who's whom why why's with won't would wouldn't you you'd you'll
    you're you've your yours yourself yourselves will just may might must shall us mr mrs ms
    said says say saying told tells according added adding noted noting stated also even
    """.split()
)
"""Function words and reporting verbs: they say nothing about which fact a sentence states."""


_INITIALISM = re.compile(r"\b(?:[^\W\d_]\.){2,}")
"""``U.S.``, ``U.K.``, ``e.g.``: letters with dots, which outlets also write ``US``, ``UK``."""


_PERCENT = re.compile(r"(\d)\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
"""``50 per cent``, ``50 percent`` and ``50%``: one figure, written as ``50%``."""


SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "million": 10**6,
    "millions": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "crore": 10**7,
    "crores": 10**7,
    "cr": 10**7,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
"""Scale words and their multipliers (also read by :mod:`newsdiff.core.figures`)."""
_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?(thousand|lakhs?|lac|millions?|crores?|billions?|trillion)\b"
    r"|(k|mn|m|cr|bn|tn)\b)?"
    r"(?![\d%])",
    re.IGNORECASE,
)
"""A figure, with its thousands separators and an optional scale word (``£210m``,
``4.5 billion``, ``Rs 4 lakh``, ``Rs 450 crore``). A short scale (``m``, ``bn``, ``k``) must be
written against the number, as ``£85m`` is; ``85 m`` stays a number and a word."""


def _figure(match: re.Match[str]) -> str:
    """A figure written as its plain value: ``£1.34bn`` → ``1340000000``, ``11,500`` → ``11500``.

    Outlets give one amount as ``4.5 billion rupees``, ``Rs 450 crore`` or ``4,500,000,000``;
    written as plain values, the figures of two sentences agree or differ as the amounts do.
    """
    whole, fraction, word, short = match.groups()
    scale = SCALES.get((word or short or "").lower())
    digits = whole.replace(",", "") + (fraction or "")
    if scale is None:
        return digits
    value = format(Decimal(digits) * scale, "f")
    return value.rstrip("0").rstrip(".") if "." in value else value


_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
"""Any character :data:`_TRANSLATE` folds: most sentences have few or none."""

_DIGIT = re.compile(r"\d")


def _fold_marks(text: str) -> str:
    """``text`` with quote marks, dashes and odd spaces folded (see :data:`_TRANSLATE`).

    Only the characters that fold are visited: ``str.translate`` with a mapping looks up every
    character, four times slower on news prose, where this runs for every sentence.
    """
    if _FOLDABLE.search(text) is None:
        return text
    return _FOLDABLE.sub(lambda match: _TRANSLATE[ord(match.group())], text)


def _initialism(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "")


def _cased_tokens(text: str) -> list[str]:
    """The word tokens of ``text`` with quote marks, dashes and figures folded, case kept."""
    unfolded = _fold_marks(unicodedata.normalize("NFKC", text))
    if _DIGIT.search(unfolded) is not None:  # no digit, no percentage and no figure
        unfolded = _PERCENT.sub(r"\1%", unfolded)
        unfolded = _FIGURE.sub(_figure, unfolded)
    if unfolded.count(".") >= 2:  # an initialism ("U.S.") has two full stops or more
        unfolded = _INITIALISM.sub(_initialism, unfolded)
    return _TOKEN.findall(unfolded)


def cased_tokens(text: str) -> list[str]:
    """The word tokens of ``text`` as :func:`tokens` gives them, with their case kept."""
    return _cased_tokens(text)


def normalize(text: str) -> str:
    """``text`` folded for comparison: case, quote marks, dashes, spaces; numbers kept.

    Punctuation other than apostrophes inside words, and the ``.``/``,``/``%`` of numbers,
    becomes a space; runs of whitespace become one space.
    """
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """The normalized word tokens of ``text`` (see :func:`normalize`)."""
    return [word.casefold() for word in _cased_tokens(text)]


STEM_LENGTH = 6
"""Content words are compared by their first six letters after suffix stripping.

Truncation stemming is crude but robust across word forms news writers alternate between
(``engaged``/``engagement``, ``diversify``/``diversifying``, ``sanctions``/``sanctioned``); the
rare collisions it causes only lower a word's weight, since the weight comes from its rarity.
"""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem: possessive and common suffixes stripped, then truncated.

    Enough to match ``expands``/``expanded``/``expanding``; figures are kept whole. As in
    Porter's stemmer, ``-es`` is a suffix only after a sibilant (``taxes``, ``pushes``; ``states``
    is ``state`` + ``s``) and a final ``e`` goes, so ``state``/``states``/``stated``,
    ``agree``/``agreed`` and ``engaged``/``engagement`` meet.
    """
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) <= 3 or word[0].isdigit():
        return word
    for suffix, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            if suffix == "es" and not word[:-2].endswith(_SIBILANTS):
                continue  # "states" is "state" + "s", "taxes" is "tax" + "es"
            word = word[: len(word) - len(suffix)] + keep
            break
    word = word[:STEM_LENGTH]
    if len(word) >= 4 and word.endswith("e"):
        word = word[:-1]  # "state"/"stated", "side"/"sides", "engage(ment)"/"engaged" meet
    return word


_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("eed", "ee"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_SIBILANTS = ("s", "x", "z", "ch", "sh")


def content_words(words: Iterable[str]) -> set[str]:
    """The stems of the words that carry content (no function words, no reporting verbs)."""
    return {stem(word) for word in words if word not in STOPWORDS and len(word) > 1}


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """What scoring needs to know about one sentence.

    ``shares`` gives the content stems that are part of a multi-word name their share of it
    (``1/k`` for a name of ``k`` content words); every other stem counts fully. ``quoted`` are
    the words inside quotation marks and ``unquoted`` how many words are outside them;
    ``statement`` is true when the sentence opens with its quotation or introduces it with a
    colon (a quoted statement plus an attribution, not a phrase quoted in the writer's words).
    """

    words: tuple[str, ...]
    content: frozenset[str]
    numbers: frozenset[str]
    shares: dict[str, float]
    quoted: tuple[str, ...] = ()
    unquoted: int = 0
    statement: bool = False

    def __reduce__(self) -> tuple[type[SentenceFeatures], tuple[object, ...]]:
        return (SentenceFeatures, field_values(self))  # read back fast from the article cache


_NAME_JOINERS = frozenset({"of", "for", "de", "del", "von", "van", "al"})
"""Lowercase words that join the parts of one name ("Minister for Foreign Affairs")."""


def name_shares(text: str, words: Sequence[str]) -> dict[str, float]:
    """Content stems inside multi-word names, with their share of the name.

    A run of capitalised words ("Army Chief Asim Munir", "Prime Minister Narendra Modi",
    "New Delhi") names one person, office or place: two sentences that mention it share one
    fact, not four, so each of its ``k`` content words counts ``1/k``. The sentence's first word
    is capitalised anyway and never starts a run.
    """
    return _name_shares(_cased_tokens(text), words)


def _name_shares(cased: Sequence[str], words: Sequence[str]) -> dict[str, float]:
    """:func:`name_shares` from the cased and the folded tokens of one sentence.

    One pass over the words finds the runs and, at the same time, whether every content word is
    capitalised (a Title Case or ALL CAPS headline: there capitals mark the style, not names, so
    no word is grouped into a name). It runs for every sentence of both articles.
    """
    count = len(cased)
    if count != len(words):
        return {}
    shares: dict[str, float] = {}
    run: list[str] = []
    content = capitalised = 0
    for position in range(count):
        word = cased[position]
        folded = words[position]
        upper = word[0].isupper()
        if folded not in STOPWORDS and len(folded) > 1 and not word[0].isdigit():
            content += 1
            capitalised += upper
        if position and upper:
            if len(folded) == 1:
                continue  # an initial ("S Jaishankar") keeps the run
            if folded not in STOPWORDS:
                run.append(stem(folded))
                continue
        if run:
            if (
                folded in _NAME_JOINERS
                and position + 1 < count
                and cased[position + 1][0].isupper()
            ):
                continue  # "Secretary of State Marco Rubio", "Bank of England"
            if len(run) > 1:
                _close_name(run, shares)
            run = []
    if len(run) > 1:
        _close_name(run, shares)
    if content >= 3 and capitalised == content:
        return {}  # Title Case
    return shares


def _close_name(run: Sequence[str], shares: dict[str, float]) -> None:
    """Give each stem of one multi-word name its share ``1/k`` (the smallest it has had)."""
    share = 1.0 / len(run)
    for member in run:
        if shares.get(member, 1.0) > share:
            shares[member] = share


_WORD_CHAR = lazy_compile(r"\w")
_FOLDED_MARK = lazy_compile("[\"'\n]")


def _quotation_spans(folded: str) -> list[tuple[int, int]]:
    """``(open, close)`` mark positions of each ``"…"`` or ``'…'`` passage, left to right and
    non-overlapping, in one pass over the marks (linear, whatever the marks look like): a double
    mark pairs with the next double mark (at least one character between); a single mark not
    preceded by a word character pairs with the nearest single mark on the same line that no
    word character follows."""
    size = len(folded)
    marks = [match.start() for match in _FOLDED_MARK.finditer(folded)]
    doubles = [at for at in marks if folded[at] == '"']
    closers = [
        at
        for at in marks
        if folded[at] == "'" and (at + 1 == size or not _WORD_CHAR.match(folded, at + 1))
    ]
    newlines = [at for at in marks if folded[at] == "\n"]
    spans: list[tuple[int, int]] = []
    done = 0
    for at in marks:
        if at < done:
            continue
        char = folded[at]
        if char == '"':
            k = bisect.bisect_right(doubles, at)
            if k < len(doubles) and doubles[k] > at + 1:
                spans.append((at, doubles[k]))
                done = doubles[k] + 1
        elif char == "'" and (at == 0 or not _WORD_CHAR.match(folded, at - 1)):
            k = bisect.bisect_left(closers, at + 2)
            n = bisect.bisect_left(newlines, at)
            if k < len(closers) and (n == len(newlines) or newlines[n] > closers[k]):
                spans.append((at, closers[k]))
                done = closers[k] + 1
    return spans


_MARKS = lazy_compile(
    "[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb`\u00b4\u2032\u2033]"
)
"""Any character that folds to a quote mark: a sentence without one quotes nothing."""


def _quotations(folded: str) -> list[str]:
    """The quoted passages of one sentence (quote marks folded).

    A quotation running on into the next sentence has no closing mark here, and one that began
    in the previous sentence has no opening mark: a lone ``"`` opens to the end of the sentence
    when a word follows it, and otherwise closes from its start.
    """
    spans = _quotation_spans(folded)
    passages = [folded[open_at + 1 : close] for open_at, close in spans]
    if folded.count('"') % 2:
        pieces = []
        done = 0
        for open_at, close in spans:
            pieces.append(folded[done:open_at])
            pieces.append(" " * (close + 1 - open_at))
            done = close + 1
        pieces.append(folded[done:])
        rest = "".join(pieces)
        mark = rest.find('"')
        if mark >= 0:
            opening = mark + 1 < len(rest) and rest[mark + 1].isalnum()
            passages.append(rest[mark + 1 :] if opening else rest[:mark])
    return passages


_INTRODUCED = lazy_compile(r":\s*[\"']")
"""A quotation introduced by a colon ("he said: '…'")."""


def features(text: str) -> SentenceFeatures:
    """Tokens, content stems, figures, name shares and quoted words of one sentence."""
    cased = _cased_tokens(text)
    # each token read once per distinct token (a story repeats its words): the same words,
    # stems, figures and name shares as reading every occurrence (tests/core/
    # test_scoring_shortcuts.py holds this to the plain reading)
    readings = [_token_reading(word) for word in cased]
    words = tuple([reading[0] for reading in readings])
    folded = _fold_marks(text) if _MARKS.search(text) else ""
    passages = _quotations(folded) if folded else []
    quoted = tokens(" ".join(passages)) if passages else []
    statement = bool(passages) and (
        folded.lstrip().startswith(('"', "'")) or _INTRODUCED.search(folded) is not None
    )
    return SentenceFeatures(
        words=words,
        content=frozenset([reading[1] for reading in readings if reading[1] is not None]),
        numbers=frozenset([reading[0].rstrip("%") for reading in readings if reading[2]]),
        shares=_read_shares(readings),
        quoted=tuple(quoted),
        unquoted=max(0, len(words) - len(quoted)),
        statement=statement,
    )


_TokenReading = tuple[str, str | None, bool, bool, bool, bool, bool, bool]


@lru_cache(maxsize=65536)
def _token_reading(cased: str) -> _TokenReading:
    """One token as :func:`features` and :func:`_name_shares` read it: folded; its content
    stem (``None`` for a function word or a single letter); whether the folded word opens
    with a digit (a figure); capitalised; a content word that is no figure (what a Title Case
    test counts); one letter (an initial); a function word; a word that joins a name."""
    folded = cased.casefold()
    function_word = folded in STOPWORDS
    counted = not function_word and len(folded) > 1
    return (
        folded,
        stem(folded) if counted else None,
        folded[0].isdigit(),
        cased[0].isupper(),
        counted and not cased[0].isdigit(),
        len(folded) == 1,
        function_word,
        folded in _NAME_JOINERS,
    )


def _read_shares(readings: Sequence[_TokenReading]) -> dict[str, float]:
    """:func:`_name_shares` from each token's :func:`_token_reading` (the same loop, with
    what it asks of each word read once per distinct word)."""
    count = len(readings)
    shares: dict[str, float] = {}
    run: list[str] = []
    content = capitalised = 0
    for position, (_, stemmed, _, upper, counted, single, function_word, joiner) in enumerate(
        readings
    ):
        if counted:
            content += 1
            capitalised += upper
        if position and upper:
            if single:
                continue  # an initial ("S Jaishankar") keeps the run
            if not function_word:
                assert stemmed is not None  # two letters or more, no function word
                run.append(stemmed)
                continue
        if run:
            if joiner and position + 1 < count and readings[position + 1][3]:
                continue  # "Secretary of State Marco Rubio", "Bank of England"
            if len(run) > 1:
                _close_name(run, shares)
            run = []
    if len(run) > 1:
        _close_name(run, shares)
    if content >= 3 and capitalised == content:
        return {}  # Title Case
    return shares
