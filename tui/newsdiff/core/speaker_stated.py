"""Whether a quote's own words name its speaker, or the speaker was read from context.

``≠ other speaker`` asserts that two outlets give the same words to different people. That is
only as sure as the two readings it compares: a name written beside the quotation is read
right nearly always, while a speaker inferred from context (``…,” he said`` given to the last
man named, a continued quotation given to the first paragraph's speaker, ``the statement
said`` given to the author named sentences before) is the reading that goes wrong. So the flag
asks for a *stated* speaker on both sides: the quote's cue (its attribution words, which the
quote reader takes from the quote's own sentence) carries a word of the speaker's name as a
name, with its capital. ``he said``, ``the senator said``, ``the statement said`` and a
quotation without a cue of its own are read from context.
"""

from __future__ import annotations

import re

from newsdiff.core.models import Quote

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_NOT_NAMES = frozenset({"the", "a", "an", "of", "for", "and", "he", "she", "they", "it", "we"})


def _name_words(speaker: str) -> set[str]:
    """The capitalised words of a speaker's name (``Harbour Agency`` → harbour, agency)."""
    return {
        word.lower()
        for word in _WORD.findall(speaker)
        if word[0].isupper() and word.lower() not in _NOT_NAMES
    }


def speaker_stated(quote: Quote) -> bool:
    """Whether the quote's cue names its speaker: a capitalised word of the speaker's name
    stands in the attribution words beside the quotation (``Hale said``, ``said an Acme
    spokeswoman``). False for a pronoun (``he said``), a title or description that stands for
    someone named before (``the senator said``, ``the agency said``), a document whose author
    an earlier sentence names, and a quotation with no cue of its own (a continued quote)."""
    if quote.speaker is None or quote.cue is None:
        return False
    names = _name_words(quote.speaker)
    return any(
        word[0].isupper() and _POSSESSIVE.sub("", word).lower() in names
        for word in _WORD.findall(quote.cue.text)
    )
