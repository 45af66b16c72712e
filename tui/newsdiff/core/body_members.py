"""A body's member named right after it: ``said Harbour Authority spokeswoman Ana Voss`` is
Ana Voss, whose affiliation and role are the Harbour Authority's spokeswoman (the body does not
speak). Also the nouns for a person of a body that ``attribution_phrases`` reads.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import Mention, SentenceInfo, mention_at
from newsdiff.core.reporting_verbs import REPORTING_VERBS

Gap = Callable[[int, int], str]

MEMBER_NOUNS = (vocab.ROLE_WORDS | vocab.TITLE_WORDS) - {
    "the",
    "of",
    "state",
    "house",
    "spokesman",
    "spokeswoman",
    "spokesperson",
} | {
    "boss",
    "official",
    "officials",
    "aide",
    "aides",
    "member",
    "members",
    "lawyer",
    "lawyers",
    "staffer",
}
"""Nouns for a person of a body that a source noun may modify ("union leader", "committee
aide"): that person speaks, not the body."""

_PERSON_OF_BODY = (
    MEMBER_NOUNS
    | {"spokesman", "spokeswoman", "spokesperson"}
    | (vocab.ROLE_PREFIXES - {"the", "of"})
)
"""Role nouns after which a body's member is named (``Harbour Authority spokeswoman X``)."""

_ROLE_RUN = 3
"""How many lowercase words may describe a body's member (``senior press officer``)."""

NOT_MODIFIERS = (
    vocab.PREPOSITIONS
    | REPORTING_VERBS
    | {
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "the",
        "a",
        "an",
    }
)
"""Lowercase words that never modify a name or a source noun: prepositions, reporting verbs,
conjunctions, relatives and articles."""

_PERSON_OF_BODY = (
    MEMBER_NOUNS
    | {"spokesman", "spokeswoman", "spokesperson"}
    | (vocab.ROLE_PREFIXES - {"the", "of"})
)
"""Role nouns after which a body's member is named (``Harbour Authority spokeswoman X``)."""

_ROLE_RUN = 3
"""How many lowercase words may describe a body's member (``senior press officer``)."""


def member_of_body(info: SentenceInfo, gap: Gap, body: Mention) -> Mention | None:
    """The person named right after ``body`` and a role noun (``Harbour Authority spokeswoman
    Ana Voss``, ``Harbour Authority press officer Ana Voss``), or None. Only spaces stand
    between, the lowercase words end in a role noun, and none is a preposition, verb or article
    (``the Harbour Authority told Ana Voss``, ``said the Harbour Authority to Ana Voss``)."""
    tokens = info.tokens
    k = body.last
    limit = min(len(tokens), body.last + _ROLE_RUN)
    while (
        k < limit
        and not tokens[k].cap
        and tokens[k].lower not in NOT_MODIFIERS
        and not gap(tokens[k - 1].end, tokens[k].start).strip()
    ):
        k += 1
    role = tokens[k - 1]  # the body's mention may hold it ("Harbour Authority spokeswoman")
    if k >= len(tokens) or role.cap or role.lower not in _PERSON_OF_BODY:
        return None
    if gap(tokens[k - 1].end, tokens[k].start).strip():
        return None
    person = mention_at(info, k)
    if person is None or person.kind != "person" or person.possessive:
        return None
    return person
