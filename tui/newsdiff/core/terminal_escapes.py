"""Remove complete terminal escape sequences (ANSI / ECMA-48) from loaded text.

Text saved from a terminal (``less -R``, ``script`` logs, a pasted coloured console) carries
colour and cursor codes. A terminal acts on them and shows none; newsdiff removes them at load,
so they neither clutter the display nor take part in segmenting and matching (a coloured copy
of a text matches the plain one). Removed, each complete sequence of these kinds:

- CSI: ``ESC [`` (or the 8-bit ``U+009B``), parameter bytes ``0-?``, intermediate bytes
  `` -/``, one final byte ``@-~`` (colours ``ESC[31m``, cursor moves, ``ESC[2J``);
- string sequences: OSC ``ESC ]`` (window titles, hyperlinks, OSC 52 clipboard), DCS ``ESC P``,
  SOS ``ESC X``, PM ``ESC ^``, APC ``ESC _`` (or their 8-bit forms U+009D, U+0090, U+0098,
  U+009E, U+009F), up to BEL or the string terminator ``ESC \\`` / U+009C, at most
  :data:`MAX_STRING` characters of text or tabs in between (any other control, a line break
  included, ends the string unfinished);
- the other escape sequences: ``ESC`` + intermediate bytes `` -/`` + one final byte ``0-~``
  (``ESC(B``, ``ESC 7``, ``ESC c``).

A run of them between two spaces (or tabs) takes the one after it along: the text reads as
written, not with the double space a terminal shows where a code sat. A cursor-forward code
(``ESC[nC``, ``CSI n C``) is a gap, not nothing: a terminal shows it as ``n`` blank cells, and
programs that redraw a screen write it in place of spaces. A run holding one between two
characters that are not white space becomes one space (``said ESC[3C the`` reads ``said the``,
not ``saidthe``); beside white space, or at the start or end of the text, it goes as the
other codes do.

Anything else stays and is shown as a visible symbol by :mod:`newsdiff.core.sanitize`: a lone
ESC, an ESC that starts a sequence that never ends (an OSC without terminator does not swallow
the text after it), BEL and the other stray controls. Every pattern is a run of one character
class followed by a character outside it, each with a bounded count, so matching is linear in
the text and cannot backtrack catastrophically. Text without ESC is returned at the cost of one
``in`` test (and, when it is not ASCII, one more per 8-bit introducer).
"""

from __future__ import annotations

import re

from newsdiff.core.lazy_regex import lazy_compile

MAX_STRING = 4096
"""The longest body of an OSC/DCS/SOS/PM/APC string removed, in characters (a longer or
unterminated one is left in the text, its ESC shown as ``␛``)."""

MAX_PARAMETERS = 256
"""The most parameter bytes of a CSI sequence removed (real ones have a few dozen)."""

MAX_INTERMEDIATES = 16
"""The most intermediate bytes of a CSI or other escape sequence removed."""

_C1_INTRODUCERS = "\x90\x98\x9b\x9d\x9e\x9f"
"""The 8-bit forms of DCS, SOS, CSI, OSC, PM and APC."""

_ONE_SEQUENCE = (
    # string sequences: OSC, DCS, SOS, PM, APC, ended by BEL or ST
    f"(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x00-\x08\n-\x1f\x7f-\x9f]{{0,{MAX_STRING}}}"
    "(?:\x07|\x1b\\\\|\x9c)"
    # CSI
    f"|(?:\x1b\\[|\x9b)[0-?]{{0,{MAX_PARAMETERS}}}[ -/]{{0,{MAX_INTERMEDIATES}}}[@-~]"
    # other escape sequences (nF, Fp, Fe, Fs): not the introducers above
    f"|\x1b[ -/]{{0,{MAX_INTERMEDIATES}}}[0-OQ-WYZ\\\\`-~]"
)
_SEQUENCE = lazy_compile(_ONE_SEQUENCE)

_GAP = " \t"
"""The characters a removed run of sequences between two of them takes one of along."""

_REMOVED = lazy_compile(
    f"(?=[\x1b{_C1_INTRODUCERS}])"  # a first-character test that keeps the scan fast
    f"(?:(?<=[{_GAP}])(?:{_ONE_SEQUENCE})+[{_GAP}]|(?:{_ONE_SEQUENCE})+)"
)
"""What is removed: a run of sequences with a space or tab on each side and the one after it,
or a run of sequences. One scan from the left, so a match never starts inside a sequence (a
space in an OSC's body is not a space before a run: ``0 ESC[@ ESC] ESC\\ 0`` read ``00``)."""


_CURSOR_FORWARD = lazy_compile(f"(?:\x1b\\[|\x9b)[0-9]{{0,{MAX_PARAMETERS}}}C")
"""A cursor-forward code (CUF): ``ESC[C``, ``ESC[3C``, or the 8-bit CSI form."""

_RUN = lazy_compile(f"((?:{_ONE_SEQUENCE})+)([{_GAP}]?)")
"""A run of sequences and the space or tab after it, if any."""


def might_hold_escapes(text: str) -> bool:
    """Whether ``text`` holds an ESC or an 8-bit sequence introducer (cheap: ``in`` tests)."""
    if "\x1b" in text:
        return True
    return not text.isascii() and any(code in text for code in _C1_INTRODUCERS)


def strip_escapes(text: str) -> tuple[str, int]:
    """``text`` without its complete terminal escape sequences, and how many were removed.

    A run of sequences between two spaces (``said \\x1b[1m the``) takes the space after it
    along, so the words read as the author spaced them (``said the``), not with the double
    space a terminal would show where the code sat. A run holding a cursor-forward code
    between two characters that are not white space becomes one space (``said\\x1b[3Cthe``
    reads ``said the``)."""
    if not might_hold_escapes(text):
        return text, 0
    if _CURSOR_FORWARD.search(text) is not None:
        return _strip_with_gaps(text)
    # Two scans in C (no Python call per code) run twice as fast as one with a callback on a
    # coloured log: the first counts the codes, the second removes them and the spaces.
    count = _SEQUENCE.subn("", text)[1]
    return (_REMOVED.sub("", text) if count else text), count


def _strip_with_gaps(text: str) -> tuple[str, int]:
    """:func:`strip_escapes` for a text with cursor-forward codes: one scan with a callback
    per run (slower than the two template scans, so only such texts take it)."""
    removed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal removed
        run, gap = match.group(1), match.group(2)
        removed += len(_SEQUENCE.findall(run))
        start, end = match.span(1)
        before = text[start - 1] if start else ""
        if gap:
            return "" if before in _GAP and before else gap
        after = text[end] if end < len(text) else ""
        if not before or not after or before.isspace() or after.isspace():
            return ""
        return " " if _CURSOR_FORWARD.search(run) is not None else ""

    return _RUN.sub(replace, text), removed


def once_removed(count: int) -> str:
    """The words " once its 3 terminal escape sequences are removed", or "" when none were
    (for a refusal: the input held nothing else)."""
    if not count:
        return ""
    if count == 1:
        return " once its one terminal escape sequence is removed"
    return f" once its {count:,} terminal escape sequences are removed"


def escapes_note(count: int) -> str:
    """What loading did, for the user: ``removed 132 terminal escape sequences``."""
    return f"removed {count:,} terminal escape sequence{'' if count == 1 else 's'}"
