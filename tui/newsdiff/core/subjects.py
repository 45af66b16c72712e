"""Who a sentence is about: whether a name stands where a subject stands, and whom "he" or "she"
takes (a person of a compatible gender, preferring subjects, in this sentence or the last few).
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import MASK, Mention, SentenceInfo, Token
from newsdiff.core.reporting_verbs import EVALUATIVE_VERBS, LISTENER_VERBS, REPORTING_VERBS

Gap = Callable[[int, int], str]
"""The writer's text between two offsets (quotations blanked)."""

PREVIOUS_SENTENCES = 4
"""How many sentences back a pronoun may look for its person."""


CLAUSE_OPENERS = frozenset(
    """
    and or but as when while because although though that if since after before until so yet
    where whereas who which then also nor once unless whether than
    """.split()
)

GLUE_ROLES = vocab.ROLE_WORDS | {
    "manager",
    "strategist",
    "adviser",
    "advisor",
    "aide",
    "chief",
    "officer",
    "editor",
    "mate",
    "pollster",
    "consultant",
    "lawyer",
    "attorney",
    "counsel",
    "press",
}
"""Job words a name may be glued to before another name ("campaign manager", "running mate")."""

SUBORDINATORS = frozenset(
    {"while", "although", "though", "because", "since", "if", "when", "whereas", "unless"}
)
"""Words opening a subordinate clause before the sentence's main clause."""

OBJECT_VERBS = frozenset(
    """
    see saw seen meet met visited thank thanked praised criticized criticised attacked
    supported backed endorsed defeated hired fired called invited interviewed joined helped
    elected replaced succeeded asked told tell urged liked hated expects expected
    """.split()
)
"""Verbs whose following name is their object; forms that double as nouns are left out."""

GLUED_ROLE_WORDS = 3
"""How many lowercase words a job title glued between two names may run to."""


def glued_to_role(tokens: list[Token], last: int) -> bool:
    """The name ending before ``last`` only modifies a job title glued to the next name
    ("Stone communication director Jane Ortiz"): lowercase words ending in a role word, then
    a capitalised word."""
    for k in range(last, min(len(tokens) - 1, last + GLUED_ROLE_WORDS)):
        if tokens[k].cap or tokens[k].possessive or _takes_object(tokens[k].lower):
            return False  # "X praised rebel leader Y": X is the subject, not a modifier
        if tokens[k].lower in GLUE_ROLES and tokens[k + 1].cap:
            return True
    return False


def _takes_object(lower: str) -> bool:
    """A verb whose object a name after it is (``praised``, ``told``, ``attacked``)."""
    return lower in OBJECT_VERBS or lower in LISTENER_VERBS or lower in EVALUATIVE_VERBS


def in_subordinate_opener(info: SentenceInfo, first: int) -> bool:
    """The mention at token ``first`` opens a subordinate clause that opens the sentence
    ("While X spoke, Y said …"): X is not the subject other sentences refer back to."""
    tokens = info.tokens
    if not tokens or tokens[0].lower not in SUBORDINATORS:
        return False
    return first <= 1 or (first == 2 and tokens[1].lower in ("the", "a", "an"))


def after_according_to(tokens: list[Token], first: int) -> bool:
    """The mention at token ``first`` follows "according to"."""
    return first >= 2 and tokens[first - 1].lower == "to" and tokens[first - 2].lower == "according"


def object_after(prev: Token, gap: str) -> bool:
    """A name right after a lowercase verb-like word, with nothing between, is its object."""
    lower = prev.lower
    if prev.cap or gap.strip() or not lower.isalpha():
        return False
    if lower in LISTENER_VERBS or lower in EVALUATIVE_VERBS:
        return True  # "She told Radio Leith: …": the one told is not the one telling
    if lower in CLAUSE_OPENERS or lower in REPORTING_VERBS:
        return False
    return lower in OBJECT_VERBS


def resolve_pronoun(
    infos: list[SentenceInfo],
    index: int,
    recent: dict[tuple[str, bool], tuple[int, str]],
    pronoun: str,
    object_pronoun: bool = False,
    after_opening_phrase: bool = False,
    last_person: tuple[str, str] | None = None,
    gender_of: Callable[[str], str] | None = None,
    unnamed: Callable[[SentenceInfo], bool] | None = None,
) -> str | None:
    """ "he"/"she": the latest person in subject position in this sentence, else any
    person earlier in it, else the subject (or last person) of the nearest sentence naming
    one, else the last person named (``last_person``: name and gender); nobody when a sentence
    before whose subject is unnamed (``unnamed``: "My father said …") comes first. An object pronoun
    ("him") is not the subject of its own clause: it takes the latest other person of its
    gender in the sentence. Never a person of the other gender: ``gender_of`` tells what the
    article has shown since a name was filed as of unknown gender (a "he" about them)."""
    fits = (vocab.PRONOUNS[pronoun], "u")

    def fitting(entries: list[tuple[int, str]]) -> list[tuple[int, str]]:
        return [e for e in entries if gender_of is None or gender_of(e[1]) in fits]

    if object_pronoun:
        clause_subject = max((entry for key, entry in recent.items() if key[1]), default=None)
        for gender in fits:
            others = fitting(
                [
                    entry
                    for key, entry in recent.items()
                    if key[0] == gender and entry != clause_subject
                ]
            )
            if others:
                return max(others)[1]
    found = fitting([recent[(g, True)] for g in fits if (g, True) in recent])
    if found:
        return max(found)[1]
    earlier = earlier_subject(infos, index, fits, gender_of) if after_opening_phrase else None
    if earlier is not None:
        return earlier  # "In an interview with NBC's X, he said": he is not X
    found = fitting([recent[(g, False)] for g in fits if (g, False) in recent])
    if found:
        return max(found)[1]
    for prior in _previous(infos, index):
        subjects = fitting([prior.subject_people[g] for g in fits if g in prior.subject_people])
        if subjects:
            return min(subjects)[1]
        if unnamed is not None and unnamed(prior):
            return None  # "My father spent …. He also …": not a name further back
        named = fitting([prior.last_people[g] for g in fits if g in prior.last_people])
        if named:
            return max(named)[1]
    if last_person is not None and last_person[1] in fits:
        return last_person[0]
    return None


