"""The quote rows every report shows: each quote once, with its counterpart on the other side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdiff.core.markers import SPEAKER_DIFFERS_MARKER, SPEAKER_DIFFERS_NOTE
from newsdiff.core.models import CharSpan, ComparedArticle, Comparison, Quote, QuoteMatch, Side


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One line of a report's quote table.

    Attributes:
        side: The side ``quote`` comes from.
        match: The quote and how it fares on the other side.
        counterpart_changed: Changed spans of the counterpart (absolute offsets in the other
            article), when the other side lists it.
    """

    side: Side
    match: QuoteMatch
    counterpart_changed: tuple[CharSpan, ...] = ()

    @property
    def quote(self) -> Quote:
        """The quote of this row."""
        return self.match.quote


def quote_rows(comparison: Comparison) -> list[QuoteRow]:
    """Left quotes in order, then right quotes no left quote already pairs with."""
    right_by_quote = {match.quote: match for match in comparison.right.quotes}
    left_pairs = {
        (match.quote, match.counterpart)
        for match in comparison.left.quotes
        if match.counterpart is not None
    }
    rows: list[QuoteRow] = []
    for match in comparison.left.quotes:
        other = right_by_quote.get(match.counterpart) if match.counterpart else None
        rows.append(QuoteRow("left", match, other.changed if other else ()))
    left_by_quote = {match.quote: match for match in comparison.left.quotes}
    for match in comparison.right.quotes:
        if match.counterpart is not None and (match.counterpart, match.quote) in left_pairs:
            continue
        other = left_by_quote.get(match.counterpart) if match.counterpart else None
        rows.append(QuoteRow("right", match, other.changed if other else ()))
    return rows


QUOTE_STATUSES = ("verbatim", "excerpt", "altered", "only here")
"""Every quote status, in the order every report counts them."""


def quote_counts(side: ComparedArticle) -> dict[str, int]:
    """How many of one article's quotes have each status: the count of its JSON ``quotes``.

    Every report counts quotes per article, as its sentence summary does: a count of table
    rows (a quote and its counterpart share one) would differ from the JSON's."""
    counts = dict.fromkeys(QUOTE_STATUSES, 0)
    for match in side.quotes:
        counts[match.status] = counts.get(match.status, 0) + 1
    return counts


def quote_tally(side: ComparedArticle) -> str:
    """``5 quotes (1 verbatim, 2 excerpt, 0 altered, 2 only here)``: one article's quotes,
    worded alike in the text, Markdown, HTML and SVG reports (``0 quotes`` when none)."""
    counts = quote_counts(side)
    total = len(side.quotes)
    if not total:
        return "0 quotes"
    statuses = ", ".join(f"{counts[name]} {name}" for name in counts)
    return f"{total} quote{'' if total == 1 else 's'} ({statuses})"


def rows_note(comparison: Comparison, rows: Sequence[QuoteRow]) -> str:
    """What the quote table lists: a quote and its counterpart in the other article share one
    row, so rows are fewer than quotes when some match (the app's quote sidebar lists such
    entries too; its summary counts per article, with :func:`quote_tally`)."""
    total = len(comparison.left.quotes) + len(comparison.right.quotes)
    counts = dict.fromkeys(QUOTE_STATUSES, 0)
    for row in rows:
        counts[row.match.status] = counts.get(row.match.status, 0) + 1
    statuses = ", ".join(f"{counts[name]} {name}" for name in counts)
    return (
        f"A quote and its counterpart in the other article share one row: "
        f"{len(rows)} row{'' if len(rows) == 1 else 's'} ({statuses}) "
        f"for {total} quote{'' if total == 1 else 's'}."
    )


def other_speaker_note(match: QuoteMatch) -> str:
    """``≠ other speaker: Ann Pike`` when the other article gives the words to someone else,
    else empty: shown beside the status in every report."""
    if match.other_speaker is None:
        return ""
    name = " ".join(match.other_speaker.split())
    return f"{SPEAKER_DIFFERS_MARKER} {SPEAKER_DIFFERS_NOTE}: {name}"
