"""One agent, one deed, in other words: a sentence's predicate, as a pair rule reads it.

A reworded paraphrase may keep who acts and on what, and say the deed with another verb
(*Hale urged the council to reopen the bridge* / *Hale pressed the council to reopen it*).
Exact stems do not see that *urged* and *pressed* are one deed; the look-alikes beside it keep
the same names and theme and change the deed (*Hale praised the council* / *Hale sued the
council*). This module reads, for one sentence, the claim reader's who (the core clause's
subject, its "he" or "the minister" read as whom it stands for) and the deed: the core verb as
written and the content words after it up to the clause's end (its object span); and, for a
pair scoring just under the link threshold with one who and one whom, how close the two
predicates are in meaning (WordLlama cosines). Measured behind ``NEWSDIFF_PREDICATE`` (off by
default; docs/conflicts.md, *Same who, same whom, another verb*).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from newsdiff.core import semantic
from newsdiff.core.claim import Claim
from newsdiff.core.clause_words import LIGHT, SPEECH
from newsdiff.core.clauses import Clause
from newsdiff.core.lookalikes import _resolved as resolved_core
from newsdiff.core.referred_subjects import who_clause
from newsdiff.core.speaker_statements import speaker_or_core
from newsdiff.core.verb_forms import verb_base
from newsdiff.core.words import STOPWORDS, stem

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d[\d,.]*|[—–―]|--|[,;:\"“”‘’()]")
"""Words, numbers, dashes and the punctuation that ends an object span."""

_STOPS = frozenset(",;:()—–―-") | {"--"}
"""Tokens that end the object span (a quotation mark does not: *blamed "progressivism"*)."""

_OPENERS = frozenset(
    "that which who whom whose because after before when while although though if unless "
    "since until as but whereas so saying said says according".split()
)
"""Words that open the next clause: the object span ends before them."""

OBJECT_WORDS = 10
"""At most this many tokens after the verb are read as its object span."""


@dataclass(frozen=True, slots=True)
class Predicate:
    """Who did what in a sentence, as far as it can be read.

    Attributes:
        subject: The core clause's subject head, folded (a referent's surname for a "he").
        names: The subject's name words, folded.
        verb: The core verb as written (folded), ``""`` when not found in the text.
        base: The core verb's base form (the clause reader's).
        object: The content stems of the object span (after the verb, up to the clause end).
        object_words: The object span's content words as written (folded).
    """

    subject: str
    names: frozenset[str]
    verb: str
    base: str
    object: frozenset[str]
    object_words: tuple[str, ...]


def predicate(text: str, frame: Clause, core: Clause) -> Predicate | None:
    """The sentence's :class:`Predicate`: ``core``'s subject and verb (``frame`` is the whole
    sentence's clause, ``core`` the one that tells the deed), the verb found in ``text`` past
    the frame's own verb when the deed is reported; ``None`` without a subject or a verb, or
    with a light verb (*be*, *have*, *do* say no deed)."""
    if not core.subject or not core.verb or core.verb in LIGHT or core.verb in SPEECH:
        return None
    found = _verb_and_object(text, core.verb, frame.verb if core is not frame else "")
    if found is None:
        return None
    verb, words = found
    stems = frozenset(stem(w) for w in words)
    return Predicate(core.subject, core.names, verb, core.verb, stems, words)


@lru_cache(maxsize=4096)
def _verb_and_object(text: str, base: str, after: str) -> tuple[str, tuple[str, ...]] | None:
    tokens = _TOKEN.findall(text)
    start = 0
    if after and after != base:
        start = next(
            (k + 1 for k, t in enumerate(tokens) if t[:1].islower() and verb_base(t) == after), 0
        )
    for k in range(start, len(tokens)):
        token = tokens[k]
        if token[:1].islower() and verb_base(token) == base:
            return token.casefold(), _object_words(tokens, k + 1)
    return None


def _object_words(tokens: list[str], k: int) -> tuple[str, ...]:
    words: list[str] = []
    for token in tokens[k : k + OBJECT_WORDS]:
        folded = token.casefold()
        if token in _STOPS or folded in _OPENERS:
            break
        if folded[:1].isalpha() and folded not in STOPWORDS and len(folded) > 2:
            words.append(folded)
    return tuple(words)


@dataclass(frozen=True, slots=True)
class PairReading:
    """Two sentences' predicates and whether they share who acts and on what.

    Attributes:
        left: The left sentence's predicate.
        right: The right sentence's predicate.
        who: One subject (a name, or one noun head; a pronoun only as whom it stands for).
        whom: The object spans share a content stem.
        loose: One object span shares a content stem with the other sentence.
    """

    left: Predicate
    right: Predicate
    who: bool
    whom: bool
    loose: bool = False


def sentence_predicate(claim: Claim) -> Predicate | None:
    """The claim's :class:`Predicate`, its pronoun or role subject read as whom it stands for
    (the look-alike rules' who-reading: :func:`~newsdiff.core.referred_subjects.who_clause`)."""
    frame = who_clause(claim)
    core = speaker_or_core(frame, resolved_core(frame))
    if core.kind == "pronoun":
        return None  # whom "they" or "it" stands for is not read: no who to compare
    return predicate(claim.text, frame, core)


def read_pair(left: Claim, right: Claim) -> PairReading | None:
    """Both sentences' predicates and what they share, ``None`` when either is unread."""
    lp = sentence_predicate(left)
    if lp is None:
        return None
    rp = sentence_predicate(right)
    if rp is None:
        return None
    return _pair_reading(lp, rp, left, right)


def _pair_reading(lp: Predicate, rp: Predicate, left: Claim, right: Claim) -> PairReading:
    who = lp.subject == rp.subject or bool(lp.names & rp.names)
    loose = bool(lp.object & right.stems) or bool(rp.object & left.stems)
    return PairReading(lp, rp, who, bool(lp.object & rp.object), loose)


@dataclass(frozen=True, slots=True)
class Similarity:
    """How close two predicates are in meaning (WordLlama cosines).

    Attributes:
        verb: The two verbs as written, alone.
        phrase: Each verb with its object span.
    """

    verb: float
    phrase: float


def similarity(left: Predicate, right: Predicate) -> Similarity | None:
    """The cosines of the two verbs and of the two verb phrases (``None`` when the meaning
    signal is off)."""
    texts = [
        left.verb,
        right.verb,
        " ".join((left.verb, *left.object_words)),
        " ".join((right.verb, *right.object_words)),
    ]
    vectors = semantic.sentence_vectors(texts)
    if vectors is None:
        return None
    return Similarity(float(vectors[0] @ vectors[1]), float(vectors[2] @ vectors[3]))


KNOB = "NEWSDIFF_PREDICATE"
"""The environment setting that switches the rule on while it is measured: ``band=B,verb=V``
or ``band=B,phrase=P`` (``B`` score points under the link threshold; ``V``, ``P`` the least
cosine of the two verbs, or of the two verb phrases). Unset: off."""


@dataclass(frozen=True, slots=True)
class Rule:
    """Which pairs under the threshold are read as one deed told in another verb.

    Attributes:
        band: How many score points under the link threshold a pair may score.
        verb: The least cosine of the two verbs (``None``: not asked).
        phrase: The least cosine of the two verb phrases (``None``: not asked).
    """

    band: float
    verb: float | None = None
    phrase: float | None = None


def rule_from_environment() -> Rule | None:
    """The :class:`Rule` :data:`KNOB` sets, ``None`` when unset or unreadable."""
    raw = os.environ.get(KNOB, "").strip()
    if not raw:
        return None
    try:
        fields = dict(part.split("=", 1) for part in raw.split(","))
        return Rule(
            float(fields["band"]),
            float(fields["verb"]) if "verb" in fields else None,
            float(fields["phrase"]) if "phrase" in fields else None,
        )
    except (KeyError, ValueError):
        return None


ClaimReader = Callable[[str, int], Claim]
"""A sentence's claim by side (``"left"`` / ``"right"``) and index."""


def reworded_pairs(
    score: np.ndarray,
    left_active: Sequence[bool],
    right_active: Sequence[bool],
    threshold: float,
    claim: ClaimReader,
) -> list[tuple[int, int]]:
    """:func:`predicate_pairs` under the rule :data:`KNOB` sets; none while it is unset."""
    rule = rule_from_environment()
    if rule is None:
        return []
    return predicate_pairs(score, left_active, right_active, threshold, rule, claim)


def predicate_pairs(
    score: np.ndarray,
    left_active: Sequence[bool],
    right_active: Sequence[bool],
    threshold: float,
    rule: Rule,
    claim: ClaimReader,
) -> list[tuple[int, int]]:
    """The pairs scoring within ``rule.band`` under ``threshold`` whose sentences have one
    who, one whom (an object stem in common) and predicates close enough in meaning: candidates
    for the claim check, which still rejects what its rules reject. Each sentence's predicate
    is read once, and only for a sentence of a pair in the band."""
    band = (score >= threshold - rule.band) & (score < threshold) & (score > 0)
    band &= np.asarray(left_active, dtype=bool)[:, None]
    band &= np.asarray(right_active, dtype=bool)[None, :]
    read: dict[tuple[str, int], Predicate | None] = {}

    def of(side: str, index: int) -> Predicate | None:
        key = (side, index)
        if key not in read:
            read[key] = sentence_predicate(claim(side, index))
        return read[key]

    readings: list[tuple[int, int, PairReading]] = []
    for i, j in zip(*np.nonzero(band), strict=True):
        lp = of("left", int(i))
        rp = of("right", int(j)) if lp is not None else None
        if lp is None or rp is None:
            continue
        pair = _pair_reading(lp, rp, claim("left", int(i)), claim("right", int(j)))
        if pair.who and pair.whom:
            readings.append((int(i), int(j), pair))
    return [(i, j) for i, j, pair in readings if _close(pair, rule)]


def _close(pair: PairReading, rule: Rule) -> bool:
    found = similarity(pair.left, pair.right)
    if found is None:
        return False
    if rule.verb is not None and found.verb < rule.verb:
        return False
    return rule.phrase is None or found.phrase >= rule.phrase
