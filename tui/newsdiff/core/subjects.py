"""Who a sentence is about: whether a name stands as the subject, and whom "he" or "she"
takes (a person of a compatible gender, preferring subjects, in this sentence or the last few).
"""

from __future__ import annotations

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import SentenceInfo, Token

PREVIOUS_SENTENCES = 4
"""How many sentences back a pronoun may look for its person."""

CLAUSE_OPENERS = frozenset(
    """
    and or but as when while because although though that if since after before until so yet
    where whereas who which then also nor once unless whether than
    """.split()
)

GLUE_ROLES = vocab.ROLE_WORDS | {
    "manager",
    "strategist",
    "adviser",
    "advisor",
    "aide",
    "chief",
    "officer",
    "editor",
    "mate",
    "pollster",
    "consultant",
    "lawyer",
    "attorney",
    "counsel",
    "press",
}
"""Job words a name may be glued to before another name ("campaign manager", "running mate")."""

SUBORDINATORS = frozenset(
    {"while", "although", "though", "because", "since", "if", "when", "whereas", "unless"}
)
"""Words opening a subordinate clause before the sentence's main clause."""

OBJECT_VERBS = frozenset(
    """
    see saw seen meet met visited thank thanked praised criticized criticised attacked
    supported backed endorsed defeated hired fired called invited interviewed joined helped
    elected replaced succeeded asked told tell urged liked hated
    """.split()
)
"""Verbs whose following name is their object; forms that double as nouns are left out."""

GLUED_ROLE_WORDS = 3
"""How many lowercase words a job title glued between two names may run to."""


def glued_to_role(tokens: list[Token], last: int) -> bool:
    """The name ending before ``last`` only modifies a job title glued to the next name
    ("Stone communication director Jane Ortiz"): lowercase words ending in a role word, then
    a capitalised word."""
    for k in range(last, min(len(tokens) - 1, last + GLUED_ROLE_WORDS)):
        if tokens[k].cap or tokens[k].possessive:
            return False
        if tokens[k].lower in GLUE_ROLES and tokens[k + 1].cap:
            return True
    return False


def in_subordinate_opener(info: SentenceInfo, first: int) -> bool:
    """The mention at token ``first`` opens a subordinate clause that opens the sentence
    ("While X spoke, Y said …"): X is not the subject other sentences refer back to."""
    tokens = info.tokens
    if not tokens or tokens[0].lower not in SUBORDINATORS:
        return False
    return first <= 1 or (first == 2 and tokens[1].lower in ("the", "a", "an"))


def after_according_to(tokens: list[Token], first: int) -> bool:
    """The mention at token ``first`` follows "according to"."""
    return first >= 2 and tokens[first - 1].lower == "to" and tokens[first - 2].lower == "according"


def object_after(prev: Token, gap: str) -> bool:
    """A name right after a lowercase verb-like word, with nothing between, is its object."""
    lower = prev.lower
    if prev.cap or gap.strip() or not lower.isalpha():
        return False
    if lower in CLAUSE_OPENERS or lower in vocab.REPORTING_VERBS:
        return False
    return lower in OBJECT_VERBS


def resolve_pronoun(
    infos: list[SentenceInfo],
    index: int,
    recent: dict[tuple[str, bool], tuple[int, str]],
    pronoun: str,
    object_pronoun: bool = False,
    after_opening_phrase: bool = False,
    last_person: tuple[str, str] | None = None,
) -> str | None:
    """ "he"/"she": the latest person in subject position in this sentence, else any
    person earlier in it, else the subject (or last person) of the nearest sentence naming
    one, else the last person named (``last_person``: name and gender). An object pronoun
    ("him") is not the subject of its own clause: it takes the latest other person of its
    gender in the sentence."""
    fits = (vocab.PRONOUNS[pronoun], "u")
    if object_pronoun:
        clause_subject = max((entry for key, entry in recent.items() if key[1]), default=None)
        for gender in fits:
            others = [
                entry
                for key, entry in recent.items()
                if key[0] == gender and entry != clause_subject
            ]
            if others:
                return max(others)[1]
    found = [recent[(g, True)] for g in fits if (g, True) in recent]
    if found:
        return max(found)[1]
    earlier = earlier_subject(infos, index, fits) if after_opening_phrase else None
    if earlier is not None:
        return earlier  # "In an interview with NBC's X, he said": he is not X
    found = [recent[(g, False)] for g in fits if (g, False) in recent]
    if found:
        return max(found)[1]
    for back in range(index - 1, max(-1, index - 1 - PREVIOUS_SENTENCES), -1):
        prior = infos[back]
        subjects = [prior.subject_people[g] for g in fits if g in prior.subject_people]
        if subjects:
            return min(subjects)[1]
        named = [prior.last_people[g] for g in fits if g in prior.last_people]
        if named:
            return max(named)[1]
    if last_person is not None and last_person[1] in fits:
        return last_person[0]
    return None


def earlier_subject(infos: list[SentenceInfo], index: int, fits: tuple[str, str]) -> str | None:
    """The subject of the nearest of the last few sentences that has one of the gender."""
    for back in range(index - 1, max(-1, index - 1 - PREVIOUS_SENTENCES), -1):
        prior = infos[back]
        subjects = [prior.subject_people[g] for g in fits if g in prior.subject_people]
        if subjects:
            return min(subjects)[1]
    return None
