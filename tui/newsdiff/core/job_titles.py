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
from collections.abc import Sequence
from functools import lru_cache

from newsdiff.core.clause_words import TITLES
from newsdiff.core.people import NOT_GIVEN_NAMES, ROLE_HEADS, SPEECH_VERBS, same_given_name
from newsdiff.core.words import STOPWORDS, stem

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
    "lord": "peer",
    "baroness": "peer",
    "baron": "peer",
}
"""Short and gendered forms of one job ("Rep." is "Representative", "Lord" a peer)."""

JOB_HEADS = ROLE_HEADS | frozenset(
    "attorney senator representative judge justice prosecutor lieutenant colonel sergeant "
    "general commander editor treasurer mp peer".split()
)
"""Words that end a job title: a title without one (*Mr.*, *Democrat*) names no job."""

_TITLE_WORDS = TITLES | JOB_HEADS | frozenset(JOB_ABBREVIATIONS)

_RANKS = frozenset("assistant deputy vice associate under junior lieutenant shadow sub co".split())
"""Words that make another job of the title they qualify (*assistant district attorney*)."""

_ONE_SEAT = (frozenset({"senator", "representative"}), frozenset({"mp", "peer"}))
"""Jobs of different head words no one holds at once: a seat in one chamber or the other
(*Sen.* / *Rep.*, an MP / a peer)."""

_PARTIES = frozenset(
    "democratic democrat democrats republican republicans gop labour conservative tory liberal "
    "green independent socialist".split()
)
"""Party words: a party's leader in the House is the House minority leader too."""

_ONLY_MORE = frozenset("acting interim mr mrs ms dr u.s us jr sr ii iii".split()) | _PARTIES
"""Title words that name no job of their own (an honorific, *acting*, a party)."""

_OTHER_TIME = frozenset(
    "former ex outgoing incoming onetime one-time erstwhile previous past late retired "
    "future elect designate newly now later".split()
)
"""Words that put a title at another time than the sentence's claim: never compared."""

_THEN = frozenset({"then"})
"""A title dated to the time of the claim ("then-Interior Minister"): compared with another
title so dated."""

_NOT_IN_TITLE = STOPWORDS | SPEECH_VERBS | (NOT_GIVEN_NAMES - TITLES - _PARTIES - {"house"})
"""Words a title never runs back past ("said the defence minister", "On Friday District
Attorney …"; weekdays and months are among the words that open no name)."""

_TIME_PREFIXES = ("ex-", "former-", "then-")
"""Hyphened marks of another time ("ex-interior minister")."""

_TOKEN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")

HEAD_WORDS = JOB_HEADS | frozenset(JOB_ABBREVIATIONS)
"""Job words as a sentence's words are written (folded): where a title may end."""

HEAD_STEMS = frozenset(stem(w) for w in HEAD_WORDS)
"""The same as stems (:attr:`~newsdiff.core.claim.Claim.stems`): a cheap test first."""

_NAME_AFTER = re.compile(
    r"[^\W\d_]+\.?\s+(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*\.?\s+){0,2}[A-Z][^\W\d_]*"
    r"(?:['’-][^\W\d_]+)*(?![\w'’-])"
)
"""A job word and the name after it ("Minister Ana Ruiz", "Rep. Linda T. Ortiz")."""

_QUALIFIER_REACH = 4
"""Words before a job word read as its qualifiers at most ("House Minority Leader")."""

Titled = tuple[str, str, tuple[str, ...], int, int, str]
"""A titled person: given name (folded, empty when only the surname is written), surname
(folded), the title's words (folded, abbreviations spelled out), the title's span, and when
the title holds (``""`` now, ``"then"`` at the claim's time, ``"other"`` another time)."""


Words = Sequence[tuple[str, str, int, int]]
"""A sentence's words as a claim holds them (:attr:`~newsdiff.core.claim.Claim.words`)."""

TitleIndex = tuple[tuple[int, ...], frozenset[str], frozenset[tuple[str, tuple[str, ...]]]]
"""A sentence's job word starts, titled surnames, and (surname, job) pairs of now."""

_INDEX: dict[str, TitleIndex] = {}
_INDEX_MEMORY = 16384
_NO_TITLES: TitleIndex = ((), frozenset(), frozenset())


