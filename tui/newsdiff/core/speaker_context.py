"""Who speaks, read from the words around a quotation rather than a name beside it: a group or
document next to it (``the report said``, ``critics say``, ``Critics of the plan say, “…”``),
and a partial quotation that goes on with the previous sentence's quoted speaker (``Hale said
the plan was “a costly fantasy.” Moreover, it “was designed for a bigger town.”``: the second
sentence opens with a word that adds to what was just reported and has no attribution of its
own, so its quoted words are still Hale's; people23)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsdiff.core import names as vocab
from newsdiff.core.attribution_phrases import SPACES, PhraseReader
from newsdiff.core.described_sources import Gap
from newsdiff.core.mention_types import SentenceInfo, skip_adverbs
from newsdiff.core.mentions import DASHES, MASK
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.reporting_verbs import REPORTING_VERBS, STRONG_REPORTING

_GROUP_LEAD = 8
"""How many words before a quotation a group's lead-in may hold ("Critics of the plan say,")."""


def source_noun(phrases: PhraseReader, info: SentenceInfo, gap: Gap, span: QuoteSpan) -> str | None:
    """A document or group named by a common noun next to the quotation in sentence ``info``
    (``the report said``, ``according to the indictment``, ``prosecutors said``, ``critics
    say``); a lead-in of a few words (``Critics of the plan say, “…”``) only when a reporting
    verb stands right before the quotation."""
    tokens = info.tokens
    i = bisect.bisect_right(info.starts, span.close)
    between = gap(span.close + 1, tokens[i].start) if i < len(tokens) else MASK
    if MASK in between or "\n" in between or between.strip(SPACES + ",;:" + DASHES):
        i = len(tokens)
    j = skip_adverbs(tokens, i)
    if j < len(tokens) and tokens[j].lower in STRONG_REPORTING:
        i = j + 1
    elif j + 1 < len(tokens) and tokens[j].lower == "according" and tokens[j + 1].lower == "to":
        i = j + 2
    end = bisect.bisect_left(info.starts, span.open)
    starts = [i, max(0, end - 4)]
    if end and tokens[end - 1].lower in vocab.GROUP_REPORTING:
        starts += range(max(0, end - _GROUP_LEAD), end)
    for start in starts:
        found = phrases.source_phrase(info, start, end if start < end else len(tokens))
        if found is not None:
            return found
    return None


_ADDING = frozenset({"moreover", "furthermore", "additionally", "also", "besides"})
"""Sentence openers that add to the point just reported (``In addition`` too)."""


def continued_speaker(
    infos: Sequence[SentenceInfo],
    index: int,
    previous: tuple[int, str | None] | None,
    skip: bool = False,
) -> str | None:
    """The speaker of the quotation in the sentence right before ``index`` (``previous``:
    its last sentence and speaker) when sentence ``index`` opens with an adding word and
    holds no reporting verb and names no other person; else None (and when ``skip``: a full
    quotation, read by rule D, or one that is nobody's by its shape)."""
    if skip or previous is None or previous[1] is None or index - previous[0] != 1:
        return None
    tokens = infos[index].tokens
    if len(tokens) < 2:
        return None
    opener = tokens[0].lower
    if opener not in _ADDING and (opener, tokens[1].lower) != ("in", "addition"):
        return None
    if any(token.lower in REPORTING_VERBS for token in tokens):
        return None  # "Moreover, Pike said it was “…”": an attribution of its own
    if any(m.entity != previous[1] for m in infos[index].mentions if m.kind == "person"):
        return None  # "Moreover, Pike was “furious”": about someone else
    return previous[1]
