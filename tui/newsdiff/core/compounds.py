"""Hyphenated compounds in evidence: *Wal-Mart* is one agreeing word, not *Wal* and *Mart*.

Scoring and the claim check read a compound's parts as words (``wal``, ``mart``): that is how
*class-action* meets *class action*, and it is left alone. The evidence a reader sees is
another matter: a part of a compound is no word of the sentence, and emphasis (which marks
whole tokens) cannot mark it. So an agreeing word inside a compound is shown as the whole
compound when the other sentence writes that compound too (its parts in the same order,
joined by a hyphen or a space: *class-action* / *class action*), and not shown when it does
not (*state-run* / *the state*: the part still counts for the score). A compound of names
(every part capitalised: *US-India*, *Jaishankar-Rubio*) is the exception: each part is a name
of its own, and agrees as that name where the other sentence writes the name on its own
(*India*); emphasis marks that part inside the compound. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdiff.core.words import STOPWORDS

HYPHENS = "-\u2010\u2011"
"""Hyphen-minus, hyphen and non-breaking hyphen: they join a compound (a dash does not)."""

_PART = r"(?:(?:[^\W\d_]\.){2,}+|[^\W_]++(?:['’][^\W\d_]++)*+)"
COMPOUND = re.compile(rf"(?<![^\W_])(?<![^\W_]\.){_PART}(?:[{HYPHENS}]{_PART})++")
"""A hyphenated compound as written (*Wal-Mart*, *son-in-law*, *14-year-old*, *U.S.-Israel*);
read from a word's start, with possessive repeats (a quarter of the time of plain ones)."""

_JOINS = frozenset([*HYPHENS, " ", ".", ". ", *(f".{mark}" for mark in HYPHENS)])
"""What may stand between two words of one compound: a hyphen or a space (*class-action* /
*class action*), after an abbreviation's full stop too (*U.S.-Israel*, *U.S. Israel*)."""


def of_names(compound: str) -> bool:
    """Whether every part of ``compound`` (as written) is capitalised, a name: *US-India*,
    *U.S.-Israel*, *Jaishankar-Rubio*, *Wal-Mart*; not *state-run*, *pro-Israel*, *US-led*,
    nor *State-Run* or *Saudi-Led* capitalised (:data:`MODIFIER_HEADS`)."""
    parts = re.split(f"[{HYPHENS}]", compound)
    if parts[0].casefold() in PREFIXES:
        return False  # Pro-Israel at a sentence's start or in a headline: a modifier
    if parts[-1].casefold() in MODIFIER_HEADS:
        return False  # State-Run, Saudi-Led, Long-Term capitalised in a name: a modifier
    return all(part[:1].isupper() for part in parts)


PREFIXES = frozenset(["anti", "co", "ex", "mid", "neo", "non", "post", "pre", "pro", "self", "un"])
"""Prefixes a sentence's start or a Title Case headline capitalises (*Pro-Israel*): no name."""

MODIFIER_HEADS = frozenset(
    "run led owned based backed funded controlled sponsored operated managed affiliated "
    "aligned allied linked made born held supported appointed elected dominated leaning "
    "term time level scale style wide friendly free related minded oriented speaking".split()
)
"""Last parts that make a compound a modifier, not a pair of names, however it is capitalised
(*State-Run Broadcaster*, *Saudi-Led Coalition*, *Long-Term*, *Kremlin-Backed*): participles
and heads of compound adjectives that are no one's name."""

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def names_at(text: str, start: int, end: int) -> bool:
    """Whether the compound ``text[start:end]`` is one of names (:func:`of_names`) where it
    stands. In a Title Case sentence (a headline: every longer content word capitalised) a
    capital says nothing, so every part must be a name whatever its case: an acronym or
    initialism (*US*, *U.S.*) or a country (*India*); a headline's *State-Run* or *Long-Term*
    is no pair of names."""
    compound = text[start:end]
    if not of_names(compound):
        return False
    if not title_cased(text, start, end):
        return True
    return all(_name_anyhow(part) for part in re.split(f"[{HYPHENS}]", compound))


def title_cased(text: str, start: int = 0, end: int = 0) -> bool:
    """Whether ``text`` (but ``start:end``, the compound) is in Title Case: at least three
    words of four letters or more that are no stopwords, every one capitalised (as
    ``lookalikes.title_case`` reads a headline). A body sentence writes some in lower case;
    a capitalised word next to the compound is no Title Case (*Wal-Mart Stores*)."""
    words = [
        w.group(0)
        for w in _LONG_WORD.finditer(text)
        if not start <= w.start() < end and w.group(0).casefold() not in STOPWORDS
    ]
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def _name_anyhow(part: str) -> bool:
    """A name in any case style: an acronym or initialism (*US*, *U.S.*) or a country or its
    capital (``places.COUNTRIES``)."""
    from newsdiff.core.places import COUNTRIES

    letters = part.replace(".", "")
    return (len(letters) >= 2 and letters.isupper()) or part.casefold() in COUNTRIES


