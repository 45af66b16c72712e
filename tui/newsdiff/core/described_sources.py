"""Unnamed people as sources: ``,” one Republican aide on the committee said`` / ``said a
witness`` / ``two officials told reporters``. The speaker is the description as written, so a
reader sees who (vaguely) said it instead of nobody.

An indefinite description (a determiner such as "a", "one", "two", "several", then a few words
ending in a noun for a person or people, then an optional qualifier such as "on the panel" or
"familiar with the talks") names a source; a definite one (``the workers chanted``, ``said the
council official``) names a group, or refers back to a person described earlier. "The senator"
is a reference to someone named, read by other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsdiff.core import names as vocab
from newsdiff.core.document_authors import AUTHORING, DOCUMENT_NOUNS
from newsdiff.core.mention_types import Mention, SentenceInfo, Token, skip_adverbs
from newsdiff.core.names import DATE_WORDS, SOURCE_NOUNS
from newsdiff.core.reporting_verbs import REPORTING_VERBS, STRONG_REPORTING

_DETERMINERS = frozenset("a an one two three four five several some many another other few".split())
_PERSON_NOUNS = frozenset(
    """
    source sources official officials witness witnesses aide aides resident residents voter
    voters protester protesters protestor protestors demonstrator demonstrators supporter
    supporters neighbor neighbors neighbour neighbours observer observers diplomat diplomats
    insider insiders analyst analysts member members lawmaker lawmakers staffer staffers person
    people man men woman women student students worker workers officer officers employee
    employees adviser advisers advisor advisors strategist strategists operative operatives
    attendee attendees participant participants delegate delegates parent parents veteran
    veterans customer customers passenger passengers fan fans activist activists reader
    readers viewer viewers listener listeners caller callers crowd audience spokesman
    spokeswoman spokesperson spokesmen spokeswomen representative representatives
    """.split()
)
"""Nouns a description of an unnamed person or group ends in."""

_BEFORE_NOUN = 4
"""How many words may stand between the determiner and the noun ("senior administration")."""

_QUALIFIER = 6
"""How many words a qualifier after the noun may run to ("familiar with the talks")."""

Gap = Callable[[int, int], str]
"""The writer's text between two offsets (quotations blanked)."""


_GROUPS = frozenset({"people", "men", "women", "crowd", "audience"})


def is_group(noun: str) -> bool:
    """Whether a person noun names a group ("workers", "the crowd") rather than one person."""
    return noun in _GROUPS or (noun.endswith("s") and not noun.endswith("ss"))


def person_noun(tokens: list[Token], span: tuple[int, int]) -> str:
    """The noun for a person or people in a description's tokens ``span`` ("" for a title)."""
    return next((tokens[k].lower for k in range(*span) if tokens[k].lower in _PERSON_NOUNS), "")


def definite_source(
    tokens: list[Token], i: int, gap: Gap, nouns: frozenset[str] = _PERSON_NOUNS
) -> tuple[int, int] | None:
    """As ``described_source``, for a description opening with "the" (``the workers
    chanted``, ``said the council official``); ``nouns`` may add title nouns (``the
    mayor said``)."""
    return described_source(tokens, i, gap, _DEFINITE, nouns)


_DEFINITE = frozenset({"the"})


def described_source(
    tokens: list[Token],
    i: int,
    gap: Gap,
    determiners: frozenset[str] = _DETERMINERS,
    nouns: frozenset[str] = _PERSON_NOUNS,
) -> tuple[int, int] | None:
    """The tokens ``[i, end)`` of an unnamed person described from token ``i`` on, when a
    reporting verb follows it (``one source said``) or precedes it (``said a witness``)."""
    if i >= len(tokens) or tokens[i].lower not in determiners:
        return None
    noun = _noun_after(tokens, i, gap, nouns)
    if noun is None:
        return None
    verb_before = i > 0 and tokens[i - 1].lower in STRONG_REPORTING
    end = min(len(tokens), noun + 1 + _QUALIFIER)
    k = noun + 1
    while k < end:
        if _breaks(tokens, k, gap) or _when(tokens, k):
            end = k
            break
        after = skip_adverbs(tokens, k)
        if after < len(tokens) and tokens[after].lower in STRONG_REPORTING:
            return i, k  # "one source on the panel said", "two officials told reporters"
        if _in_name(tokens, k):  # "a spokesman for Tom Hale and Ann Pike": names are free
            end = min(len(tokens), end + 1, noun + 1 + 2 * _QUALIFIER)
        k += 1
    return (i, end) if verb_before else None


