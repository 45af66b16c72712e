"""Verb forms as the clause reader tells them: a finite verb by its form, an auxiliary, the
main verb after one, and the plain present after a subject (``core/clauses.py``). Pure."""

from __future__ import annotations

from newsdiff.core.clause_words import (
    AUXILIARIES,
    CONTRACTED,
    DETERMINERS,
    ED_NOT_VERBS,
    INTRODUCERS,
    IRREGULAR,
    MODALS,
    PLAIN_PRESENT,
    PREPOSITIONS,
    QUANTITIES,
    SPEECH,
)
from newsdiff.core.words import STOPWORDS, stem


def verb_base(word: str) -> str:
    """The base form of a verb form as written (``met`` → ``meet``, ``joined`` → a stem)."""
    word = word.casefold().replace("’", "'")
    return stem(IRREGULAR.get(word, word))


def verb_like(token: str, previous: str) -> bool:
    """Could ``token`` be a finite verb, judged by its form?"""
    word = token.casefold()
    if not word[:1].isalpha() or not token[:1].islower():
        return False
    if previous in DETERMINERS or previous.endswith(("'s", "’s")):
        return False  # "the questions", "India's continued import"
    if word in IRREGULAR or auxiliary(word.replace("’", "'")):
        return True
    return word.endswith("ed") and len(word) >= 4 and word not in ED_NOT_VERBS


_CLAUSE_SUBJECTS = frozenset("that he she they it we i you".split())


def bare_reporting_verb(tokens: list[str], k: int, previous: str) -> bool:
    """Is ``tokens[k]`` a reporting verb in the plain present, read by the clause it opens
    ("questions reveal that", "officials suggest he", "officials say the"), not a noun ("the
    senator's claims that", "two reports that")?"""
    token = tokens[k]
    if not token[:1].islower() or not token.isalpha() or k + 1 >= len(tokens):
        return False
    if previous in DETERMINERS or previous in QUANTITIES or previous.endswith(("'s", "’s")):
        return False
    following = tokens[k + 1].casefold()
    return (following in _CLAUSE_SUBJECTS or following in DETERMINERS) and (
        verb_base(token) in SPEECH
    )


def plural_subject_verb(token: str, previous: str, head: str) -> bool:
    """Is ``token`` a common verb in the plain present after a plural subject head
    ("investigators remain", "Democrats fear"), not a noun after a modifier ("the party
    plan")?"""
    if token not in PLAIN_PRESENT or previous in DETERMINERS or previous in QUANTITIES:
        return False
    return head == previous.removesuffix("'s") and head.endswith("s") and not head.endswith("ss")


COUNTING = frozenset("most many some several all both few majority minority half rest".split())
"""Words that count a group ("The majority", "Most of the boats"): the subject is plural."""

_AFTER_VERB = frozenset("to that with on about against".split())
"""What follows such a verb ("relate to", "doubt that"); not "in" or "of", which follow nouns
too ("a majority stake in")."""


def counted_subject_verb(tokens: list[str], k: int, previous: str, counted: bool) -> bool:
    """Is ``tokens[k]`` a verb in the plain present after a counted, so plural, subject ("The
    majority relate to", "Most of the boats belong to"), not a noun after a modifier ("the
    majority leader said")? It follows the head directly and a preposition or ``that``
    follows it."""
    token = tokens[k]
    if not counted or not token.isalpha() or not token[:1].islower() or k + 1 >= len(tokens):
        return False
    if token.endswith(("s", "ing", "ly")) or token in DETERMINERS or token in PREPOSITIONS:
        return False
    if previous in DETERMINERS - COUNTING or previous in PREPOSITIONS:
        return False
    return tokens[k + 1].casefold() in _AFTER_VERB


def plural_verb_before_object(tokens: list[str], k: int, previous: str, head: str) -> bool:
    """Is ``tokens[k]`` a verb in the plain present between a plural subject and its object
    ("the skippers reject the lease", "officials oppose them")? A noun seldom stands between
    a plural noun and a determiner."""
    if head != previous or not head.endswith("s") or head.endswith("ss"):
        return False
    return plain_verb_before_object(tokens, k)


