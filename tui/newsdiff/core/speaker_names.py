"""One canonical name per speaker across the articles compared.

Outlets spell one person several ways: "Maria T. Lopez", "Maria Lopez", "Sen. Lopez", "Lopez",
"Acme Editor-in-Chief Dan Reed". Each spelling is reduced to a key — honorifics and titles in
front, middle initials and suffixes dropped, casefolded — and spellings are merged when

- their first and last names agree (middle names and initials aside);
- one ends with another's full name (a role glued on in front: "Acme Editor Dan Reed");
- one is a lone surname (or title + surname) that exactly one full name in the set carries, or
  a lone first name that no surname and exactly one full name carries ("Angelina").

The canonical spelling of a merged set is its most common full form without middle initials.
Organisations and documents ("the Gazette", "the report") merge on their words without "the".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from newsdiff.core import names as vocab
from newsdiff.core.models import Quote
from newsdiff.core.name_runs import two_bodies
from newsdiff.core.places import COUNTRIES

_WORD = re.compile(r"[^\W_][\w'\u2019\-]*\.?")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_ARTICLES = frozenset({"the", "a", "an"})


_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_JOINT_PART = re.compile(r"[^\W\d_][\w'\u2019.\-]*(?:\s+[^\W\d_][\w'\u2019.\-]*){0,3}")


def joint_speaker(names: Sequence[str]) -> str:
    """One speaker string for words several people said or wrote together (``"…," Anna Smith
    and Tom Jones wrote``): ``Anna Smith and Tom Jones``, ``A, B and C``."""
    names = list(dict.fromkeys(names))
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def speaker_parts(speaker: str) -> list[str]:
    """The people of a joint speaker (``Anna Smith and Tom Jones`` → both), else the speaker
    alone. Only a list of capitalised names of one to four words each splits, so
    ``Department of Health and Human Services`` and ``Johnson and Johnson`` stay whole; two
    lone words (``Procter and Gamble``, ``Marks and Spencer``) are a firm's name: a person
    in news is first named in full, and a joint speaker holds the full names."""
    if " and " not in speaker:
        return [speaker]
    parts = _JOINT.split(speaker)
    if len(parts) < 2 or len(set(parts)) < len(parts):
        return [speaker]
    if not all(_JOINT_PART.fullmatch(part) for part in parts):
        return [speaker]
    if len(parts) == 2 and two_bodies(parts[0].lower().split(), parts[1].lower().split()):
        return parts  # "Ministry of Defence and Acme Holdings"
    bodies = [part for part in parts if not _capitalised(part) or _office_words(part)]
    if bodies:  # "Immigration and Customs Enforcement", "Bureau of Salt, Timber and Lanterns"
        return parts if _body_with_people(parts, bodies) else [speaker]
    if len(parts) == 2 and all(" " not in part for part in parts):
        return [speaker]  # "Procter and Gamble": two words never given a first name
    return parts


def _body_with_people(parts: Sequence[str], bodies: Sequence[str]) -> bool:
    """An organisation listed with people (``Ministry of Defence, Tom Hale and Ann Pike``):
    one office's name, and every other part a full name opened by a first name; or, when a
    title opens one of them (``Ministry of Defence, Hale and President Pike``), a title and
    a name or a lone surname: the title says the list is of people (not after a lone word:
    ``Enforcement and President Hale`` ends a longer name)."""
    people = [part for part in parts if part not in bodies]
    titled = " " in bodies[0] and any(_title_led(part) for part in people)
    return (
        len(bodies) == 1
        and bool(people)
        and _office_name(bodies[0])
        and _office_words(bodies[0])
        and all(
            _first_name_led(part)
            and " " in part
            or titled
            and (_title_led(part) or " " not in part)
            for part in people
        )
    )


def _title_led(part: str) -> bool:
    """``President Pike``, ``Sen. Tom Hale``: a title, then capitalised words of a name."""
    words = part.split()
    return (
        len(words) > 1
        and words[0].lower().rstrip(".") in vocab.TITLE_WORDS
        and _capitalised(part)
        and not _office_words(" ".join(words[1:]))
    )


def _first_name_led(part: str) -> bool:
    first = part.split()[0].lower()
    return _capitalised(part) and (
        first in vocab.FEMALE_FIRST_NAMES or first in vocab.MALE_FIRST_NAMES
    )


def _office_words(part: str) -> bool:
    """A part of a name that no first name opens and that holds an organisation's word."""
    words = part.lower().split()
    first_name = words[0] in vocab.FEMALE_FIRST_NAMES or words[0] in vocab.MALE_FIRST_NAMES
    return not first_name and any(word in vocab.NOT_NAME_WORDS for word in words)


