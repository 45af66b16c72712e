"""A capitalised run of a sentence read as a speaker's name, as the claim check writes it:
without the conjunction or clause opener before it (``And Tom Hale``, ``As Jo Reyes``), the
article of an office (``the Ministry of Defence``; ``The Times`` keeps its own), the titles
before a full name (``Labour MP Dana Ellis``, ``Del. Nia Okoro``), the place it belongs to
(``Arizona's John McCain``) and a suffix; ``""`` for a run that names nobody (``Officials``,
``said Tuesday``, ``a Briton``). Pure functions; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.claim_speaker_words import (
    CONJUNCTIONS,
    DATE_WORDS,
    DETERMINERS,
    NOT_NAMES,
    NUMBER_WORDS,
    QUANTIFIERS,
    SUFFIXES,
)
from newsdiff.core.names import LETTER_TITLES, TITLE_WORDS
from newsdiff.core.quote_clauses import TEMPORAL_OPENERS
from newsdiff.core.speaker_tokens import Token
from newsdiff.core.speaking_names import is_demonym


def clean_run(run: Sequence[Token], opens: bool) -> str:
    """The name ``run`` gives as a speaker, or ``""``; ``opens``: it opens the sentence."""
    first = 0
    while first < len(run) and (
        run[first].lower in CONJUNCTIONS or opens and run[first].lower in TEMPORAL_OPENERS
    ):
        first += 1  # "And Tom Hale said", "As Jo Reyes went on about"
    if first + 2 < len(run) and run[first].lower == "the":
        first += 1  # "the Ministry of Defence"; "The Times" keeps its article
    letters = [k for k in range(first, len(run) - 2) if run[k].lower in LETTER_TITLES]
    if letters:
        first = letters[-1] + 1  # "Labour MP Dana Ellis", as the quotes read it
    words = _untitled(run[first:])
    if words and words[0].casefold().endswith("ing"):
        return ""  # "Having said that": a participle opens the clause, nobody speaks
    while len(words) > 1 and words[0][-2:] in ("'s", "’s"):
        words.pop(0)  # "Arizona's John McCain": where the name belongs, not the name
    while words and words[-1].casefold().rstrip(".") in SUFFIXES:
        words.pop()
    if words and words[-1][-2:] in ("'s", "’s"):
        words[-1] = words[-1][:-2]  # "according to Hale's office": Hale's side
    if not words or any(w.casefold().replace("’", "'") in NOT_NAMES for w in words):
        return ""
    if words[-1].casefold() in DATE_WORDS:
        return ""  # "said Tuesday", "On Friday": when, not who
    if (
        words[0].casefold() in ("a", "an")
        or is_demonym(words[-1].casefold())
        and (len(words) == 1 or words[0].casefold() == "the")
    ):
        return ""  # "a Briton said", "the Iranian said": nobody named
    if len(words) == 1 and {words[0].casefold(), words[0].casefold() + "."} & TITLE_WORDS:
        return ""  # a title alone ("said Del." where a sentence was cut): no name
    if opens and len(words) == 1 and _common_noun(words[0]):
        return ""  # "Officials said", "Police say"
    return " ".join(words)


def _untitled(run: Sequence[Token]) -> list[str]:
    """The run's words without the title abbreviations before a full name (``Del. Nia
    Okoro``, ``Lt. Gov. Ann Roe``): only one written with its full stop, as ``Del`` alone is a
    first name. Before a lone surname the title stays, with its full stop, so that the name
    reads as a person's and its key drops the title (``Mr. King``, ``Del. Okoro``)."""
    first = 0
    while first + 1 < len(run) and run[first].stopped and run[first].lower + "." in TITLE_WORDS:
        first += 1
    if first and first + 1 == len(run):
        return [run[first - 1].text + ".", run[first].text]
    return [t.text for t in run[first:]]


def _common_noun(word: str) -> bool:
    """A capitalised first word that is a plural or collective noun, not a name."""
    folded = word.casefold()
    return (folded.endswith("s") and not folded.endswith("ss")) or folded in _COLLECTIVES


_COLLECTIVES = frozenset("police staff government army management public media".split())


def name_list(run: Sequence[Token]) -> list[str]:
    """The names of a list written as capitalised runs joined by commas and a closing ``and``
    (``Tom Hale and Ann Pike``, ``Tom Hale, Ann Pike, and Jo Reyes``), each as ``clean_run``
    reads it; ``[]`` for anything else (``Department of Health and Human Services``)."""
    parts: list[list[Token]] = [[]]
    joins: list[str] = []
    for token in run:
        if token.text == "," or token.lower == "and":
            if parts[-1]:
                parts.append([])
                joins.append(token.lower)
            elif joins and joins[-1] == "," and token.lower == "and":
                joins[-1] = "and"  # the serial comma: "Ann Pike, and Jo Reyes"
            else:
                return []
        elif token.word and token.cap and not token.quoted:
            parts[-1].append(token)
        else:
            return []
    if not joins or not parts[-1] or joins[-1] != "and" or "and" in joins[:-1]:
        return []
    names = [clean_run(part, opens=False) for part in parts]
    return names if all(names) else []


def noun_use(tokens: list[Token], k: int) -> bool:
    """ "Israel's claims", "the states", "his says": a possessive or determiner before it."""
    if k == 0 or not tokens[k - 1].word:
        return False
    before = tokens[k - 1].lower
    return (
        before.endswith("'s")
        or before in DETERMINERS
        or before in QUANTIFIERS  # "Most states", "Twenty-seven states", "two claims"
        or before.split("-")[-1] in NUMBER_WORDS
        or before[0].isdecimal()
    )


_TALES = frozenset("lies lie truth story stories joke jokes tale tales".split())
_TALE_LEAD = frozenset("so many a lot of more the his her their such".split())


def tells_a_tale(tokens: list[Token], k: int) -> bool:
    """``tells so many lies``, ``told the truth``: ``tell`` with what is told as its object
    attributes no statement (nobody is told anything the sentence quotes or reports)."""
    if tokens[k].lower not in ("tell", "tells", "told"):
        return False
    n = k + 1
    while n < len(tokens) and n <= k + 4 and tokens[n].lower in _TALE_LEAD:
        n += 1
    return n < len(tokens) and tokens[n].lower in _TALES


def opening_parenthesis(tokens: list[Token], close: int) -> int:
    """The ``(`` a few words before the ``)`` at ``close``, or -1."""
    for k in range(close - 1, max(-1, close - 8), -1):
        if tokens[k].text == "(":
            return k
    return -1
