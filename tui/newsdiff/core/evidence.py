"""Evidence as readers see it: one line per link, and the disagreeing spans to emphasize.

Shared by the app's status line and the text, HTML and Markdown writers, so every view says the
same thing about why two sentences are linked.
"""

from __future__ import annotations

from newsdiff.core.link_evidence import Evidence
from newsdiff.core.markers import LINK_MARKERS
from newsdiff.core.models import CharSpan, Comparison, Link, Side, other_side, side_letter

MAX_AGREE_SHOWN = 6
"""Agreeing words shown on one line; the JSON keeps them all."""


def describe_evidence(evidence: Evidence, side: Side = "left") -> str:
    """``figure: 6 weeks ↔ 9 weeks`` for a conflict, ``expense, Pakistan, India`` otherwise.

    ``side`` is the sentence the reader stands on: its own words come first.
    """
    if evidence.disagree:
        parts = []
        for item in evidence.disagree:
            seen = item.seen_from(side)
            parts.append(f"{item.kind}: {seen.left} ↔ {seen.right}")
        return "; ".join(parts)
    words = ", ".join(evidence.agree[:MAX_AGREE_SHOWN])
    if evidence.note and not words:
        return evidence.note
    if evidence.note:
        return f"{words} ({evidence.note})"
    return words


def describe_scores(link: Link) -> str:
    """``score 74 · order 41``: the score that linked the pair and, for ``shared`` and
    ``paraphrased``, the word-order score that chose between them (shared at or above the
    shared threshold). A conflict (or a link saved without it) shows its score alone."""
    score = f"score {link.score:.0f}"  # every label shows its score, a conflict's too
    if link.order is None or link.label == "conflict":
        return score
    return f"{score} · order {link.order:.0f}"


def describe_link(side: Side, index: int, link: Link) -> str:
    """``L3 ≠ R8 · score 96 · figure: 6 weeks ↔ 9 weeks`` /
    ``L5 ≈ R2 · score 74 · order 41 · expense, Pakistan, India``.

    Sentence numbers are 1-based, as a reader counts.
    """
    mine, theirs = side_letter(side), side_letter(other_side(side))
    head = f"{mine}{index + 1} {LINK_MARKERS[link.label]} {theirs}{link.index + 1}"
    detail = describe_evidence(link.evidence, side)
    scores = describe_scores(link)
    return f"{head} · {scores} · {detail}" if detail else f"{head} · {scores}"


def disagreeing_spans(comparison: Comparison, side: Side, index: int) -> tuple[CharSpan, ...]:
    """Absolute spans of sentence ``index`` that disagree with a counterpart (its conflicts)."""
    aligned = comparison.aligned(side, index)
    start = aligned.sentence.start
    length = aligned.sentence.end - start
    spans: list[CharSpan] = []
    for link in aligned.links:
        if link.label != "conflict":
            continue
        for item in link.evidence.disagree:
            a, b = item.seen_from(side).left_span
            if 0 <= a < b <= length:
                spans.append((start + a, start + b))
    return tuple(sorted(set(spans)))
