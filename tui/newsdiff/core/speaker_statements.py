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

from newsdiff.core.claim import fold
from newsdiff.core.clause_words import LIGHT
from newsdiff.core.clauses import Clause

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")

VERB_PREFIX = 4
"""Letters of the reported verb's stem a word of the other sentence must open with to tell
the same deed ("clos" in "closed", "closure")."""


def speaker_or_core(frame: Clause, core: Clause) -> Clause:
    """The clause whose subject did what the sentence tells: ``core`` (the reported clause,
    its "he" already read as the speaker), or the named speaker's own frame when the
    reported subject is a thing or a pronoun ("'Fees are a scandal,' Hale said" is Hale
    saying)."""
    if core is not frame and frame.kind == "name" and core.kind in ("noun", "pronoun"):
        return frame
    return core


def stated_apart(statement: Clause, statement_text: str, other: Clause, other_text: str) -> bool:
    """Are a speaker's statement (``statement``: a frame with its reported clause) and the
    other sentence's agent two claims? Not when either sentence names the other's agent
    (the statement may be about that person's act, or that person may be quoted as its
    source), when both state a figure in common, when the reported verb is unread or a state
    (*be*, *have*, *do*: "the deal is done" may be the other's "signed the deal"), or when the
    other sentence uses the reported verb (the fact the speaker states, told without the
    speaker)."""
    own, theirs = fold(statement_text), fold(other_text)
    if _mentions(statement.subject, theirs) or _mentions(other.subject, own):
        return False
    if set(_NUMBER.findall(statement_text)) & set(_NUMBER.findall(other_text)):
        return False
    reported = statement.reported.verb if statement.reported is not None else ""
    if not reported or reported in LIGHT:
        return False  # a state ("the deal is done") may be the other's deed told as its outcome
    if len(reported) >= VERB_PREFIX:
        opening = reported[:VERB_PREFIX]
        if any(word.startswith(opening) for word in _WORD.findall(theirs)):
            return False
    return True


def _mentions(subject: str, text: str) -> bool:
    return bool(subject) and re.search(rf"\b{re.escape(subject)}\b", text) is not None
