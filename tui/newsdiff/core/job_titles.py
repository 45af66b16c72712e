"""One person given two jobs: "Defence Minister Ana Ruiz" / "Interior Minister Ana Ruiz".

Reads the job title written before a person's name (capitalised, "Interior Minister Ana Ruiz",
"Rep. Ruiz", or lower case, "interior minister Ana Ruiz") and tells whether two titles of one
person name the same job. Pure functions of a sentence's text; no I/O.

Only titles with one head word are compared (*Defence Minister* / *Interior Minister*): one
person may hold two jobs at once (*Representative* and *House Minority Leader*). Two titles of
one head name one job when one is the other with words that only say more (a department, a
country, *acting*; a party is passed over): *Minister* / *Defence Minister*, *press secretary*
/ *White House press secretary*, *Rep.* / *Representative*. A rank word makes another job:
*district attorney* / *assistant district attorney*, *president* / *vice president*. A title
marked as past or future (*former*, *ex-*, *then-*, *outgoing*, *-elect* …) is a job at
another time and is never compared: "former Defence Minister Ana Ruiz" may be "Interior
Minister Ana Ruiz" now.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.core.clause_words import TITLES
from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.people import NOT_GIVEN_NAMES, ROLE_HEADS, SPEECH_VERBS, same_given_name
from newsdiff.core.words import STOPWORDS

JOB_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "atty": "attorney",
    "sec": "secretary",
    "secy": "secretary",
    "pres": "president",
    "supt": "superintendent",
    "capt": "captain",
    "cmdr": "commander",
    "col": "colonel",
    "sgt": "sergeant",
    "congressman": "representative",
    "congresswoman": "representative",
}
"""Short and gendered forms of one job ("Rep." is "Representative")."""

JOB_HEADS = ROLE_HEADS | frozenset(
    "attorney senator representative judge justice prosecutor lieutenant colonel sergeant "
    "general commander editor treasurer".split()
)
"""Words that end a job title: a title without one (*Mr.*, *Democrat*) names no job."""

_TITLE_WORDS = TITLES | JOB_HEADS | frozenset(JOB_ABBREVIATIONS)

_RANKS = frozenset("assistant deputy vice associate under junior lieutenant shadow sub co".split())
"""Words that make another job of the title they qualify (*assistant district attorney*)."""

_PARTIES = frozenset(
    "democratic democrat democrats republican republicans gop labour conservative tory liberal "
    "green independent socialist".split()
)
"""Party words: a party's leader in the House is the House minority leader too."""

_ONLY_MORE = frozenset("acting interim mr mrs ms dr u.s us jr sr ii iii".split()) | _PARTIES
"""Title words that name no job of their own (an honorific, *acting*, a party)."""

_OTHER_TIME = frozenset(
    "former ex then outgoing incoming onetime one-time erstwhile previous past late retired "
    "future elect designate newly now later".split()
)
"""Words that put a title at another time than the sentence's claim."""

_NOT_IN_TITLE = STOPWORDS | SPEECH_VERBS | (NOT_GIVEN_NAMES - TITLES - _PARTIES - {"house"})
"""Words a title never runs back past ("said the defence minister", "On Friday District
Attorney …"; weekdays and months are among the words that open no name)."""

_TIME_PREFIXES = ("ex-", "then-", "former-")
"""Hyphened marks of another time ("ex-interior minister")."""

