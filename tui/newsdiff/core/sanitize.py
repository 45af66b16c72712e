"""Make article text safe to show in a terminal. (First cut; hardened with issue 2/7.)

``visible(text)`` maps every control character to a visible symbol, one character for one
character, so offsets computed on the original text stay valid on the result.
"""

from __future__ import annotations

_TABLE = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421


def visible(text: str) -> str:
    """``text`` with control characters replaced by visible symbols, same length."""
    return text.translate(_TABLE)
