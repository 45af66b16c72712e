"""Evidence as readers see it: one line per link, and the disagreeing spans to emphasize.

Shared by the app's status line and the text, HTML and Markdown writers, so every view says the
same thing about why two sentences are linked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.link_evidence import Evidence
from newsdiff.core.markers import LINK_MARKERS, QUOTE_MARKERS, SPEAKER_DIFFERS_NOTE
from newsdiff.core.models import (
    CharSpan,
    Comparison,
    Link,
    QuoteMatch,
    Settings,
    Side,
    other_side,
    side_letter,
)

MAX_AGREE_SHOWN = 6
"""Agreeing words shown on one line; the JSON keeps them all."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*")
"""A word as the claim check reads one (:mod:`newsdiff.core.claim`)."""


def agree_as_written(words: Sequence[str], text: str) -> tuple[str, ...]:
    """The agreeing ``words`` as the sentence ``text`` writes them.

    ``Evidence.agree`` keeps the left sentence's forms (the JSON contract); beside the right
    sentence a reader must read its own words (``questions``, not the left's ``questioned``),
    whichever article is on the left after a swap. A word becomes the first word of ``text``
    with the same stem, a figure the figure of ``text`` with the same value (``50%`` →
    ``50 percent``), a converted pair (``£5m ≈ $6.3m``) puts ``text``'s own figure first, a
    compound ``text``'s writing of it (``class action`` for ``class-action``), a name
    ``text`` writes only inside a compound of names that name there (``India`` of
    ``US-India``); what ``text`` states nowhere stays as recorded.
    """
    if not words:
        return ()
    folded = text.casefold()
    by_stem: dict[str, list[str]] = {}
    in_names: dict[str, list[str]] = {}  # names inside compounds of names (India of US-India)
    from newsdiff.core.compounds import compound_spans, in_compound, names_at, within

    spans: tuple[tuple[int, int], ...] | None = None
    for match in _WORD.finditer(text):
        word = match.group(0)
        if in_compound(text, *match.span()):  # no word of this sentence (state-run: not state)
            spans = compound_spans(text) if spans is None else spans
            span = within(spans, *match.span())
            if span is not None and names_at(text, *span):
                in_names.setdefault(_stem_of(word), []).append(word)  # but a name of its own
            continue
        by_stem.setdefault(_stem_of(word), []).append(word)
    for stem, names in in_names.items():
        by_stem.setdefault(stem, names)
    shown: list[str] = []
    for item in words:
        if _WORD.fullmatch(item):
            forms = by_stem.get(_stem_of(item), [item])
            same = [form for form in forms if form.casefold() == item.casefold()]
            shown.append((same or forms)[0])  # as written here: ``India’s``, not ``India``
        elif _written_in(item, folded):
            shown.append(item)
        elif " ≈ " in item:
            first, _, second = item.partition(" ≈ ")
            mine = _written_in(second, folded) and not _written_in(first, folded)
            shown.append(f"{second} ≈ {first}" if mine else item)
        elif _RUN.fullmatch(item):
            shown.append(_same_run(item, text))
        else:
            shown.append(_same_figure(item, text))
    return tuple(dict.fromkeys(shown))


_RUN = re.compile(
    r"(?:(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’][^\W\d_]+)*)"
    r"(?:[-\u2010\u2011 ](?:(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’][^\W\d_]+)*))+"
)
"""A compound or a run of words as the evidence records one (:mod:`newsdiff.core.compounds`)."""