_NAME_RUN = lazy_compile(
    r"(?<![\w’'.])(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?\s+)*[A-Z][^\W\d_]*"
    r"(?:['’-][^\W\d_]+)*\.?(?![\w’'-])"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
_LOWER_TITLE = re.compile(r"(?<![\w'’.-])((?:[A-Za-z][A-Za-z.'’-]*\s+){1,4})$")
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")

Titled = tuple[str, str, tuple[str, ...], int, int, bool]
"""A titled person: given name (folded, empty when only the surname is written), surname
(folded), the title's words (folded, abbreviations spelled out), the title's span, and whether
the title is of another time (*former*)."""


@lru_cache(maxsize=8192)
def titled_people(text: str) -> tuple[Titled, ...]:
    """People written with a job title before their name: "Interior Minister Ana Ruiz",
    "Rep. Ruiz", "interior minister Ana Ruiz"."""
    found: list[Titled] = []
    for run in _NAME_RUN.finditer(text):
        tokens = [(m.group(0), run.start() + m.start()) for m in _TOKEN.finditer(run.group(0))]
        folded = [_fold(t) for t, _ in tokens]
        last_title = max((k for k, w in enumerate(folded) if w in _TITLE_WORDS), default=-1)
        names = [w for w in folded[last_title + 1 :] if len(w) > 1]
        if not names or len(names) > 2 or names[0] in NOT_GIVEN_NAMES:
            continue
        given, surname = (names[0], names[1]) if len(names) == 2 else ("", names[0])
        if last_title >= 0:
            first = 1 + max(
                (k for k in range(last_title) if folded[k] in _NOT_IN_TITLE), default=-1
            )
            words = folded[first : last_title + 1]
            start = tokens[first][1]
            end = tokens[last_title][1] + len(tokens[last_title][0].rstrip("."))
        else:
            lower = _LOWER_TITLE.search(text[: run.start()])
            if lower is None:
                continue
            written = [(m.group(0), lower.start() + m.start()) for m in _WORD.finditer(lower[1])]
            cut = max(
                (k for k, (w, _) in enumerate(written) if _fold(w) in _NOT_IN_TITLE),
                default=-1,
            )
            written = written[cut + 1 :]  # "said defence minister": the title only
            if not written:
                continue
            words = [_fold(w) for w, _ in written]
            start, end = written[0][1], written[-1][1] + len(written[-1][0])
        if not words or words[-1] not in JOB_HEADS | frozenset(JOB_ABBREVIATIONS):
            continue
        other_time = _other_time(text[:start], words)
        job = tuple(_timeless(w) for w in words if w not in _OTHER_TIME)
        found.append((given, surname, job, start, end, other_time))
    return tuple(found)


def _fold(word: str) -> str:
    word = word.casefold().replace("’", "'").removesuffix("'s").rstrip(".")
    return JOB_ABBREVIATIONS.get(word, word)


def _timeless(word: str) -> str:
    for prefix in _TIME_PREFIXES:
        word = word.removeprefix(prefix)
    return word


def _other_time(before: str, words: list[str]) -> bool:
    """Is the title of another time: *former*, *ex-*, *then-* … in it or right before it?"""
    if any(w in _OTHER_TIME or w.endswith("-elect") or w != _timeless(w) for w in words):
        return True
    tail = re.findall(r"[a-z]+", before[-16:].casefold())
    return bool(tail) and tail[-1] in _OTHER_TIME


def same_job(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Could two titles of one person be one job (see the module docstring)? Titles with
    different head words (*Representative* / *House Minority Leader*) may be two jobs one
    person holds at once, so only titles of one head are told apart."""
    x = [w for w in a if w not in _ONLY_MORE]
    y = [w for w in b if w not in _ONLY_MORE]
    if not x or not y or x[-1] != y[-1]:
        return True
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    if longer[len(longer) - len(shorter) :] != shorter:
        return False
    return not any(w in _RANKS for w in longer[: len(longer) - len(shorter)])


def different_jobs(
    left_text: str, right_text: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of two different titles the two sentences give one person (the same surname,
    and the same given name where both write one), else ``None``."""
    for given, surname, job, ls, le, then in titled_people(left_text):
        if then:
            continue
        for other, other_surname, other_job, rs, re_, other_then in titled_people(right_text):
            if other_then or other_surname != surname:
                continue
            if given and other and not same_given_name(given, other):
                continue  # two people of one surname: the person rule's
            if not same_job(job, other_job):
                return (ls, le), (rs, re_)
    return None
