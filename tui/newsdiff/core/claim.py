"""What one sentence claims, as the claim check reads it: :class:`Claim`.

Its content words, names, figures, dates, places, quotations, speakers and polarity, read once
per sentence (cached by text). Pure functions; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import compress
from operator import attrgetter, itemgetter
from sys import intern
from typing import Any

from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.figures import Figure, figures
from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.people import Person
from newsdiff.core.people import people as read_people
from newsdiff.core.polarity import POLAR_WORDS, PREDICTION_WORDS, predicate_signs, predictions
from newsdiff.core.relative_dates import TRIGGERS as RELATIVE_TRIGGERS
from newsdiff.core.relative_dates import relative_dates
from newsdiff.core.reporting_verbs import COMMON_FINITE
from newsdiff.core.words import STOPWORDS, stem

_WORD = lazy_compile(r"[^\W_]++(?:['’][^\W\d_]+)*+|[$£€₹¥%]", re.UNICODE)
"""A word or a currency or percent sign. Possessive repeats: nothing after them can fail, so
they match what greedy ones match, with less bookkeeping (``tests/core/
test_reading_shortcuts.py`` holds them to the greedy pattern)."""


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}


_PLACE_PREPOSITIONS = frozenset({"in", "at"})


_POSSESSIVE = "'s"

_DATE_WORDS = (
    _WEEKDAYS
    | frozenset(day + _POSSESSIVE for day in _WEEKDAYS)
    | frozenset(_MONTHS)
    | RELATIVE_TRIGGERS
)


SPEECH_VERBS = COMMON_FINITE
"""The claim check's reporting verbs (``reporting_verbs.COMMON_FINITE``)."""


SPEECH_STEMS = frozenset(stem(w) for w in SPEECH_VERBS)


_ATTRIBUTION_WORDS = SPEECH_VERBS | {"according"}


@dataclass(frozen=True, slots=True)
class Claim:
    """What one sentence states, as the claim check reads it.

    Attributes:
        text: The sentence.
        words: Each word as ``(folded word, stem, start, end)``.
        names: Stems inside capitalised names (not sentence-initial only).
        polar: Whether the sentence negates or uses an antonym pair's word (only then is its
            polarity read, see :func:`polarity`).
        quoted_spans: Where its quotations are (offsets in ``text``).
        figures: The sentence's figures.
        dates: ``(key, text, start, end)``: weekdays, days of a month, years.
        places: ``(folded name, text, start, end)`` after "in"/"at".
        quoted: The words inside quotation marks.
        speakers: Who the sentence quotes or reports (canonical names when known).
        content: Each content word as ``(stem, start, end)``.
        stems: The stems of the content words.
        claim_words: The stems that are neither names nor figures: what is said of them.
        attributed: The names the sentence's own attribution gives ("Tom Hale said").
        predicts: Whether it has a word that may open a prediction ("will", "unlikely").
        predictions: What it predicts: each predicted predicate's stem with its sign and span
            (:func:`~newsdiff.core.polarity.predictions`; read only when ``predicts``).
        referent: Whom its pronoun or role subject ("he", "the minister") stands for in its
            article, folded (:func:`~newsdiff.core.referents.referent`); ``""`` when the
            sentence names its subject, or as read from the text alone. Read with the claim
            only for what the conflict rules compare (figures, dates, places, predictions).
        referent_reader: Reads ``referent`` from the article on first ask, for a claim whose
            referent was not read with it (:meth:`subject_referent`); ``None`` when there is
            nothing to read. Not stored by the article cache.
    """

    text: str
    words: tuple[tuple[str, str, int, int], ...]
    names: frozenset[str]
    polar: bool
    quoted_spans: tuple[tuple[int, int], ...]
    figures: tuple[Figure, ...]
    dates: tuple[tuple[str, str, int, int], ...]
    places: tuple[tuple[str, str, int, int], ...]
    quoted: tuple[str, ...]
    speakers: tuple[str, ...] = field(default=())
    content: tuple[tuple[str, int, int], ...] = ()
    stems: frozenset[str] = frozenset()
    claim_words: frozenset[str] = frozenset()
    attributed: tuple[str, ...] = ()
    predicts: bool = False
    predictions: dict[str, tuple[int, tuple[int, int]]] = field(default_factory=dict)
    referent: str = ""
    referent_reader: Callable[[], str] | None = field(default=None, compare=False, repr=False)

    def subject_referent(self) -> str:
        """Whom its pronoun or role subject stands for, as the who-comparisons of the
        look-alike rules read it: ``referent``, else read now (once per sentence) by
        ``referent_reader``. Asked only when a comparison meets such a subject."""
        if self.referent or self.referent_reader is None:
            return self.referent
        return self.referent_reader()

    @property
    def people(self) -> tuple[Person, ...]:
        """Its two-word personal names with the job titles before them
        (:func:`~newsdiff.core.people.people`, cached by text): read when a rule first asks,
        and only when the sentence names someone. Most sentences never reach a rule that
        asks (the person and title comparisons come after cheaper tests)."""
        return read_people(self.text) if len(self.names) > 1 else ()

    @property
    def who(self) -> frozenset[str]:
        """The stems of the names the sentence is about, its subject's referent included."""
        if not self.referent:
            return self.names
        return self.names | {stem(word) for word in self.referent.split()}

    def __reduce__(self) -> tuple[type[Claim], tuple[object, ...]]:
        # as the field values: read back from the article cache at a fifth of the cost of
        # restoring each slot of a frozen dataclass one by one
        return (Claim, tuple(getattr(self, name) for name in _CLAIM_FIELDS))


