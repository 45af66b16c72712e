"""Search in the view: the sentences of both columns holding a text, their matches highlighted,
and the next match from the cursor (smart case, wrapping around as vim and less do)."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from newsdiff.app.widgets.diff_cursor import Cursor, Stop
from newsdiff.app.widgets.diff_emphasis import display_text
from newsdiff.app.widgets.diff_rows import row_cells
from newsdiff.core.claim import fold
from newsdiff.core.models import CharSpan, Comparison, Side

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Widget
else:
    _Widget = object

Folded = tuple[str, tuple[int, ...] | None]
"""A text folded for search, and the index in the text of each folded character (``None``:
one for one, the index is the position)."""

Searchable = tuple[int, int, Side, int, int, str, Folded, Folded]
"""A sentence as search reads it: row, column order, side, index, start offset, its text as
shown, that text with case and accents folded and with accents folded only (smart case)."""


class DiffSearch(_Widget):
    """Mixin of ``DiffView``: what is searched for and where it was found."""

    _comparison: Comparison | None
    _cursor: Cursor | None
    _pattern: str
    _matches: dict[tuple[Side, int], tuple[CharSpan, ...]]
    """The matches' character spans in each sentence holding one (drawn by ``render_line``)."""
    _match_stops: list[Stop]
    """The sentences holding a match, in reading order."""
    _searchable: tuple[Comparison, list[Searchable]] | None

    if TYPE_CHECKING:

        def _after(
            self, stops: list[Stop], direction: int, at: tuple[int, int] | None = None
        ) -> Cursor | None: ...

    @property
    def pattern(self) -> str:
        """The text searched for (``""`` when no search is active)."""
        return self._pattern

    @property
    def match_count(self) -> int:
        """How many sentences (of both columns) contain the search text."""
        return len(self._match_stops)

    def search(self, pattern: str) -> int:
        """Search both columns for ``pattern`` (smart case: case-insensitive unless it has a
        capital, as vim's ``smartcase`` and less's ``-i``); highlight the matches and return how
        many sentences hold one. An empty pattern ends the search."""
        self._pattern = pattern
        if self._comparison is not None:
            self._find(self._comparison)
        else:
            self._matches, self._match_stops = {}, []
        self.refresh()
        return len(self._match_stops)

    def prepare_search(self, comparison: Comparison | None = None) -> None:
        """Read every sentence of ``comparison`` (the one shown) for search now: the search
        line calls this as it opens, so the user's typing hides it, not the first enter."""
        comparison = comparison or self._comparison
        if comparison is not None and (
            self._searchable is None or self._searchable[0] is not comparison
        ):
            self._searchable = (comparison, searchable(comparison))

    def _find(self, comparison: Comparison) -> None:
        self._matches, self._match_stops = {}, []
        if not self._pattern:
            return
        exact = _has_capital(self._pattern)  # accents are folded either way, as in the library
        needle = fold_for_search(self._pattern, keep_case=exact)[0]
        if not needle:
            return
        self.prepare_search(comparison)
        assert self._searchable is not None
        for number, order, side, index, start, text, folded, plain in self._searchable[1]:
            haystack, origin = plain if exact else folded
            if needle not in haystack:
                continue
            spans = []
            position = haystack.find(needle)
            while position >= 0:
                begin, end = _original_span(text, origin, position, position + len(needle))
                spans.append((start + begin, start + end))
                position = haystack.find(needle, position + len(needle))
            self._matches[(side, index)] = tuple(spans)
            self._match_stops.append((number, order, side, index))

    def match_position(self) -> int | None:
        """The 1-based number of the match under the cursor, if the cursor is on one."""
        if self._cursor is None:
            return None
        for number, (_, _, side, index) in enumerate(self._match_stops, start=1):
            if (side, index) == (self._cursor.side, self._cursor.index):
                return number
        return None

    def next_match(self, direction: int, *, here: bool = False) -> Cursor | None:
        """The next (``1``) or previous (``-1``) sentence holding the search text, wrapping
        around the ends as vim and less do; with ``here``, the cursor's own sentence counts
        (a new search starts at the cursor: the sentence you read holds the word you type)."""
        if not self._match_stops:
            return None
        if (
            here
            and self._cursor is not None
            and (self._cursor.side, self._cursor.index) in (self._matches)
        ):
            return self._cursor
        found = self._after(self._match_stops, direction)
        if found is not None:
            return found
        stop = self._match_stops[0 if direction > 0 else -1]
        return Cursor(stop[2], stop[3])


def searchable(comparison: Comparison) -> list[Searchable]:
    """Every sentence of ``comparison`` in reading order, prepared for search once: searching
    2,000-sentence articles then takes a few ms instead of ~20 per pattern."""
    found: list[Searchable] = []
    for number, row in enumerate(comparison.rows):
        for order, side, index in row_cells(row):
            if index is None:
                continue
            sentence = comparison.aligned(side, index).sentence
            text = display_text(sentence.text)
            folded, plain = fold_for_search(text), fold_for_search(text, keep_case=True)
            found.append((number, order, side, index, sentence.start, text, folded, plain))
    return found


def _has_capital(text: str) -> bool:
    return any(char.isupper() for char in text)


_FOLDS: tuple[dict[int, str], dict[int, str]] = ({}, {})
"""Each character met, folded (case and accents; accents only), looked up once."""
_KNOWN: tuple[set[str], set[str]] = (set(), set())
"""The characters in :data:`_FOLDS`."""
_UNEVEN: tuple[set[str], set[str]] = (set(), set())
"""Those that do not fold to one character (`ß`, a combining accent)."""


def _fold_char(char: str, keep_case: bool) -> str:
    if keep_case:  # the library's rule (``core.claim.fold``) less the case
        decomposed = unicodedata.normalize("NFKD", char)
        return "".join(c for c in decomposed if not unicodedata.combining(c))
    return fold(char)


def fold_for_search(text: str, *, keep_case: bool = False) -> Folded:
    """``text`` with accents folded as the library's filter folds them (``core.claim.fold``:
    `jose` finds `José`), and case too unless ``keep_case``; with where each folded character
    comes from, since folding changes lengths (`ß` is `ss`, a combining accent goes)."""
    if text.isascii():
        return (text if keep_case else text.lower()), None
    table, known, uneven = _FOLDS[keep_case], _KNOWN[keep_case], _UNEVEN[keep_case]
    chars = set(text)
    for char in chars - known:
        table[ord(char)] = _fold_char(char, keep_case)
        known.add(char)
        if len(table[ord(char)]) != 1:
            uneven.add(char)
    folded = text.translate(table)
    if uneven.isdisjoint(chars):
        return folded, None
    origin = tuple(position for position, char in enumerate(text) for _ in table[ord(char)])
    return folded, origin


def _original_span(
    text: str, origin: tuple[int, ...] | None, begin: int, end: int
) -> tuple[int, int]:
    """The span of ``text`` that the folded characters ``begin:end`` come from, with the
    accents that follow the last (a combining accent folds to nothing, but belongs to it)."""
    if origin is None:
        return begin, end
    first, last = origin[begin], origin[end - 1] + 1
    while last < len(text) and unicodedata.combining(text[last]):
        last += 1
    return first, last
