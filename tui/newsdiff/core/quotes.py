"""Quote extraction: the spans inside quotation marks, their kind and (via speakers) speaker.

Pairing runs in one left-to-right pass over the quotation marks and line breaks of the text, with
one small state machine per family of marks (double ``"“”„``, single ``'‘’‚``, guillemets
``«»``), so it is linear in the size of the input whatever the quoting looks like. Families are
paired independently and then reconciled: a single-quoted span inside a double-quoted one is a
nested quote and belongs to the outer one; a single-quoted span that contains double-quoted ones
(British style) wins over them; spans that cross each other are dropped (unsound, skipped).

Rules (see tests/fixtures/gold/README.md):

- offsets cover the words inside the marks, without the marks and surrounding whitespace;
- apostrophes (``don’t``, ``India’s``, ``’90s``, ``students’``) are not quotation marks;
- a quote stops at a paragraph break unless the next paragraph opens with a quotation mark (US
  style: an unclosed paragraph followed by a paragraph opening with a mark continues the quote);
  a line wrapped mid-clause continues it too; an unclosed quote otherwise is skipped;
- unbalanced, nested or mixed marks never raise: what is sound is extracted, the rest skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdiff.core import names as vocab
from newsdiff.core.models import Quote, QuoteKind, Sentence
from newsdiff.core.speakers import attribute

_MARK = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb'\u2018\u2019\u201a\n]")

_DOUBLE = '"\u201c\u201d\u201e\u201f'
_SINGLE = "'\u2018\u2019\u201a"
_GUILLEMET = "\u00ab\u00bb"
OPENING_MARKS = "\u201c\u201e\u201f\u00ab\u2018\u201a\"'"
CLOSING_MARKS = "\u201d\u00bb\u2019\"'\u201c"
_OPEN_CONTEXT = "([{\u2014\u2013-/\u201c\u201e\u00ab\u2018\"'"
_CLOSE_CONTEXT = ",.;:!?)]}\u2014\u2013-\u2026\u201d\u00bb\u2019\"'"
_LINE_END_STOPS = ".!?:;\u2026"
_ELISIONS = ("em", "tis", "twas", "til", "cause", "n'", "n\u2019", "s ")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A paired quotation: the opening and closing mark positions and the inner span."""

    open: int
    close: int
    start: int
    end: int


class _Family:
    """The pairing state of one family of marks."""

    __slots__ = ("name", "open_at", "open_char", "first_open", "absorb", "spans")

    def __init__(self, name: str) -> None:
        self.name = name
        self.open_at = -1
        self.open_char = ""
        self.first_open = -1
        self.absorb = -1
        self.spans: list[tuple[int, int]] = []

    def start(self, at: int, char: str) -> None:
        self.open_at = at
        self.open_char = char
        self.first_open = at

    def reset(self) -> None:
        self.open_at = -1
        self.open_char = ""
        self.first_open = -1

    def finish(self, close: int) -> None:
        self.spans.append((self.first_open, close))
        self.reset()

    @property
    def is_open(self) -> bool:
        return self.open_at >= 0