def earlier_subject(
    infos: list[SentenceInfo],
    index: int,
    fits: tuple[str, str],
    gender_of: Callable[[str], str] | None = None,
) -> str | None:
    """The subject of the nearest of the last few sentences that has one of the gender."""
    for prior in _previous(infos, index):
        subjects = [prior.subject_people[g] for g in fits if g in prior.subject_people]
        subjects = [e for e in subjects if gender_of is None or gender_of(e[1]) in fits]
        if subjects:
            return min(subjects)[1]
    return None


def _previous(infos: list[SentenceInfo], index: int) -> list[SentenceInfo]:
    """The last few sentences before ``index`` that hold words of the writer's own (a
    sentence that is all quotation does not use up the window, unless it quotes a passage that
    names people: ``quote_passages``)."""
    found: list[SentenceInfo] = []
    for back in range(index - 1, max(-1, index - 1 - 3 * PREVIOUS_SENTENCES), -1):
        if len(found) == PREVIOUS_SENTENCES:
            break
        if infos[back].tokens or infos[back].last_people:
            found.append(infos[back])
    return found


def subject_position(info: SentenceInfo, gap_of: Gap, first: int, relative: bool) -> bool:
    """Whether the name at token ``first`` stands where a subject stands: not after a
    preposition, a possessive, a participle or a verb taking an object, nor inside a relative
    clause."""
    if relative:
        return False
    if first == 0:
        return True
    prev = info.tokens[first - 1]
    gap = gap_of(prev.end, info.tokens[first].start)
    if MASK in gap or ":" in gap or "\n" in gap:
        return True
    at = first - 1
    if prev.lower in ("the", "a", "an") and first >= 2:
        at = first - 2
        prev = info.tokens[at]
    if prev.possessive:
        return False
    lower = prev.lower
    if lower in ("and", "or") and info.mentions and info.mentions[-1].last == first - 1:
        return info.mentions[-1].subject
    if "," in gap and at == first - 1:
        return True  # "After the meeting, X said", "Thursday evening, X said" (people26)
    if lower in vocab.PREPOSITIONS:
        title = title_before(info, gap_of, at)
        return title is not None and subject_position(info, gap_of, title, relative)
    participle = len(lower) > 4 and lower.endswith(("ing", "ed"))
    if participle and (not prev.cap or first == 1):
        return False  # "Saying President X, he …"
    if object_after(prev, gap):
        return False  # "went to see Beck and called him …": Beck is an object
    if _object_past_role(info, gap_of, first):
        return False  # "the raid that killed rebel leader X": X is the verb's object
    return not _in_prepositional_phrase(info, gap_of, first)


_ROLE_REACH = 4
"""How many lowercase words (or figures) a role written before a name may run to."""

_RELATIVE_OPENERS = frozenset({"that", "which", "who"})


def _object_past_role(info: SentenceInfo, gap_of: Gap, first: int) -> bool:
    """A lowercase role glued before the name (``rebel leader``, ``9/11 plotter``, ``pier
    manager``) hides the word before it: when that word is a verb taking an object, a
    preposition, or a past form right after ``that``/``which``/``who`` (``the raid that killed
    …``), the name is its object, not a subject."""
    tokens = info.tokens
    k = first
    while k > 0 and first - k < _ROLE_REACH:
        word = tokens[k - 1]
        if word.cap or gap_of(word.end, tokens[k].start) not in (" ", "/"):
            return False
        if word.lower in _STOP_ROLE:
            return False
        lower = word.lower
        taking = _takes_object(lower)
        past = lower.endswith("ed") and k >= 2 and tokens[k - 2].lower in _RELATIVE_OPENERS
        preposition = lower in vocab.PREPOSITIONS and lower != "by"  # "signed by all nine X"
        if k < first and (taking or past or preposition):
            return True
        k -= 1
    return False


