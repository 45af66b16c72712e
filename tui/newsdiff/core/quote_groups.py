"""Quotes across articles: verbatim, altered, only here. (Stub: the real one is issue 4.)"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.models import Quote, QuoteMatch


def match_quotes(
    left: Sequence[Quote],
    right: Sequence[Quote],
    corpus: Sequence[Sequence[Quote]] = (),
) -> tuple[tuple[QuoteMatch, ...], tuple[QuoteMatch, ...]]:
    """Each side's quotes with their status against the other side.

    ``corpus`` holds the quotes of every article of the corpus (including these two) so that
    ``QuoteMatch.articles`` can say in how many articles a quote appears.
    """
    return (
        tuple(QuoteMatch(quote, "only here") for quote in left),
        tuple(QuoteMatch(quote, "only here") for quote in right),
    )