def title_index(text: str, words: Words) -> TitleIndex:
    """What two sentences' titles are compared by, read once per sentence."""
    found = _INDEX.get(text)
    if found is None:
        heads = tuple(start for word, _stem, start, _end in words if word in HEAD_WORDS)
        found = _NO_TITLES
        if heads:
            pairs = frozenset(
                (surname, job)
                for _given, surname, job, _s, _e, time in titled_people(text, heads)
                if time != "other"
            )
            found = (heads, frozenset(surname for surname, _ in pairs), pairs)
        if len(_INDEX) >= _INDEX_MEMORY:
            _INDEX.clear()
        _INDEX[text] = found
    return found


@lru_cache(maxsize=8192)
def titled_people(text: str, heads: tuple[int, ...] | None = None) -> tuple[Titled, ...]:
    """People written with a job title before their name: "Interior Minister Ana Ruiz",
    "Rep. Ruiz", "interior minister Ana Ruiz". ``heads`` are where its job words start
    (:func:`job_word_starts`; found here when not given)."""
    if heads is None:
        heads = tuple(m.start() for m in _WORD.finditer(text) if m[0].casefold() in HEAD_WORDS)
    found: list[Titled] = []
    for head_at in heads:
        if head_at and (text[head_at - 1].isalnum() or text[head_at - 1] in "-'’"):
            continue  # "then-Senator": read as a word of its own
        head = _HEAD_WORD.match(text, head_at)
        if head is None:
            continue
        match = _NAME_AFTER.match(text, head_at)
        named_before = None if match is not None else _postnominal(text, head_at, head[0])
        tail = None if match or named_before else _APPOSITION_END.match(text, head.end())
        if match is None and tail is None and named_before is None:
            continue  # neither a name after it nor the end of an apposition
        qualifiers = _qualifiers(text, head_at, capitalised=head[0][0].isupper())
        if named_before is not None:
            qualifiers, written, mark = [], named_before, ""
        start = qualifiers[0][1] if qualifiers else head_at
        if named_before is not None:  # "Ana Ruiz MP"
            pass
        elif match is not None:  # "Interior Minister Ana Ruiz"
            written = [m[0] for m in _TOKEN.finditer(match[0])][1:]
            mark = ""
        else:  # "Ana Ruiz, then an assistant district attorney, …"
            apposed = _apposed_to(text, start) or _named_after(text, start, head.end())
            if apposed is None:
                continue
            written, mark = apposed
            if tail is not None and tail[1] and mark == "":
                mark = "then"  # "the interior minister at the time"
        names = [_fold(w) for w in written if len(w.rstrip(".")) > 1]
        if not names or len(names) > 2 or names[0] in NOT_GIVEN_NAMES | STOPWORDS:
            continue  # "In Kessing, the minister said": no name
        if names[-1] in HEAD_WORDS:
            continue  # "Lord Mayor": a title, not a name
        given, surname = (names[0], names[1]) if len(names) == 2 else ("", names[0])
        words = [_fold(w) for w, _ in qualifiers] + [_fold(head[0])]
        time = _time_of(text, start, words) or mark
        job = tuple(_timeless(w) for w in words if w not in _OTHER_TIME and w not in _THEN)
        end = head.end()
        if text[end : end + 1] == "." and head[0].casefold() in JOB_ABBREVIATIONS:
            end += 1  # "Sen.": the abbreviation's full stop is part of the title shown
        found.append((given, surname, job, start, end, time))
    return tuple(found)


_HEAD_WORD = re.compile(r"[^\W\d_]+")

_AFTER_NAME = frozenset({"MP"})
"""Titles written after a name, with no comma ("Ana Ruiz MP")."""

_NAME_BEFORE_TITLE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*\s+$")


def _postnominal(text: str, head_at: int, head: str) -> list[str] | None:
    """The name a title written after it belongs to ("Ana Ruiz MP"), not a party ("Labour
    MP")."""
    if head not in _AFTER_NAME:
        return None
    name = _NAME_BEFORE_TITLE.search(text, max(0, head_at - 60), head_at)
    if name is None or _fold(name[0].split()[-1]) in _PARTIES:
        return None
    return name[0].split()


_NAME_BEFORE_COMMA = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*$")