_STOP_ROLE = frozenset(
    "the a an and or but his her their its as said says told all both some many every".split()
)
"""Words a role before a name never holds: where the walk back stops."""


_NOUN_PHRASE_WORDS = 3
"""How many lowercase words may stand between a determiner and the name it introduces."""


def _in_prepositional_phrase(info: SentenceInfo, gap_of: Gap, first: int) -> bool:
    """A preposition, a determiner and a few lowercase words stand before the name ("from
    the opposition Green Party", "at a downtown Leith hotel"): the name is an object."""
    tokens = info.tokens
    for k in range(first - 1, max(-1, first - 2 - _NOUN_PHRASE_WORDS), -1):
        if tokens[k].cap or gap_of(tokens[k].end, tokens[k + 1].start) != " ":
            return False
        if tokens[k].lower in ("the", "a", "an"):
            before = tokens[k - 1].lower if k >= 1 else ""
            return before in vocab.PREPOSITIONS and before != "by"  # "a study by the firm X"
    return False


def describes_before(info: SentenceInfo, gap_of: Gap, first: int, last: int) -> bool:
    """The run ``[first, last)`` opens an appositive after a person's name: a comma, then
    the run, then lowercase words ending in a job ("X, Liberal Party deputy leader")."""
    before = info.mentions[-1] if info.mentions else None
    if before is None or before.kind != "person" or before.last != first:
        return False
    if "," not in gap_of(info.tokens[first - 1].end, info.tokens[first].start):
        return False
    for k in range(last, min(len(info.tokens), last + 3)):
        token = info.tokens[k]
        if token.cap or gap_of(info.tokens[k - 1].end, token.start) != " ":
            return False
        if token.lower in GLUE_ROLES:
            return True
    return False


def title_before(info: SentenceInfo, gap_of: Gap, at: int) -> int | None:
    """Where a capitalised title ends up to the preposition at token ``at`` begins
    ("Ambassador to the US Sir X", "Secretary of State X"): the name after it belongs to
    the title, so it stands where the title stands."""
    tokens = info.tokens
    if at < 1 or tokens[at].lower not in ("to", "of", "for", "at"):
        return None
    k = at - 1
    if not (tokens[k].cap and tokens[k].lower in vocab.TITLE_WORDS):
        return None
    while k > 0 and tokens[k - 1].cap and gap_of(tokens[k - 1].end, tokens[k].start) == " ":
        k -= 1
    return k


def resolve_group(
    infos: list[SentenceInfo], index: int, so_far: list[Mention], plural: bool
) -> Mention | None:
    """ "it said" / "they wrote": the organization or government named last, in this
    sentence or the last few, a subject before any other; for "they" also a plural name
    ("Democrats"). None when there is none."""
    here = infos[index] if index < len(infos) else None
    for info, mentions in [(here, so_far), *((p, p.mentions) for p in _previous(infos, index))]:
        fitting = [m for m in mentions if not m.possessive and _group_fits(m, plural)]
        if plural and info is not None:  # "Tom Hale and Ann Pike wrote …; “…,” they wrote"
            fitting = sorted(fitting + joined_people(info, mentions), key=lambda m: m.first)
        subjects = [m for m in fitting if m.subject]
        if subjects or fitting:
            return (subjects or fitting)[-1]
    return None


def joined_people(info: SentenceInfo, mentions: list[Mention]) -> list[Mention]:
    """People named together by ``and`` ("Tom Hale and Ann Pike", "Hale, Pike and Dunn"):
    one mention (kind ``people``) spanning each such list, for a later "they"."""
    people = [m for m in mentions if m.kind == "person" and not m.possessive]
    found: list[Mention] = []
    k = 0
    while k < len(people):
        group = [people[k]]
        while k + 1 < len(people) and _listed_next(info, group[-1], people[k + 1]):
            k += 1
            group.append(people[k])
        if len(group) > 1 and info.tokens[group[-1].first - 1].lower == "and":
            names = [m.entity for m in group]
            entity = ", ".join(names[:-1]) + " and " + names[-1]
            found.append(
                Mention(group[0].first, group[-1].last, entity, "people", group[0].subject, False)
            )
        k += 1
    return found


def _listed_next(info: SentenceInfo, left: Mention, right: Mention) -> bool:
    """``right`` follows ``left`` in a list of names: right after it (a comma between) or
    after ``and``, past a short capitalised appositive ("Hale, Republican of Iowa, and Pike")."""
    if right.first == left.last:
        return True
    between = info.tokens[left.last : right.first]
    if between[-1].lower != "and" or len(between) > _APPOSITIVE_WORDS + 1:
        return False
    return all(token.cap or token.lower in ("of", "the") for token in between[:-1])


_APPOSITIVE_WORDS = 4
"""How many words an appositive inside a list of names may hold."""


def _group_fits(mention: Mention, plural: bool) -> bool:
    """ "it" fits an organization or a government; "they" a government (its officials) or
    a plural name, not a singular body ("the Senate")."""
    if mention.kind == "body":
        return True
    if not plural:
        return mention.kind == "org"
    return mention.kind == "name" and " " not in mention.entity and mention.entity.endswith("s")
