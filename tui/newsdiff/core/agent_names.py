"""Who a sentence says acted or spoke, and whether two sentences name the same agent.

A person is kept by surname ("…, Okafor said" → ``okafor``). An organisation is kept by its
head noun and the words that tell it apart: "the Interior Ministry" → ``ministry|interior``.
The same agent is often named two ways: "the ministry" (a definite organisation noun, or "a
spokesman for the ministry") is the named ministry of the other sentence (``ministry|``
matches ``ministry|interior``), while "the Interior Ministry" and "the Defence Ministry" are
two agents. Pure functions of a claim; no I/O.
"""

from __future__ import annotations

import re

from newsdiff.core.claim import Claim, fold, surname_of
from newsdiff.core.clauses import Clause, read_clause
from newsdiff.core.names import ORG_NOUNS

ORGANISATIONS = ORG_NOUNS | frozenset(
    "government council union army police court commission authority office embassy party "
    "board bank committee cabinet service services force forces prosecutors regulator "
    "campaign hospital university school".split()
)
"""Nouns that head an organisation's name ("Kessing Port Authority") or stand for it after
"the" ("the authority said")."""

_FOR_ORGANISATION = frozenset(
    "spokesman spokeswoman spokesperson spokesmen official officials representative source "
    "sources statement".split()
)
"""Subjects that speak for an organisation ("a spokesman for the ministry said")."""

_NOT_QUALIFIERS = frozenset({"the", "a", "an", "for", "of", "at", "'s", "’s"})


def agents(claim: Claim) -> frozenset[str]:
    """Who a sentence says acted or spoke: the agents its own attribution names ("…, Okafor
    said") or the quote reader gives its quotation, a named subject ("Okafor warned …", "the
    Interior Ministry said …"), an organisation's subject ("the ministry said", "a spokesman for
    the ministry said") and whom a pronoun or role subject stands for in its article
    (``Claim.referent``), each as :func:`same_agents` compares them."""
    found = {_agent_key(name) for name in claim.attributed + claim.speakers}
    clause = read_clause(claim.text)
    if clause.kind == "name" and clause.subject:
        found.add(_named_key(clause))
    elif clause.kind == "noun":
        found.add(_organisation_key(clause, claim.text))
    if claim.referent:
        found.add(_agent_key(claim.referent))  # "He warned …" after a sentence naming Okafor
    return frozenset(found - {""})


def same_agents(ours: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """The words of the agents two sentences share (empty when none): equal keys, or an
    organisation written without its distinguishing words on one side ("the ministry")."""
    shared: set[str] = set()
    for a in ours:
        for b in theirs:
            if a == b or _one_organisation(a, b):
                shared |= set(a.replace("|", " ").split()) | set(b.replace("|", " ").split())
    return frozenset(shared)


def _one_organisation(a: str, b: str) -> bool:
    if "|" not in a or "|" not in b:
        return False
    head_a, rest_a = a.split("|")
    head_b, rest_b = b.split("|")
    return head_a == head_b and (not rest_a or not rest_b)


def _agent_key(name: str) -> str:
    """An attributed name's key: a surname, or an organisation's head and other words."""
    words = [w for w in fold(name).split() if w not in _NOT_QUALIFIERS]
    if words and words[-1] in ORGANISATIONS:
        return f"{words[-1]}|{' '.join(sorted(set(words[:-1])))}"
    return surname_of(name)


def _named_key(clause: Clause) -> str:
    if clause.subject in ORGANISATIONS:
        rest = sorted(clause.names - {clause.subject} - _NOT_QUALIFIERS)
        return f"{clause.subject}|{' '.join(rest)}"
    return fold(clause.subject)


def _organisation_key(clause: Clause, text: str) -> str:
    """ "the ministry said" → ``ministry|``; "a spokesman for the ministry said" too, and "a
    spokesman for the Interior Ministry said" → ``ministry|interior`` (the capitalised words
    of the subject phrase tell the organisation apart, not "a senior official")."""
    if clause.subject in ORGANISATIONS and "the" in clause.phrase:
        return f"{clause.subject}|"
    if clause.subject in _FOR_ORGANISATION:
        heads = clause.phrase & ORGANISATIONS
        if len(heads) == 1:
            (head,) = heads
            capitalised = {fold(w) for w in _CAPITALISED.findall(text)}
            rest = (clause.phrase & capitalised) - heads - _NOT_QUALIFIERS - {clause.subject}
            return f"{head}|{' '.join(sorted(rest))}"
    return ""


_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]*")
