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
from newsdiff.core.document_authors import source_words
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
    return coordinated_group(info, gap, end)


def coordinated_group(info: SentenceInfo, gap: Gap, end: int) -> str | None:
    """``Protesters walked to the town hall and chanted “…”``: a plural group noun opening
    the clause (the sentence, or after a colon) with a verb of its own, then ``and`` and a
    group's reporting verb right before the quotation, in one clause (people25)."""
    tokens = info.tokens
    if end < 4 or tokens[end - 2].lower != "and":
        return None
    if tokens[end - 1].lower not in vocab.GROUP_REPORTING:
        return None
    start = max(
        (k for k in range(1, end) if ":" in gap(tokens[k - 1].end, tokens[k].start)), default=0
    )
    noun = start + (tokens[start].lower == "the")
    if noun + 2 >= end - 1 or tokens[noun].lower not in vocab.SOURCE_NOUNS:
        return None
    verb = tokens[noun + 1]
    if not tokens[noun].lower.endswith("s") or verb.cap or not verb.lower.endswith("ed"):
        return None
    if any(gap(tokens[k - 1].end, tokens[k].start).strip() for k in range(start + 1, end)):
        return None  # a comma or a quotation: another clause
    found = source_words(tokens, start, noun)
    return found[:1].lower() + found[1:]  # "Protesters" opening the clause: a common noun


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


def speech_owner(info: SentenceInfo, v: int, participle: bool = False) -> str | None:
    """The possessor of a speech noun that is the subject of the reporting verb at token
    ``v`` (``Mr. Hale’s apology noted …``, ``Pike’s reply said``): the noun's owner speaks
    (people25); else a named owner's body (:func:`owned_body`)."""
    tokens = info.tokens
    if v < 2 or tokens[v - 1].lower not in vocab.SPEECH_NOUNS:
        return owned_body(info, v, participle)
    owner = info.by_token.get(v - 2)
    fits = owner is not None and owner.possessive and owner.last == v - 1
    if fits and owner is not None and owner.kind in ("person", "body"):
        return owner.entity
    return owned_body(info, v, participle)


def verb_use(info: SentenceInfo, v: int, word: str) -> bool:
    """A speech noun that is also a reporting verb (``warning``) right after a person who
    owns nothing is the verb (``of him warning that``, ``Ann Pike warning that``), not the
    noun of ``his warning that`` (people25)."""
    owner = info.by_token.get(v - 1) if v else None
    fits = owner is not None and owner.last == v and not owner.possessive
    return fits and word in REPORTING_VERBS


_OWNED_BODIES = frozenset(
    "campaign team family office administration government camp ministry".split()
)
"""Nouns for a body a named owner speaks through (``Tom Hale's campaign``)."""


def owned_body(info: SentenceInfo, v: int, participle: bool) -> str | None:
    """A named owner's body as the subject of the reporting verb at token ``v`` (people26):
    right before it (``Tom Hale's campaign said the report is “…”``), or, for a participle,
    opening the sentence (``Tom Hale's campaign issued a statement saying …``). As the
    speaker reads right before a quotation: ``Tom Hale campaign``."""
    tokens = info.tokens
    participle = participle or tokens[v].lower.endswith("ing")  # "a statement saying"
    owner = info.mentions[0] if participle and info.mentions else info.by_token.get(v - 2)
    if owner is None or not owner.possessive or owner.kind not in ("person", "org", "body"):
        return None
    k = owner.last
    if k >= v or tokens[k].lower not in _OWNED_BODIES or (participle and owner.first):
        return None
    if not participle and k != v - 1:
        return None
    start = owner.first + (tokens[owner.first].lower in _OPENING_CONJUNCTIONS)  # "But X's"
    return source_words(tokens, start, k)


_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
