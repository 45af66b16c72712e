"""Site furniture: the lines of a web page that are not the story.

"Advertisement", "Latest Post", "© 2025 …", "About • Terms • Privacy", "Share this article",
bylines ("By Jane Doe", "Written By") and author blurbs are recognised by general patterns —
never by the names of particular sites — kept out of matching and of the counts, and flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.models import Sentence

_WORD = r"[^\W\d_][\w'’.-]*"

_WHOLE_LINE = [
    # ad slots and promotion labels
    r"(?:advertisement|advertising|ad|sponsored(?: content)?|promoted(?: content)?|paid content)",
    # widgets and calls to action
    r"(?:latest|recent|related|top|popular|trending|most read|more)"
    r" (?:posts?|news|stories|articles?|headlines|videos?|from [\w ]{1,30})",
    r"(?:also )?read(?: more| also| next)?(?: ?:.*)?",
    r"(?:share|email|print|save)(?: this)?(?: (?:article|story|post|page))?(?: on \w+)?",
    r"(?:follow|like) us(?: on .{1,40})?",
    r"(?:subscribe|sign up|log in|login|register)\b.{0,60}",
    r"(?:click|tap) here\b.{0,60}",
    r"(?:skip to|jump to|back to) (?:main )?(?:content|top|navigation)",
    r"(?:comments?|leave a (?:comment|reply)|\d+ comments?)",
    r"(?:tags?|topics?|filed under|categories)\s*:.{0,120}",
    r"(?:image|photo|picture|video)(?: credit| courtesy| source)?\s*:.{0,80}",
    r"(?:file |representational )?(?:image|photo|picture)",
    # bylines and datelines of publication
    r"(?:written |reported |edited |compiled )?by\s*:?(?:\s+"
    + _WORD
    + r"){0,6}(?:\s*(?:,|and|&)\s*"
    + _WORD
    + r"(?:\s+"
    + _WORD
    + r"){0,3})*",
    r"(?:about the author|author|authors?|written by|reporter|editor)\s*:?",
    r"(?:published|updated|posted|last updated|first published)\b.{0,80}",
    # footers
    r"(?:©|\(c\)|copyright\b).{0,120}",
    r"all rights reserved\.?",
]
_LINE_RE = re.compile(r"^\s*(?:" + "|".join(_WHOLE_LINE) + r")\s*[.!:]?\s*$", re.IGNORECASE)

_MENU_SEPARATORS = re.compile(r"\s[•·|]\s|\s{3,}")
_COPYRIGHT = re.compile(r"©|\ball rights reserved\b", re.IGNORECASE)
_AUTHOR_HEADING = re.compile(
    r"^\s*(?:written by|about the author|about the writer|author bio|author)\s*:?\s*$",
    re.IGNORECASE,
)
_BLURB = re.compile(
    r"^(?:[A-Z][\w'’-]+\s){1,3}is an?\s(?:[\w-]+\s){0,4}"
    r"(?:reporter|journalist|correspondent|writer|editor|columnist|contributor|analyst)\b"
)


def is_boilerplate_line(text: str) -> bool:
    """Whether one segment, read on its own, is site furniture rather than story."""
    stripped = text.strip()
    if not stripped:
        return True
    if _LINE_RE.match(stripped):
        return True
    if _COPYRIGHT.search(stripped) and len(stripped) < 160:
        return True
    if _BLURB.match(stripped):
        return True
    return _is_menu(stripped)


def _is_menu(text: str) -> bool:
    """A navigation line: three or more short items separated by bullets, bars or wide gaps."""
    parts = [part.strip() for part in _MENU_SEPARATORS.split(text) if part.strip()]
    if len(parts) < 3:
        return False
    return all(len(part.split()) <= 3 and not part.endswith((".", "?", "!")) for part in parts)


def boilerplate_flags(text: str, sentences: Sequence[Sentence]) -> tuple[bool, ...]:
    """For each sentence of ``text``: is it site furniture?

    Besides the single-line patterns, the paragraph right after an author heading ("Written
    By", "About the author") is the author's blurb and is furniture too.
    """
    flags = [
        sentence.kind == "byline" or is_boilerplate_line(sentence.text) for sentence in sentences
    ]
    blurb_until = -1
    for k, sentence in enumerate(sentences):
        if sentence.start < blurb_until:
            flags[k] = True
            continue
        if _AUTHOR_HEADING.match(sentence.text):
            flags[k] = True
            blurb_until = _next_paragraph_end(text, sentence.end)
    return tuple(flags)


def _next_paragraph_end(text: str, offset: int) -> int:
    """The end of the first non-empty line after ``offset``."""
    position = offset
    length = len(text)
    while position < length and text[position].isspace():
        position += 1
    end = text.find("\n", position)
    return length if end < 0 else end
