"""Who did what, beyond two named people: things doing things, and one speaker's two statements.

:func:`~newsdiff.core.lookalikes.different_actions` tells two *named* people's deeds apart. The
same structure holds when a subject is a thing ("the lawsuit says …" / "voters approved …") and
when one speaker is reported twice ("Holder said that he understands …" / "Holder said that
the eyes of the nation are on …"). Read with :mod:`newsdiff.core.clauses`; pure functions.
"""

from __future__ import annotations

from dataclasses import replace

from newsdiff.core.agent_names import ORGANISATIONS
from newsdiff.core.claim import Claim
from newsdiff.core.clause_words import LIGHT, QUANTITIES, TITLES
from newsdiff.core.clauses import Clause
from newsdiff.core.lookalikes import (
    ROLE_NOUNS,
    _named,
    _possessive,
    _resolved,
    _same_subject,
    _speaks_for_both,
    _title_case_text,
)
from newsdiff.core.referred_subjects import who_clause
from newsdiff.core.speaker_statements import share_figure
from newsdiff.core.words import STOPWORDS, stem

GENERIC_SUBJECTS = (
    ROLE_NOUNS
    | QUANTITIES
    | frozenset(
        "others people person persons man woman men women someone everyone anyone nobody group "
        "side sides government administration authorities agency department office staff "
        "team".split()
    )
)
"""Subject heads that may stand for the other sentence's named actor ("the attorney general",
"others", "the administration"): a common-noun subject must say *what* acts, not who."""

SUBJECT_WORDS = 6
"""A common-noun subject phrase of more words was probably misread (a clause run into it)."""


def different_actors(left: Claim, right: Claim) -> tuple[str, str] | None:
    """Two different things doing two different things, at least one of them named by a
    common noun: ``(left who-did, right who-did)``.

    :func:`different_actions` compares two *named* subjects. The same structure holds when a
    subject is a thing ("the lawsuit says …" / "voters approved …", "the prospect of pardons is
    among …" / "Flynn is cooperating"), but a common noun may name the other's actor in other
    words, so the rule asks more: neither subject phrase has a content word the other sentence
    uses anywhere (so "the pushback crested" / "Steele's comments prompted" is left linked: the
    other sentence names the comments' author), the head is not a role or a group that may
    stand for a person ("the attorney general", "others", "the administration"), the verbs
    differ (not both *be*, *have* or *do*), and the possessive and one-speaker exceptions of
    :func:`different_actions` hold.
    """
    left_text, right_text = left.text, right.text
    if _title_case_text(left_text) or _title_case_text(right_text):
        return None
    left_frame, right_frame = who_clause(left), who_clause(right)
    a, b = _existential(_resolved(left_frame)), _existential(_resolved(right_frame))
    if not a.verb or not b.verb or {a.verb, b.verb} <= LIGHT or a.verb == b.verb:
        return None
    if "noun" not in (a.kind, b.kind) or not {a.kind, b.kind} <= {"noun", "name"}:
        return None  # two names: different_actions; a pronoun nobody is known for
    if _counts_apart(a, b, left_text, right_text):
        return None
    for clause, other, other_clause in ((a, right_text, b), (b, left_text, a)):
        if clause.kind == "name" and not _named(clause, other):
            return None  # one capitalised opening word may be a name or a noun ("Volunteers")
        if clause.kind == "noun" and not _plain_thing(clause):
            if not _part_against_person(clause, other_clause):
                return None
    thing, named = (a, b) if a.kind == "noun" else (b, a)
    if named.kind == "name" and _definite_singular(thing):
        if not _part_against_person(thing, named):
            return None  # "the skipper chose …" / "Ada Brin has …": a description of the named one
    if _same_subject(a, b) or _speaks_for_both(left_frame, right_frame):
        return None
    if _mentions(a, right.stems) or _mentions(b, left.stems):
        return None
    for clause, other in ((a, right_text), (b, left_text)):
        for subject in {clause.subject, left_frame.subject, right_frame.subject}:
            if subject and _possessive(subject, other):
                return None
    return f"{a.subject} {a.verb}", f"{b.subject} {b.verb}"


