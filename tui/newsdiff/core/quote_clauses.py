"""Quotations that sit inside a clause with its own subject, where no later attribution reaches.

``As Pike went on about “rigged votes,” Hale said yes``: the quoted words belong to the clause
``as Pike went on about …`` — an adverbial clause with its own subject — not to the main
clause's ``Hale said``. Such a quotation is the clause subject's words when the clause's verb is
one of speaking (``went on about``, ``railed against``), else nobody's (``as the plan won
“broad support,” Hale said …``). A quotation after a comma, colon or dash (``As the crowd
cheered, “We won,” Hale said``) opens a clause of its own and is not read here; a clause with
its own attribution (``while X said …``, ``when Egypt denied X's claim that “…”``) is read by
the attribution before the quotation only.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import (
    DASHES,
    MASK,
    Mention,
    SentenceInfo,
    Token,
    mention_at,
    next_start,
)
from newsdiff.core.reporting_verbs import (
    GOING_ON,
    REPORTING_VERBS,
    SPEAKING_ACTIVITY,
    SPEAKING_TOPIC_WORDS,
)

Gap = Callable[[int, int], str]

ClauseKind = Literal["attributed", "speaking", "other"]


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """How a quotation inside an adverbial clause was read: the clause's kind and the
    character span of its subject and verb (``Pike went on about``), the words that attribute
    the quotation when the verb is one of speaking."""

    kind: ClauseKind
    start: int
    end: int


TEMPORAL_OPENERS = frozenset({"as", "while", "when", "whenever", "after", "before", "until"})
"""Words that open an adverbial clause of time (a quotation inside it is not reported speech)."""


_CLAUSE_WINDOW = 16
"""How many words before a quotation the clause's opener may stand."""
_APPOSITIVE_WORDS = 8
"""The longest appositive inside a clause's subject (``the mayor, Jo Reyes,``)."""
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "one", "another"})
"""Words that open a described subject (``as the senator``, ``while one protester``)."""
_UNNAMED_PRONOUNS = frozenset({"he", "she", "they"})
"""Pronouns that stand as a clause's subject when no mention resolves them (not "I", "we",
"you": outside a quotation those are a speaker's words the quote marks missed)."""
_BOUNDARY = ",;:()\n" + DASHES


def _boundary(gap: str) -> bool:
    """Punctuation outside quotations that closes a clause."""
    return any(c in _BOUNDARY for c in gap.replace(MASK, ""))


def _reported(info: SentenceInfo, gap: Callable[[int, int], str], k: int) -> bool:
    """Whether the clause opening at token ``k`` is inside what a reporting verb before it
    reports (``X said that …, while …``), not after a clause of its own (``“…” she said, but
    …, and as …``)."""
    tokens = info.tokens
    that = False
    for n in range(k - 1, -1, -1):
        between = gap(tokens[n].end, tokens[n + 1].start)
        if ";" in between:
            return False
        if "," in between and tokens[n + 1].lower in ("and", "but", "so", "yet", "or"):
            return False  # ", but Kevin was …": a main clause of its own
        that = that or tokens[n].lower == "that"
        if tokens[n].lower in REPORTING_VERBS and not tokens[n].cap:
            return that
    return False


def _clause_kind(words: list[Token]) -> ClauseKind:
    """``attributed`` when the clause's words hold a reporting verb or speech noun of their own
    (``while Egypt denied X's claims that …``: that attribution decides), ``speaking`` for a
    verb of speaking, else ``other``."""
    if any(w.lower in REPORTING_VERBS or w.lower in vocab.SPEECH_NOUNS for w in words):
        return "attributed"
    for k, word in enumerate(words):
        going = word.lower in GOING_ON and words[k + 1 : k + 2]
        if word.lower in SPEAKING_ACTIVITY or going and words[k + 1].lower == "on":
            return "speaking"  # "railed against", "went on about"
    return "other"