def plain_verb_before_object(tokens: list[str], k: int) -> bool:
    """Is ``tokens[k]`` a plain lower-case word (no *-s*, *-ed*, *-ing*, *-ly*) followed by
    a determiner or an object pronoun, as a verb in the plain present is ("reject the")?"""
    token = tokens[k]
    if k + 1 >= len(tokens) or not token.isalpha() or not token[:1].islower():
        return False
    if token.endswith(("s", "ed", "ing", "ly")) or token in DETERMINERS or token in PREPOSITIONS:
        return False
    if token in _NOT_VERBS or token in INTRODUCERS or token in STOPWORDS or auxiliary(token):
        return False
    following = tokens[k + 1].casefold()
    return following in (DETERMINERS - {"that"}) | _OBJECT_PRONOUNS


_OBJECT_PRONOUNS = frozenset("him her them it us".split())
_NOT_VERBS = frozenset(
    "and or but nor than as if of outside inside within across along around behind beyond "
    "near past toward towards via between among amongst into onto per versus than".split()
)


def auxiliary(word: str) -> str:
    """``word`` as an auxiliary ("won't" → "will"), or ``""``."""
    if word in AUXILIARIES:
        return word
    if word.endswith(("n't", "n’t")):
        return CONTRACTED.get(word[:-3], word[:-3])
    return ""


def main_verb(token: str, auxiliary: str, *, after_pronoun: bool = False) -> bool:
    """Is ``token`` the main verb after ``auxiliary`` (or after the subject, without one)?

    After a modal, any plain word is the verb ("will travel"); after a form of *be*, *have* or
    *do*, only a participle or base form is ("has been convened", "is proposing"); otherwise
    the word must look like a finite verb ("met", "joined", "marks").
    """
    word = token.casefold()
    if not token[:1].islower() or not word.replace("'", "").isalpha():
        return False
    if word in DETERMINERS or word in PREPOSITIONS or word in INTRODUCERS:
        return False
    if (
        auxiliary in MODALS
        or auxiliary in {"do", "does", "did", "to"}
        or (after_pronoun and not auxiliary)
    ):
        return True  # "will travel", "we see"
    if auxiliary:
        return verb_like(token, "") or word.endswith("ing")
    return verb_like(token, "") or (word.endswith("s") and not word.endswith("ss"))


_CLAUSE_OPENERS = frozenset("that whether if how what why when who where".split())
"""Words a verb may open a clause or question with ("ask whether", "show that")."""


def reduced_relative_end(tokens: list[str], k: int, head: str) -> int | None:
    """Where the main verb is, when ``tokens[k]`` is a past participle opening a reduced
    relative clause on the subject ("The questions reported by the panel ask …", "the boats
    seized by the navy were sold"): a participle, then *by* and a short phrase with no comma,
    then a verb. ``None`` when no verb follows the phrase ("The bill passed by a wide margin"
    is a past tense, the sentence's verb)."""
    if k + 2 >= len(tokens) or tokens[k + 1] != "by" or not verb_like(tokens[k], ""):
        return None
    plural = head.endswith("s") and not head.endswith("ss")
    previous = "by"
    for j in range(k + 2, min(k + 10, len(tokens) - 1)):
        token = tokens[j]
        word = token.casefold()
        if not word[:1].isalnum():
            return None  # a comma or a quotation mark: no verb of this clause in reach
        following = tokens[j + 1].casefold()
        if j > k + 2 and token[:1].islower() and previous not in DETERMINERS:
            if auxiliary(word.replace("’", "'")) or verb_like(token, previous):
                return j
            opens = following in _CLAUSE_OPENERS or following in DETERMINERS - {"that"}
            if opens and word not in _NOT_VERBS | PREPOSITIONS | INTRODUCERS:
                if plural != (word.endswith("s") and not word.endswith("ss")):
                    return j  # "questions … ask whether", "the report … says that"
        previous = word
    return None
