"""The speaker a sentence's trailing attribution names (``…, Hale said.``, ``…, said Hale.``).

A quotation standing alone after such a sentence continues that speaker's words (rule D of
``speakers``): ``The board may wait while Mayor Jo Reyes talks to the union, Hale said. “The
other factor is …”`` is Hale's, not Reyes's, though Reyes is the sentence's main subject.
"""

from __future__ import annotations

from newsdiff.core.attribution_phrases import PhraseReader
from newsdiff.core.mention_types import SentenceInfo
from newsdiff.core.reporting_verbs import STRONG_REPORTING

_TAIL = 4
"""How many words may follow the verb to the sentence's end (``on Monday``, ``in a statement``)."""


def trailing_speaker(phrases: PhraseReader, info: SentenceInfo) -> str | None:
    """Who the attribution closing ``info`` names, set off from the rest by a comma; else
    None."""
    tokens = info.tokens
    tail = range(max(1, len(tokens) - 1 - _TAIL), len(tokens))
    verbs = [v for v in tail if tokens[v].lower in STRONG_REPORTING and not tokens[v].cap]
    if not verbs:
        return None
    v = verbs[-1]
    for c in range(v, max(0, v - 8), -1):  # the comma that opens the attribution
        if phrases.gap(tokens[c - 1].end, tokens[c].start).strip() == ",":
            return phrases.attribution_at(info, c)
    return None