def _capitalised(part: str) -> bool:
    return all(word[0].isupper() for word in part.split())


def _office_name(part: str) -> bool:
    """Capitalised words and the connectors of an office's name (``Ministry of Defence``)."""
    return all(word[0].isupper() or word in ("of", "for", "the") for word in part.split())


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def name_key(name: str) -> tuple[str, ...]:
    """The words that identify ``name``: no leading article, title or honorific, no middle
    initials or suffixes, casefolded."""
    words = _words(name)
    while len(words) > 1 and (
        words[0].lower() in _ARTICLES or words[0].lower() in vocab.TITLE_WORDS
    ):
        words = words[1:]
    for k in range(len(words) - 2, -1, -1):
        if _is_title(words[k]):
            words = words[k + 1 :]  # "Acme Editor-in-Chief Dan Reed", "Editor Lopez"
            break
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _is_initial(w))]
    while len(kept) > 1 and kept[-1].lower() in _SUFFIXES:
        kept = kept[:-1]
    return tuple(word.casefold().rstrip(".").replace("\u2019", "'") for word in kept)


def _is_title(word: str) -> bool:
    parts = word.lower().rstrip(".").split("-")
    return any(part in vocab.ROLE_PREFIXES or part in _ROLE_NOUNS for part in parts if part)


_ROLE_NOUNS = frozenset({"editor", "spokesman", "spokeswoman", "spokesperson", "mate", "aide"})


def _person_like(key: tuple[str, ...], name: str) -> bool:
    """Two to four capitalised words: a person's full name, not an organisation."""
    words = [w for w in _words(name) if w.lower() not in _ARTICLES]
    return 2 <= len(key) <= 4 and all(w[0].isupper() for w in words)


def canonical_names(spellings: Iterable[str]) -> dict[str, str]:
    """Map every spelling in ``spellings`` to the canonical name of the speaker it names; a
    joint speaker to its people's canonical names, joined."""
    counts: Counter[str] = Counter()
    joints: dict[str, list[str]] = {}
    surname_lists: dict[str, list[str]] = {}
    for spelling in spellings:
        parts = speaker_parts(spelling)
        if len(parts) > 1:
            joints[spelling] = parts
        elif lone := lone_word_list(spelling):
            surname_lists[spelling] = lone
        counts.update(parts)
    keys = {name: name_key(name) for name in counts}
    full = {name: key for name, key in keys.items() if _person_like(key, name)}
    by_ends: dict[tuple[str, str], list[str]] = {}
    for name, key in full.items():
        by_ends.setdefault((key[0], key[-1]), []).append(name)
    # a role glued on in front: the shortest full name that the key ends with
    anchor: dict[str, tuple[str, str]] = {}
    for name, key in full.items():
        ends = (key[0], key[-1])
        for k in range(len(key) - 2, 0, -1):
            tail = key[k:]
            if (tail[0], tail[-1]) in by_ends and len(tail) >= 2:
                ends = (tail[0], tail[-1])
        anchor[name] = ends
    groups: dict[tuple[str, str], list[str]] = {}
    for name, ends in anchor.items():
        groups.setdefault(ends, []).append(name)
    surnames: dict[str, set[tuple[str, str]]] = {}
    first_names: dict[str, set[tuple[str, str]]] = {}
    for ends in groups:
        surnames.setdefault(ends[1], set()).add(ends)
        first_names.setdefault(ends[0], set()).add(ends)
    mapping: dict[str, str] = {}
    for ends, members in groups.items():
        best = _display(members, counts, ends)
        for name in members:
            mapping[name] = best
    for name, key in keys.items():
        if name in mapping:
            continue
        owners = surnames.get(key[-1], set()) if len(key) == 1 and key else set()
        if not owners and len(key) == 1 and name[:1].isupper():
            owners = first_names.get(key[0], set())  # "Angelina" for Angelina Jolie
        if len(owners) == 1:
            mapping[name] = mapping[groups[next(iter(owners))][0]]
        else:
            mapping[name] = _plain(name, keys, counts)
    for spelling, parts in joints.items():
        mapping[spelling] = joint_speaker([mapping[part] for part in parts])
    for spelling, lone in surname_lists.items():  # "Hale and Pike" with Tom Hale, Ann Pike
        carriers = [surnames.get(word.casefold(), set()) for word in lone]
        if all(len(found) == 1 for found in carriers):
            people = [mapping[groups[next(iter(found))][0]] for found in carriers]
            if len(set(people)) == len(people):
                mapping[spelling] = joint_speaker(people)
    return mapping


