"""Quotation marks paired into quotation spans, in one linear pass.

Pairing runs left to right over the quotation marks and line breaks of the text, with one small
state machine per family of marks (double ``"“”„``, single ``'‘’‚``, guillemets ``«»``), so it
is linear in the size of the input whatever the quoting looks like. Within the double and
guillemet families an opening mark inside an open quote opens a nested quote (a stack), as long
as the paragraph's marks balance. Families are paired independently and then reconciled: a
single-quoted span inside a double-quoted one is a nested quote (a quote of its own, marked
``nested``); a single-quoted span that contains double-quoted ones (British style) is the outer
one; spans that cross each other are dropped.

Rules (see ../shared/gold/README.md and DESIGN.md §3):

- offsets cover the words inside the marks, without the marks and surrounding whitespace;
- apostrophes (``don’t``, ``India’s``, ``’90s``, ``students’``) are not quotation marks;
- a quote never spans a paragraph break: a statement quoted over several paragraphs (each
  reopening with a mark) is one span per paragraph, chained by ``chain``; a double or guillemet
  quote whose paragraph ends without a closing mark and is not reopened ends there; a line
  wrapped mid-clause continues the quote;
- unbalanced, nested or mixed marks never raise and never run past a paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

_MARK = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb'\u2018\u2019\u201a\n]")

_DOUBLE = '"\u201c\u201d\u201e\u201f'
_SINGLE = "'\u2018\u2019\u201a"
_GUILLEMET = "\u00ab\u00bb"
OPENING_MARKS = "\u201c\u201e\u201f\u00ab\u2018\u201a\"'"
CLOSING_MARKS = "\u201d\u00bb\u2019\"'\u201c"
_OPEN_CONTEXT = "([{\u2014\u2013\u2015-/\u201c\u201e\u00ab\u2018\"'"
_CLOSE_CONTEXT = ",.;:!?)]}\u2014\u2013\u2015-\u2026\u201d\u00bb\u2019\"'"
_LINE_END_STOPS = ".!?:;\u2026"
_ELISIONS = ("em", "tis", "twas", "til", "cause", "n'", "n\u2019", "s ")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A paired quotation: the opening and closing mark positions and the inner span.

    ``close`` is the closing mark, or the end of the paragraph for a quote that the paragraph
    ends. ``chain`` is the position of the opening mark of the first paragraph of the statement
    this span belongs to (its own ``open`` when it starts one). ``nested`` marks a quote inside
    another quote.
    """

    open: int
    close: int
    start: int
    end: int
    chain: int = -1
    nested: bool = False

    @property
    def continues(self) -> bool:
        """Whether this span reopens a statement quoted in an earlier paragraph."""
        return 0 <= self.chain < self.open


class _Family:
    """The pairing state of one family of marks.

    A double or guillemet mark that opens while a quote of its family is open opens a quote
    inside it (``"He told me, "never again," and left"``): the open quotes are a stack and a
    closing mark closes the innermost. A paragraph that ends with a quote open inside another,
    or with an outer quote open around completed inner ones and not reopened, had unbalanced
    marks rather than nested ones: the outer marks are forgotten and the paragraph reads as
    unnested marks always read (the last opening mark starts the quote).
    """

    __slots__ = ("name", "open_at", "open_char", "chain", "absorb", "spans", "outer", "nests")

    def __init__(self, name: str, nests: bool = False) -> None:
        self.name = name
        self.open_at = -1
        self.open_char = ""
        self.chain = -1
        self.absorb = -1
        self.spans: list[tuple[int, int, int]] = []
        self.outer: list[tuple[int, str, int]] = []
        self.nests = nests

    def start(self, at: int, char: str) -> None:
        if self.nests and self.is_open:
            self.outer.append((self.open_at, self.open_char, self.chain))
        self.open_at = at
        self.open_char = char
        self.chain = at

    def reset(self) -> None:
        self.open_at = -1
        self.open_char = ""
        self.chain = -1
        self.outer.clear()

    def finish(self, close: int) -> None:
        self.spans.append((self.open_at, close, self.chain))
        if self.outer:
            self.open_at, self.open_char, self.chain = self.outer.pop()
        else:
            self.reset()

    def reopen(self, paragraph_end: int, at: int) -> None:
        """End this paragraph's span at ``paragraph_end``; the statement goes on at ``at``."""
        self.spans.append((self.open_at, paragraph_end, self.chain))
        self.open_at = at
        self.absorb = at

    def end_paragraph(self, paragraph_end: int) -> None:
        """The paragraph ends and the open quote is not reopened: an unclosed double or
        guillemet quote ends here, unless it holds completed quotes (then its opening mark
        was a stray one); an unclosed single is dropped (singles may be apostrophes)."""
        self.outer.clear()
        if self.ends_with_paragraph and not self.holds_inner:
            self.finish(paragraph_end)
        else:
            self.reset()

    @property
    def holds_inner(self) -> bool:
        """Whether a quote closed since the open one opened (a quote inside it)."""
        return bool(self.spans) and self.spans[-1][0] > self.open_at

    @property
    def ends_with_paragraph(self) -> bool:
        """An unclosed quote of this family ends with its paragraph (singles may be
        apostrophes, so an unclosed single is dropped instead)."""
        return self.name != "single"

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
    if nxt == "\n" and (prev == "" or prev.isspace()):
        nxt = _after_line_end(text, at)  # a line wrapped right after an opening mark
    _straight(family, prev, nxt, at, at)


