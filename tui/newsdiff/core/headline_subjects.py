"""A headline's own attribution of a quotation in it ("Ann Pike Warns of 'Reckless' Cuts")."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.mention_types import SentenceInfo
from newsdiff.core.quote_echoes import HEADLINE_MAX
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.reporting_verbs import HEADLINE_TERM_VERBS

_NOT_HEADLINE_VERBS = frozenset({"is", "was", "has", "does", "his", "hers", "this", "its", "as"})
"""Words ending in "s" that are no headline's present-tense verb."""

TERM_WORDS = 2
"""A headline quotation of at most this many words is a term ("'Reckless' Plan")."""


def headline_subject(text: str, infos: Sequence[SentenceInfo], span: QuoteSpan) -> str | None:
    """A headline's own attribution: it opens with who speaks and a present-tense verb
    before the quotation ("Ann Pike Warns of 'Reckless' Cuts", "Mayor Says 'No Deal'"), or
    with who speaks and a colon ("Ann Pike: Ferry Will 'Sail Again'"); a quoted term needs a
    verb of saying or judging ("Hale Defends 'Reckless' Plan": nobody)."""
    end = text.find("\n")
    if not (0 < end <= HEADLINE_MAX and text[end : end + 2] == "\n\n"):
        return None
    if span.close > end or not infos or infos[0].start != 0:
        return None
    info = infos[0]
    subject = info.mentions[0] if info.mentions else None
    if subject is None or subject.first != 0 or subject.possessive:
        return None
    if subject.kind not in ("person", "body", "org"):
        return None
    named = subject.kind == "person" or subject.last - subject.first > 1  # not "Report:"
    if (
        named
        and subject.last < len(info.tokens)
        and ":" in text[info.tokens[subject.last - 1].end : info.tokens[subject.last].start]
    ):
        return subject.entity  # "Ann Pike: Ferry Will 'Sail Again'": all after the colon hers
    surname = subject.entity.rsplit(" ", 1)[-1]
    ends = [k + 1 for k in range(subject.last) if info.tokens[k].text == surname]
    if not ends or ends[0] >= len(info.tokens):
        return None
    verb = info.tokens[ends[0]]  # the run may have swallowed it: "Ann Pike Warns"
    present = verb.lower.endswith("s") and verb.lower not in _NOT_HEADLINE_VERBS
    if (
        len(text[span.start : span.end].split()) <= TERM_WORDS
        and verb.lower not in HEADLINE_TERM_VERBS
    ):
        return None  # a term in quotes, not the subject's words
    return subject.entity if present and verb.end <= span.open else None