def lone_word_list(speaker: str) -> list[str]:
    """The capitalised lone words of a list that ``speaker_parts`` keeps whole (``Hale and
    Pike``): a firm's name (``Marks and Spencer``) or surnames of people named in full
    elsewhere, which only another spelling of the same speaker can tell; else ``[]``."""
    if " and " not in speaker or len(speaker_parts(speaker)) > 1:
        return []
    parts = _JOINT.split(speaker)
    if len(parts) < 2 or len(set(parts)) < len(parts):
        return []
    lone = all(
        " " not in part and part[:1].isupper() and part.isalpha() and len(part) > 1
        for part in parts
    )
    return parts if lone else []


def _display(members: Sequence[str], counts: Counter[str], ends: tuple[str, str]) -> str:
    """The spelling to show for one person: first and last name as an outlet wrote them."""
    forms: Counter[str] = Counter()
    for name in members:
        words = _words(name)
        lowered = [w.casefold().rstrip(".") for w in words]
        if ends[0] in lowered and ends[1] in lowered:
            first = lowered.index(ends[0])
            last = len(lowered) - 1 - lowered[::-1].index(ends[1])
            kept = [w for w in words[first : last + 1] if not _is_initial(w)]
            forms[" ".join(kept)] += counts[name]
    if not forms:
        return members[0]
    return max(forms, key=lambda form: (forms[form], -len(form.split()), form))


def _plain(name: str, keys: dict[str, tuple[str, ...]], counts: Counter[str]) -> str:
    """A name no full name covers: the most common spelling with the same key."""
    same = [other for other, key in keys.items() if key == keys[name]]
    return max(same, key=lambda other: (counts[other], -len(other), other))


def unify_speakers(articles: Sequence[Sequence[Quote]]) -> list[tuple[Quote, ...]]:
    """Every article's quotes with each speaker under one canonical name across ``articles``."""
    mapping = canonical_names(
        quote.speaker for quotes in articles for quote in quotes if quote.speaker
    )
    return [
        tuple(
            quote
            if quote.speaker is None or mapping[quote.speaker] == quote.speaker
            else replace(quote, speaker=mapping[quote.speaker])
            for quote in quotes
        )
        for quotes in articles
    ]


def speakers_differ(
    first: str | None,
    second: str | None,
    first_roles: Iterable[str] = (),
    second_roles: Iterable[str] = (),
) -> bool:
    """Whether two speakers of one quotation are two different people (or bodies).

    Unknown on either side is no difference, nor is a description (``a source``, ``the
    report``: lowercase, not a name); one person spelt two ways is the same person: the same
    key, a lone surname or first name of the other's (``Lopez`` / ``Maria Lopez``), a role
    glued on in front (``Acme Editor Dan Reed`` / ``Dan Reed``), an initial for a first name
    (``M. Lopez``), accents (``Calderón``), or one letter's slip in a name of five letters or
    more (``Vincente`` / ``Vicente``). A joint speaker (``Anna Smith and Tom Jones``) is
    no other speaker than any one of its people (one of them alone is part of the speakers),
    and two lone words (``Smith and Jones``, one name to ``speaker_parts``) are compared as
    people too: the surnames of a joint speaker, in any order, or of one of its people.

    An organisation and a person whose role (``first_roles``/``second_roles``: the roles
    the articles give each speaker) says they speak for it are one voice told two ways:
    see :func:`speaks_for`.
    """
    if not first or not second or first == second:
        return False
    return _differ(first, second, tuple(first_roles), tuple(second_roles))


