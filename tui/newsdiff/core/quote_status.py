"""One quote, one status: what happened to a quote's own words in the other article(s).

Two questions are asked of quotes across articles, and they have different answers:

- **a quote's own status** (this module): its words against the rendering the other article
  carries that is closest to them (the counterpart :func:`match_quotes` chooses: the same
  speaker first, then the most words in order, then the score). The quote sidebar, the compare
  reports and JSON (``status``) and the per-article lines of ``newsdiff quotes`` show this, so a
  quote reads ``⊂ excerpt`` everywhere it appears, whichever surface a reader checks.
- **a remark's status** (:class:`~newsdiff.core.quote_groups.QuoteGroup`): every rendering of
  one remark across the corpus, ``altered`` when any of them changed words. A fragment that is
  a word-for-word part of the remark belongs to an ``altered`` remark when another outlet
  reworded the rest; it is still an excerpt itself. ``newsdiff quotes`` shows the remark's
  status only as the heading of its *Across articles* group (``≈ ALTERED``), with each rendering's
  own mark beside it.

With two articles a quote's own status is exactly the one the pair view shows; with more, it is
the status against the closest rendering in any other article.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.models import Quote, QuoteMatch
from newsdiff.core.quote_groups import match_quotes


def own_statuses(articles: Sequence[Sequence[Quote]]) -> tuple[tuple[QuoteMatch, ...], ...]:
    """Per article, each quote's own match against the other articles' quotes (see the module):
    for two articles the very ``QuoteMatch`` a comparison of the two gives it."""
    out: list[tuple[QuoteMatch, ...]] = []
    for index, quotes in enumerate(articles):
        others = [
            quote for other, found in enumerate(articles) if other != index for quote in found
        ]
        out.append(match_quotes(quotes, others)[0])
    return tuple(out)
