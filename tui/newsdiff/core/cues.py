"""The attribution cue of a quotation and the speaker's role read from it.

The cue is the stretch of the writer's own words, right after or right before the quotation in
its sentence, that carries a reporting verb (``said the agency's spokeswoman, Jane Ortiz``,
``Rubio told reporters:``, ``according to the report``). The role is what the cue says about
the speaker besides the name (``agency's spokeswoman``), when it holds a title or role word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core import names as vocab
from newsdiff.core.models import Cue
from newsdiff.core.quote_marks import QuoteSpan

CUE_CHARS = 140
"""The longest cue kept; a longer clause is cut at a word boundary next to the quotation."""

_WORD = re.compile(r"[^\W_][\w'\u2019\-]*\.?")
_CLAUSE_END = re.compile(r"[.;!?\n]")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col adm sgt capt maj prof rev st jr sr pres amb u.s".split()
)
_ROLE_EXTRA = frozenset(
    """
    spokesman spokeswoman spokesperson official officials source sources editor editor-in-chief
    candidate nominee mate adviser advisor aide lawyer attorney analyst economist executive
    founder owner author researcher expert professor teacher doctor nurse officer manager
    member leader chief head director strategist consultant campaign
    """.split()
)
_DROP = frozenset({"the", "a", "an", "according", "to", "in", "statement", "who", "which"})


def _has_verb(words: Sequence[str]) -> bool:
    lowered = [word.lower().rstrip(".") for word in words]
    if "according" in lowered:
        return True
    return any(word in vocab.REPORTING_VERBS for word in lowered)


def cue_after(text: str, span: QuoteSpan, limit: int) -> Cue | None:
    """The attribution clause right after the closing mark, if it has a reporting verb."""
    start = span.close + 1
    while start < limit and text[start] in " \t,\u2014\u2013-":
        start += 1
    end = _clause_end(text, start, min(limit, start + CUE_CHARS))
    end = min(end, _next_mark(text, start, end))
    return _cue(text, start, end)


def cue_before(text: str, span: QuoteSpan, floor: int) -> Cue | None:
    """The attribution clause right before the opening mark, if it has a reporting verb."""
    end = span.open
    start = max(floor, end - CUE_CHARS)
    for match in _CLAUSE_END.finditer(text, start, end):
        if not _abbreviation_before(text, match.start()):
            start = match.end()
    start = max(start, _previous_mark(text, start, end))
    return _cue(text, start, end)


def _abbreviation_before(text: str, at: int) -> bool:
    """A period that ends an abbreviation or initial ("Mr.", "T.", "U.S."), not a clause."""
    if text[at] != ".":
        return False
    word = _LAST_WORD.search(text, max(0, at - 8), at)
    if word is None:
        return False
    bare = word.group(0)
    return (len(bare) == 1 and bare.isupper()) or bare.lower() in _ABBREVIATIONS


def _clause_end(text: str, start: int, end: int) -> int:
    for match in _CLAUSE_END.finditer(text, start, end):
        if not _abbreviation_before(text, match.start()):
            return match.start()
    return end


def _next_mark(text: str, start: int, end: int) -> int:
    for at in range(start, end):
        if text[at] in '"\u201c\u201d\u2018\u00ab\u00bb':
            return at
    return end


def _previous_mark(text: str, start: int, end: int) -> int:
    for at in range(end - 1, start - 1, -1):
        if text[at] in '"\u201c\u201d\u2019\u00ab\u00bb':
            return at + 1
    return start


def _cue(text: str, start: int, end: int) -> Cue | None:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    if end <= start or not _has_verb(_WORD.findall(text[start:end])):
        return None
    return Cue(start, end, text[start:end])


def role_of(cue: Cue | None, speaker: str | None) -> str | None:
    """The role a cue gives the speaker ("agency's spokeswoman"), or None."""
    if cue is None or speaker is None:
        return None
    name_words = {word.casefold().rstrip(".") for word in _WORD.findall(speaker)}
    words = []
    for word in _WORD.findall(cue.text):
        bare = word.casefold().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
        if bare in vocab.REPORTING_VERBS or bare in vocab.PRONOUNS or bare in name_words:
            if words:
                break
            continue
        words.append(word)
    while words and words[0].lower() in _DROP:
        words = words[1:]
    lowered = {word.lower().rstrip(".,") for word in words}
    if not words or len(words) > 6 or not lowered & (vocab.ROLE_WORDS | _ROLE_EXTRA):
        return None
    return " ".join(words).strip(",;: ")