@lru_cache(maxsize=65536)
def _differ(first: str, second: str, mine: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """:func:`speakers_differ` once per pair of speakers and roles: a corpus asks the same few
    pairs for every candidate counterpart of every quote."""
    if not first[0].isupper() or not second[0].isupper():
        return False
    ours, theirs = _people_of(first), _people_of(second)
    if len(ours) > 1 or len(theirs) > 1:  # a joint statement: any one of its people
        return all(_people_differ(a, b) for a in ours for b in theirs)
    if not _people_differ(first, second):
        return False
    return not (speaks_for(first, mine, second, others) or speaks_for(second, others, first, mine))


def _people_of(speaker: str) -> list[str]:
    """The people a speaker may be, for comparing it with another outlet's: a joint
    speaker's, else a list of lone words (``Hale and Pike``: surnames where the article
    named nobody in full), else the speaker alone."""
    return lone_word_list(speaker) or speaker_parts(speaker)


def _people_differ(first: str, second: str) -> bool:
    a, b = _folded_key(first), _folded_key(second)
    if not a or not b or a == b:
        return False
    if not _same_word(a[-1], b[-1]):
        return not (len(a) == 1 and a[0] == b[0]) and not (len(b) == 1 and b[0] == a[0])
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) == 1 or longer[-len(shorter) :] == shorter:
        return False
    return not _first_names_agree(shorter[0], longer[-len(shorter)])


def _folded_key(name: str) -> tuple[str, ...]:
    decomposed = unicodedata.normalize("NFKD", " ".join(name_key(name)))
    return tuple("".join(c for c in decomposed if not unicodedata.combining(c)).split())


_SLIP_LENGTH = 5
"""A name this long may carry one letter's slip and still be the same name."""


def _same_word(first: str, other: str) -> bool:
    if first == other:
        return True
    return min(len(first), len(other)) >= _SLIP_LENGTH and Levenshtein.distance(first, other) <= 1


def _first_names_agree(first: str, other: str) -> bool:
    """``Maria`` and ``Maria``, an initial and a name it begins (``m`` / ``maria``), or a
    short form and its full name (``dick`` / ``richard``, ``mike`` / ``michael``)."""
    if _same_word(first, other):
        return True
    if (first, other) in _SHORT_FORMS or (other, first) in _SHORT_FORMS:
        return True
    return (len(first) == 1 and other.startswith(first)) or (
        len(other) == 1 and first.startswith(other)
    )


_SHORT_FORMS = frozenset(
    (names[0], short)
    for names in (
        group.split()
        for group in """
        richard dick rick rich richie, michael mike mick, william bill billy will,
        robert bob bobby rob, james jim jimmy jamie, thomas tom tommy, joseph joe joey,
        charles chuck charlie, edward ed ted eddie ned, theodore ted teddy,
        elizabeth liz beth betsy lizzie, katherine kate kathy katie, catherine cathy kate,
        margaret maggie peggy meg, patricia pat patty trish, daniel dan danny, david dave,
        steven steve, stephen steve, anthony tony, christopher chris, nicholas nick,
        matthew matt, benjamin ben, samuel sam, alexander alex, andrew andy drew,
        jonathan jon, timothy tim, gregory greg, kenneth ken, ronald ron, donald don,
        gerald jerry, jeffrey jeff, lawrence larry, peter pete, susan sue,
        deborah debbie deb, jennifer jen jenny, rebecca becky, victoria vicky,
        frederick fred, douglas doug, philip phil, raymond ray, albert al, harold hal,
        henry hank, john jack johnny, mitchell mitch, joshua josh, nathaniel nate, abraham abe
        """.split(",")
    )
    for short in names[1:]
)
"""Common short forms of English first names, as outlets write one person's name two ways."""


