"""A named speaker's statement about a thing, against another named person's act.

"'Harbour fees are a scandal,' Hale said" tells what Hale said; "Voss opposed the fee rise"
tells what Voss did. The who-rules compare the *reported* clause of a statement (``Holder said
he understands …`` is Holder understanding), so when that clause's subject is a thing or a
pronoun ("harbour fees", "they", "I") the named agent of the sentence is lost and the two
people's claims look like one. :func:`speaker_or_core` keeps the speaker as the sentence's
agent in that case (the speaker *says*); :func:`stated_apart` asks what keeps such a pair one
fact: a name of the other sentence's agent in it, a figure both state, a reported state rather
than a deed, or the reported deed's verb in the other sentence ("The harbour will close, Hale
said" / "Voss closed the harbour": one closure, told twice). Pure functions of the clauses and
texts.
"""

from __future__ import annotations

import re

from newsdiff.core.agent_names import ORGANISATIONS
from newsdiff.core.claim import fold
from newsdiff.core.clause_words import LIGHT, TITLES
from newsdiff.core.clauses import Clause
from newsdiff.core.names import ROLE_WORDS

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")

VERB_PREFIX = 4
"""Letters of the reported verb's stem a word of the other sentence must open with to tell
the same deed ("clos" in "closed", "closure")."""


def speaker_or_core(frame: Clause, core: Clause) -> Clause:
    """The clause whose subject did what the sentence tells: ``core`` (the reported clause,
    its "he" already read as the speaker), or the named speaker's own frame when the
    reported subject is a thing or a pronoun ("'Fees are a scandal,' Hale said" is Hale
    saying). A reported clause whose verb is unread keeps the core (nothing to compare)."""
    if (
        core is not frame
        and frame.kind == "name"
        and core.kind in ("noun", "pronoun")
        and core.verb
    ):
        return frame
    return core


def stated_apart(statement: Clause, statement_text: str, other: Clause, other_text: str) -> bool:
    """Are a speaker's statement (``statement``: a frame with its reported clause) and the
    other sentence's agent two claims? Not when the speaker is an organisation (it speaks for
    the people in it), when the reported subject is one definite person or body ("the
    skipper", "the country": perhaps the other's agent described), when either sentence names
    the other's agent
    (the statement may be about that person's act, or that person may be quoted as its
    source), when both state a figure in common, when the reported verb is unread or a state
    (*be*, *have*, *do*: "the deal is done" may be the other's "signed the deal"), or when the
    other sentence uses the reported verb (the fact the speaker states, told without the
    speaker)."""
    if statement.subject in ORGANISATIONS:
        return False  # "…, the agency said": a body speaks for the people in it
    reported = statement.reported
    if reported is not None and _definite_agent(reported):
        return False  # "'The skipper chose wrong,' Hale said": perhaps the other's agent
    own, theirs = fold(statement_text), fold(other_text)
    if _mentions(statement.subject, theirs) or _mentions(other.subject, own):
        return False
    if share_figure(statement_text, other_text):
        return False
    verb = reported.verb if reported is not None else ""
    if not verb or verb in LIGHT:
        return False  # a state ("the deal is done") may be the other's deed told as its outcome
    if len(verb) >= VERB_PREFIX:
        opening = verb[:VERB_PREFIX]
        if any(word.startswith(opening) for word in _WORD.findall(theirs)):
            return False
    return True


def share_figure(left_text: str, right_text: str) -> bool:
    """Do the two texts write a figure in common ("30", "1,100")? Then one may be the other's
    fact told another way (the speaker as its source, the things counted as the agent's act)."""
    return bool(set(_NUMBER.findall(left_text)) & set(_NUMBER.findall(right_text)))


AGENT_NOUNS = (
    ROLE_WORDS
    | TITLES
    | ORGANISATIONS
    | frozenset("country nation state city town region regime leadership skipper".split())
)
"""Heads of a definite subject that may name a person or the body someone leads ("the
leader", "the ministry", "the country"), not a thing ("the fee rise")."""


def _definite_agent(clause: Clause) -> bool:
    """ "The skipper", "the country": one definite person or body, which may describe the
    other sentence's named agent or the body that agent leads."""
    return (
        clause.kind == "noun"
        and bool(clause.phrase & {"the", "this", "that"})
        and clause.subject in AGENT_NOUNS
    )


def _mentions(subject: str, text: str) -> bool:
    return bool(subject) and re.search(rf"\b{re.escape(subject)}\b", text) is not None
