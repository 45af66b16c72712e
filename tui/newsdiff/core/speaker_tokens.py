"""The words and marks of a sentence as the attribution reader walks them (see
:mod:`newsdiff.core.claim_speakers`): each word with its folded form, capitalisation, whether it
stands inside a quotation and whether a full stop of its own follows it. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.names import PARTY_TAG, TITLE_WORDS

_TOKEN = lazy_compile(
    r"[^\W_]+(?:['’\-][^\W_]+)*['’]?|--|[—–―]|[,;:()\[\].!?\"“”«»‘’']", re.UNICODE
)


_ABBREVIATED = 3
"""A capitalised word this short before a period is an abbreviation ("Mr.", "J.", "Sen.")."""


class Token:
    """A word or a mark of the sentence: its text, folded form, and where it stands."""

    __slots__ = ("cap", "lower", "quoted", "stopped", "text", "word")

    def __init__(self, text: str, word: bool, quoted: bool) -> None:
        self.text = text
        self.word = word
        self.cap = word and text[0].isupper() and not PARTY_TAG.match(text)  # "R-Ky."
        self.quoted = quoted
        self.lower = text.casefold().replace("’", "'") if word else text
        self.stopped = False  # written with a full stop that belongs to it ("Del.", "J.")


def sentence_tokens(text: str, quoted_spans: Sequence[tuple[int, int]]) -> list[Token]:
    """The sentence's words and marks, each word marked when it stands inside a quotation
    (``quoted_spans``: the claim's quotations, of which the single-mark ones are used; double
    marks are read here) and a full stop that belongs to the word before it dropped. The
    tokens are shared between sentences (each distinct token is read once): never change one."""
    # single-mark quotations as the claim reads them (an apostrophe is not a mark there);
    # double marks are read here, by direction
    spans = [(a, b) for a, b in quoted_spans if text[a] in "‘'"] + _quotations(text)
    tokens: list[Token] = []
    outside = _READ[False]
    if not spans:  # nothing is quoted: no word's place needs looking up
        for value in _TOKEN.findall(text):
            if value == "." and tokens and _abbreviation(tokens[-1]):
                tokens[-1] = _stopped(tokens[-1])
                continue  # "Mr.", "J.": the period belongs to the name
            tokens.append(outside.get(value) or _read(value, False))
        return tokens
    inside = _inside(spans, len(text))
    within = _READ[True]
    for match in _TOKEN.finditer(text):
        value = match.group(0)
        if value == "." and tokens and _abbreviation(tokens[-1]):
            tokens[-1] = _stopped(tokens[-1])
            continue  # "Mr.", "J.": the period belongs to the name
        quoted = inside[match.start()] == 1 and value[0].isalnum()
        tokens.append((within if quoted else outside).get(value) or _read(value, quoted))
    return tokens


_READ: tuple[dict[str, Token], dict[str, Token]] = ({}, {})
"""Each distinct token read once: outside a quotation, and a word inside one."""

_REMEMBERED = 1 << 15
"""How many distinct tokens each memory keeps before it starts again."""


def _read(value: str, quoted: bool) -> Token:
    """The token ``value`` (a word when it begins with a letter or a digit), remembered."""
    memory = _READ[quoted]
    if len(memory) >= _REMEMBERED:
        memory.clear()
    token = memory[value] = Token(value, value[0].isalnum(), quoted)
    return token


def _stopped(token: Token) -> Token:
    """A copy of ``token`` written with the full stop that belongs to it."""
    stopped = Token(token.text, token.word, token.quoted)
    stopped.stopped = True
    return stopped


def forget_readings() -> None:
    """Empty the memories of read tokens (as a fresh process has them)."""
    for memory in _READ:
        memory.clear()


def _inside(spans: Sequence[tuple[int, int]], length: int) -> bytearray:
    """Which offsets of a text of ``length`` characters lie strictly inside one of ``spans``
    (1) and which do not (0)."""
    inside = bytearray(length)
    for a, b in spans:
        low, high = max(a + 1, 0), min(b, length)
        if high > low:
            inside[low:high] = b"\x01" * (high - low)
    return inside


def _quotations(text: str) -> list[tuple[int, int]]:
    """Where the sentence's quotations lie: curly marks by direction, straight ones paired in
    order; a closing mark with no opening before it closes a quotation that began in an
    earlier sentence (it covers the start), an opening mark never closed runs to the end."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _DOUBLE_MARK.finditer(text):
        at, mark = match.start(), match.group(0)
        if mark in "“«" or (mark == '"' and opened is None and _opens(text, at, spans)):
            if opened is None:
                opened = at
        elif opened is not None:
            spans.append((opened, at + 1))
            opened = None
        elif not spans:
            spans.append((-1, at + 1))
    if opened is not None:
        spans.append((opened, len(text) + 1))
    return spans


def _opens(text: str, at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a straight mark opens a quotation: after a space, an opening bracket, a colon
    or a dash, or at the start; a mark glued to the word before it closes one."""
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([:—–" or bool(spans)


_DOUBLE_MARK = lazy_compile('["“”«»]')


def _abbreviation(token: Token) -> bool:
    """A word whose full stop is its own (``J.``, ``Mr.``, ``Capt.``, ``R-Ky.``), not the
    sentence's."""
    if token.word and PARTY_TAG.match(token.text):
        return True
    if not (token.word and token.cap and token.text.isalpha()):
        return False
    return len(token.text) <= _ABBREVIATED or token.lower + "." in TITLE_WORDS
