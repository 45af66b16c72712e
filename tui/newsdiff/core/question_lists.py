"""A question from a list as the speaker of its words (people26): ``“When did you learn of
the deal?” one question asks``, ``reads one of the queries``, ``One question asks what … “…”``,
``“…?” another asks`` after a question named just before. The question is a document: it
speaks for whoever set the list (``Tom Hale has sent the mayor a list of questions``, the
nearest earlier sentence whose named subject gives, sends or asks questions), else it stays
``the question``, as a document naming no author stays ``the report``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from newsdiff.core.mention_types import SentenceInfo, Token
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.reporting_verbs import QUESTION_VERBS as _ASKING

QUESTION_NOUNS = frozenset({"question", "questions", "query", "queries"})
"""Nouns for one item of a list of questions."""

SPEAKER = "the question"
"""The speaker when no one is named as setting the questions."""


_OPENERS = frozenset({"one", "another", "the", "a", "each", "its", "their"})
_ORDINALS = frozenset("first second third fourth fifth sixth next last final other further".split())
_ELLIPTIC = frozenset({"another", "one"})
"""A bare word standing for the question named just before (``another asks``)."""
_ELLIPTIC_VERBS = frozenset({"asks", "reads", "goes"})
"""The verbs a bare ``another`` may take: a question's present (``one asked`` is a person)."""

_SETTING = frozenset(
    """
    given gave give gives sent send sends submitted submit submits provided provide provides
    posed pose poses put puts asked ask asks prepared drafted wrote written delivered
    """.split()
)
"""Verbs by which a named subject sets questions (``has given a list of questions``)."""

_AUTHOR_KINDS = frozenset({"person", "org", "body", "government", "name"})
_BETWEEN = 3
"""Lowercase words allowed between the author and the setting verb (``has``, ``hopes to``)."""
_OBJECT_WORDS = 12
"""Words the question noun may stand after the setting verb."""
_ELLIPSIS_BACK = 2
"""Sentences before a bare ``another asks`` that must name a question."""

Gap = Callable[[int, int], str]


def _phrase_end(tokens: list[Token], k: int) -> tuple[int, bool] | None:
    """The token after a question phrase opening at ``k`` and whether it is a bare word for
    one named before: ``one question``, ``the third question``, ``one of the queries``,
    ``another`` (bare); None when no such phrase opens there."""
    if k >= len(tokens) or tokens[k].lower not in _OPENERS:
        return None
    n = k + 1
    if tokens[k].lower == "one" and n + 1 < len(tokens) and tokens[n].lower == "of":
        n += 2 if tokens[n + 1].lower == "the" else 1  # "one of the queries"
    while n < len(tokens) and tokens[n].lower in _ORDINALS:
        n += 1
    if n < len(tokens) and tokens[n].lower in QUESTION_NOUNS:
        return n + 1, False
    if n == k + 1 and tokens[k].lower in _ELLIPTIC:
        return n, True
    return None


def _named_near(infos: list[SentenceInfo], index: int) -> bool:
    """A question noun in sentence ``index`` or the few before it."""
    for info in infos[max(0, index - _ELLIPSIS_BACK) : index + 1]:
        if any(token.lower in QUESTION_NOUNS for token in info.tokens):
            return True
    return False


def _asking_after(tokens: list[Token], i: int) -> bool | None:
    """Tokens from ``i`` read ``reads one question`` / ``one question asks``: whether the
    question is named by a bare word (``another asks``), None when they read neither."""
    if i < len(tokens) and tokens[i].lower in _ASKING:
        found = _phrase_end(tokens, i + 1)
        return None if found is None or not _asks(tokens[i], found[1]) else found[1]
    found = _phrase_end(tokens, i)
    if found is not None and found[0] < len(tokens) and _asks(tokens[found[0]], found[1]):
        return found[1]
    return None


def _asks(token: Token, bare: bool) -> bool:
    """``token`` is a question's verb (for a bare ``another``, one in the present)."""
    return token.lower in (_ELLIPTIC_VERBS if bare else _ASKING)


def question_speaker(
    infos: list[SentenceInfo], index: int, span: QuoteSpan, gap: Gap
) -> str | None:
    """The speaker of the quotation ``span`` in sentence ``index`` when a question of a list
    says it: right after it (``“…?” reads one question``, ``“…?” another asks``) or as the
    subject opening its sentence (``One question asks whether … “…”``)."""
    info = infos[index]
    tokens = info.tokens
    i = bisect.bisect_right(info.starts, span.close)
    bare: bool | None = None
    if i < len(tokens) and not gap(span.close + 1, tokens[i].start).strip(" ,\u00a0"):
        bare = _asking_after(tokens, i)
    end = bisect.bisect_left(info.starts, span.open)
    opening = _phrase_end(tokens, 0)
    if bare is None and opening is not None and opening[0] < end:
        bare = opening[1] if _asks(tokens[opening[0]], opening[1]) else None
    if bare is None or bare and not _named_near(infos, index - 1):
        return None  # "another asks" stands for a question only after one is named
    return question_author(infos, index) or SPEAKER


def question_author(infos: list[SentenceInfo], index: int) -> str | None:
    """Who set the questions: the nearest sentence before ``index`` where a named subject
    gives, sends, submits or asks questions (``Tom Hale has sent the mayor a list of
    questions``), else None."""
    for info in reversed(infos[:index]):
        tokens = info.tokens
        for mention in info.mentions:
            if mention.possessive or mention.kind not in _AUTHOR_KINDS:
                continue
            v = mention.last
            while v < min(len(tokens), mention.last + _BETWEEN) and tokens[v].lower not in _SETTING:
                if tokens[v].cap or tokens[v].lower in QUESTION_NOUNS:
                    break
                v += 1
            if v >= len(tokens) or tokens[v].lower not in _SETTING:
                continue
            after = tokens[v + 1 : v + 1 + _OBJECT_WORDS]
            if any(token.lower in ("questions", "queries") for token in after):
                return mention.entity
    return None