def in_compound(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is a part of a hyphenated compound (a hyphen
    joins it to a word before or after it)."""
    before = start >= 2 and text[start - 1] in HYPHENS and not text[start - 2].isspace()
    after = end + 1 < len(text) and text[end] in HYPHENS and not text[end + 1].isspace()
    return before or after


Token = tuple[str, int, int]
"""A word's stem and its span in the sentence."""


def has_hyphen(text: str) -> bool:
    """Whether ``text`` may hold a compound (the cheap test before any reading)."""
    return any(mark in text for mark in HYPHENS)


_JOINED = re.compile(rf"[^\W_][{HYPHENS}][^\W_]|\.[{HYPHENS}][^\W_]")
"""A hyphen between two word characters (or after an abbreviation): the cheap test for a
compound (a dash between spaces, `` -- ``, joins none)."""


def compound_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the hyphenated compounds of ``text``."""
    if not has_hyphen(text) or _JOINED.search(text) is None:
        return ()
    return tuple(match.span() for match in COMPOUND.finditer(text))


def within(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The span of ``spans`` that holds ``start``–``end``, if any."""
    for first, last in spans:
        if first <= start and end <= last:
            return first, last
    return None


def parts_of(tokens: Sequence[Token], start: int, end: int) -> tuple[str, ...]:
    """The stems of the tokens between ``start`` and ``end`` (a compound's parts)."""
    return tuple(stem for stem, first, last in tokens if start <= first and last <= end)


def written_run(parts: Sequence[str], tokens: Sequence[Token], text: str) -> tuple[int, int] | None:
    """Where ``text`` writes the stems ``parts`` one after another, joined by a single hyphen
    or space (a compound, or the same words apart), if it does."""
    count = len(parts)
    for i in range(len(tokens) - count + 1):
        run = tokens[i : i + count]
        if all(token[0] == part for token, part in zip(run, parts, strict=True)) and all(
            text[a[2] : b[1]] in _JOINS for a, b in zip(run, run[1:], strict=False)
        ):
            return run[0][1], run[-1][2]
    return None


@dataclass(frozen=True, slots=True)
class Compounds:
    """A sentence's compounds as the evidence reads them (one reading per text). Which are of
    names, and the names written alone, are read only when the evidence asks (few checks do):
    the same answers, without a Title Case reading for every sentence with a hyphen."""

    spans: tuple[tuple[int, int], ...]
    parts: tuple[tuple[str, ...], ...]
    """Each compound's stems, in order."""
    tokens: tuple[Token, ...]
    alone: frozenset[str]
    """The stems the sentence writes outside any compound."""
    text: str
    holding: dict[str, tuple[int, ...]]
    """The compounds (indices) each stem is a part of."""
    _names: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)
    _named: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)

    def of_names(self, k: int) -> bool:
        """Whether compound ``k`` is one of names (:func:`names_at`), read when first asked."""
        known = self._names.get(k)
        if known is None:
            first, last = self.spans[k]
            known = self._names[k] = names_at(self.text, first, last)
        return known

    @property
    def named_alone(self) -> frozenset[str]:
        """The stems the sentence writes capitalised outside any compound (a name on its
        own), read when first asked."""
        if not self._named:
            self._named.append(names_alone(self.text, self.tokens, self.spans))
        return self._named[0]


def names_alone(
    text: str, tokens: Sequence[Token], spans: Sequence[tuple[int, int]] = ()
) -> frozenset[str]:
    """The stems of the words ``text`` writes capitalised outside any of ``spans`` (its
    compounds): the names it writes on their own (*India*; not *us*, *turkey*)."""
    return frozenset(
        stem for stem, a, b in tokens if text[a : a + 1].isupper() and within(spans, a, b) is None
    )


_READ: dict[str, Compounds | None] = {}
_READ_MEMORY = 16384


def compounds_of(text: str, words: Sequence[tuple[str, str, int, int]]) -> Compounds | None:
    """The compounds of ``text`` (``words``: its claim words, folded, stemmed and spans), or
    ``None`` when it has none (most sentences: then the evidence is read as before). Kept per
    text: a sentence is a candidate of many others."""
    if text in _READ:
        return _READ[text]
    spans = compound_spans(text)
    found = None
    if spans:
        tokens = tuple((stemmed, start, end) for _, stemmed, start, end in words)
        alone = frozenset(st for st, a, b in tokens if within(spans, a, b) is None)
        parts = tuple(parts_of(tokens, first, last) for first, last in spans)
        holding: dict[str, list[int]] = {}
        for k, stems in enumerate(parts):
            for stem in stems:
                holding.setdefault(stem, []).append(k)
        found = Compounds(
            spans,
            parts,
            tokens,
            alone,
            text,
            {stem: tuple(ks) for stem, ks in holding.items()},
        )
    if len(_READ) >= _READ_MEMORY:
        _READ.clear()
    _READ[text] = found
    return found
