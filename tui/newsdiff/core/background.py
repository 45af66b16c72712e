"""What a sentence claims, without its background: the words of its core claim.

News sentences wrap a claim in background that the other outlets repeat around *other* claims:
who the speaker is ("the attorney general of the United States", "Abbas Araghchi, Iran's
deputy foreign minister,"), where it happened ("…, where the grand jury convened,"), a
dateline, a parenthesis, the attribution ("Holder said"). Two look-alikes share that background
and little else; two paraphrases share the claim. :func:`core_words` gives the claim words of a
sentence (:attr:`~newsdiff.core.claim.Claim.claim_words`: not names, not figures) that lie
outside its background, titles and speech verbs. A light reader of punctuation, no parser.
"""

from __future__ import annotations

import re

from newsdiff.core.claim import SPEECH_STEMS, Claim
from newsdiff.core.clause_words import TITLES
from newsdiff.core.words import stem

TITLE_STEMS = frozenset(stem(title) for title in TITLES)
"""Titles and roles ("attorney general", "deputy", "spokesman") say who, not what."""

_BACKGROUND = (
    re.compile(r"\([^)]*\)"),  # a parenthesis
    # a relative clause after a comma, up to the next comma, semicolon or full stop
    re.compile(r",\s+(?:who|which|where|whose|whom|when)\b[^,;.]*"),
    # an apposition between commas ("…, a former pilot, …")
    # (not to the comma of "28,000"), or one after a name that ends the sentence ("… by
    # America Rising, a political action committee which …")
    re.compile(r",\s+(?:a|an|the)\s[^,;\"“”]*,(?!\d)"),
    re.compile(r"(?<=[a-z]),\s+(?:a|an)\s[^,;\"“”]*[.!?]?\s*$"),
    # a dateline ("WASHINGTON —", "FERGUSON, Mo. --")
    re.compile(r"^[A-Z][A-Z .,]+\s*(?:—|–|--|-)+\s*"),
)


def background_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence's background is: parentheses, relative clauses and appositions
    between commas, a dateline."""
    return [match.span() for pattern in _BACKGROUND for match in pattern.finditer(text)]


def core_words(claim: Claim) -> frozenset[str]:
    """The stems of the claim words outside the sentence's background, titles and speech
    verbs: what the sentence says, rather than who and where (kept by text: a sentence is
    compared with many candidates, and what it says does not depend on its speakers)."""
    found = _CORES.get(claim.text)
    if found is None:
        spans = background_spans(claim.text)
        found = frozenset(
            stemmed
            for stemmed, start, _ in claim.content
            if stemmed in claim.claim_words
            and stemmed not in SPEECH_STEMS
            and stemmed not in TITLE_STEMS
            and not any(a <= start < b for a, b in spans)
        )
        if len(_CORES) >= CORES_MEMORY:
            _CORES.clear()
        _CORES[claim.text] = found
    return found


CONDITIONS = frozenset(
    "if unless while although though whereas whether even as because since".split()
)
"""Words that open a clause which is not the sentence's news: a condition ("If the union accepts
the offer, …"), a concession ("Although the club has hinted …, …"), a reason. ``as`` and
``since`` count only as ``even as`` / ``since`` followed by a clause, read by the comma."""

_CONDITION = re.compile(
    r"^(?:(?:but|and|yet|still|so)\s*,?\s+)?(?:even\s+)?"
    r"(?:if|unless|while|although|though|whereas|whether|because|even\s+as)\b[^,;:\"“”]{3,200}?,"
    r"(?=\s+\S)",
    re.IGNORECASE,
)


def condition_span(text: str) -> tuple[int, int] | None:
    """Where an opening subordinate clause ends: "If the union accepts the offer," in
    "If the union accepts the offer, the strike would end by Friday". Its words set the
    scene (a hypothesis, a concession, a reason); the main clause after its comma holds what
    the sentence claims. ``None`` when the sentence does not open with one (or it runs to the
    end: "… while the talks went on" is the main clause's tail, not an opening)."""
    match = _CONDITION.match(text.lstrip("\"“‘'( "))
    if match is None:
        return None
    offset = len(text) - len(text.lstrip("\"“‘'( "))
    return offset, offset + match.end()


CORES_MEMORY = 16384
"""Sentences whose core claim words are kept in memory, by text (as many as claims)."""
_CORES: dict[str, frozenset[str]] = {}