def _in_name(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a word of a name in a qualifier (capitalised, or the ``and`` between
    two names): it does not count towards the qualifier's length."""
    if tokens[k].cap:
        return True
    return (
        tokens[k].lower == "and"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].cap
        and tokens[k + 1].cap
    )


_TIME_WORDS = DATE_WORDS | {"yesterday", "today", "tonight"}


def _when(tokens: list[Token], k: int) -> bool:
    """A time opens at token ``k`` (``on Monday``, ``Tuesday``, ``last week``): no part of
    the description before it (``said one official on Monday``)."""
    word = tokens[k].lower
    if word in _TIME_WORDS:
        return True
    following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return (word == "on" and following in _TIME_WORDS) or (
        word in ("last", "this", "next") and following in ("week", "month", "year", "night")
    )


def _noun_after(tokens: list[Token], i: int, gap: Gap, nouns: frozenset[str]) -> int | None:
    """The person noun ending the description that opens at ``i``."""
    for k in range(i + 1, min(len(tokens), i + 2 + _BEFORE_NOUN)):
        if _breaks(tokens, k, gap) or tokens[k].possessive:
            return None
        if tokens[k].lower in nouns:
            return k
        if tokens[k].lower in STRONG_REPORTING:
            return None
    return None


def _breaks(tokens: list[Token], k: int, gap: Gap) -> bool:
    """Punctuation or a quotation stands between token ``k - 1`` and token ``k``."""
    between = gap(tokens[k - 1].end, tokens[k].start)
    return bool(between.strip())


_TITLE_NOUNS = (
    frozenset(w for w in vocab.ROLE_WORDS | vocab.TITLE_WORDS if w.isalpha() and len(w) > 3)
    | frozenset(
        "manager coach founder lawyer candidate nominee host author boss head lawmaker "
        "legislator executive congressman congresswoman actor actress singer star widow".split()
    )
) - frozenset(
    "capt insp pcso supt prof home vice major acting affairs agriculture army commerce defence "
    "defense democratic education energy external field finance foreign former health homeland "
    "information interior justice labor labour majority minority national prime republican "
    "security senior special staff state house trade transport treasury under".split()
)
"""Title and role nouns a definite description of one person may end in (``the mayor``,
``the senator``); no abbreviation (``the sen.``), modifier or department (``the foreign``,
``the Justice Department``)."""


def definite_title(tokens: list[Token], i: int, gap: Gap) -> tuple[int, int] | None:
    """As ``definite_source``, ending in a title or role word (``the mayor said``, ``said the
    senator``); read only when no rule found the person it refers to, so it is the speaker
    as described."""
    return definite_source(tokens, i, gap, _TITLE_NOUNS)


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def modifies_a_noun(tokens: list[Token], gap: Gap, mention: Mention) -> str:
    """``"title"`` when the name modifies a title or person noun right after it (``the first
    captain and U.S. senator said``: the one described speaks, unnamed), ``"noun"`` when it
    modifies a noun in an indefinite description (``Hale, a top Pike surrogate, said``: the
    person described, named before, speaks), else ``""``."""
    after = mention.last
    if after >= len(tokens) or tokens[after].cap or tokens[after].lower in REPORTING_VERBS:
        return ""
    if gap(tokens[after - 1].end, tokens[after].start).strip():
        return ""
    if tokens[after].lower in _TITLE_NOUNS and mention.kind != "person":
        return "title"
    for k in range(mention.first - 1, max(-1, mention.first - 4), -1):
        if tokens[k].cap or gap(tokens[k].end, tokens[k + 1].start).strip():
            return ""
        if tokens[k].lower in _INDEFINITE:
            return "noun"
    return ""