def different_statements(left: Claim, right: Claim) -> tuple[str, str] | None:
    """One speaker, two statements: both sentences report what the same named person said,
    and the reported clauses have different subjects doing different things:
    ``(left who-did, right who-did)``.

    "Holder said that he understands why residents distrust the police" and "Holder said that
    the eyes of the nation are on the town" share their speaker and their frame, not their
    claim. The reported subjects must differ (the speaker's "he" is read as the speaker), the
    verbs too (not both *be*, *have* or *do*), and a subject other than the speaker must not
    be named in the other sentence at all ("… said the deal would pass" / "… said he was sure
    the deal would pass" is one statement).
    """
    left_frame, right_frame = who_clause(left), who_clause(right)
    if left_frame.kind != "name" or right_frame.kind != "name":
        return None
    if not _same_subject(left_frame, right_frame):
        return None
    if left_frame.reported is None or right_frame.reported is None:
        return None
    a, b = _existential(_resolved(left_frame)), _existential(_resolved(right_frame))
    if not a.verb or not b.verb or {a.verb, b.verb} <= LIGHT or a.verb == b.verb:
        return None
    if not {a.kind, b.kind} <= {"noun", "name"} or _same_subject(a, b):
        return None
    if _counts_apart(a, b, left.text, right.text):
        return None
    for clause, frame, other in ((a, left_frame, right), (b, right_frame, left)):
        if _same_subject(clause, frame):
            continue  # the speaker's own act ("he understands")
        if clause.kind == "noun" and not _plain_thing(clause):
            return None
        if _mentions(clause, other.stems):
            return None
    return f"{a.subject} {a.verb}", f"{b.subject} {b.verb}"


def _existential(clause: Clause) -> Clause:
    """An existential *there* ("there is no timetable", "there were twelve arrests") read as a
    thing: it stands for no person the other sentence may name, as *he* or *they* may; it
    states that something exists. Any other clause unchanged."""
    if clause.kind == "pronoun" and clause.subject == "there":
        return replace(clause, kind="noun")
    return clause


def _counts_apart(a: Clause, b: Clause, left_text: str, right_text: str) -> bool:
    """Does an existential *there* count what the other sentence counts? "There were 30
    arrests at the quay" / "the harbour police made 30 arrests": one figure of one fact, told
    from the things and from their agent. An existential with a figure in common is left
    linked."""
    return "there" in (a.subject, b.subject) and share_figure(left_text, right_text)


def _plain_thing(clause: Clause) -> bool:
    """A common-noun subject read with confidence: a short phrase, no relative word and no
    possessive in it, and a head that says what acts rather than standing for a person or
    group."""
    if clause.possessed:
        return False  # "Steele's comments", "Dukes's case": a person's act in other words
    words = [w for w in clause.phrase if w not in STOPWORDS]
    if len(words) > SUBJECT_WORDS or clause.phrase & {"that", "which", "who"}:
        return False
    return clause.subject not in GENERIC_SUBJECTS and stem(clause.subject) not in _GENERIC_STEMS


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_SUBJECTS)


COUNTED_PARTS = frozenset("majority minority most many some several few half rest".split())
"""Heads that count a part of a group ("The majority relate to …", "Some say …")."""


def _part_against_person(clause: Clause, other: Clause) -> bool:
    """A counted part of a group ("the majority") against a named person ("Voss has given
    …"): a part of a group is no one person, so it stands for no named person and describes
    none. Against an organisation ("the majority voted" / "the Harbour Council rejected") it
    may be that body's members, and the guards hold."""
    if clause.subject not in COUNTED_PARTS or other.kind != "name":
        return False
    return not ({other.subject} | other.phrase) & ORGANISATIONS


def _definite_singular(clause: Clause) -> bool:
    """ "The star", "this company": one definite thing, which may be a description of the
    person or body the other sentence names ("the actress" for a named actress)."""
    head = clause.subject
    return bool(clause.phrase & {"the", "this", "that"}) and (
        not head.endswith("s") or head.endswith("ss")
    )


def _mentions(clause: Clause, other_stems: frozenset[str]) -> bool:
    """Does the other sentence use a content word of this clause's subject phrase?"""
    return any(
        stem(word) in other_stems
        for word in clause.phrase | clause.names | {clause.subject}
        if word and word not in STOPWORDS and word not in TITLES
    )