_CLAIM_FIELDS = tuple(item.name for item in fields(Claim) if item.name != "referent_reader")

_EVERY_FIELD = {item.name: k for k, item in enumerate(fields(Claim))}
_field_values = attrgetter(*_EVERY_FIELD)


def replaced(claim: Claim, **changes: Any) -> Claim:
    """``claim`` with ``changes`` (as :func:`dataclasses.replace`, at about half its cost: a
    claim is re-made for each sentence read with its speakers or its subject's referent)."""
    values = list(_field_values(claim))
    for name, value in changes.items():
        values[_EVERY_FIELD[name]] = value
    return Claim(*values)


_QUOTE_SPAN = lazy_compile(r"[\"“”«»]([^\"“”«»]+)[\"“”«»]|[‘'](?<!\w[‘'])([^‘’']+?)[’'](?!\w)")
"""A quotation: double marks, or single ones with no letter before (a mark, then a look back
past it: each branch opens with its marks, passed over at once where there are none)."""


def read_claim(
    text: str, speakers: Sequence[str] = (), known: Mapping[str, Claim] | None = None
) -> Claim:
    """Read the claim of one sentence (cached by text; ``speakers`` are who the quote
    extractor says speaks in it; ``known`` holds claims already read, by text, such as an
    article's from :func:`~newsdiff.core.article_cache.sentence_claims`)."""
    claim = known.get(text) if known else None
    if claim is None:
        claim = _read_claim(text, ())
    if not speakers:
        return claim
    chosen = _choose_speakers(text, tuple(speakers), claim.attributed)
    return claim if chosen == claim.speakers else replaced(claim, speakers=chosen)


@lru_cache(maxsize=16384)
def _read_claim(text: str, speakers: tuple[str, ...]) -> Claim:
    matches = list(_WORD.finditer(text))
    raw = list(map(_GROUP, matches))
    # each word's reading looked up once, then the lists built column by column in C (map,
    # zip, compress): the same tuples as a loop over the words at about half the cost
    # (tests/core/test_claim_shortcuts.py holds it to that loop)
    readings = list(map(_word_reading, raw))
    folded = list(map(_FOLDED, readings))
    stemmed = list(map(_STEMMED, readings))
    starts = list(map(_START, matches))
    ends = list(map(_END, matches))
    is_content = list(map(_IS_CONTENT, readings))
    words = tuple(zip(folded, stemmed, starts, ends, strict=True))
    content = tuple(compress(zip(stemmed, starts, ends, strict=True), is_content))
    polar = any(map(_NEGATES, readings))
    capital = list(map(_CAPITAL_CONTENT, readings))
    if capital and capital[0] and not (len(raw) > 1 and raw[1][:1].isupper()):
        capital[0] = False  # a first word counts when a name runs on
    names = frozenset(compress(stemmed, capital))
    quoted: list[str] = []
    quoted_spans: list[tuple[int, int]] = []
    if mark := _MARK.search(text):
        for match in _QUOTE_SPAN.finditer(text, mark.start()):  # none opens before a mark
            # the sentence's own words inside the marks (no word runs across a quotation
            # mark, so they are the words of the quotation read alone: quoted_words)
            inside, end = match.span(match.lastindex or 0)
            quoted += folded[bisect_left(starts, inside) : bisect_left(starts, end)]
            quoted_spans.append(match.span())
    vocabulary = frozenset(folded)
    named = (
        attributed_speakers(text, quoted_spans)
        if not _ATTRIBUTION_WORDS.isdisjoint(vocabulary)
        else ()
    )
    attributed = tuple(_plausible(named))
    # with no speakers given, the choice is the attribution's names: reused, not read again
    found_speakers = _choose_speakers(text, speakers, named) if speakers else attributed
    stems = frozenset(compress(stemmed, is_content))
    digits = _ANY_DIGIT.search(text) is not None
    found_figures = figures(text) if digits or not _NUMBER_WORDS.isdisjoint(vocabulary) else ()
    predicts = not PREDICTION_WORDS.isdisjoint(vocabulary) or "'ll" in text.replace("’", "'")
    measured = (
        frozenset(
            st for st, start, _ in content if any(f.start <= start < f.end for f in found_figures)
        )
        if found_figures
        else frozenset()
    )
    return Claim(
        content=content,
        stems=stems,
        claim_words=stems - names - measured - _TEMPORAL,
        attributed=attributed,
        text=text,
        words=words,
        names=names,
        polar=polar,
        quoted_spans=tuple(quoted_spans),
        figures=found_figures,
        dates=_dates(raw, folded, matches)
        if digits or not _DATE_WORDS.isdisjoint(vocabulary)
        else (),
        places=_places(raw, folded, matches)
        if not _PLACE_PREPOSITIONS.isdisjoint(vocabulary)
        else (),
        quoted=tuple(quoted),
        speakers=found_speakers,
        predicts=predicts,
        predictions=predictions(words) if predicts else {},
    )


