"""A figure in a side clause: one sentence's background states the other sentence's fact.

"Councillors voted to sell the Kessing depot, which employs 40 mechanics, to a private firm
…" tells, in a relative clause, what "The Kessing depot employs 65 mechanics and repairs most
of the county's buses …" tells as its news. The two main claims differ (the whole sentences
share too little for a figure conflict, or a look-alike test drops the pair), yet the side
clause and the other sentence give one quantity of one thing two values: a figure conflict.
A side clause is a relative clause or an apposition between commas, a parenthesis (numbers
with their commas and points inside it: "1,200", "1.5 million"), or a relative clause without
commas after a noun phrase, up to its figure's noun ("the Kessing depot that employs 40
mechanics"), outside quotations. It
states the other sentence's fact when the thing it describes (the last content word before
it: *depot*, *bridge*, a name) occurs in the other sentence, and at least two of its content
words (the counted nouns aside, that word included), and half of them, do too. Pure
functions of two claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newsdiff.core.background import TITLE_STEMS
from newsdiff.core.claim import SPEECH_STEMS, Claim
from newsdiff.core.link_evidence import Disagreement

FigureReading = Callable[[Claim, Claim], tuple[tuple[str, ...], list[Disagreement], bool]]
"""What two sentences' figures agree and disagree on
(:func:`~newsdiff.core.disagreements.figure_check`, which proposes pairs by this module's
:func:`side_context`)."""

_NUMBER_OR = r"(?:[^,;.()\"“”]|[,.](?=\d))"
"""Any character but a clause's end; a comma or point inside a number ("1,200") is not one."""

_SIDE_CLAUSES = (
    re.compile(r"\([^)]*\)"),
    re.compile(r",\s+(?:who|which|whose|whom|where)\b" + _NUMBER_OR + r"*"),
    re.compile(r",\s+(?:a|an|the)\s(?:[^,;\"“”]|,(?=\d))*,(?!\d)"),
    # without commas: "the Kessing depot that employs 40 mechanics" (a determiner, a noun
    # phrase of at most four words, then "that" / "which" / "who" and a word that is no
    # subject: "the report that 40 jobs would go" states the report, it does not describe
    # it); with no comma to end it, the clause ends at its figure's noun
    # ("that employs 40 mechanics to a private firm": the firm is the main clause's)
    re.compile(
        r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose)\s+"
        r"(?:[\w'’-]+\s+){0,3}[\w'’-]+\s+"
        r"(?P<side>(?:that|which|who)\s+(?!(?:the|a|an|this|that|these|those|it|he|she|they|"
        r"we|i|you|there)\b)(?:[a-z][\w'’-]*\s+){1,3}\$?\d[\d,.]*\d?"
        r"(?:\s+(?:million|billion|thousand|hundred|percent))?(?:\s+[a-z][\w-]*)?)"
    ),
)

SIDE_SHARE = 0.5
"""Share of a side clause's content words the other sentence must use."""

SIDE_WORDS = 2
"""Content words of a side clause (with the word it describes) the other sentence must use."""


@lru_cache(maxsize=8192)
def side_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The side clauses of a sentence (see the module), as spans (kept by text: a sentence is
    a candidate of many)."""
    return tuple(
        match.span("side" if "side" in pattern.groupindex else 0)
        for pattern in _SIDE_CLAUSES
        for match in pattern.finditer(text)
    )


def states_other_fact(claim: Claim, other: Claim, span: tuple[int, int]) -> bool:
    """Does the side clause at ``span`` of ``claim`` state ``other``'s fact (see the module)?"""
    start, end = span
    if any(a <= start < b for a, b in claim.quoted_spans):
        return False
    before = [stemmed for stemmed, s, _ in claim.content if s < start]
    if not before or before[-1] not in other.stems:
        return False  # the thing described is not the other sentence's
    nouns = {f.noun for f in claim.figures + other.figures if f.noun}
    figures = [(f.start, f.end) for f in claim.figures]
    words = {
        stemmed
        for stemmed, s, _ in claim.content
        if start <= s < end
        and stemmed not in SPEECH_STEMS
        and stemmed not in TITLE_STEMS
        and not any(a <= s < b for a, b in figures)  # "million" of "1.5 million"
    }
    words = (words | {before[-1]}) - nouns
    shared = words & other.stems
    return len(shared) >= SIDE_WORDS and len(shared) >= SIDE_SHARE * len(words)


def side_context(left: Claim, right: Claim) -> bool:
    """Does a side clause holding a figure, in either sentence, state the other's fact?"""
    return any(
        states_other_fact(claim, other, span)
        for claim, other in ((left, right), (right, left))
        if claim.figures
        for span in side_clauses(claim.text)
        if any(span[0] <= f.start < span[1] for f in claim.figures)
    )


def side_figure_conflicts(
    left: Claim, right: Claim, figure_check: FigureReading
) -> list[Disagreement]:
    """Figures of one quantity that disagree (``figure_check``), one of them in a side clause
    stating the other sentence's fact. Several figures that all differ are other data points,
    as in the check."""
    if not left.figures or not right.figures:
        return []
    left_sides = _holding(left, right)
    right_sides = _holding(right, left)
    if not left_sides and not right_sides:
        return []
    agreeing, disagreeing, _ = figure_check(left, right)
    if len(disagreeing) > 1 and not agreeing:
        return []
    all_left, all_right = side_clauses(left.text), side_clauses(right.text)
    found: list[Disagreement] = []
    for d in disagreeing:
        ours, theirs = _within(d.left_span[0], all_left), _within(d.right_span[0], all_right)
        if not ours and not theirs:
            continue  # two main clauses: the check's own reading
        # each figure set in a side clause is in one stating the other's fact
        if all(span in left_sides for span in ours) and all(s in right_sides for s in theirs):
            found.append(d)
    return found


def _within(start: int, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    return [span for span in spans if span[0] <= start < span[1]]


def _holding(claim: Claim, other: Claim) -> list[tuple[int, int]]:
    """The side clauses of ``claim`` that hold a figure and state ``other``'s fact."""
    return [
        span
        for span in side_clauses(claim.text)
        if any(span[0] <= f.start < span[1] for f in claim.figures)
        and states_other_fact(claim, other, span)
    ]
