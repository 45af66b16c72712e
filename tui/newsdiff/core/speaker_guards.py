"""Two guards of quote attribution where no speaker beats a wrong one (people13).

A quotation inside a clause with an attribution of its own (``X issued a statement after Y
told voters that “…”``) is that clause's: a speaker found outside the clause is the sentence's
subject, not the quote's. A quotation followed by a person (``“…?” Mr. Moss planned to ask``) is
that person's business even when no reporting verb follows: it borrows the speaker of the
sentences before only when that is the same person. (``verdict_after``, moved here from
``speakers.py`` to keep it under the quote modules' size limit, reads ``“…” So said X``.)
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import SentenceInfo, mention_at
from newsdiff.core.reporting_verbs import REPORTING_VERBS

_SEPARATORS = " \t,;\u2014\u2013-"


def clause_speaker(info: SentenceInfo, found: str | None, start: int, subject: str) -> str | None:
    """The speaker of a quotation in an attributed clause starting at character ``start``:
    ``found`` when the clause itself names it, the clause's ``subject`` when a reporting verb
    follows that subject (``after Hale told``), else nobody."""
    if found is None:
        return None
    inside = [m for m in info.mentions if info.tokens[m.last - 1].end > start]
    if any(m.entity == found for m in inside):
        return found
    for mention in inside:
        if mention.entity == subject and mention.last < len(info.tokens):
            verb = info.tokens[mention.last]
            if verb.lower in REPORTING_VERBS and not verb.cap:
                return subject
    return None


def person_after(
    infos: list[SentenceInfo], index: int, gap: Callable[[int, int], str], close: int
) -> str | None:
    """The person named right after the quotation closing at character ``close`` in sentence
    ``index`` (nothing but spaces or commas between; in the next sentence when the segmenter
    cut after the closing mark), or None."""
    info = infos[index]
    i = bisect.bisect_right(info.starts, close)
    if i >= len(info.tokens) and index + 1 < len(infos):
        info, i = infos[index + 1], 0
    if i >= len(info.tokens):
        return None
    between = gap(close + 1, info.tokens[i].start)
    if "\n" in between or between.strip(_SEPARATORS):
        return None
    mention = mention_at(info, i)
    if mention is None or mention.kind != "person" or mention.possessive:
        return None
    return mention.entity


def verdict_after(infos: list[SentenceInfo], index: int) -> str | None:
    """``“…” That was the verdict of X, …`` / ``So said X``: the next sentence names the
    speaker of a quotation standing alone."""
    if index + 1 >= len(infos):
        return None
    following = infos[index + 1]
    tokens = following.tokens
    words = [token.lower for token in tokens[:3]]
    if words[:2] == ["so", "said"]:
        target = mention_at(following, 2)
        return target.entity if target is not None else None
    if len(words) < 2 or words[0] not in ("that", "this") or words[1] not in ("was", "is"):
        return None
    for v in range(2, min(len(tokens) - 1, 6)):
        if tokens[v].lower in vocab.SPEECH_NOUNS and tokens[v + 1].lower == "of":
            named = [m for m in following.mentions if v + 1 < m.first < v + 10]
            return named[0].entity if named else None
    return None


_RELAYING = frozenset({"reported", "reports", "reporting"})
"""Verbs after a quote that pass on what someone else said (an outlet's ``reported``)."""


def relayed(info: SentenceInfo, close: int, verbs: frozenset[str]) -> bool:
    """``X said the figures were “…,” the Gazette reported``: the first of ``verbs`` after the
    quote closing at ``close`` only relays it (``reported``), so a speaker the sentence names
    before the quote said it, not the outlet (which rule A would take)."""
    tokens = info.tokens
    i = bisect.bisect_right(info.starts, close)
    found = [k for k in range(i, min(len(tokens), i + 6)) if tokens[k].lower in verbs]
    return bool(found) and tokens[found[0]].lower in _RELAYING