@lru_cache(maxsize=65536)
def _word_reading(raw: str) -> tuple[str, str, bool, bool, bool]:
    """One word as a claim reads it (cached by word: a story repeats its words): folded,
    stemmed, whether it negates or is an antonym pair's word, whether it carries content,
    and whether it is a capitalised content word (a name's word)."""
    # interned: the words of every claim share one string each, in memory and in the pickles
    # of the article cache (a fifth less memory for a 5,000-sentence pair's claims)
    word = intern(raw.casefold().replace("’", "'"))
    stemmed = stem(word) if word[0].isalpha() else word
    negates = word in POLAR_WORDS or word.endswith("n't")
    is_content = len(word) > 1 and word not in STOPWORDS and not word[0].isdecimal()
    return word, stemmed, negates, is_content, is_content and raw[0].isupper()


_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end
_FOLDED = itemgetter(0)
_STEMMED = itemgetter(1)
_NEGATES = itemgetter(2)
_IS_CONTENT = itemgetter(3)
_CAPITAL_CONTENT = itemgetter(4)


_ANY_DIGIT = lazy_compile("[0-9]")


_MARK = lazy_compile("[\"“”«»‘’']")


_TEMPORAL = frozenset(
    stem(w) for w in "ago since yet still now then earlier later already first last".split()
)
"""Time adverbs: they place a claim in time but are not what it says."""


_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen twenty thirty forty fifty "
    "hundred thousand million billion tens hundreds thousands millions dozens".split()
)


def polarity(claim: Claim) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """Each predicate concept's sign in ``claim`` and the span that carries it (cached).

    ``concept → sign`` for each predicate whose sign is unambiguous (a negated or antonym word
    flips it), ``0`` where the sentence uses both signs.
    """
    found = _POLARITY.get(claim.text)
    if found is None:
        # read from the claim's own words: a claim kept by the article cache is never re-read
        found = predicate_signs(claim.words, claim.quoted_spans)
        if len(_POLARITY) >= POLARITY_MEMORY:
            _POLARITY.clear()
        _POLARITY[claim.text] = found
    return found


POLARITY_MEMORY = 8192
"""Sentences whose polarity is kept in memory, by text (it does not depend on speakers)."""
_POLARITY: dict[str, tuple[dict[str, int], dict[str, tuple[int, int]]]] = {}


def forget_polarity() -> None:
    """Empty the polarity memory (benchmarks of a first comparison)."""
    _POLARITY.clear()


def _choose_speakers(text: str, given: tuple[str, ...], named: tuple[str, ...]) -> tuple[str, ...]:
    """The speakers to compare: the given ones (from the quote extractor) that the sentence
    names; else the names its own attribution gives ("Tom Hale said"); else the given ones
    (a pronoun the extractor resolved)."""
    folded = text.casefold()
    in_text = tuple(name for name in given if surname_of(name) in folded)
    return tuple(_plausible(in_text or named or given))


