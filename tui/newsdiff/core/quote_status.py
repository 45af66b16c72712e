"""One quote, one status: what happened to a quote's own words in the other article(s).

Two questions are asked of quotes across articles, and they have different answers:

- **a quote's own status** (this module): its words against the rendering the other article
  carries that is closest to them (the counterpart :func:`quote_groups.match_one` chooses: the
  same speaker first, then the most words in order, then the score). The quote sidebar, the
  compare reports and JSON (``status``) and the per-article lines of ``newsdiff quotes`` (and
  its JSON's per-article ``status``) show this, so a quote reads ``⊂ excerpt`` everywhere it
  appears, whichever surface a reader checks.
- **a remark's status** (:class:`~newsdiff.core.quote_groups.QuoteGroup`): every rendering of
  one remark across the corpus, ``altered`` when any of them changed words. A fragment that is
  a word-for-word part of the remark belongs to an ``altered`` remark when another outlet
  reworded the rest; it is still an excerpt itself. ``newsdiff quotes`` shows the remark's
  status only as the heading of its *Across articles* group (``≈ ALTERED``), with each
  rendering's own mark beside it.

With two articles a quote's own status is exactly the one a comparison of the two gives it
(:func:`~newsdiff.core.quote_groups.match_quotes`); with more, it is its status against the
closest rendering in any other article, decided by the same :func:`match_one`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from newsdiff.core.models import Quote, QuoteMatch, QuoteStatusName
from newsdiff.core.quote_groups import WordIndex, match_one, match_quotes, quote_words
from newsdiff.core.quote_short import roles_differ, short_part, speaker_roles


def own_statuses(articles: Sequence[Sequence[Quote]]) -> tuple[tuple[QuoteMatch, ...], ...]:
    """Per article, each quote's own match against the other articles' quotes (see the module):
    for two articles the very ``QuoteMatch`` a comparison of the two gives it."""
    if len(articles) == 2:
        return match_quotes(articles[0], articles[1])
    owner = [number for number, quotes in enumerate(articles) for _quote in quotes]
    quotes = [quote for found in articles for quote in found]
    words = [quote_words(quote) for quote in quotes]
    index = WordIndex(words)
    roles = speaker_roles(quotes)
    differ = partial(roles_differ, roles=roles)
    out: list[list[QuoteMatch]] = [[] for _article in articles]
    for k, (mine, quote) in enumerate(zip(owner, quotes, strict=True)):
        related: list[tuple[int, QuoteStatusName, float]] = [
            found for found in index.related(words[k]) if owner[found[0]] != mine
        ]
        copy = next((j for j in index.exact.get(words[k].words, ()) if owner[j] != mine), None)
        if copy is not None and words[k].words and all(j != copy for j, _s, _c in related):
            related.insert(0, (copy, "verbatim", 100.0))  # the first copy may be this article's
        if not related:
            others = [j for j in index.candidates(words[k]) if owner[j] != mine]
            related = short_part(quote, words[k], others, quotes, words, differ)
        out[mine].append(match_one(quote, words[k], related, quotes, words, roles))
    return tuple(tuple(found) for found in out)
