"""Which dates of a sentence date the telling, not the told: "the club said on Wednesday that
Reyes had signed" dates the club's statement, and says nothing against "Reyes signed on
Tuesday". Pure functions of a sentence's text; no I/O.

A date tells when something was said when it stands beside a reporting verb: right after it
(*said Monday*, *said on Monday*, *told reporters on Monday*, *said in a statement on
Monday*), right before it (*the club on Wednesday said*), or opening a sentence whose next
words are the speaker and the reporting verb (*On Wednesday, the club said …*). Verbs that
also name an act (*confirmed* a minister, *denied* bail, *reported* missing) tell only when
*that* follows the date (*confirmed on Wednesday that*).
"""

from __future__ import annotations

import re

from newsdiff.core.reporting_verbs import DATED_TELLING_THAT_VERBS, DATED_TELLING_VERBS

_TELLING = DATED_TELLING_VERBS
_TELLING_WITH_THAT = DATED_TELLING_THAT_VERBS

_BETWEEN = frozenset(
    "on in at a an the statement interview reporters journalists told him her them us me "
    "late early press news conference briefing letter post tweet to local radio television "
    "tv broadcast speech address".split()
)
"""Words that may stand between a reporting verb and its date ("said in a statement on")."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*|[,;:—–]")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def telling_date(text: str, start: int, end: int) -> bool:
    """Does the date at ``text[start:end]`` date a statement (see the module docstring)?"""
    words = _words(text)
    first = next((k for k, w in enumerate(words) if w[2] > start), len(words))
    last = next((k for k, w in enumerate(words) if w[1] >= end), len(words))
    after = words[last][0] if last < len(words) else ""
    after_that = after == "that"
    if after in _TELLING or after in _TELLING_WITH_THAT:
        return True  # "the club on Wednesday said"
    for k in range(first - 1, max(-1, first - 6), -1):
        word = words[k][0]
        if word in _TELLING or (after_that and word in _TELLING_WITH_THAT):
            return True  # "said on Wednesday", "told reporters on Monday"
        if word not in _BETWEEN:
            break
    return _opening_telling(words, first, last)


def _opening_telling(words: list[tuple[str, int, int]], first: int, last: int) -> bool:
    """ "On Wednesday, the club said …": a date opening the sentence, then within six words
    the reporting verb of its main clause, before any other verb or comma."""
    if any(w[0] not in ("on", "late", "early", "by") for w in words[:first]):
        return False
    if last >= len(words) or words[last][0] != ",":
        return False
    for word, _, _ in words[last + 1 : last + 7]:
        if word in _TELLING:
            return True
        if word in (",", ";", ":", "—", "–") or word.endswith("ed"):
            return False  # "On Monday, the quay reopened, Ruiz said": the date is the event's
    return False