def as_subject(info: SentenceInfo, v: int) -> Mention | None:
    """The subject of a verb at token ``v`` opened by ``as`` (``as the Gazette called them``,
    ``as Hale said``): the name between them, which a preposition's reading keeps from being
    a subject."""
    named = info.by_token.get(v - 1) if v > 0 else None
    if named is None or named.last != v or named.possessive or named.first < 1:
        return None
    opener = named.first - 1
    if info.tokens[opener].lower == "the" and opener > 0:
        opener -= 1
    return named if info.tokens[opener].lower == "as" else None


_NOBODY_NAMED = frozenset("someone somebody anyone anybody everyone everybody nobody".split())
"""Pronouns for a person nobody names (``someone shouted``)."""


_PERSONAL = frozenset({"he", "she"})


def unnamed_subject(info: SentenceInfo, v: int, gap: Gap) -> bool:
    """A common noun for a document or group stands right before the finite verb at ``v`` as
    its subject (``…, and the report says``), not a name: no earlier name is the subject."""
    if v >= len(info.tokens) or info.tokens[v].lower.endswith("ing"):
        return False  # "Hale issued a statement calling it …": the statement is Hale's
    j = v - 1
    while j > v - 3 and j >= 0 and info.tokens[j].lower in vocab.ATTRIBUTION_ADVERBS:
        j -= 1  # "the report also says"
    if 0 <= j < len(info.tokens) and info.tokens[j].lower in _NOBODY_NAMED:
        return True  # "someone shouted “…”": nobody named, not the last person before
    if 0 <= j < len(info.tokens) and info.tokens[j].lower in _PERSONAL and j not in info.by_token:
        return True  # a "he" left unresolved (``pronouns_order``): not the name before it
    if j < 1 or j in info.by_token or info.tokens[j].cap:
        return False
    if gap(info.tokens[j].end, info.tokens[j + 1].start).strip():
        return False  # "…, who won the primary, said": an appositive ends there
    return info.tokens[j].lower in SOURCE_NOUNS and info.tokens[j - 1].lower in ("the", "a", "an")


_PROFILE_NOUNS = {
    **dict.fromkeys(
        "actress mother wife widow businesswoman heiress grandmother daughter sister".split(), "f"
    ),
    **dict.fromkeys(
        "actor father husband widower businessman grandfather son brother".split(), "m"
    ),
    **dict.fromkeys(
        """singer star director painter artist writer author curator designer musician
        composer producer novelist poet dancer model chef comedian rapper filmmaker
        photographer presenter broadcaster entrepreneur billionaire tycoon sculptor
        songwriter playwright""".split(),
        "u",
    ),
}
"""Nouns a profile calls its subject by instead of the name (``the 44-year-old painter``), with
the gender they tell (``u``: none)."""

_PROFILE_MODIFIERS = frozenset(
    "former veteran young famous acclaimed celebrated renowned legendary married first".split()
)
_NOUN_GENDERS = {**dict.fromkeys(vocab.ROLE_WORDS, "u"), "lady": "f", **_PROFILE_NOUNS}
"""Profile nouns and role words (``lady`` as in ``first lady``), with the gender they tell."""
_RELATIVE_OPENERS = frozenset({"who", "whose"})


def profile_description(tokens: list[Token], gap: Gap) -> tuple[int, str] | None:
    """``(end, gender)`` of a description opening the sentence that stands for the person the
    article is about (``The 44-year-old painter, who admitted …, says``, ``The curator, whose
    show …, said:``): ``the``, at most three modifiers (an age, a capitalised or hyphenated
    word, ``former``), a noun a profile calls someone by, then the verb or a relative clause,
    and a reporting verb in the sentence after it. Two nouns joined by ``and`` describe one
    person too, and then either may be a role word (``The former first lady and Velmora senator
    said``); a lone role word is left to the role readers. Else None."""
    if len(tokens) < 3 or tokens[0].lower != "the":
        return None
    k = _profile_noun(tokens, 1)
    if k < 0:
        return None
    told = _NOUN_GENDERS.get(tokens[k].lower, "u")
    and_next = k + 1 < len(tokens) and tokens[k + 1].lower == "and"
    second = _profile_noun(tokens, k + 2) if and_next else -1
    if second >= 0:
        told = told if told != "u" else _NOUN_GENDERS.get(tokens[second].lower, "u")
        k = second
    elif tokens[k].lower not in _PROFILE_NOUNS:
        return None
    if k >= len(tokens) - 1:
        return None
    if any(gap(tokens[j - 1].end, tokens[j].start).strip() for j in range(1, k + 1)):
        return None  # "The Pike-Hale report, the director said": not one phrase
    after = tokens[k + 1]
    aside = gap(tokens[k].end, after.start).strip() == "," and after.lower in _RELATIVE_OPENERS
    verb = skip_adverbs(tokens, k + 1)
    direct = (
        gap(tokens[k].end, after.start).strip() == ""
        and verb < len(tokens)
        and tokens[verb].lower in REPORTING_VERBS
    )
    if not (aside or direct):
        return None
    if not any(token.lower in REPORTING_VERBS for token in tokens[k + 1 :]):
        return None
    return k + 1, told