_APPOSITION_END = re.compile(
    r"(?:\s+(?:from|of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
    r"(\s+at\s+the\s+time)?\s*[,.;]"
)
"""What may follow a title apposed to a name before its comma ("a Republican senator from
Ohio,", "the interior minister at the time,")."""

_LEAD_REACH = 7
"""Words between a name's comma and its apposed title at most ("who was then the …")."""

_RELATIVE = frozenset(
    "is 's was serves served serving as also currently still then now became become had has "
    "been since later will would".split()
)
"""Words of a relative clause that gives a title ("who is", "who was then", "who became")."""

_RELATIVE_OTHER_TIME = frozenset("now became become had since later will would".split())
"""…that put the title at another time than the claim's ("who became", "who had been")."""

_RELATIVE_THEN = frozenset("was served then".split())
"""…that date it to the claim's time ("who was then", "who served as")."""

_POSSESSIVES = frozenset("his her its their".split())


def _lead_time(lead: list[str]) -> str | None:
    """When the title after ``lead`` holds (as :func:`_time_of`), or ``None`` when ``lead`` is
    not what opens an apposed title: an optional relative clause ("who is", "who was then"),
    *then*, an article, possessives ("Kessing's", "its") and party words, in that order."""
    words = [w.casefold().replace("’", "'") for w in lead]
    mark, k = "", 0
    if words and words[0] in ("who", "who's"):
        k = 1
        while k < len(words) and words[k] in _RELATIVE:
            k += 1
        said = set(words[1:k])
        if k == 1 and words[0] == "who":
            return None  # "who met the minister": not a title's clause
        if said & _RELATIVE_OTHER_TIME:
            mark = "other"
        elif said & _RELATIVE_THEN:
            mark = "then"
    if k < len(words) and words[k] in _THEN:
        mark, k = mark or "then", k + 1
    if k < len(words) and words[k] in ("the", "a", "an"):
        k += 1
    while k < len(words) and (words[k] in _POSSESSIVES or words[k].endswith("'s")):
        k += 1
    while k < len(words) and words[k] in _PARTIES:
        k += 1
    return mark if k == len(words) else None


def _apposed_to(text: str, start: int) -> tuple[list[str], str] | None:
    """The name a title is apposed to ("Ana Ruiz, the interior minister", "Ruiz, then an
    assistant district attorney", "Ruiz, who was then Kessing's deputy interior minister"), and
    when the title holds (:func:`_lead_time`)."""
    lead: list[str] = []
    while len(lead) <= _LEAD_REACH:
        before = _word_before(text, start)
        if before is None:
            break
        lead.insert(0, before[0])
        start = before[1]
    mark = _lead_time(lead) if len(lead) <= _LEAD_REACH else None
    if mark is None:
        return None
    comma = start
    while comma > 0 and text[comma - 1] == " ":
        comma -= 1
    if comma == start or comma == 0 or text[comma - 1] != ",":
        return None
    name = _NAME_BEFORE_COMMA.search(text, max(0, comma - 60), comma - 1)
    if name is None:
        return None
    home = _NAME_OF_PLACE.search(text, max(0, name.start() - 60), name.start())
    if home is not None:  # "Senator Tom Hale of Ohio, the Republican leader"
        written = home[1].split()
        while len(written) > 1 and _fold(written[0]) in _TITLE_WORDS:
            written = written[1:]
        return written, mark
    return name[0].split(), mark


_NAME_OF_PLACE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:of|from)\s+$")


_NAME_AFTER_COMMA = re.compile(
    r",\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)(?=\s*(?:[,.;:)–—]|$))"
)


def _named_after(text: str, start: int, end: int) -> tuple[list[str], str] | None:
    """The name after a title set off by commas ("the interior minister, Ana Ruiz, said";
    "Kessing's interior minister, Ana Ruiz."): the title must open with *the* or a possessive,
    and the name must end at a comma, a stop or a dash."""
    before = _word_before(text, start)
    mark = ""
    if before is not None and before[0].casefold() in _THEN:  # "the then interior minister"
        mark, before = "then", _word_before(text, before[1])
    if before is None:
        return None
    word = before[0].casefold().replace("’", "'")
    if word != "the" and not word.endswith("'s") and word not in _POSSESSIVES:
        return None
    name = _NAME_AFTER_COMMA.match(text, end)
    return (name[1].split(), mark) if name is not None else None


_WORD = re.compile(r"[^\W\d_]+")


