"""Which antecedent a writer's "he" / "she" takes when more than one person could be meant.

:mod:`newsdiff.core.subjects` takes the latest person in subject position, in the sentence or
the few before. Three places where that gave a quotation to the wrong person (people14):

* a name inside a side clause that opens the sentence (*If last year's keynote - given by Dan
  Moss - was loud, Hale's …*) is no subject a later sentence's "he" takes;
* a "he" opening an adverbial clause after an indirect question or reported clause about
  another man (*Hale asked whether Pike lied when he …*) may stand for either: nobody is told;
* a "he" does not reach past an unnamed man who acts or speaks nearer (*My father sold …*)
  for an older name: nobody is told.

And two where the sentence a "he" reaches leaves two men equally reachable (people15,
:func:`torn_subject`): a joint subject (*Hale and Reyes met*) and a subject set beside another
man by "his" (*Reyes, his rival, was absent*): nobody is told.

No speaker beats a wrong one where the reading is unsure.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import MASK, Mention, SentenceInfo
from newsdiff.core.reporting_verbs import REPORTING_VERBS
from newsdiff.core.subjects import SUBORDINATORS, in_subordinate_opener

Gap = Callable[[int, int], str]
"""The writer's text between two offsets (quotations blanked)."""

GenderOf = Callable[[str], str]
"""The gender the article gives a person ("m", "f" or "u")."""


def after_opening_phrase(info: SentenceInfo, gap_of: Gap, i: int) -> bool:
    """The pronoun at token ``i`` opens the main clause after a prepositional or participle
    phrase that opens the sentence ("In an interview with X, he said"): X is not who "he" is."""
    tokens = info.tokens
    opener = tokens[0].lower if tokens else ""
    participle = len(opener) > 4 and opener.endswith("ing")  # "Speaking to X, he said"
    if i < 2 or not (opener in vocab.PREPOSITIONS or participle):
        return False
    return "," in gap_of(tokens[i - 1].end, tokens[i].start)


def side_clause(info: SentenceInfo, gap_of: Gap, first: int, last: int) -> bool:
    """The mention at tokens ``[first, last)`` stands in a clause or phrase opening the
    sentence ("While X spoke, Y said …"; :func:`in_opening_clause`): not its subject."""
    return in_subordinate_opener(info, first) or in_opening_clause(info, gap_of, first, last)


_OPENERS = SUBORDINATORS | {"after", "before", "until", "once", "as"}
"""Words that open a side clause before the main clause ("After X left, Y spoke")."""

_PHRASE_OPENERS = vocab.PREPOSITIONS - _OPENERS | {"unlike", "besides", "except"}
"""Words that open a phrase before the main clause ("Unlike X, Y backed it")."""


def in_opening_clause(info: SentenceInfo, gap_of: Gap, first: int, last: int) -> bool:
    """The mention at tokens ``[first, last)`` stands inside a subordinate clause that opens
    the sentence, before the comma that closes it ("If last year's speech - given by radio
    host Dan Moss - was about rage, Hale's …"), or is all of an opening phrase ("Unlike Dan
    Moss, Hale …"): not the subject a later sentence's "he" takes."""
    tokens = info.tokens
    opener = tokens[0].lower if tokens else ""
    if opener in _PHRASE_OPENERS:
        after = gap_of(tokens[last - 1].end, tokens[last].start) if last < len(tokens) else ""
        return first <= 1 and "," in after and MASK not in after
    if opener not in _OPENERS:
        return False
    gaps = [gap_of(tokens[k - 1].end, tokens[k].start) for k in range(1, len(tokens))]
    closed = [k for k, gap in enumerate(gaps, 1) if "," in gap or MASK in gap or ";" in gap]
    return bool(closed) and first < closed[0] and "\n" not in "".join(gaps[:first])


ADVERBIAL = frozenset(
    "when while as after before because since until once although though whereas".split()
)
"""Words opening an adverbial clause, which may hang on the main clause or on a clause inside it."""

COMPLEMENTIZERS = frozenset({"whether", "if", "that"})
"""Words opening a reported clause or an indirect question inside the main clause."""


def unsure_pronoun(info: SentenceInfo, i: int, fits: tuple[str, str], gender_of: GenderOf) -> bool:
    """Is the "he" / "she" at token ``i`` torn between two people of its sentence? It opens an
    adverbial clause ("when he spoke") after a reported clause or indirect question whose
    subject is another person of its gender than the main clause's ("Hale asked whether Pike
    lied when he …"): the clause may hang on either verb, so neither is told."""
    tokens = info.tokens
    if i == 0 or tokens[i - 1].lower not in ADVERBIAL:
        return False
    main = info.main_subject
    if main is None or main.kind != "person" or gender_of(main.entity) not in fits:
        return False
    for mention in reversed(info.mentions):
        if mention.first >= i or not mention.subject or mention.possessive:
            continue
        if mention.kind != "person" or gender_of(mention.entity) not in fits:
            continue
        if mention.entity == main.entity or mention.first <= main.first:
            return False
        between = tokens[main.last : mention.first]
        return any(token.lower in COMPLEMENTIZERS for token in between) or (
            tokens[mention.first - 1].lower in REPORTING_VERBS
        )
    return False


def untold(info: SentenceInfo, gap_of: Gap, i: int, gender_of: GenderOf, named: bool) -> bool:
    """Is the "he" / "she" at token ``i`` left unresolved: torn between two people of its
    sentence (:func:`unsure_pronoun`), or after an unnamed person of its gender earlier in
    the sentence when no one is ``named`` before it there (:func:`unnamed_person`)?"""
    fits = (vocab.PRONOUNS[info.tokens[i].lower], "u")
    if unsure_pronoun(info, i, fits, gender_of):
        return True
    return not named and unnamed_person(info, gap_of, i, fits)