_TOPIC_WORDS = 3
"""How many words may stand between a verb of speaking and its quotation (``railed against
the``)."""


def speaks_into(tokens: list[Token], gap: Gap, v: int, end: int) -> bool:
    """Whether token ``v`` is a verb of speaking whose topic is the quotation opening after
    token ``end - 1`` (``Jo Reyes railed against “…”``, ``X went on about the “…”``): a
    preposition of topic right after it, then at most a few lowercase words, no punctuation."""
    if tokens[v].cap or not speaking_topic([token.lower for token in tokens[v:end]]):
        return False
    return all(
        not tokens[n].cap and not gap(tokens[n - 1].end, tokens[n].start).strip(" \u00a0")
        for n in range(v + 1, end)
    )


def speaking_topic(words: list[str]) -> bool:
    """Whether folded ``words``, from a verb up to a quotation, are a verb of speaking and its
    topic (``railed against the``, ``went on about``, ``went on``); the quote reader and the
    claim check both read verbs of speaking through this."""
    k = 1
    if not words or words[0] not in SPEAKING_ACTIVITY:
        if not words or words[0] not in GOING_ON or words[1:2] != ["on"]:
            return False
        k = 2  # "went on about"
    end = len(words)
    if k >= end or words[k] not in SPEAKING_TOPIC_WORDS or end - k > _TOPIC_WORDS:
        return k == end and words[k - 1] == "on"  # "X went on “…”"
    return True


def speaking_verb_before(info: SentenceInfo, gap: Gap, opening: int) -> int | None:
    """The verb of speaking whose topic is the quotation opening at character ``opening``
    (``speaks_into``), as a token index of ``info``, or None."""
    end = bisect.bisect_left(info.starts, opening)
    for v in range(end - 1, max(-1, end - 2 - _TOPIC_WORDS), -1):
        if speaks_into(info.tokens, gap, v, end):
            return v
    return None


def _subject_after(info: SentenceInfo, k: int) -> Mention | None:
    """The mention right after token ``k`` (``as Pike``, ``as the senator``; a sentence's
    ``As Pike`` may have been read as one run of capitalised words)."""
    subject = info.by_token.get(k + 1)
    if subject is not None and subject.first in (k, k + 1):
        return subject
    return mention_at(info, k + 1)


def _described(info: SentenceInfo, gap: Gap, k: int) -> Mention | None:
    """An unnamed subject right after token ``k`` that no mention stands for (``as the
    senator``, ``while a protester``, ``as he`` with nobody named before): a subject all the
    same, whose words are nobody's known words. Its entity is empty. It runs from the
    determiner over at most three lowercase words up to a comma (``the city's mayor,``), else
    over one word (``the senator``; what follows is the clause's verb)."""
    tokens = info.tokens
    j = k + 1
    if j >= len(tokens) or tokens[j].possessive:
        return None
    if tokens[j].lower in _UNNAMED_PRONOUNS:
        return Mention(j, j + 1, "", "description", True, False)
    if tokens[j].lower not in _DETERMINERS or j + 1 >= len(tokens):
        return None
    last = j + 1
    for m in range(j + 1, min(len(tokens), j + 4)):
        if tokens[m].cap or MASK in gap(tokens[m - 1].end, tokens[m].start):
            break
        if "," in gap(tokens[m].end, next_start(tokens, m)):
            last = m + 1  # "the city's mayor, Jo Reyes,"
            break
    if tokens[last - 1].cap or tokens[last - 1].possessive:
        return None
    return Mention(j, last, "", "description", True, False)