def _word_before(text: str, end: int) -> tuple[str, int] | None:
    """The word right before ``end`` with only spaces between (``None`` past punctuation)."""
    k = end
    while k > 0 and text[k - 1] == " ":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".'’-"):
        j -= 1
    if k == end or j == k or not text[j].isalpha():
        return None
    return text[j:k], j


def _qualifiers(text: str, end: int, capitalised: bool) -> list[tuple[str, int]]:
    """The words before a job word that belong to its title: capitalised ones before a
    capitalised title ("House Minority Leader"), lower-case ones before a lower-case one
    ("the country's defence minister", with acronyms: "former FBI director"), never past a
    function word, a reporting verb, a date or a verb form ("elected Representative Ruiz")."""
    found: list[tuple[str, int]] = []
    while len(found) < _QUALIFIER_REACH:
        before = _word_before(text, end)
        if before is None:
            break
        word, end = before
        bare = _timeless(word)  # "ex-Defence": its case is the title's
        if _fold(word) in _NOT_IN_TITLE or not bare or bare.endswith(("ed", "ing")):
            break
        if bare[0].isupper() != capitalised and (capitalised or not _acronym(bare)):
            break  # "the FBI director", "former U.S. envoy": an acronym in a lower-case title
        found.insert(0, before)
    return found


def _acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) > 1 and letters.isupper() and letters.isalpha()


def _fold(word: str) -> str:
    word = word.casefold().replace("’", "'").removesuffix("'s").rstrip(".")
    return JOB_ABBREVIATIONS.get(word, word)


def _timeless(word: str) -> str:
    for prefix in _TIME_PREFIXES:
        if word[: len(prefix)].casefold() == prefix:
            return word[len(prefix) :]
    return word


def _time_of(text: str, start: int, words: list[str]) -> str:
    """When a title holds: ``"other"`` for another time than the claim's (*former*, *ex-*,
    *outgoing* …), ``"then"`` for the claim's own time (*then-*, *then*), ``""`` for now."""
    before = _word_before(text, start)
    marks = [*words, before[0].casefold() if before is not None else ""]
    if any(w in _OTHER_TIME or w.endswith("-elect") or w != _timeless(w) for w in marks):
        return "then" if any(w in _THEN or w.startswith("then-") for w in marks) else "other"
    return "then" if any(w in _THEN for w in marks) else ""


@lru_cache(maxsize=4096)
def same_job(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Could two titles of one person be one job (see the module docstring)? Titles with
    different head words (*Representative* / *House Minority Leader*) may be two jobs one
    person holds at once, so only titles of one head are told apart."""
    if a == b:
        return True
    x = [w for w in a if w not in _ONLY_MORE]
    y = [w for w in b if w not in _ONLY_MORE]
    if not x or not y:
        return True
    if x[-1] != y[-1]:
        return not any(x[-1] in seat and y[-1] in seat for seat in _ONE_SEAT)
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    if longer[len(longer) - len(shorter) :] != shorter:
        return False
    return not any(w in _RANKS for w in longer[: len(longer) - len(shorter)])


def different_jobs(
    left: tuple[str, Words], right: tuple[str, Words]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of two different titles the two sentences (each its text and words) give one
    person (the same surname, and the same given name where both write one), else ``None``."""
    left_heads, left_surnames, left_pairs = title_index(*left)
    right_heads, right_surnames, right_pairs = title_index(*right)
    common = left_surnames & right_surnames
    if not common:
        return None  # cheap: no titled person in common
    if all(surname not in common for surname, _job in left_pairs ^ right_pairs):
        return None  # cheap: the same titles
    for given, surname, job, ls, le, time in titled_people(left[0], left_heads):
        if time == "other" or surname not in common:
            continue
        for other, other_surname, other_job, rs, re_, other_time in titled_people(
            right[0], right_heads
        ):
            if other_time != time or other_surname != surname:
                continue  # a title of now and one of the claim's time may both be true
            if given and other and not same_given_name(given, other):
                continue  # two people of one surname: the person rule's
            if not same_job(job, other_job):
                return (ls, le), (rs, re_)
    return None


def forget_titles() -> None:
    """Empty the per-sentence title memory (benchmarks of a first comparison)."""
    _INDEX.clear()
    titled_people.cache_clear()
    same_job.cache_clear()