def _after_line_end(text: str, at: int) -> str:
    """The first character after the line break that follows the mark at ``at``: past one
    break, or past a blank line when the mark stands alone on its line (a paragraph that is
    only an opening mark, the quoted words in the next one)."""
    if not lone_mark(text, at):
        return _char(text, at + 2)
    index = at + 1
    while index < len(text) and text[index].isspace():
        index += 1
    return _char(text, index)


def lone_mark(text: str, at: int) -> bool:
    """Whether the mark at ``at`` is the only character on its line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return not text[start:at].strip() and not text[at + 1 : end].strip()


def _straight(family: _Family, prev: str, nxt: str, opens: int, closes: int) -> None:
    """A straight double mark (``"``, or ``''`` as some archives write it): the characters
    around it decide; ``opens``/``closes`` are the positions it opens or closes at."""
    can_open = _opens_here(prev, nxt)
    can_close = prev != "" and not prev.isspace()
    if family.is_open:
        if can_close and (_closes_here(prev, nxt) or not can_open):
            family.finish(closes)
        elif can_open:
            family.start(opens, '"')
    elif can_open:
        family.start(opens, '"')


def _is_elision(text: str, at: int) -> bool:
    """An apostrophe that opens a shortened word (’90s, 'em, 'tis, rock 'n' roll)."""
    nxt = _char(text, at + 1)
    if nxt.isdigit():
        return True
    head = text[at + 1 : at + 6].lower()
    return any(head.startswith(elision) for elision in _ELISIONS) and not head[:4].isalpha()


def _single(family: _Family, text: str, at: int, char: str) -> None:
    prev, nxt = _char(text, at - 1), _char(text, at + 1)
    if nxt == "\n" and lone_mark(text, at):
        nxt = _after_line_end(text, at)
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
    """``«…»``, and German ``»…«``: a quote opened by ``»`` is closed by ``«``."""
    reversed_open = family.is_open and family.open_char == "\u00bb"
    if char == "\u00ab" and not (reversed_open and _closes_here(_char(text, at - 1), "")):
        family.start(at, char)
    elif char == "\u00ab" or (family.is_open and not reversed_open):
        family.finish(at)
    elif _opens_here(_char(text, at - 1), _char(text, at + 1)):
        family.start(at, char)


def _line_break(families: Sequence[_Family], text: str, at: int) -> int:
    """Decide, at a line break, whether each open quotation goes on; return where to resume."""
    size = len(text)
    j = at
    newlines = 0
    while j < size and text[j].isspace():
        newlines += text[j] == "\n"
        j += 1
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    line_end = _char(text, k)
    next_char = _char(text, j)
    paired = text.startswith("''", j)
    resume = j
    for family in families:
        if not family.is_open:
            continue
        marks = _REOPENERS[family.name]
        if newlines == 1 and line_end and line_end not in _LINE_END_STOPS + CLOSING_MARKS:
            continue  # a line wrapped mid-clause
        if k == family.open_at and j < size and (newlines == 1 or lone_mark(text, k)):
            continue  # a line wrapped right after the quote's opening mark, or a lone mark
        family.outer.clear()  # still open inside another at a paragraph's end: unbalanced
        if paired and family.name == "double":
            family.reopen(k + 1, j)
            resume = j + 2
        elif paired and family.name == "single":
            family.reset()
        elif next_char and next_char in marks and _same_style(family.open_char, next_char):
            family.reopen(k + 1, j)
        else:
            family.end_paragraph(k + 1)
    return resume


def _same_style(opened: str, reopens: str) -> bool:
    """A statement quoted over paragraphs reopens with marks of the style it opened with:
    straight with straight, typographic with typographic (a straight-marked block quote whose
    next paragraph opens a curly quote of its own is not continued by it)."""
    return (opened in "\"'") == (reopens in "\"'")


_REOPENERS = {
    "double": '"\u201c\u201e\u201f',
    "single": "'\u2018\u201a",
    "guillemet": "\u00ab\u00bb",
}


def pair_marks(text: str) -> tuple[QuoteSpan, ...]:
    """Every sound quotation of ``text`` as mark positions and inner spans, in text order."""
    families = (
        _Family("double", nests=True),
        _Family("single", nests=True),
        _Family("guillemet", nests=True),
    )
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
        if char == "'" and text.startswith("''", at) and double.absorb != at + 1:
            _straight(double, _char(text, at - 1), _char(text, at + 2), at, at + 1)
            resume = at + 2  # two apostrophes for a double mark (''…'')
            continue
        family = double if char in _DOUBLE else single if char in _SINGLE else guillemet
        if family.absorb == at:
            continue
        _STEP[family.name](family, text, at, char)
    end = len(text.rstrip())
    for family in families:
        if family.is_open and family.open_at < end:
            family.end_paragraph(end)
    return _reconcile(text, double.spans, single.spans, guillemet.spans)


def _outermost(pairs: list[tuple[int, int, int]]) -> tuple[list[tuple[int, int, int]], set[int]]:
    """The pairs that no earlier pair encloses or crosses, and the indices of nested ones."""
    kept: list[tuple[int, int, int]] = []
    nested: set[int] = set()
    for index, pair in enumerate(pairs):
        if kept and pair[0] < kept[-1][1]:
            if pair[1] <= kept[-1][1]:
                nested.add(index)
            continue
        kept.append(pair)
    return kept, nested


def _reconcile(
    text: str,
    double: list[tuple[int, int, int]],
    single: list[tuple[int, int, int]],
    guillemet: list[tuple[int, int, int]],
) -> tuple[QuoteSpan, ...]:
    """Merge the families' pairs: outermost quotations, and the quotes nested in them."""
    primary = sorted(double + guillemet)
    kept_primary, inner_primary = _outermost(primary)
    starts = [pair[0] for pair in kept_primary]
    outer: list[tuple[int, int, int]] = []
    singles = sorted(single)
    kept_single, inner_single = _outermost(singles)
    nested: list[tuple[int, int, int]] = [singles[i] for i in sorted(inner_single)]
    swallowed: set[int] = set()
    for pair in kept_single:
        open_at, close_at = pair[0], pair[1]
        index = bisect.bisect_right(starts, open_at) - 1
        if index >= 0 and kept_primary[index][1] > open_at:
            if kept_primary[index][1] >= close_at:
                nested.append(pair)  # a single-quoted quote inside a double-quoted one
            continue
        inner = range(index + 1, bisect.bisect_left(starts, close_at))
        if any(kept_primary[i][1] > close_at for i in inner):
            continue  # crosses a double-quoted span: unsound
        swallowed.update(inner)
        outer.append(pair)
    outer += [pair for i, pair in enumerate(kept_primary) if i not in swallowed]
    nested += [kept_primary[i] for i in sorted(swallowed)]
    nested += [primary[i] for i in sorted(inner_primary)]
    spans = [_span(text, pair, False) for pair in outer]
    spans += [_span(text, pair, True) for pair in _laminar(_inside_or_apart(nested, outer))]
    return tuple(sorted((span for span in spans if span is not None), key=_reading_order))


def _inside_or_apart(
    pairs: list[tuple[int, int, int]], outer: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """The nested pairs that cross no outermost quotation (a pair nested in single marks whose
    outer pair was dropped as unsound may cross a double-quoted one)."""
    spans = sorted(outer)
    opens = [pair[0] for pair in spans]
    kept = []
    for pair in pairs:
        first = bisect.bisect_right(opens, pair[0]) - 1  # the last opening at or before it
        last = bisect.bisect_left(opens, pair[1]) - 1  # the last opening before it closes
        if first >= 0 and pair[0] < spans[first][1] < pair[1]:
            continue  # opens inside an outer quotation and closes after it
        if last > first and spans[last][1] > pair[1]:
            continue  # an outer quotation opens inside it and closes after it
        kept.append(pair)
    return kept


def _laminar(pairs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The pairs without those that cross an earlier one (unsound marks of two families);
    a pair inside another is kept. A stack of the open pairs keeps this O(n log n)."""
    kept: list[tuple[int, int, int]] = []
    stack: list[tuple[int, int, int]] = []
    for pair in sorted(pairs, key=lambda p: (p[0], -p[1])):
        while stack and stack[-1][1] <= pair[0]:
            stack.pop()
        if stack and stack[-1][1] < pair[1]:
            continue  # opens inside the top pair and closes after it: crossing
        stack.append(pair)
        kept.append(pair)
    return kept


def _reading_order(span: QuoteSpan) -> tuple[int, int]:
    return span.open, span.nested


def _span(text: str, pair: tuple[int, int, int], nested: bool) -> QuoteSpan | None:
    open_at, close_at, chain = pair
    start, end = open_at + 1, close_at
    if text.startswith("''", open_at):
        start += 1
    if close_at > 0 and text.startswith("''", close_at - 1):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return QuoteSpan(open_at, close_at, start, end, chain=chain, nested=nested)


_STEP = {"double": _double, "single": _single, "guillemet": _guillemet}
