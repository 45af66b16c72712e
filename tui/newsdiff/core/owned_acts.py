"""Whose act a possessive names: "Trump's claims" is Trump's act, "Trump's wall" is not.

The who-rules of :mod:`newsdiff.core.lookalikes` and :mod:`newsdiff.core.actors` keep two
sentences about two people linked when one of them speaks of the other's subject in the
possessive ("India denied Trump's claims that he brokered a ceasefire" / "Trump said he
brokered a ceasefire"): the first reports on the second's act. That holds when what the person
owns is an act or a statement (claims, remarks, response, decision); a possessive that names
the owner of a thing or a topic ("Trump's proposed wall", "Hale's financial dealings", "Hale's
office") says nothing of what that person did, and the two sentences stay two people's two
deeds. Pure functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ACT_WORDS = (
    "claim remark comment statement response reaction reply answer word decision call request "
    "demand offer proposal plan order accusation allegation denial apology rhetoric criticism "
    "attack threat warning promise pledge vow announcement testimony account version position "
    "stance view tweet post letter speech message move action veto vote choice refusal "
    "admission confession assertion argument suggestion invitation resignation push effort "
    "attempt bid handling conduct behavior behaviour role insistence complaint question "
    "interview appeal objection endorsement nomination victory defeat rejection approval "
    "assessment description characterization characterisation explanation"
).split()

ACT_NOUNS = frozenset(_ACT_WORDS) | frozenset(
    w + ("es" if w.endswith(("ch", "sh", "s")) else "s") for w in _ACT_WORDS
)
"""Nouns for what a person says or does: owned in the possessive ("Voss's remarks", "Hale's
decision"), they make the possessive name that person's act."""

ACT_MODIFIERS = frozenset(
    "own latest initial earlier recent first public previous new original".split()
)
"""Words that may stand between a possessive and its act noun ("Hale's initial response")."""


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}['’]s\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")


@lru_cache(maxsize=8192)
def possessive_act(name: str, text: str) -> bool:
    """Does ``text`` own an act or statement of ``name`` in the possessive ("Voss's claims",
    "Voss's initial response")? Both folded as the caller folds them."""
    for found in _pattern(name).finditer(text):
        head, after = found.group(1), found.group(2)
        if head in ACT_NOUNS or (head in ACT_MODIFIERS and after in ACT_NOUNS):
            return True
    return False


@lru_cache(maxsize=8192)
def names_as_party(name: str, text: str) -> bool:
    """Is ``name`` written in ``text`` other than as the owner of a thing ("Hale's office",
    "Hale's campaign")? A name in the possessive of an act ("Hale's request") counts: the
    sentence tells that person's part. Both folded as the caller folds them."""
    for found in re.finditer(rf"\b{re.escape(name)}\b", text):
        owned = _pattern(name).match(text, found.start())
        if owned is None or possessive_act(name, owned.group(0)):
            return True
    return False


_ADJECTIVE_ENDS = ("ed", "al", "ous", "ive", "ing")


def owned_thing(names: tuple[str, str], left_text: str, right_text: str) -> str:
    """The first possessive of one sentence's subject (``names``: a name, or "name verb",
    left first) in the other sentence that owns a thing, not an act ("trump's proposed
    wall"); "" when there is none. It is what the narrowed possessive exception no longer
    counts, for the evidence note."""
    for name, other in zip(names, (right_text, left_text), strict=True):
        folded = name.split()[0].casefold()
        for text in (other.casefold(),):
            for found in _pattern(folded).finditer(text):
                head, after = found.group(1), found.group(2)
                if possessive_act(folded, found.group(0)):
                    continue
                words = [head, after] if after and head.endswith(_ADJECTIVE_ENDS) else [head]
                return f"{folded}'s {' '.join(words)}"
    return ""


def owner_note(
    note: str, names: tuple[str, str], left_text: str, right_text: str, *, mutual: bool = False
) -> str:
    """``note``, followed by the possessive of a thing the who-rule read past, if any. With
    ``mutual`` (the two-subjects rule), only when each sentence writes the other's name: else
    the possessive did not decide."""
    if mutual and not all(
        name.casefold() in other.casefold()
        for name, other in zip(names, (right_text, left_text), strict=True)
    ):
        return note
    owned = owned_thing(names, left_text, right_text)
    return f"{note}; {owned}: an owner, not an act" if owned else note