def _same_run(item: str, text: str) -> str:
    """``text``'s writing of the compound ``item`` (``class action`` for ``class-action``),
    its words matched by stem; ``item`` if ``text`` does not write it."""
    from newsdiff.core.compounds import written_run

    parts = [_stem_of(match.group(0)) for match in _WORD.finditer(item)]
    tokens = [(_stem_of(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)]
    run = written_run(parts, tokens, text)
    return item if run is None else text[run[0] : run[1]]


def agree_seen_from(words: Sequence[str], side: Side, text: str) -> tuple[str, ...]:
    """The agreeing ``words`` beside sentence ``text`` of ``side``: as recorded on the left
    (they are the left sentence's words), as :func:`agree_as_written` on the right."""
    return tuple(words) if side == "left" else agree_as_written(words, text)


def without_repeats(words: Sequence[str]) -> tuple[str, ...]:
    """``words`` without a single word that a figure of the list already shows: ``two weeks,
    Netanyahu`` rather than ``two weeks, weeks, Netanyahu, two``. The claim check records a
    figure's words as agreeing words too (the JSON keeps them); on one line they read as
    a slip."""
    phrases = [item.casefold() for item in words if not _WORD.fullmatch(item)]
    if not phrases:
        return tuple(words)
    return tuple(
        item
        for item in words
        if not _WORD.fullmatch(item) or not any(_written_in(item, phrase) for phrase in phrases)
    )


def _stem_of(word: str) -> str:
    """``word``'s stem as the claim check takes it (folded, ``’`` as ``'``)."""
    from newsdiff.core.words import stem  # loaded on first use: not in the app's first frame

    folded = word.casefold().replace("’", "'")
    return stem(folded) if folded[:1].isalpha() else folded


def _written_in(item: str, folded: str) -> bool:
    """Whether ``item`` stands in the casefolded text as whole words."""
    pattern = r"(?<!\w)" + re.escape(item.casefold()) + r"(?!\w)"
    return re.search(pattern, folded) is not None


def _same_figure(item: str, text: str) -> str:
    """``text``'s figure of the same kind and value as ``item`` (``item`` if none)."""
    from newsdiff.core.figures import figures

    recorded = figures(item)
    if len(recorded) != 1:
        return item
    wanted = recorded[0]
    for figure in figures(text):
        if figure.kind == wanted.kind and figure.value == wanted.value:
            return text[figure.start : figure.end]
    return item


def describe_evidence(evidence: Evidence, side: Side, text: str) -> str:
    """``figure: 6 weeks ↔ 9 weeks`` for a conflict, ``expense, Pakistan, India`` otherwise.

    ``side`` is the sentence the reader stands on and ``text`` that sentence: its own words
    come first, and the agreeing words are written as it writes them (:func:`agree_seen_from`).
    """
    if evidence.disagree:
        parts = []
        for item in evidence.disagree:
            seen = item.seen_from(side)
            parts.append(f"{item.kind}: {seen.left} ↔ {seen.right}")
        return "; ".join(parts)
    shown = without_repeats(agree_seen_from(evidence.agree, side, text))
    words = ", ".join(shown[:MAX_AGREE_SHOWN])
    if evidence.note and not words:
        return evidence.note
    if evidence.note:
        return f"{words} ({evidence.note})"
    return words


EXPLAINING_KINDS = ("figure", "date", "title")
"""Disagreements that let the claim check link a pair below the threshold (with conversions:
:func:`newsdiff.core.claims.check_claims`, ``figures_explained``)."""


def linked_by(link: Link, settings: Settings) -> str | None:
    """``linked by its figure`` when the claim check, not the score, linked the pair (its
    score is under the paraphrase threshold it was linked at); ``None`` when the score did.

    Only a pair whose figures the check explains is linked below the threshold: a
    disagreeing figure, date or job title (a pair proposed whatever its score for stating one
    quantity, or one person's job, two ways) or a currency or unit conversion
    (:func:`newsdiff.core.align.find_links`). Its score, kept in the JSON, measures only how
    differently the rest is worded; shown as "score 7" it reads as a weak link. The route is
    not recorded on the link: it is told from the score and the threshold, so saved files say
    the same.
    """
    if link.score >= settings.paraphrase:
        return None
    kinds = [item.kind for item in link.evidence.disagree if item.kind in EXPLAINING_KINDS]
    return f"linked by its {kinds[0]}" if kinds else "linked by its figures"


def describe_pair_agreement(evidence: Evidence, left_text: str, right_text: str) -> str:
    """The agreeing words of a link for a view showing both sentences under one line (the
    Markdown report's ``Agree:``): one list when the two sentences write them alike (case
    aside), else each side's own (``left: questioned, plans; right: Questions, plan``), each
    as :func:`describe_evidence` words it beside that sentence, but a converted pair in the
    pair's order (``£5m ≈ $6.3m``, left first) on both; the note once, at the end."""
    left = without_repeats(agree_seen_from(evidence.agree, "left", left_text))[:MAX_AGREE_SHOWN]
    # a conversion stays ``left ≈ right`` on both sides: it already reads in the pair's order
    written = (
        item if " ≈ " in item else agree_as_written((item,), right_text)[0]
        for item in evidence.agree
    )
    right = without_repeats(tuple(dict.fromkeys(written)))[:MAX_AGREE_SHOWN]
    if [w.casefold() for w in left] == [w.casefold() for w in right]:
        words = ", ".join(left)
    else:
        words = f"left: {', '.join(left)}; right: {', '.join(right)}"
    if evidence.note and not left:
        return evidence.note
    if evidence.note:
        return f"{words} ({evidence.note})"
    return words


def describe_scores(link: Link, settings: Settings | None = None) -> str:
    """``score 74 · order 41``: the score that linked the pair and, for ``shared`` and
    ``paraphrased``, the word-order score that chose between them (shared at or above the
    shared threshold). A conflict (or a link saved without it) shows its score alone; a link
    the claim check made below the threshold says what linked it instead (:func:`linked_by`,
    when ``settings`` are given)."""
    route = linked_by(link, settings) if settings is not None else None
    if route is not None:
        return route
    score = f"score {link.score:.0f}"  # every label shows its score, a conflict's too
    if link.order is None or link.label == "conflict":
        return score
    return f"{score} · order {link.order:.0f}"


def describe_link(
    side: Side, index: int, link: Link, text: str, settings: Settings | None = None
) -> str:
    """``L3 ≠ R8 · score 96 · figure: 6 weeks ↔ 9 weeks`` /
    ``L5 ≈ R2 · score 74 · order 41 · expense, Pakistan, India`` /
    ``L3 ≠ R8 · linked by its figure · figure: 6 weeks ↔ 9 weeks``, for sentence ``index``
    of ``side`` (its text: ``text``), at the comparison's ``settings``.

    Sentence numbers are 1-based, as a reader counts.
    """
    mine, theirs = side_letter(side), side_letter(other_side(side))
    head = f"{mine}{index + 1} {LINK_MARKERS[link.label]} {theirs}{link.index + 1}"
    detail = describe_evidence(link.evidence, side, text)
    scores = describe_scores(link, settings)
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


def _quote_matches(comparison: Comparison, side: Side, index: int) -> list[QuoteMatch]:
    """The quotes in sentence ``index`` of ``side`` that the other article also carries."""
    return [
        match
        for match in comparison.side(side).quotes
        if match.counterpart is not None
        and index in (match.quote.sentences or (match.quote.sentence,))
    ]


def quote_counterparts(comparison: Comparison, side: Side, index: int) -> list[int]:
    """The other article's sentences that carry those quotes (where each starts), in order."""
    matches = _quote_matches(comparison, side, index)
    return sorted({m.counterpart.sentence for m in matches if m.counterpart is not None})


def quoted_elsewhere(comparison: Comparison, side: Side, index: int) -> str:
    """``= verbatim in R7`` (``; ≈ altered in R9, other speaker``): where the other article
    carries the quotes of sentence ``index`` of ``side``; empty when it carries none.

    A sentence no sentence of the other article is linked to is ``+ unique``, but its quote
    may still stand there word for word inside a sentence worded otherwise: "only in this
    article" beside a quote list saying ``= verbatim · in 2 articles`` misleads. The status
    line, ``i`` and the Markdown report say where instead.
    """
    other = side_letter(other_side(side))
    parts: list[str] = []
    for match in _quote_matches(comparison, side, index):
        assert match.counterpart is not None
        marker = QUOTE_MARKERS[match.status]
        part = f"{marker} {match.status} in {other}{match.counterpart.sentence + 1}"
        if match.speaker_differs:
            part += f", {SPEAKER_DIFFERS_NOTE}"
        if part not in parts:
            parts.append(part)
    return "; ".join(parts)
