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

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import DASHES, MASK, Mention, SentenceInfo, Token, mention_at
from newsdiff.core.reporting_verbs import REPORTING_VERBS

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

SPEAKING_ACTIVITY = frozenset(
    {"talked", "talks", "spoke", "speaks", "ranted", "rants", "railed", "rails", "riffed"}
    | {"harped", "mused", "rambled", "raved", "lectured", "preached", "joked", "bragged"}
)
"""Verbs of speaking that are no reporting verb (``railed against``; also ``went on about``)."""

_CLAUSE_WINDOW = 16
"""How many words before a quotation the clause's opener may stand."""
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
        going = word.lower in ("went", "goes", "going") and words[k + 1 : k + 2]
        if word.lower in SPEAKING_ACTIVITY or going and words[k + 1].lower == "on":
            return "speaking"  # "railed against", "went on about"
    return "other"


def _subject_after(info: SentenceInfo, k: int) -> Mention | None:
    """The mention right after token ``k`` (``as Pike``, ``as the senator``; a sentence's
    ``As Pike`` may have been read as one run of capitalised words)."""
    subject = info.by_token.get(k + 1)
    if subject is not None and subject.first in (k, k + 1):
        return subject
    return mention_at(info, k + 1)


def clause_owner(
    info: SentenceInfo, gap: Callable[[int, int], str], end: int, opening: int
) -> tuple[Mention, ClauseKind] | None:
    """The subject of the adverbial clause the quotation opening at ``opening`` sits in (its
    first word after the quotation being token ``end``), and the clause's kind; None when the
    quotation is in no such clause."""
    tokens = info.tokens
    if end == 0 or end > len(tokens):
        return None
    if _boundary(gap(tokens[end - 1].end, opening)):
        return None
    for k in range(end - 1, max(-1, end - 1 - _CLAUSE_WINDOW), -1):
        subject = _subject_after(info, k) if tokens[k].lower in TEMPORAL_OPENERS else None
        if subject is not None and not subject.possessive and subject.last < end:
            if not tokens[subject.last].cap:  # a verb follows the subject
                if _reported(info, gap, k):
                    return None  # "X told reporters that …, while Y cut it “…”": X's words
                return subject, _clause_kind(tokens[subject.last : end])
        if k and _boundary(gap(tokens[k - 1].end, tokens[k].start)):
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
