"""Which clause holds the news: background told as the other sentence's news, another day.

Two sentences can share their words and still state two facts: one sentence's background (an
opening condition, a relative clause, an apposition) is the other's news, or the two main
clauses are dated on different days (two meetings of the same people). Pure functions of two
claims; the subject-and-verb reading is :mod:`newsdiff.core.clauses`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.core.background import TITLE_STEMS, background_spans, condition_span
from newsdiff.core.claim import SPEECH_STEMS, SPEECH_VERBS, Claim
from newsdiff.core.clause_words import AUXILIARIES
from newsdiff.core.clauses import Clause
from newsdiff.core.date_places import date_disagreements
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.lookalikes import _SUBJECT_TOKEN
from newsdiff.core.referred_subjects import who_clause
from newsdiff.core.verb_forms import verb_like


def only_in_background(left: Claim, right: Claim) -> str:
    """What one sentence shares with the other lies in its background, and is the other's news.

    The background is an opening condition or concession ("If the union accepts the
    offer, the strike would end by Friday": the end is claimed, the opening is a
    hypothesis; "Although the club has hinted …, scouts remain keen on …"), a
    relative clause, an apposition or a parenthesis ("Marsh, a lawyer who drafted the harbour
    charter, said the appeal is a stunt"). A sentence that tells as its news what the other
    gives as background ("voters approved the charter in 2019") states another fact. The
    shared claim words (not names, titles or speech verbs) must all lie in the one sentence's
    background and not all in the other's, and the main clause must say something of its own
    (two claim words or more) that the other sentence does not share. Two sentences about one
    named subject are left to the other rules: one person's act told twice may be the news in
    other words ("Biden won't attend" / "Biden, who would be expected to attend, will be
    abroad").

    A sentence's elaborating tail (", including the decision to …": :func:`_tails`) is
    background of the sentence that holds it, but not of the other (there it may be the
    news). Returns the evidence note ("" when the rule does not apply), which says whether a
    tail decided.
    """
    if _one_subject(who_clause(left), who_clause(right)):
        return ""
    for claim, other in ((left, right), (right, left)):
        spans = _background_of(claim.text)
        if not spans:
            continue
        inside, outside = _split_claim_words(claim, spans)
        shared = inside & other.stems
        if not shared or len(outside) < 2 or outside & other.stems:
            continue
        # the other's tail may be its news ("…, including a ban on trawling"): only its sure
        # background makes the shared words background on both sides
        their_inside, _ = _split_claim_words(other, _background_of(other.text, tails=False))
        if not shared <= their_inside:
            sure, _ = _split_claim_words(claim, _background_of(claim.text, tails=False))
            return BACKGROUND_NOTE if shared <= sure else TAIL_NOTE
    return ""


BACKGROUND_NOTE = "shared words only in the background: different claim"
TAIL_NOTE = "shared words only in an elaborating tail: different claim"


@lru_cache(maxsize=8192)
def _background_of(text: str, tails: bool = True) -> tuple[tuple[int, int], ...]:
    """The background spans that are background for sure: an opening condition, parentheses,
    relative clauses, and appositions with no verb of their own before a relative word
    (", the US has criticized India …," after an opening phrase is the main clause). Spans
    inside a quotation are the speaker's own sentence structure and are left out."""
    condition = condition_span(text)
    spans = [*background_spans(text), *((condition,) if condition else ())]
    if tails:
        spans += _tails(text)
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    return tuple(
        (a, b)
        for a, b in spans
        if not any(qa <= a < qb for qa, qb in quoted)
        and not (_APPOSITION.match(text, a) and _has_own_verb(text[a:b]))
    )


_APPOSITION = re.compile(r",\s+(?:a|an|the)\s")

_TAIL = re.compile(r",\s+including\b[^,;:\"“”]*(?:,\s+(?:a|an|the)\s[^,;:\"“”]*)?[.!?]?\s*$")
"""An elaborating tail: ``, including …`` running to the end of the sentence (an apposition
may close it: "…, including his reaction to the recusal, a decision he criticized"); no other
comma inside ("…, including the mayor, voted …" goes on with the main clause)."""


def _tails(text: str) -> list[tuple[int, int]]:
    """A sentence's elaborating tail (:data:`_TAIL`), a list of examples ("…, including the
    decision to recuse himself"): it names instances of the main clause's object, which holds
    the news. (A participial tail, ", demonstrating how the inquiry grew", was measured too
    and not adopted: see docs/conflicts.md.)"""
    match = _TAIL.search(text)
    return [match.span()] if match else []


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|^[^\"“”]*”|[“\"][^\"“”]*$")
"""A quotation, or the part of one that opens or closes a sentence without its other mark."""

_RELATIVE_WORDS = frozenset("who which whose whom where when that".split())


def _has_own_verb(span: str) -> bool:
    """Does an apposition-like span have a finite verb before any relative word?"""
    previous = ""
    for word in _SUBJECT_TOKEN.findall(span):
        folded = word.casefold()
        if folded in _RELATIVE_WORDS:
            return False
        if folded in AUXILIARIES or (previous and verb_like(word, previous)):
            return True
        previous = folded
    return False


def _one_subject(left: Clause, right: Clause) -> bool:
    """The two sentences (or the clauses they report) are about one named subject, or one's
    subject is a thing of the other's ("Steele needs to go" / "Steele's comments prompted")."""
    for a in (left, left.core):
        for b in (right, right.core):
            if not a.subject or not b.subject:
                continue
            if a.subject == b.subject and "pronoun" not in (a.kind, b.kind):
                return True
            if a.names & (b.phrase | b.names) or b.names & a.phrase:
                return True
    return False


def _split_claim_words(
    claim: Claim, spans: tuple[tuple[int, int], ...]
) -> tuple[set[str], set[str]]:
    """A sentence's claim words (not names, titles or speech verbs) inside its background
    spans, and outside them."""
    inside: set[str] = set()
    outside: set[str] = set()
    for stemmed, start, _ in claim.content:
        if stemmed not in claim.claim_words or stemmed in TITLE_STEMS or stemmed in SPEECH_STEMS:
            continue
        (inside if any(a <= start < b for a, b in spans) else outside).add(stemmed)
    return inside, outside


def another_time(
    left: Claim, right: Claim, written: tuple[str | None, str | None] = (None, None)
) -> Disagreement | None:
    """The two main clauses are dated, and the dates differ: two events of one kind.

    "The president and the speaker met on Sunday" and "Thursday's meeting was their second
    in a week" tell two meetings. When the two sentences share enough of the claim, differing
    dates are a date *conflict* (read before this); when they do not, the same setting on two
    dates is two events, not one told twice. Only dates of the main clauses count (a date in
    a relative clause or an apposition dates the background: "…, who took office in 2019,").
    """
    if not left.dates or not right.dates:
        return None
    for found in date_disagreements(left, right, written):
        if _dates_main_clause(left.text, found.left_span[0]) and _dates_main_clause(
            right.text, found.right_span[0]
        ):
            return found
    return None


SUBORDINATORS = frozenset(
    "after before when while since until as once following ahead because although though "
    "if unless whereas".split()
)
"""Words that open a clause dating another act ("… after passing a medical on Tuesday")."""


def _dates_main_clause(text: str, start: int) -> bool:
    """Does a date at ``start`` date the main clause? Not when it lies in the background
    (a relative clause, an apposition, a parenthesis), nor in a clause a subordinator opens
    ("after passing a medical on Tuesday"), nor in the attribution ("the club said on
    Wednesday": the day of the saying, not of the deed) — within its comma-separated part of
    the sentence."""
    if any(a <= start < b for a, b in background_spans(text)):
        return False
    part_start = max(text.rfind(mark, 0, start) for mark in (",", "—", "–", ";", "(")) + 1
    words = [w.casefold() for w in _SUBJECT_TOKEN.findall(text[part_start:start])]
    return not any(w in SUBORDINATORS or w in SPEECH_VERBS for w in words)
