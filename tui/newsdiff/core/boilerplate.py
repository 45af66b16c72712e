"""Site furniture: the lines of a web page that are not the story.

"Advertisement", "Latest Post", "© 2025 …", "About • Terms • Privacy", "Share this article",
bylines ("By Jane Doe", "Written By") and author blurbs are recognised by general patterns —
never by the names of particular sites — kept out of matching and of the counts, and flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.models import Sentence

_WHOLE_LINE = [
    # ad slots and promotion labels
    r"(?:advertisement|advertising|ad|sponsored(?: content)?|promoted(?: content)?|paid content)",
    # widgets and calls to action
    r"(?:latest|recent|related|top|popular|trending|most read|more)"
    r" (?:posts?|news|stories|articles?|headlines|videos?|from [\w ]{1,30})",
    r"(?:also )?read(?: more| also| next)?(?: ?:.*)?",
    r"(?:share|email|print|save)(?: this)?(?: (?:article|story|post|page))?(?: on \w+)?",
    r"(?:follow|like) us(?: on .{1,40})?",
    r"(?:subscribe|sign up)(?: now| today| free)?(?: (?:to|for) (?:our |the )?[\w ]{0,30}"
    r"(?:newsletters?|updates|alerts|channel|podcast))?",
    r"(?:log in|login|sign in|register)(?: (?:to|for) (?:continue|comment|read))?",
    r"(?:click|tap) here\b.{0,60}",
    r"(?:skip to|jump to|back to) (?:main )?(?:content|top|navigation)",
    r"(?:comments?|leave a (?:comment|reply)|\d+ comments?)",
    r"(?:tags?|topics?|filed under|categories)\s*:.{0,120}",
    r"(?:image|photo|picture|video)(?: credit| courtesy| source)?\s*:.{0,80}",
    r"(?:file |representational )?(?:image|photo|picture)",
    r"(?:about the author|author|authors?|written by|reporter|editor)\s*:?",
    r"by (?:our |a |the )?(?:staff|special|own|news desk|web desk|online desk)[\w ]{0,30}",
    r"(?:published|updated|posted|last updated|first published)\s*:?\s*(?:on\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\d{1,4}[-/.\s]"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s|\d+\s+(?:min|hour|day)s?\s+ago).{0,60}",
    # footers
    r"(?:©|\(c\)|copyright\b).{0,120}",
    r"all rights reserved\.?",
]
_LINE_RE = re.compile(r"^\s*(?:" + "|".join(_WHOLE_LINE) + r")\s*[.!:]?\s*$", re.IGNORECASE)

_CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign up|sign in|log in|register|follow|like|join|download|install|get"
    r"|read|watch|listen|share|visit|click|tap|support|donate|check out|stay|don[’']t miss"
    r"|never miss|send|tell|email|contact|become)"
    r"(?: (?:now|today|free|up|in|out|more|on|to|for|with|us|our|your|you|here|this|these|the"
    r"|a|an|all|every|latest|free|daily|weekly|breaking|exclusive|informed|tuned|connected"
    r"|updated|up to date|below|above)\b)+"
    r"[^\d\"“”«»„]{0,100}$",
    re.IGNORECASE,
)
"""A call to action addressed to the reader ("Subscribe to our newsletter for more.", "Sign up
for our morning briefing", "Follow us on …", "Read the full statement here."): an imperative
that opens with a reader's act, its object a word like *us*, *our*, *here*, *the* (never a
capitalized name: "Follow Ana Ruiz" stays), no figure, no quotation mark, and it says *us*,
*our*, *your*, *you*, *here* or *below* — an outlet talking to its reader, not reporting."""
_READER = re.compile(r"\b(?:us|our|your|you|here|below|inbox)\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"\b(?:said|says|told|according|urged|suggested|advised|warned|added|asked|wrote)\b",
    re.IGNORECASE,
)
_CTA_MAX_WORDS = 16

_MENU_SEPARATORS = re.compile(r"\s[•·|]\s|\s{3,}")
_COPYRIGHT = re.compile(r"©|\ball rights reserved\b", re.IGNORECASE)
_AUTHOR_HEADING = re.compile(
    r"^\s*(?:written by|about the author|about the writer|author bio|author)\s*:?\s*$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*"
_BYLINE = re.compile(
    r"^(?:written by|reported by|by)\s*:?\s+"
    + _NAME
    + r"(?:\s+"
    + _NAME
    + r"){0,4}(?:\s*(?:,|and|&)\s*"
    + _NAME
    + r"(?:\s+"
    + _NAME
    + r"){0,4})*\s*\.?$",
    re.IGNORECASE,
)
"""``By Jane Doe``, ``By Jane Doe and John Roe``: the names must be capitalized words (checked
separately, the pattern itself ignores case for ``BY``/``By``)."""


def is_boilerplate_line(text: str) -> bool:
    """Whether one segment, read on its own, is site furniture rather than story."""
    stripped = text.strip()
    if not stripped:
        return True
    if _LINE_RE.match(stripped):
        return True
    if _COPYRIGHT.search(stripped) and len(stripped) < 160:
        return True
    if _BYLINE.match(stripped) and _names_capitalized(stripped):
        return True
    return _is_menu(stripped) or _is_call_to_action(_LIST_MARK.sub("", stripped))


_LIST_MARK = re.compile(r"^(?:[-*•▪►]|\d{1,2}[.)])\s+")
"""A list item's mark (``- ``, ``• ``, ``1. ``): a call to action may stand in a list."""


def _is_call_to_action(text: str) -> bool:
    """A short imperative that the outlet addresses to its reader (:data:`_CALL_TO_ACTION`)."""
    return (
        len(text.split()) <= _CTA_MAX_WORDS
        and not text.endswith("?")
        and _CALL_TO_ACTION.match(text) is not None
        and _READER.search(text) is not None
        and _REPORTED.search(text) is None
    )


def _names_capitalized(line: str) -> bool:
    """Whether every word after the ``By`` of a byline starts with a capital letter."""
    words = re.sub(r"^(?:written by|reported by|by)\s*:?", "", line, flags=re.IGNORECASE).split()
    names = [word for word in words if word.lower() not in ("and", "&")]
    return bool(names) and all(word[0].isupper() for word in names)


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
