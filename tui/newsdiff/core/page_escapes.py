"""Terminal escape sequences in web pages: carried through parsing, then removed from the text.

A page saved from a terminal session, or a CMS that stored coloured console output, holds
escape sequences in its text: raw ESC (and BEL, and the 8-bit introducers) or numeric
references to them (``&#27;[31m``, ``&#x1b;]0;title&#7;``). The HTML parser and the extractor
drop control characters but keep the printable rest (``[31m``), so the codes cannot be removed
from the page source (a sequence there may span markup) nor from the extracted text (its ESC
is gone). Instead, before parsing, each such control becomes a printable two-character token
(:data:`MARK` and a letter; a ``MARK`` already in the page is doubled, so nothing is
mistaken for a token), and after extraction the tokens become the controls again and
:func:`newsdiff.core.terminal_escapes.strip_escapes` removes every complete sequence, as it
does for text files. What is left (a lone ESC, a stray BEL) becomes U+FFFD, as every other
control character in a page does: page text holds no control characters.
"""

from __future__ import annotations

import re

from newsdiff.core.terminal_escapes import might_hold_escapes, strip_escapes

MARK = "\u2e3b"
"""The first character of a token (THREE-EM DASH: printable, so the extractor keeps it)."""

CARRIED = "\x07\x1b\x90\x98\x9b\x9c\x9d\x9e\x9f"
"""The controls that escape sequences are made of: BEL, ESC, and the 8-bit DCS, SOS, CSI, ST,
OSC, PM and APC."""

_LETTERS = "abcdefghi"
_TO_TOKEN = {ord(control): MARK + letter for control, letter in zip(CARRIED, _LETTERS, strict=True)}
_TO_TOKEN[ord(MARK)] = MARK + MARK
_FROM_TOKEN = {MARK + letter: control for control, letter in zip(CARRIED, _LETTERS, strict=True)}
_FROM_TOKEN[MARK + MARK] = MARK
_TOKEN = re.compile(f"{MARK}[{MARK}{_LETTERS}]")
_LEFT_OVER = dict.fromkeys(map(ord, CARRIED), "\ufffd")

REFERENCED = {code: _TO_TOKEN[code] for code in (0x07, 0x1B, ord(MARK))}
"""Code points whose numeric character references (``&#27;``, ``&#x1b;``, ``&#7;``, and one
to ``MARK`` itself) become tokens. References to 128–159 are Windows-1252 characters, as
browsers read them."""


def shield(html: str) -> str:
    """``html`` with every carried control (and every ``MARK``) written as a printable token."""
    if MARK not in html and not any(control in html for control in CARRIED):
        return html
    return html.translate(_TO_TOKEN)


def unshield(text: str) -> str:
    """Text with its tokens turned back into the characters they stand for."""
    if MARK not in text:
        return text
    return _TOKEN.sub(lambda match: _FROM_TOKEN[match.group()], text)


def page_text_without_escapes(text: str) -> tuple[str, int]:
    """Extracted page text with its tokens restored and its complete escape sequences removed
    (any other carried control made U+FFFD), and how many sequences were removed."""
    if MARK not in text and not might_hold_escapes(text):
        return text, 0  # raw controls reach here only from JSON-LD strings (\u001b)
    stripped, count = strip_escapes(unshield(text))
    return stripped.translate(_LEFT_OVER), count