def _char(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""


def _opens_here(prev: str, nxt: str) -> bool:
    """A mark between ``prev`` and ``nxt`` sits where a quotation could start."""
    left_free = prev == "" or prev.isspace() or prev in _OPEN_CONTEXT
    return left_free and nxt != "" and not nxt.isspace()


def _closes_here(prev: str, nxt: str) -> bool:
    """A mark between ``prev`` and ``nxt`` sits where a quotation could end."""
    right_free = nxt == "" or nxt.isspace() or nxt in _CLOSE_CONTEXT
    return prev != "" and not prev.isspace() and right_free


def _double(family: _Family, text: str, at: int, char: str) -> None:
    prev, nxt = _char(text, at - 1), _char(text, at + 1)
    if char == "\u201d":
        if family.is_open:
            family.finish(at)
        return
    if char in "\u201e\u201f":
        family.start(at, char)
        return
    if char == "\u201c":
        if family.is_open and (family.open_char == "\u201e" or _closes_here(prev, nxt)):
            if prev != "" and not prev.isspace():
                family.finish(at)
                return
        family.start(at, char)
        return
    # straight double quote: the context decides
    can_open = _opens_here(prev, nxt)
    can_close = prev != "" and not prev.isspace()
    if family.is_open:
        if can_close and (_closes_here(prev, nxt) or not can_open):
            family.finish(at)
        elif can_open:
            family.start(at, char)
    elif can_open:
        family.start(at, char)


def _is_elision(text: str, at: int) -> bool:
    """An apostrophe that opens a shortened word (’90s, 'em, 'tis, rock 'n' roll)."""
    nxt = _char(text, at + 1)
    if nxt.isdigit():
        return True
    head = text[at + 1 : at + 6].lower()
    return any(head.startswith(elision) for elision in _ELISIONS) and not head[:4].isalpha()


def _single(family: _Family, text: str, at: int, char: str) -> None:
    prev, nxt = _char(text, at - 1), _char(text, at + 1)
    if family.is_open:
        closes = (
            prev != ""
            and not prev.isspace()
            and not nxt.isalnum()
            and (char != "\u2018" or family.open_char == "\u201a")
        )
        if closes and char != "\u201a":
            family.finish(at)
            return
    if char in "\u2018\u201a'" and _opens_here(prev, nxt) and not prev.isalnum():
        if not _is_elision(text, at) and (nxt.isalnum() or nxt in _DOUBLE):
            family.start(at, char)


def _guillemet(family: _Family, text: str, at: int, char: str) -> None:
    if char == "\u00ab":
        family.start(at, char)
    elif family.is_open:
        family.finish(at)


def _line_break(families: Sequence[_Family], text: str, at: int) -> int:
    """Decide, at a line break, whether each open quotation goes on; return where to resume."""
    size = len(text)
    j = at
    newlines = 0
    while j < size and text[j].isspace():
        newlines += text[j] == "\n"
        j += 1
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    line_end = _char(text, k)
    next_char = _char(text, j)
    for family in families:
        if not family.is_open:
            continue
        marks = {"double": _DOUBLE, "single": _SINGLE, "guillemet": "\u00ab"}[family.name]
        if next_char and next_char in marks and next_char not in "\u201d\u2019\u00bb":
            family.open_at = j
            family.absorb = j
        elif newlines == 1 and line_end and line_end not in _LINE_END_STOPS + CLOSING_MARKS:
            continue
        else:
            family.reset()
    return j


def pair_marks(text: str) -> tuple[QuoteSpan, ...]:
    """Every sound quotation of ``text`` as mark positions and inner spans, in text order."""
    families = (_Family("double"), _Family("single"), _Family("guillemet"))
    double, single, guillemet = families
    resume = 0
    for match in _MARK.finditer(text):
        at = match.start()
        if at < resume:
            continue
        char = text[at]
        if char == "\n":
            if any(family.is_open for family in families):
                resume = _line_break(families, text, at)
            continue
        if char in _DOUBLE:
            if double.absorb == at:
                continue
            _double(double, text, at, char)
        elif char in _SINGLE:
            if single.absorb == at:
                continue
            _single(single, text, at, char)
        else:
            if guillemet.absorb == at:
                continue
            _guillemet(guillemet, text, at, char)
    return _reconcile(text, double.spans, single.spans, guillemet.spans)


def _reconcile(
    text: str,
    double: list[tuple[int, int]],
    single: list[tuple[int, int]],
    guillemet: list[tuple[int, int]],
) -> tuple[QuoteSpan, ...]:
    """Merge the families' pairs into non-overlapping outermost quotations."""
    primary = sorted(double + guillemet)
    kept_primary: list[tuple[int, int]] = []
    for pair in primary:
        if kept_primary and pair[0] < kept_primary[-1][1]:
            continue
        kept_primary.append(pair)
    starts = [pair[0] for pair in kept_primary]
    singles: list[tuple[int, int]] = []
    swallowed: set[int] = set()
    for open_at, close_at in single:
        index = bisect.bisect_right(starts, open_at) - 1
        if index >= 0 and kept_primary[index][1] > open_at:
            continue  # nested in a double-quoted span (or crossing it)
        inner_first = index + 1
        inner_last = bisect.bisect_left(starts, close_at)
        inner = range(inner_first, inner_last)
        if any(kept_primary[i][1] > close_at for i in inner):
            continue  # crosses a double-quoted span: unsound
        swallowed.update(inner)
        singles.append((open_at, close_at))
    pairs = sorted([pair for i, pair in enumerate(kept_primary) if i not in swallowed] + singles)
    spans: list[QuoteSpan] = []
    for open_at, close_at in pairs:
        start, end = open_at + 1, close_at
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(QuoteSpan(open_at, close_at, start, end))
    return tuple(spans)


_RESUMED = re.compile(
    '[,!?\u2026][\u201d\u2019"\'\u00bb]\\s+[^\u201c\u201d\u2018"\u00ab\\n]{1,80}?,$'
)
"""A quotation closed with a comma, an attribution, and a comma: the next quote resumes it."""


_WORDS = re.compile(r"[A-Za-z]+")


def _stands_alone(text: str, span: QuoteSpan, comma: int) -> bool:
    """After a comma, a capitalized quotation is a statement (``she said, “We …”``) unless it
    is a name set off by commas (``their album, “Rust Belt Lullabies,” opens …``): it follows a
    reporting word, or ends a sentence inside its marks, or is followed by an attribution."""
    lead = _WORDS.findall(text[max(0, comma - 40) : comma])
    if lead and lead[-1].lower() in vocab.REPORTING_VERBS:
        return True
    if text[span.end - 1] in ".!?\u2026":
        return True
    tail = text[span.close + 1 : span.close + 80].split(".")[0]
    return any(word.lower() in vocab.STRONG_REPORTING for word in _WORDS.findall(tail)[:5])


def quote_kind(text: str, span: QuoteSpan) -> QuoteKind:
    """``full`` for a quoted statement, ``fragment`` for a phrase inside the writer's sentence."""
    k = span.open - 1
    floor = max(-1, span.open - 200)
    while k > floor and text[k] in " \t\u00a0":
        k -= 1
    before = text[k] if k >= 0 else "\n"
    words = text[span.start : span.end].split()
    first = text[span.start]
    if before == "\n" or before in ".!?:;\u2026" or before in CLOSING_MARKS:
        if len(words) <= 2 and text[span.end - 1].isalnum():
            after = text[span.close + 1 : span.close + 3].lstrip()
            if after and after[0].isalpha():
                return "fragment"  # "Mature" is how he put it
        return "full"
    if before in ",\u2014\u2013-" and (first.isupper() or first.isdigit()) and len(words) >= 3:
        if before != "," or _stands_alone(text, span, k):
            return "full"
    if before == "," and _RESUMED.search(text, max(0, k - 90), k + 1):
        return "full"  # “We are listening,” a spokesperson said, “and nothing is decided.”
    return "fragment"


def _covered(
    sentences: Sequence[Sentence], starts: list[int], start: int, end: int
) -> tuple[int, ...]:
    """Indices of the sentences that the span ``start:end`` overlaps."""
    first = max(0, bisect.bisect_right(starts, start) - 1)
    last = max(first, bisect.bisect_left(starts, end) - 1)
    if not sentences:
        return ()
    return tuple(sentences[i].index for i in range(first, last + 1))


def extract_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Every span inside quotation marks in ``text``, with speaker and kind.

    ``sentences`` are the article's segments (from ``segment``); they give each quote the
    sentence it starts in and the sentences it covers, and the context for attribution.
    """
    spans = pair_marks(text)
    if not spans:
        return ()
    ordered = sorted(sentences, key=lambda sentence: sentence.start)
    starts = [sentence.start for sentence in ordered]
    kinds = [quote_kind(text, span) for span in spans]
    speakers = attribute(text, ordered, spans, [kind == "full" for kind in kinds])
    quotes: list[Quote] = []
    for span, speaker, kind in zip(spans, speakers, kinds, strict=True):
        covered = _covered(ordered, starts, span.start, span.end)
        quotes.append(
            Quote(
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                speaker=speaker,
                kind=kind,
                sentence=covered[0] if covered else 0,
                sentences=covered,
            )
        )
    return tuple(quotes)
