"""Make article text safe to show in a terminal, one character for one character.

``visible(text)`` replaces every character that a terminal would act on or hide with a visible,
single-width symbol, so offsets computed on the original text stay valid on the result:

- C0 controls except tab and line feed, and DEL: Control Pictures (``␛`` for ESC, ``␇``, ``␡``);
- C1 controls U+0080–U+009F (8-bit CSI, NEL, …): ``␦``;
- bidi embeddings, overrides and isolates, LRM, RLM, ALM: ``⇄``;
- zero-width U+200B–U+200D, U+2060, U+FEFF, U+FFF9–U+FFFB: ``␣``;
- line and paragraph separators U+2028, U+2029: ``␤``;
- lone surrogates U+D800–U+DFFF (undecodable bytes of file names): ``�``.

Complete escape sequences in text inputs are removed when they are loaded
(:mod:`newsdiff.core.terminal_escapes`); what is left here, in an article or in a title, file
name or message, such as an unterminated ``ESC ] 52 ; …``, thus loses its ESC (and an 8-bit
CSI its C1 byte), and what follows is plain text. Rich markup is not this module's job: the
display layers put article text into ``rich.text.Text`` objects and never parse it as markup.
"""

from __future__ import annotations

import re
import unicodedata

from newsdiff.core.lazy_regex import lazy_compile

C1_SYMBOL = "\u2426"  # ␦
BIDI_SYMBOL = "\u21c4"  # ⇄
ZERO_WIDTH_SYMBOL = "\u2423"  # ␣
SEPARATOR_SYMBOL = "\u2424"  # ␤
UNPRINTABLE_SYMBOL = "\ufffd"  # �

_TABLE: dict[int, int] = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421  # ␡
_TABLE.update({code: ord(C1_SYMBOL) for code in range(0x80, 0xA0)})
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
_TABLE.update({code: ord(BIDI_SYMBOL) for code in _BIDI})
_ZERO_WIDTH = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB]
_TABLE.update({code: ord(ZERO_WIDTH_SYMBOL) for code in _ZERO_WIDTH})
_TABLE.update({0x2028: ord(SEPARATOR_SYMBOL), 0x2029: ord(SEPARATOR_SYMBOL)})
# Lone surrogates (undecodable file-name bytes, as Python spells them) cannot be printed at all.
_TABLE.update({code: ord(UNPRINTABLE_SYMBOL) for code in range(0xD800, 0xE000)})

_LINE_TABLE = {**_TABLE, 0x09: 0x2409, 0x0A: 0x240A}  # ␉ ␊


def _character_class(codes: list[int]) -> str:
    """A regex character class for ``codes``; consecutive runs become ranges (fast to compile)."""
    parts: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        parts.append(f"\\U{start:08x}" + (f"-\\U{previous:08x}" if previous > start else ""))
        start = previous = code
    return "[" + "".join(parts) + "]"


UNSAFE = re.compile(_character_class(sorted(_TABLE)))
"""Matches every character that :func:`visible` replaces (tabs and line feeds are not matched).

For escaping, e.g. in JSON, where tabs and line feeds inside strings are escaped anyway."""


def visible(text: str) -> str:
    """``text`` with control, bidi and zero-width characters as visible symbols, same length.

    Tabs and line feeds are kept; everything else a terminal would act on or hide is replaced.
    """
    return text.translate(_TABLE)


def visible_line(text: str) -> str:
    """Like :func:`visible`, but tabs and line feeds become ``␉`` and ``␊`` too: one line out."""
    return text.translate(_LINE_TABLE)


def is_safe(text: str) -> bool:
    """Whether ``text`` is unchanged by :func:`visible` (nothing a terminal would act on)."""
    return visible(text) == text


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def printable_path(path: str) -> str:
    """A file name as text: each undecodable byte (``\\udcff`` in Python's spelling) as ``\\xff``.

    File names are bytes; Python keeps the bytes that are not UTF-8 as lone surrogates, which no
    UTF-8 output (JSON, HTML, XML, a terminal) can carry. The ``\\xNN`` spelling is the shell's.
    Other lone surrogates (never produced from a file name) become ``�``.
    """
    escaped = _ESCAPED_BYTE.sub(lambda match: f"\\x{ord(match.group()) - 0xDC00:02x}", path)
    return _LONE_SURROGATE.sub(UNPRINTABLE_SYMBOL, escaped)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

_NOT_XML = lazy_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone
    surrogates; U+FFFE and U+FFFF) as ``�``, so an SVG or XHTML document stays well-formed."""
    return _NOT_XML.sub(UNPRINTABLE_SYMBOL, text)


def escape_json_unsafe(text: str) -> str:
    """JSON ``text`` with every character a terminal would act on (C1, bidi, zero-width, line
    separators…) written as a ``\\uXXXX`` escape, so the JSON value is the same; an undecodable
    file-name byte (a lone surrogate, which strict JSON readers refuse) is spelt ``\\xNN`` as
    :func:`printable_path` does."""
    return UNSAFE.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return "\\ufffd"
    return f"\\u{code:04x}"


def cell_text(text: str) -> str:
    """``text`` for a fixed-width table cell: characters whose width terminals disagree on are
    made plain, so columns stay aligned.

    Combining marks after the first on one base character (“zalgo” stacks) are dropped; private-
    use characters (font icons of any width), noncharacters (U+FFFE, U+FFFF, U+FDD0…) and
    unassigned code points become ``�``; everything :func:`visible` replaces is replaced too.
    """
    out: list[str] = []
    marks = 0
    for char in visible(text):
        category = unicodedata.category(char)
        if category[0] == "M":
            marks += 1
            if marks > 1 or not out:
                continue
            out.append(char)
            continue
        marks = 0
        code = ord(char)
        if category in ("Co", "Cn") or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
            out.append(UNPRINTABLE_SYMBOL)
        else:
            out.append(char)
    return "".join(out)