def _appositive(info: SentenceInfo, gap: Gap, after: int, end: int) -> tuple[int, Mention | None]:
    """Where an appositive set off by commas right at token ``after`` ends (the token after its
    closing comma), and the name it holds (``the mayor, Jo Reyes, railed``; ``Jo Reyes, the
    mayor, railed``); ``(after, None)`` when there is none. The commas of an appositive close no
    clause."""
    tokens = info.tokens
    if not 0 < after < end or "," not in gap(tokens[after - 1].end, tokens[after].start):
        return after, None
    for m in range(after + 1, min(end, after + _APPOSITIVE_WORDS + 1)):
        between = gap(tokens[m - 1].end, tokens[m].start)
        if MASK in between or _boundary(between.replace(",", "")):
            return after, None
        if any(tokens[n].lower in REPORTING_VERBS for n in range(after, m)):
            return after, None
        if "," in between:
            name = mention_at(info, after)
            opens = tokens[after].lower in _DETERMINERS or tokens[after].lower in vocab.ROLE_WORDS
            if name is not None and name.last == m:
                return m, name
            return (m, None) if opens and name is None else (after, None)
    return after, None


def _clause_subject(
    info: SentenceInfo, gap: Gap, k: int, end: int
) -> tuple[Mention, int, bool] | None:
    """The subject of a clause opened at token ``k`` (named, or described when no mention stands
    for it), the token its verb starts at (past an appositive), and whether an appositive was
    crossed; None when no subject with a verb after it follows ``k``."""
    subject = _subject_after(info, k) or _described(info, gap, k)
    if subject is None or subject.possessive or subject.last >= end:
        return None
    if subject.first == k + 2 and info.tokens[k + 1].lower in _DETERMINERS:
        subject = Mention(k + 1, subject.last, subject.entity, subject.kind, True, False)
    after, name = _appositive(info, gap, subject.last, end)
    apposed = after > subject.last
    if name is not None and not subject.entity:
        subject = Mention(subject.first, name.last, name.entity, name.kind, True, False)
    if after >= end or info.tokens[after].cap:
        return None  # a verb follows the subject
    return subject, after, apposed


def clause_owner(
    info: SentenceInfo, gap: Gap, end: int, opening: int
) -> tuple[Mention, ClauseKind] | None:
    """The subject of the adverbial clause the quotation opening at ``opening`` sits in (its
    first word after the quotation being token ``end``), and the clause's kind; None when the
    quotation is in no such clause. The subject may be described rather than named (``as the
    senator went on about``, no senator named before): its entity is then empty, and the
    quotation is nobody's known words, never the main clause's speaker's."""
    tokens = info.tokens
    if end == 0 or end > len(tokens):
        return None
    if _boundary(gap(tokens[end - 1].end, opening)):
        return None
    commas = 0
    for k in range(end - 1, max(-1, end - 1 - _CLAUSE_WINDOW), -1):
        found = _clause_subject(info, gap, k, end) if tokens[k].lower in TEMPORAL_OPENERS else None
        if found is not None:
            subject, after, apposed = found
            if commas != (2 if apposed else 0):
                return None  # "While X spoke, Y railed against …": a comma closed the clause
            if _reported(info, gap, k):
                return None  # "X told reporters that …, while Y cut it “…”": X's words
            return subject, _clause_kind(tokens[after:end])
        if k:
            between = gap(tokens[k - 1].end, tokens[k].start)
            if _boundary(between):
                if commas < 2 and not _boundary(between.replace(",", "")):
                    commas += 1  # perhaps an appositive's ("while the mayor, Jo Reyes, railed")
                    continue
                return None
    return None


def clause_reading(
    info: SentenceInfo, gap: Callable[[int, int], str], subject: Mention, kind: ClauseKind, end: int
) -> ClauseReading:
    """The clause's subject and its words up to the first quotation after them (``Pike went on
    about`` for both phrases of ``as Pike went on about “…” and “…”``); ``end`` as for
    ``clause_owner``."""
    tokens = info.tokens
    first, last = subject.first, subject.last - 1
    if tokens[first].lower in TEMPORAL_OPENERS and first < last:
        first += 1  # a sentence's "As Pike" read as one run of capitalised words
    while last + 1 < end and MASK not in gap(tokens[last].end, tokens[last + 1].start):
        last += 1
    return ClauseReading(kind, tokens[first].start, tokens[last].end)
