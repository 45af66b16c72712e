"""An invented text's quotations as the speaker tests read them: each quotation's speaker, and
its cue's words (people26's tests share these)."""

from __future__ import annotations

from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def speakers(text: str) -> list[str | None]:
    """The speaker of each quotation of ``text`` (a line end added), in reading order."""
    text = text + "\n"
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


def read(text: str) -> list[tuple[str | None, str | None]]:
    """Each quotation's speaker and its cue's words (None without a cue), in reading order."""
    text = text + "\n"
    quotes = extract_quotes(text, segment(text))
    return [(quote.speaker, quote.cue.text if quote.cue else None) for quote in quotes]