PERSON_GENDER: dict[str, str] = {
    **vocab.KIN_GENDER,
    **vocab.ROLE_GENDER,
    **dict.fromkeys("man boy gentleman".split(), "m"),
    **dict.fromkeys("woman girl lady".split(), "f"),
}
"""Nouns for a person that tell whether a later "he" or "she" may stand for them."""

_DETERMINERS = frozenset("my his her our their your a an".split())
"""Words before a person noun that make them someone new ("my father", "a woman"); "the man"
mostly stands for the person last named, so it does not stop a pronoun."""


def unnamed_person(info: SentenceInfo, gap_of: Gap, end: int, fits: tuple[str, str]) -> bool:
    """Does an unnamed person of the pronoun's gender speak or act before token ``end``
    ("My father spent …", "“…,” my father often said")? Then a "he" after it is most likely
    that person: it does not reach past them for an older name (nobody is told)."""
    tokens = info.tokens
    for k in range(1, min(end, len(tokens))):
        token = tokens[k]
        gender = PERSON_GENDER.get(token.lower)
        if gender not in fits or gender == "u" or token.possessive or k in info.by_token:
            continue
        if tokens[k - 1].lower not in _DETERMINERS or tokens[k - 1].possessive:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and after.cap and gap_of(token.end, after.start) in (" ", ", "):
            continue  # "her father, Henry Voss": named
        opens = k == 1 or MASK in gap_of(tokens[k - 2].end, tokens[k - 1].start)
        verb = k + 1
        while verb < min(len(tokens), k + 3) and _adverb(tokens[verb].lower):
            verb += 1  # "my father often said"
        if opens or (verb < len(tokens) and tokens[verb].lower in REPORTING_VERBS):
            return True
    return False


def _adverb(word: str) -> bool:
    return (
        word in vocab.ATTRIBUTION_ADVERBS
        or word in ("often", "always", "never")
        or (word.endswith("ly") and len(word) > 3)
    )


_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def torn_subject(
    info: SentenceInfo, gap_of: Gap, mention: Mention, gender_of: GenderOf
) -> tuple[str, ...]:
    """The genders for which the sentence's subject, just noted as ``mention``, is torn
    between two people (people15), so that a later "he" reaching this sentence is nobody:

    * a joint subject of two people a pronoun could each stand for ("Hale and Reyes met");
    * a subject set beside another person by an appositive holding a possessive of the same
      gender ("Reyes, his rival, was absent": "his" is a man named before), when the sentence
      has no reporting verb (Reyes does not speak here, the other man may well have).
    """
    tokens = info.tokens
    gender = gender_of(mention.entity)
    main = info.main_subject
    if mention.possessive or main is None:
        return ()
    if main is not mention:
        joint = main.kind == "person" and main.last + 1 == mention.first
        if not joint or tokens[main.last].lower != "and" or main.possessive:
            return ()
        other = gender_of(main.entity)
        return (gender, other) if "u" in (gender, other) or gender == other else ()
    if mention.last >= len(tokens) or not mention.subject:
        return ()
    if gap_of(tokens[mention.last - 1].end, tokens[mention.last].start).strip() != ",":
        return ()
    told = _POSSESSIVE_GENDER.get(tokens[mention.last].lower)  # ", his rival," (not "…, who his")
    if told is None or gender not in (told, "u"):
        return ()
    if any(token.lower in REPORTING_VERBS for token in tokens[mention.last + 1 :]):
        return ()
    return (told,)


def mark_torn(info: SentenceInfo, gap_of: Gap, mention: Mention, gender_of: GenderOf) -> None:
    """Mark the sentence torn for the genders :func:`torn_subject` finds, and drop the two
    people from its subjects, so that a later "he" reaching it is told as nobody."""
    torn = torn_subject(info, gap_of, mention, gender_of)
    if not torn:
        return
    info.torn.update(torn)
    both = {mention.entity, info.main_subject.entity if info.main_subject else ""}
    for key in [k for k, entry in info.subject_people.items() if entry[1] in both]:
        del info.subject_people[key]


def stops_at(prior: SentenceInfo, gap_of: Gap, fits: tuple[str, str]) -> bool:
    """Does a "he" looking back stop, told as nobody, at the sentence ``prior``: one torn
    between two people of its gender (:func:`mark_torn`) or one where an unnamed person of
    its gender acts (:func:`unnamed_person`)?"""
    torn = bool(prior.torn.intersection(fits))
    return torn or unnamed_person(prior, gap_of, len(prior.tokens), fits)


_TIME_CLAUSE = SUBORDINATORS | {"after", "before", "until", "once"}
"""Words opening an adverbial clause after the main clause (``X apologized after …``)."""


def freed_object(info: SentenceInfo, i: int) -> bool:
    """The object pronoun at token ``i`` follows ``of`` inside an adverbial clause that no
    person opens (``X thanked Y after a tape surfaced of him warning``): the clause is
    not the main subject's, so "him" may be that subject, as a "he" would be (people25)."""
    tokens = info.tokens
    if i < 2 or tokens[i - 1].lower != "of":
        return False
    people = [m.last for m in info.mentions if m.kind == "person" and m.last <= i]
    opener = max((k for k in range(i) if tokens[k].lower in _TIME_CLAUSE), default=-1)
    return bool(people) and opener >= max(people)
