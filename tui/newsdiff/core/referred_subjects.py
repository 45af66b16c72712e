"""Who a sentence's subject or speaker is, for the look-alike rules' who-comparisons.

A sentence whose subject is *he*, *the minister* or *the company* is about whom the article
named before it (``Claim.referent``, :mod:`newsdiff.core.referents`). The look-alike rules
compare who acts and who speaks through these readers, which ask for the referent only when
they meet such a subject (``Claim.subject_referent``): most candidate pairs never do, and
their sentences' referents are never read. Pure functions; no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newsdiff.core.claim import Claim, fold, surname_of
from newsdiff.core.clause_words import SPEECH, TITLES
from newsdiff.core.clauses import Clause, read_clause

Referent = str | Callable[[], str]
"""Whom a sentence's pronoun or role subject stands for (``Claim.referent``), or what reads it
on first ask (``Claim.subject_referent``)."""


def referent_of(claim: Claim) -> Referent:
    """The claim's referent as read with it, or its reader when it is read on first ask: an
    empty string tells at no cost that there is nothing to read."""
    return claim.referent if claim.referent_reader is None else claim.subject_referent


def ask(referent: Referent) -> str:
    """The referent, read now if it is a reader."""
    return referent if isinstance(referent, str) else referent()


def as_referent(clause: Clause, referent: Referent) -> Clause:
    """The sentence's clause with its pronoun or role subject ("he", "the minister", "the
    company") read as whom it stands for in the article (``Claim.referent``, folded): a name,
    so that who acts can be compared with a named subject both ways: another person's act is
    a look-alike, the same person's act in other words is not. Unchanged without a referent
    or when the subject is already a name (a lazy ``referent`` is then not read)."""
    if not referent or clause.kind not in ("pronoun", "noun"):
        return clause
    found = ask(referent)
    if not found:
        return clause
    names = frozenset(found.split())
    return replace(
        clause,
        subject=found.split()[-1],
        kind="name",
        names=names,
        initial=False,
        phrase=clause.phrase | names,
        possessed=False,
    )


def who_clause(claim: Claim) -> Clause:
    """The sentence's clause (:func:`~newsdiff.core.clauses.read_clause`), its subject read
    as its referent where it has one (:func:`as_referent`)."""
    return as_referent(read_clause(claim.text), referent_of(claim))


def speakers_of(claim: Claim) -> list[str]:
    """Who speaks in the sentence: the quote reader's speakers, else whom a "he said" /
    "the minister said" stands for (``Claim.subject_referent``, read only for such a verb)."""
    if claim.speakers:
        return list(claim.speakers)
    if referent_of(claim) and read_clause(claim.text).verb in SPEECH:
        found = claim.subject_referent()
        return [found] if found else []
    return []


def told_speakers(left: Claim, lefts: list[str], right: Claim, rights: list[str]) -> bool:
    """Neither sentence writes its speaker's name, but one's "he said" stands for its speaker
    (``Claim.referent``, read from the sentences before it), and each side's speaker is sure:
    the referent, or a full name (first name and surname) the quote reader gave, not one
    capitalised word ("Representatives" read from "the House of Representatives") nor a
    title or role with it ("Mr Holder", "the official": :func:`_full_name`)."""
    sides = ((left, lefts), (right, rights))
    full = [all(map(_full_name, speakers)) for _claim, speakers in sides]
    if not all(sure or referent_of(claim) for sure, (claim, _) in zip(full, sides, strict=True)):
        return False  # a side with one capitalised word and no referent to read: not sure
    # a side without speakers of its own speaks for its referent (read already): ask it first
    first = sorted(sides, key=lambda side: bool(side[0].speakers))
    if not any(_referent_speaks(claim, speakers) for claim, speakers in first):
        return False
    return all(
        sure or _referent_speaks(claim, speakers)
        for sure, (claim, speakers) in zip(full, sides, strict=True)
    )


def _full_name(speaker: str) -> bool:
    """A first name and a surname: two capitalised words besides titles ("Mr Holder" and
    "the official" are one person's surname or role, not a full name)."""
    words = [w for w in speaker.split() if w[:1].isupper() and fold(w).rstrip(".") not in TITLES]
    return len(words) >= 2


def _referent_speaks(claim: Claim, speakers: list[str]) -> bool:
    found = ask(referent_of(claim))
    return bool(found) and found.split()[-1] in {surname_of(s) for s in speakers}


def reports_the_other(left: Claim, right: Claim) -> bool:
    """One sentence's pronoun or role subject stands for the other sentence's speaker ("He
    emphasized that the city will pay" / "The city will pay, Mayor Hale said"): one person's
    claim, told once as theirs and once as what they did, not two people's two acts. Reads a
    referent only for a side whose subject is a pronoun or role."""
    for claim, other in ((left, right), (right, left)):
        if not other.speakers or read_clause(claim.text).kind not in ("pronoun", "noun"):
            continue
        referent = referent_of(claim)
        found = ask(referent) if referent else ""
        if found and surname_of(found) in {surname_of(s) for s in other.speakers}:
            return True
    return False
