"""The quote rows every report shows: each quote once, with its counterpart on the other side."""

from __future__ import annotations

from dataclasses import dataclass

from newsdiff.core.markers import SPEAKER_DIFFERS_MARKER, SPEAKER_DIFFERS_NOTE
from newsdiff.core.models import CharSpan, Comparison, Quote, QuoteMatch, Side


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


def quote_counts(comparison: Comparison) -> dict[str, int]:
    """How many quote rows have each status."""
    counts = {"verbatim": 0, "excerpt": 0, "altered": 0, "only here": 0}
    for row in quote_rows(comparison):
        counts[row.match.status] = counts.get(row.match.status, 0) + 1
    return counts


def other_speaker_note(match: QuoteMatch) -> str:
    """``≠ other speaker: Ann Pike`` when the other article gives the words to someone else,
    else empty: shown beside the status in every report."""
    if match.other_speaker is None:
        return ""
    name = " ".join(match.other_speaker.split())
    return f"{SPEAKER_DIFFERS_MARKER} {SPEAKER_DIFFERS_NOTE}: {name}"