def _profile_noun(tokens: list[Token], k: int) -> int:
    """Index of the profile or role noun after at most three modifiers from token ``k``,
    else -1."""
    j = k
    while j < len(tokens) and j < k + 3 and tokens[j].lower not in _NOUN_GENDERS:
        word = tokens[j]
        modifier = "-" in word.lower or word.cap  # "44-year-old", "dark-haired", "British"
        if not modifier and word.lower not in _PROFILE_MODIFIERS:
            return -1
        j += 1
    return j if j < len(tokens) and tokens[j].lower in _NOUN_GENDERS else -1


def profile_referent(
    earlier: Sequence[SentenceInfo], told: str, gender_of: Callable[[str], str]
) -> str | None:
    """Whom a profile description stands for: the first subject of the nearest earlier
    sentence that has one, of the gender the noun tells (``told``; ``u``: any), as a "she"
    opening the sentence would take."""
    fits = ("m", "f", "u") if told == "u" else (told, "u")
    for prior in reversed(earlier):
        people = [e for e in prior.subject_people.values() if gender_of(e[1]) in fits]
        if people:
            return min(people)[1]
    return None


_AGE = re.compile(r"\d{1,3}-year-old$")


def epithet_end(tokens: list[Token], k: int, gap: Gap) -> int | None:
    """End of an epithet standing for a person after "the" at token ``k`` — a demonym ("the
    Brazilian", "the Spaniard"), an age ("the 23-year-old") or a sports or trade noun ("the
    striker") — when a reporting verb follows it, else None."""
    j = k + 1
    if j + 1 >= len(tokens):
        return None
    word = tokens[j].lower
    if not (
        _AGE.match(word)
        or word in vocab.DEMONYMS
        or (word in vocab.ADJECTIVES and tokens[j].cap)
        or word in vocab.EPITHETS
    ):
        return None
    after = skip_adverbs(tokens, j + 1)
    if after < len(tokens) and tokens[after].lower in STRONG_REPORTING:
        return j + 1 if gap(tokens[j].end, tokens[j + 1].start).strip() == "" else None
    return None


def person_after_role(info: SentenceInfo, k: int, stop: int, gap: Gap) -> Mention | None:
    """``according to (the) radio host Tom Hale``: a person named from token ``k`` after a few
    lowercase words that describe them, with no preposition, verb or source noun among them
    (``court documents filed by X`` names no source X; people26)."""
    tokens = info.tokens
    for j in range(k + 1, min(stop, len(tokens), k + _ROLE_BEFORE_NAME + 1)):
        word = tokens[j - 1]
        if word.cap or not word.text.isalpha() or word.lower in _NOT_A_ROLE:
            return None
        if gap(word.end, tokens[j].start) != " ":
            return None
        found = info.by_token.get(j)
        if found is not None:
            return found if found.kind == "person" and found.first == j else None
    return None


_ROLE_BEFORE_NAME = 5
"""Lowercase words ``according to`` may hold before the person they describe."""
_NOT_A_ROLE = (vocab.PREPOSITIONS | REPORTING_VERBS | DOCUMENT_NOUNS | AUTHORING) - {
    "the",
    "a",
    "an",
}
"""Words that end a description before a name."""