_VOICES = "spokesman|spokeswoman|spokesperson|spokespeople|press secretary|press officer"
"""Roles that speak for a body, whatever it is."""
_HEADS = (
    "president|chairman|chairwoman|chair|chief executive(?: officer)?|ceo|head|leader"
    "|(?:executive |managing )?director|secretary[- ]general|general secretary"
)
"""Roles that head an organisation (not a government: see ``_STATE_HEADS``)."""
_STATE_HEADS = "president|prime minister|premier|chancellor|king|queen|emir"
"""Heads of a state or its government."""
_RANK = r"(?:(?:deputy|chief|senior|acting|interim|principal) )*"
_GOVERNMENT = "Government of "
_BODY_NOUNS = frozenset(
    vocab.ORG_NOUNS
    | vocab.COMPANY_ENDINGS
    | set(
        """group organization organisation tank charity nonprofit non-profit union association
        coalition institute foundation party network lobby alliance council committee campaign
        body""".split()
    )
)
"""Nouns of a role that describe its speaker as a body (``a moderate group in …``)."""


def speaks_for(person: str, roles: Sequence[str], body: str, body_roles: Sequence[str]) -> bool:
    """Whether ``person`` speaks for the organisation ``body`` by one of ``roles``.

    The role must name the body (or, for ``Government of X``, one of the words that stand for
    it: ``White House``, ``Israeli``, ``Downing Street``, ``Kremlin``) with nothing but a rank
    beside a spokesperson's or a head's title: ``White House press secretary``, ``a Downing
    Street spokesman``, ``a spokesperson for Acme``, ``Israel's prime minister``, ``president
    of Third Way``; a head of state or government only for a government. ``person`` must be a
    person by its name, ``body`` a body by its name (a government, an office's or a company's
    word, letters like ``AARP``) or by a role describing it as one (``a think tank``): two
    people, or two organisations, still differ.
    """
    if not _is_person(person) or not _is_body(body, body_roles):
        return False
    if body.startswith(_GOVERNMENT):
        country = body[len(_GOVERNMENT) :]
        names = [alias for alias, known in COUNTRIES.items() if known == country]
        titles, suffix = f"{_VOICES}|{_STATE_HEADS}", "(?: government)?"
    else:
        names, titles, suffix = [_plain_role(body)], f"{_VOICES}|{_HEADS}", ""
    if not names or not names[0]:
        return False
    named = "(?:" + "|".join(re.escape(name) for name in names) + ")" + suffix
    title = f"{_RANK}(?:{titles})"
    shape = re.compile(rf"(?:{_RANK}{named}(?:'s?)? {title}|{title} (?:of|for|at) {named})")
    return any(shape.fullmatch(_plain_role(role)) for role in roles)


def _plain_role(role: str) -> str:
    """A role lowercased, its articles, commas and end stops dropped: ``chief white house
    spokesman``, ``spokesperson for acme``."""
    words = role.replace("\u2019", "'").replace(",", " ").casefold().split()
    return " ".join(word for word in words if word not in _ARTICLES).rstrip(".")


def _is_person(name: str) -> bool:
    """A person's name by its shape alone: two to four capitalised words, none an office's or a
    company's, not a government (never by a role: a role adds ties, never removes one)."""
    words = [word.casefold().rstrip(".") for word in _words(name)]
    return (
        not name.startswith(_GOVERNMENT)
        and len(speaker_parts(name)) == 1
        and _person_like(name_key(name), name)
        and not any(word in vocab.NOT_NAME_WORDS or word in _BODY_NOUNS for word in words)
    )


def _is_body(name: str, roles: Sequence[str]) -> bool:
    """An organisation: a government, a name holding an office's or a company's word, a name
    in capital letters (``AARP``), or one a role describes as a body before any preposition
    (``a moderate group in …``); never a name opened by a first name."""
    if name.startswith(_GOVERNMENT):
        return True
    words = _words(name)
    if not words or len(speaker_parts(name)) > 1:
        return False
    first = words[0].casefold()
    if first in vocab.FEMALE_FIRST_NAMES or first in vocab.MALE_FIRST_NAMES:
        return False
    folded = {word.casefold().rstrip(".") for word in words}
    if folded & (vocab.NOT_NAME_WORDS | _BODY_NOUNS) or (len(words) == 1 and name.isupper()):
        return True
    return any(_described_as_body(role) for role in roles)


def _described_as_body(role: str) -> bool:
    for word in _plain_role(role).split():
        if word in vocab.PREPOSITIONS or word.endswith("'s") or word in ("that", "which", "who"):
            return False
        if word in _BODY_NOUNS:
            return True
    return False