def _dates(
    raw: Sequence[str], folded: Sequence[str], matches: Sequence[re.Match[str]]
) -> tuple[tuple[str, str, int, int], ...]:
    """Weekdays, a day of a month ("March 3", "3 March"), months, years, and dates relative to
    the day of writing ("last week", "two weeks ago": key ``rel:week:-2``)."""
    found: list[tuple[str, str, int, int]] = []
    for k, word in enumerate(folded):
        start, end = matches[k].start(), matches[k].end()
        if word in _WEEKDAYS or word.removesuffix("'s") in _WEEKDAYS:
            # "Tuesday's closing price" dates Tuesday too
            found.append((f"weekday:{word.removesuffix(_POSSESSIVE)}", raw[k], start, end))
        elif word in _MONTHS and raw[k][0].isupper() and _month(raw, folded, k):
            month = _MONTHS[word]
            if k + 1 < len(raw) and raw[k + 1].isdecimal() and int(raw[k + 1]) <= 31:
                found.append((f"day:{month}-{int(raw[k + 1])}", "", start, matches[k + 1].end()))
            elif k > 0 and raw[k - 1].isdecimal() and int(raw[k - 1]) <= 31:
                found.append((f"day:{month}-{int(raw[k - 1])}", "", matches[k - 1].start(), end))
            else:
                found.append((f"month:{month}", raw[k], start, end))
        elif word.isdecimal() and len(word) == 4 and 1800 <= int(word) <= 2100:
            found.append((f"year:{word}", raw[k], start, end))
    if not RELATIVE_TRIGGERS.isdisjoint(folded):
        spans = [m.span() for m in matches]
        for unit, offset, start, end in relative_dates(folded, spans):
            found.append((f"rel:{unit}:{offset}", "", start, end))
    return tuple(found)


_AMBIGUOUS_MONTHS = frozenset({"may", "march", "august"})
"""Month names that are also names or words ("Theresa May", "March organisers")."""

_BEFORE_MONTH = frozenset("in of since until by from early late mid last next this".split())


def _month(raw: Sequence[str], folded: Sequence[str], k: int) -> bool:
    """Is the capitalised month word at ``k`` a month? "May", "March" and "August" only with
    a day number beside them or a word that dates ("in May", "since March")."""
    if folded[k] not in _AMBIGUOUS_MONTHS:
        return True
    if k + 1 < len(raw) and raw[k + 1].isdecimal():
        return True
    if k and (raw[k - 1].isdecimal() or folded[k - 1] in _BEFORE_MONTH):
        return True
    return False


def _places(
    raw: Sequence[str], folded: Sequence[str], matches: Sequence[re.Match[str]]
) -> tuple[tuple[str, str, int, int], ...]:
    """Capitalised names after "in" or "at" that are not dates ("in Ohio", "at Camp David")."""
    found: list[tuple[str, str, int, int]] = []
    for k in range(len(raw) - 1):
        if folded[k] not in _PLACE_PREPOSITIONS or not raw[k + 1][:1].isupper():
            continue  # cheap: most "in"s and "at"s are followed by no name
        j = k + 1
        while (
            j < len(raw)
            and raw[j][:1].isupper()
            and folded[j] not in _MONTHS
            and folded[j] not in _WEEKDAYS
            and folded[j] not in STOPWORDS
        ):
            j += 1
        if k + 1 < j <= k + 4 and not folded[j - 1].endswith("'s"):
            name = " ".join(folded[k + 1 : j])
            found.append((name, "", matches[k + 1].start(), matches[j - 1].end()))
    if found and _title_case(raw):
        return ()  # a Title Case headline: capitals mark the style, not places
    return tuple(found)


def _title_case(raw: Sequence[str]) -> bool:
    """Whether most content words are capitalised (a Title Case headline)."""
    content = [w for w in raw if w[:1].isalpha() and w.casefold() not in STOPWORDS]
    return bool(content) and sum(w[0].isupper() for w in content) > 0.6 * len(content)


def surname_of(name: str) -> str:
    parts = fold(name).split()
    return parts[-1] if parts else ""


def fold(text: str) -> str:
    """Case and accents folded: "Calderón" and "Calderon" are one name."""
    if text.isascii():
        return text.casefold()
    return _fold_accents(text)


@lru_cache(maxsize=16384)
def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # the accents are looked up once per distinct character (a sentence is often non-ASCII
    # for its curly quotes alone, and then has none to drop)
    marks = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
    return decomposed.translate(marks) if marks else decomposed


def _plausible(speakers: Sequence[str]) -> list[str]:
    """Speakers that can be names: not a date word ("Tuesday"), not empty."""
    return [
        s
        for s in speakers
        if s.strip() and not any(w in _WEEKDAYS or w in _MONTHS for w in s.casefold().split())
    ]


def find_name(text: str, name: str) -> tuple[int, int]:
    where = text.casefold().find(name.casefold())
    if where < 0:
        where = text.casefold().find(surname_of(name))
        name = surname_of(name)
    return (where, where + len(name)) if where >= 0 else (0, 0)
