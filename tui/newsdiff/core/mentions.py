"""Who is named in an article: people, pronouns, roles and bodies, read sentence by sentence.

The reading half of speaker attribution (``speakers`` holds the rules that pick a speaker). Every
quotation is blanked out first, so words inside quotes never count. Two passes:

1. collect the full names of people ("US Secretary of State Marco Rubio" → ``Marco Rubio``;
   titles, roles and nationality adjectives are stripped) so that a surname, "Mr. X" or a title
   plus surname resolves to the full name, even when the full name comes later;
2. read every sentence in order, finding mentions (people, pronouns, roles such as "the senator",
   countries and their capitals and ministries as governments, organizations) with whether each
   stands where a subject stands, and resolving "he"/"she" to the person most recently in
   subject position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdiff.core import names as vocab
from newsdiff.core.mention_types import (
    ABBREVIATIONS,
    DASHES,
    MASK,
    Mention,
    SentenceInfo,
    Token,
    mask_quotes,
    mention_at,
    next_start,
    read_tokens,
    skip_adverbs,
)
from newsdiff.core.models import Sentence
from newsdiff.core.quote_marks import QuoteSpan

__all__ = [
    "AFTER_WINDOW",
    "BEFORE_WINDOW",
    "DASHES",
    "MASK",
    "Mention",
    "MentionReader",
    "SentenceInfo",
    "Token",
    "mention_at",
    "next_start",
    "skip_adverbs",
]

_CONNECTORS = frozenset(
    {"of", "for", "de", "van", "von", "bin", "al", "da", "del", "la", "le", "der"}
)
_SOURCE_WORDS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"}
)
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})
BEFORE_WINDOW = 60
AFTER_WINDOW = 40
_PREVIOUS_SENTENCES = 4
_FAR = 300
_APPOSITIVE_WORDS = 7
_AGE = re.compile(r"\d{1,3}-year-old$")
_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ents", "ants", "ics", "ives", "ees")


_CLAUSE_OPENERS = frozenset(
    """
    and or but as when while because although though that if since after before until so yet
    where whereas who which then also nor once unless whether than
    """.split()
)


_GLUED_ROLE_WORDS = 3
"""How many lowercase words a job title glued between two names may run to."""


def _glued_to_role(tokens: list[Token], last: int) -> bool:
    """The name ending before ``last`` only modifies a job title glued to the next name
    ("Stone communication director Jane Ortiz"): lowercase words ending in a role word, then
    a capitalised word."""
    for k in range(last, min(len(tokens) - 1, last + _GLUED_ROLE_WORDS)):
        if tokens[k].cap or tokens[k].possessive:
            return False
        if tokens[k].lower in _GLUE_ROLES and tokens[k + 1].cap:
            return True
    return False


def _in_subordinate_opener(info: SentenceInfo, first: int) -> bool:
    """The mention at token ``first`` opens a subordinate clause that opens the sentence
    ("While X spoke, Y said …"): X is not the subject other sentences refer back to."""
    tokens = info.tokens
    if not tokens or tokens[0].lower not in _SUBORDINATORS:
        return False
    return first <= 1 or (first == 2 and tokens[1].lower in ("the", "a", "an"))


def _after_according_to(tokens: list[Token], first: int) -> bool:
    """The mention at token ``first`` follows "according to"."""
    return first >= 2 and tokens[first - 1].lower == "to" and tokens[first - 2].lower == "according"


def _first_name_lead(words: list[Token]) -> int:
    """1 when the run opens with a common first name before another capitalised word ("Bill
    Hale": a person, whatever else "bill" means), else 0."""
    return int(len(words) >= 2 and words[0].lower in _FIRST_NAMES and words[1].cap)


def _object_after(prev: Token, gap: str) -> bool:
    """A name right after a lowercase verb-like word, with nothing between, is its object."""
    lower = prev.lower
    if prev.cap or gap.strip() or not lower.isalpha():
        return False
    if lower in _CLAUSE_OPENERS or lower in vocab.REPORTING_VERBS:
        return False
    return lower in _OBJECT_VERBS


_OBJECT_VERBS = frozenset(
    """
    see saw seen meet met visited thank thanked praised criticized criticised attacked
    supported backed endorsed defeated hired fired called invited interviewed joined helped
    elected replaced succeeded asked told tell urged liked hated
    """.split()
)
"""Verbs whose following name is their object; forms that double as nouns are left out."""


_TRIGGERS = frozenset({"him", "her", "the"} | set(vocab.PRONOUNS) | _SOURCE_WORDS)
_DASH_SET = frozenset(DASHES)
_FIRST_NAMES = vocab.FEMALE_FIRST_NAMES | vocab.MALE_FIRST_NAMES
"""A common first name before a title word makes the run a name ("Anna King", not a king)."""
_SUBORDINATORS = frozenset(
    {"while", "although", "though", "because", "since", "if", "when", "whereas", "unless"}
)
"""Words opening a subordinate clause before the sentence's main clause."""
_GLUE_ROLES = vocab.ROLE_WORDS | {
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
"""The lowercase words a reading rule can start at (besides a capitalized run)."""


@dataclass(slots=True)
class _ReadState:
    """What reading one sentence carries from word to word."""

    index: int
    info: SentenceInfo
    runs: dict[int, int]
    recent: dict[tuple[str, bool], tuple[int, str]] = field(default_factory=dict)
    relative: bool = False
    according: tuple[str, tuple[int, str]] | None = None
    """The person an "according to" names (gender, entry): the sentence's subject for later
    sentences when it has no other."""


class MentionReader:
    """The two-pass reading of one article: its sentences, tokens and resolved mentions."""

    def __init__(self, text: str, sentences: Sequence[Sentence], spans: Sequence[QuoteSpan]):
        self.text = text
        self.masked = mask_quotes(text, spans)
        self.spans = spans
        bounds = _merge_abbreviations(text, sentences) or _line_bounds(text)
        self.infos = [SentenceInfo(start, end) for start, end in bounds]
        self.info_starts = [info.start for info in self.infos]
        self.people: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self.order = 0
        self.roles: dict[str, str] = {}
        self.mention_counts: dict[str, int] = {}
        self.full_names: set[str] = set()
        self.first_names: dict[str, set[str]] = {}
        self.acronyms: dict[str, str] = {}
        self.possessors: dict[int, str] = {}
        self.org_counts: dict[str, int] = {}
        for info in self.infos:
            info.tokens = read_tokens(self.masked, info.start, info.end)
            info.starts = [token.start for token in info.tokens]
        # the headline last: "Late Martinelli winner…" must not name Gabriel Martinelli
        self._classified: dict[tuple[int, int, int], tuple[str, str] | None] = {}
        self._run_cache: dict[int, list[tuple[int, int]]] = {}
        self._people_known = False
        for info in self.infos[1:] + self.infos[:1]:
            self._collect_people(info)
        self._people_known = True
        self.org_counts = {}
        for initial in (False, True):
            for info in self.infos:
                self._count_orgs(info, initial)
        self.last_person: str | None = None
        for index, info in enumerate(self.infos):
            self._read(index, info)

    def gap(self, start: int, end: int) -> str:
        """The masked text between two positions; a far gap reads as a break."""
        if end - start > _FAR:
            return MASK + "\n"
        return self.masked[start:end]

    # pass 1 -------------------------------------------------------------------------------
    def _runs(self, info: SentenceInfo) -> list[tuple[int, int]]:
        """Runs of capitalized tokens (token index ranges, end exclusive), read once."""
        found = self._run_cache.get(info.start)
        if found is None:
            found = self._run_cache[info.start] = self._read_runs(info)
        return found

    def _read_runs(self, info: SentenceInfo) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        tokens = info.tokens
        i = 0
        while i < len(tokens):
            if not tokens[i].cap:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and not tokens[j - 1].possessive:
                gap = self.gap(tokens[j - 1].end, tokens[j].start)
                if gap not in (" ", "\u00a0"):
                    break
                if tokens[j].cap:
                    j += 1
                elif tokens[j].text.isdigit() and tokens[j - 1].lower in ("no", "number"):
                    j += 1  # "No 10" (Downing Street)
                elif (
                    tokens[j].lower in _CONNECTORS
                    and j + 1 < len(tokens)
                    and tokens[j + 1].cap
                    and self.gap(tokens[j].end, tokens[j + 1].start) == " "
                ):
                    j += 2
                else:
                    break
            runs.append((i, j))
            i = j
        return runs

    def _is_sentence_start(self, info: SentenceInfo, index: int) -> bool:
        if index == 0:
            return True
        gap = self.gap(info.tokens[index - 1].end, info.tokens[index].start)
        if ":" in gap or "\n" in gap:
            return True
        if gap == " " or _DASH_SET.isdisjoint(gap):
            return False
        # after a dateline: "SAN FRANCISCO — Shares of …", "WASHINGTON (AP) — Speaking …"
        return all(token.text.isupper() for token in info.tokens[:index])

    def _strip(self, info: SentenceInfo, first: int, last: int) -> tuple[int, bool, str]:
        """Drop sentence-initial words, titles and nationality adjectives from a run."""
        tokens = info.tokens
        i = first
        titled = False
        gender = ""
        while i < last:
            token = tokens[i]
            lower = token.lower
            if lower in vocab.SENTENCE_START_WORDS and (
                self._is_sentence_start(info, i) or lower in ("the", "a", "an")
            ):
                i += 1
                continue
            if (
                i == first
                and self._is_sentence_start(info, i)
                and len(lower) > 4
                and lower.endswith(("ing", "ly", "ed"))
            ):
                i += 1
                continue
            if (
                i < last - 1
                and not token.possessive
                and (lower in vocab.TITLE_WORDS or lower in vocab.COUNTRIES)
            ):
                titled = titled or lower in vocab.TITLE_WORDS
                if lower in vocab.HONORIFICS_FEMALE:
                    gender = "f"
                elif lower in vocab.HONORIFICS_MALE:
                    gender = "m"
                i += 1
                continue
            break
        # An office named by words we do not list ("Senate Majority Leader John Thune",
        # "Bernstein Analyst Jo Lee"): the name starts after the last role word of the run.
        for k in range(last - 2, i - 1, -1):
            lower = tokens[k].lower
            if lower in vocab.ROLE_PREFIXES and not tokens[k].possessive:
                titled = True
                i = k + 1
                while i < last - 1 and tokens[i].lower in vocab.TITLE_WORDS:
                    i += 1  # "Attorney General Chris Carr"
                break
        return i, titled, gender

    def _name_end(self, info: SentenceInfo, begin: int, last: int) -> int:
        """Where a name ends: "Elaine Whitford of Ohio" is Elaine Whitford."""
        for k in range(begin + 1, last):
            if info.tokens[k].lower in _CONNECTORS and info.tokens[k].lower in ("of", "from"):
                return k
        return last

    def _name_of(self, tokens: list[Token], first: int, last: int) -> str:
        return " ".join(token.text for token in tokens[first:last])

    def _collect_people(self, info: SentenceInfo) -> None:
        for first, last in self._runs(info):
            begin, titled, gender = self._strip(info, first, last)
            last = self._name_end(info, begin, last)
            words = info.tokens[begin:last]
            if len(words) < 2 or words[-1].lower in vocab.TITLE_WORDS:
                continue
            if any(word.lower in vocab.NOT_NAME_WORDS for word in words[_first_name_lead(words) :]):
                self._remember_acronym(info, first, last)
                continue
            name = self._name_of(info.tokens, begin, last)
            if name.lower() in vocab.COUNTRIES:
                continue
            key = words[-1].lower
            self.people.setdefault(key, name)
            self.full_names.add(name)
            owner = self.people[key]
            if owner.split(" ", 1)[0].lower() != words[0].lower:
                owner = name  # "Ana Voss" after "Ted Voss": another of the family
            if not words[0].text.isupper() and len(words) <= 3:
                self.first_names.setdefault(words[0].lower, set()).add(owner)
            if gender:
                self.genders.setdefault(owner, gender)

    def _org_name(self, info: SentenceInfo, first: int, last: int) -> str | None:
        """The organization a run names ("Thames Water", "Nvidia"), or None."""
        found = self._classify(info, first, last)
        if found is None or found[0] not in ("org", "name"):
            return None
        entity = found[1]
        if entity.lower() in vocab.DATE_WORDS or entity.lower() in vocab.TITLE_WORDS:
            return None
        if found[0] == "name" and self._is_sentence_start(info, first):
            return entity if entity in self.org_counts else None
        return entity

    def _orgs_in_run(self, info: SentenceInfo, first: int, last: int) -> list[str]:
        """The organizations a run names: itself, or what follows its "of"/"at"
        ("Shares of Nvidia", "Dan Ives of Wedbush Securities")."""
        found = self._org_name(info, first, last)
        whole = self._classify(info, first, last)
        if (
            found is not None
            and (
                (whole is not None and whole[0] == "org")  # "Ministry of Defence"
                or not any(token.lower in ("of", "at") for token in info.tokens[first:last])
            )
        ):
            return [found]
        for k in range(first + 1, last - 1):
            if info.tokens[k].lower in ("of", "at"):
                tail = self._org_name(info, k + 1, last)
                return [tail] if tail is not None else []
        return [found] if found is not None else []

    def _count_orgs(self, info: SentenceInfo, initial: bool) -> None:
        """Count the organizations of a sentence; a sentence-initial single word ("Nvidia’s
        stock …") counts only when the name was seen elsewhere (``initial`` pass)."""
        for first, last in self._runs(info):
            at_start = self._is_sentence_start(info, first)
            if at_start != initial:
                continue
            for entity in self._orgs_in_run(info, first, last):
                if initial and entity not in self.org_counts:
                    continue
                self.org_counts[entity] = self.org_counts.get(entity, 0) + 1

    def _org_reference(self, index: int, info: SentenceInfo) -> str | None:
        """ "the company": the last organization named in this sentence or the one before,
        else the organization the article names most often (at least twice)."""
        if info.orgs:
            return info.orgs[-1]
        if index > 0 and self.infos[index - 1].orgs:
            candidates = self.infos[index - 1].orgs
            return max(reversed(candidates), key=lambda org: self.org_counts.get(org, 0))
        if not self.org_counts:
            return None
        best = max(self.org_counts.items(), key=lambda item: item[1])
        return best[0] if best[1] >= 2 else None

    def _org_after(self, index: int, info: SentenceInfo, k: int) -> tuple[int, str, str] | None:
        """``(end, kind, entity)`` of the body or organization named at token ``k``
        ("the Commerce Department", "the company", "Ofwat"), or None."""
        tokens = info.tokens
        if k < len(tokens) and tokens[k].lower in ("the", "a", "an"):
            k += 1
        if k >= len(tokens):
            return None
        if tokens[k].lower in vocab.ORG_NOUNS:
            entity = self._org_reference(index, info)
            return (k + 1, "org", entity) if entity is not None else None
        for first, last in self._runs(info):
            if first == k:
                found = self._classify(info, first, last)
                if found is not None and found[0] in ("org", "body", "name"):
                    return last, "body" if found[0] == "body" else "org", found[1]
                return None
        return None

    def _remember_acronym(self, info: SentenceInfo, first: int, last: int) -> None:
        """Note "World Health Organization" under "WHO", so "the WHO said" names it."""
        tokens = info.tokens
        k = first
        while k < last and (
            tokens[k].lower in ("the", "a", "an")
            or (tokens[k].lower in vocab.SENTENCE_START_WORDS and self._is_sentence_start(info, k))
        ):
            k += 1
        initials = "".join(token.text[0] for token in tokens[k:last] if token.cap)
        if len(initials) >= 2:
            self.acronyms.setdefault(initials, self._name_of(tokens, k, last))

    # pass 2 -------------------------------------------------------------------------------
    def _subject_position(self, info: SentenceInfo, first: int, relative: bool) -> bool:
        if relative:
            return False
        if first == 0:
            return True
        prev = info.tokens[first - 1]
        gap = self.gap(prev.end, info.tokens[first].start)
        if MASK in gap or ":" in gap or "\n" in gap:
            return True
        if prev.lower in ("the", "a", "an") and first >= 2:
            prev = info.tokens[first - 2]
        if prev.possessive:
            return False
        lower = prev.lower
        if lower in ("and", "or") and info.mentions and info.mentions[-1].last == first - 1:
            return info.mentions[-1].subject
        if lower in vocab.PREPOSITIONS:
            return False
        participle = len(lower) > 4 and lower.endswith(("ing", "ed"))
        if participle and (not prev.cap or first == 1):
            return False  # "Saying President X, he …": X is the participle's object
        if _object_after(prev, gap):
            return False  # "went to see Beck and called him …": Beck is an object
        return True

    def _body_follows(self, tokens: list[Token], last: int) -> bool:
        """ "(Indian | China's) (foreign) ministry/officials/government" follows the run."""
        for k in (last, last + 1):
            if k < len(tokens) and tokens[k].lower in vocab.BODY_NOUNS:
                return True
        return False

    def _classify(self, info: SentenceInfo, first: int, last: int) -> tuple[str, str] | None:
        """``(kind, entity)`` for the run ``tokens[first:last]``, or None when it is nobody
        (remembered once the people are collected: the answer no longer changes)."""
        key = (info.start, first, last)
        if key in self._classified:
            return self._classified[key]
        found = self._classify_run(info, first, last)
        if self._people_known:
            self._classified[key] = found
        return found

    def _classify_run(self, info: SentenceInfo, first: int, last: int) -> tuple[str, str] | None:
        tokens = info.tokens
        after = tokens[last].lower if last < len(tokens) else ""
        whole = self._name_of(tokens, first, last).lower()
        if whole in vocab.COUNTRIES and whole not in vocab.ADJECTIVES:
            # "Downing Street has dismissed …": a metonym, whatever word it starts with
            return "body", vocab.government_of(vocab.COUNTRIES[whole])
        begin, titled, gender = self._strip(info, first, last)
        if begin >= last:
            return None
        run_last = last
        if (self._name_end(info, begin, last) < last) and not tokens[last - 1].possessive:
            last = self._name_end(info, begin, last)
        words = tokens[begin:last]
        name = self._name_of(tokens, begin, last)
        lower = name.lower()
        if len(words) >= 2 and all(word.text.isupper() for word in words):
            return None  # page furniture or a dateline ("FULL TEXT", "LOS ANGELES")
        if lower in vocab.COUNTRIES:
            country = vocab.COUNTRIES[lower]
            if lower in vocab.ADJECTIVES and not self._body_follows(tokens, last):
                return None
            return "body", vocab.government_of(country)
        if any(word.lower in vocab.NOT_NAME_WORDS for word in words[_first_name_lead(words) :]):
            if tokens[last - 1].possessive:
                return None
            if run_last > last and tokens[last].lower == "of":
                last = run_last  # "Ministry of Defence", "Department of Homeland Security"
                name = self._name_of(tokens, begin, last)
            return "org", self._org_full_name(info, first, begin, last, name)
        if len(words) == 1 and len(name) >= 2 and name.isupper() and name in self.acronyms:
            return "org", self.acronyms[name]
        if after in vocab.INSTITUTION_FOLLOWERS and not words[-1].possessive:
            return None
        if len(words) == 1 and words[0].lower in vocab.PRONOUNS:
            return None
        key = words[-1].lower
        known = name if len(words) >= 2 and name in self.full_names else self.people.get(key)
        if known is None and len(words) == 1:
            owners = self.first_names.get(key, set())
            known = next(iter(owners)) if len(owners) == 1 else None  # "Angelina" alone
        if known is not None:
            if gender:
                self.genders.setdefault(known, gender)
            return "person", known
        if (
            len(words) == 1
            and not titled
            and (key in vocab.ROLE_PREFIXES or key in vocab.TITLE_WORDS)
        ):
            return None  # "Manager said": a job word, not a name
        if len(words) >= 2 or titled:
            honorific = begin > first and tokens[begin - 1].lower in _HONORIFICS
            first_name = words[0].lower in _FIRST_NAMES  # "Anna King", "Charlie King"
            if words[-1].lower in vocab.TITLE_WORDS and not (honorific or first_name):
                return None
            return "person", name
        return "name", name

    def _org_full_name(
        self, info: SentenceInfo, first: int, begin: int, last: int, name: str
    ) -> str:
        """An organization keeps the office words of its name ("Commerce Department",
        "State Department"); only sentence-initial words and a leading country are dropped."""
        tokens = info.tokens
        k = first
        while k < begin and (
            tokens[k].lower in ("the", "a", "an")
            or (tokens[k].lower in vocab.SENTENCE_START_WORDS and self._is_sentence_start(info, k))
        ):
            k += 1
        if any(token.lower in vocab.COUNTRIES for token in tokens[k:begin]):
            return name
        return self._name_of(tokens, k, last)

    def _is_dateline(self, info: SentenceInfo, first: int, last: int, kind: str) -> bool:
        """ "WASHINGTON —" or "New Delhi:" opening a story names a place, not a speaker."""
        if first != 0 or last >= len(info.tokens):
            return False
        tokens = info.tokens
        gap = self.gap(tokens[last - 1].end, tokens[last].start)
        upper = all(token.text.isupper() for token in tokens[first:last])
        if upper and gap.strip() == ",":
            # "PORT HALLOWAY, Maine —": a place, a comma, its state or country, then the dash
            for k in range(last, min(len(tokens) - 1, last + 3)):
                after = self.gap(tokens[k].end, tokens[k + 1].start)
                if not tokens[k].cap:
                    break
                if any(dash in after for dash in DASHES) or ":" in after:
                    return True
            return False
        if not (":" in gap or any(dash in gap for dash in DASHES)):
            return False
        return kind == "body" or upper

    def _is_plural_common_noun(self, info: SentenceInfo, first: int, last: int, word: str) -> bool:
        """A lone capitalized plural opening a sentence ("Critics said", "Residents say")
        that the article never uses as an organization."""
        lower = word.lower()
        return (
            last - first == 1
            and self._is_sentence_start(info, first)
            and len(lower) > 4
            and lower.endswith(_PLURAL_ENDINGS)
            and word not in self.org_counts
        )

    def _gender_from_kin(self, tokens: list[Token], first: int, entity: str) -> None:
        """ "her father, Henry Voss" / "his wife Ana": the kinship word gives the gender."""
        if first == 0:
            return
        word = tokens[first - 1].lower
        gender = vocab.KIN_GENDER.get(word) or vocab.KIN_GENDER.get(tokens[first - 1].text.lower())
        if gender is not None:
            self.genders.setdefault(entity, gender)

    def _gender(self, entity: str) -> str:
        """``f`` or ``m`` when an honorific, a kinship word or a common first name says so,
        else ``u``."""
        known = self.genders.get(entity)
        if known is not None:
            return known
        first = entity.split(" ", 1)[0].lower() if " " in entity else ""
        if first in vocab.FEMALE_FIRST_NAMES and first not in vocab.MALE_FIRST_NAMES:
            return "f"
        if first in vocab.MALE_FIRST_NAMES and first not in vocab.FEMALE_FIRST_NAMES:
            return "m"
        return "u"

    def _remember_roles(self, info: SentenceInfo, first: int, last: int, entity: str) -> None:
        """Note the roles in front of a name ("Senator", "Foreign Minister") for "the senator".

        When two people share a role, "the senator" is the one the article has named more often
        so far (the latest on a tie)."""
        begin, _titled, _gender = self._strip(info, first, last)
        for token in info.tokens[first:begin]:
            if token.lower in vocab.ROLE_WORDS:
                held = self.roles.get(token.lower)
                counts = self.mention_counts
                if held is None or counts.get(entity, 0) >= counts.get(held, 0):
                    self.roles[token.lower] = entity

    def _appositive_of(self, info: SentenceInfo, k: int) -> str | None:
        """The person named right before ``, the …`` at token ``k`` (an appositive)."""
        if k == 0 or not info.mentions:
            return None
        mention = info.mentions[-1]
        if mention.kind != "person" or mention.last != k or mention.possessive:
            return None
        if info.tokens[mention.first].lower in vocab.PRONOUNS:
            return None
        gap = self.gap(info.tokens[k - 1].end, info.tokens[k].start)
        return mention.entity if gap.strip() == "," else None

    def _epithet_end(self, info: SentenceInfo, k: int) -> int | None:
        """End of an epithet standing for a person after "the" at token ``k`` — a demonym
        ("the Brazilian", "the Spaniard"), an age ("the 23-year-old") or a sports or trade noun
        ("the striker") — when a reporting verb follows it, else None."""
        tokens = info.tokens
        j = k + 1
        if j + 1 >= len(tokens) or self._appositive_of(info, k) is not None:
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
        if after < len(tokens) and tokens[after].lower in vocab.STRONG_REPORTING | {"joked"}:
            gap = self.gap(tokens[j].end, tokens[j + 1].start)
            return j + 1 if gap.strip() == "" else None
        return None

    def _appositive_end(self, tokens: list[Token], k: int) -> int:
        """The end of an appositive noun phrase starting at ``the`` (token ``k``): up to the
        next comma ("the Senate majority leader,") within a few words, else its title words."""
        limit = min(len(tokens), k + _APPOSITIVE_WORDS)
        for end in range(k + 1, limit):
            gap = self.gap(tokens[end - 1].end, tokens[end].start)
            if "," in gap and end > k + 1:
                return end
            if gap.strip() and "," not in gap:
                break
        end = k + 1
        while end < len(tokens) and tokens[end].lower in vocab.TITLE_WORDS:
            end += 1
        return end

    def _role_reference(self, tokens: list[Token], k: int) -> int | None:
        """End of "(foreign) minister" after "the" when it names a role seen before a name."""
        end = k
        while end < len(tokens) and end < k + 3 and tokens[end].lower in vocab.TITLE_WORDS:
            end += 1
            if tokens[end - 1].possessive:
                break
        if end == k or tokens[end - 1].lower not in self.roles:
            return None
        return end

    def _resolve_pronoun(
        self,
        index: int,
        recent: dict[tuple[str, bool], tuple[int, str]],
        pronoun: str,
        object_pronoun: bool = False,
        after_opening_phrase: bool = False,
    ) -> str | None:
        """ "he"/"she": the latest person in subject position in this sentence, else any
        person earlier in it, else the subject (or last person) of the nearest sentence naming
        one, else the last person named. An object pronoun ("him") is not the subject of its
        own clause: it takes the latest other person of its gender in the sentence."""
        fits = (vocab.PRONOUNS[pronoun], "u")
        if object_pronoun:
            clause_subject = max((entry for key, entry in recent.items() if key[1]), default=None)
            for gender in fits:
                others = [
                    entry
                    for key, entry in recent.items()
                    if key[0] == gender and entry != clause_subject
                ]
                if others:
                    return max(others)[1]
        found = [recent[(g, True)] for g in fits if (g, True) in recent]
        if found:
            return max(found)[1]
        earlier = self._earlier_subject(index, fits) if after_opening_phrase else None
        if earlier is not None:
            return earlier  # "In an interview with NBC's X, he said": he is not X
        found = [recent[(g, False)] for g in fits if (g, False) in recent]
        if found:
            return max(found)[1]
        for back in range(index - 1, max(-1, index - 1 - _PREVIOUS_SENTENCES), -1):
            prior = self.infos[back]
            subjects = [prior.subject_people[g] for g in fits if g in prior.subject_people]
            if subjects:
                return min(subjects)[1]
            named = [prior.last_people[g] for g in fits if g in prior.last_people]
            if named:
                return max(named)[1]
        last = self.last_person
        return last if last is not None and self._gender(last) in fits else None

    def _earlier_subject(self, index: int, fits: tuple[str, str]) -> str | None:
        """The subject of the nearest of the last few sentences that has one of the gender."""
        for back in range(index - 1, max(-1, index - 1 - _PREVIOUS_SENTENCES), -1):
            prior = self.infos[back]
            subjects = [prior.subject_people[g] for g in fits if g in prior.subject_people]
            if subjects:
                return min(subjects)[1]
        return None

    def _read(self, index: int, info: SentenceInfo) -> None:
        """Find the mentions of one sentence: at each word the first reading rule that
        applies records a mention and says where to go on."""
        state = _ReadState(index, info, dict(self._runs(info)))
        rules = (
            self._object_pronoun_speaks,
            self._pronoun,
            self._spokesperson_for,
            self._the_organization,
            self._epithet,
            self._appositive_or_role,
            self._named_run,
        )
        i = 0
        tokens = info.tokens
        while i < len(tokens):
            self._track_clause(state, i)
            if tokens[i].lower not in _TRIGGERS and i not in state.runs:
                i += 1  # no reading rule starts at a plain lowercase word
                continue
            for rule in rules:
                found = rule(state, i)
                if found is not None:
                    i = found
                    break
            else:
                i += 1
        if state.according is not None and not info.subject_people:
            info.subject_people[state.according[0]] = state.according[1]

    def _note(self, state: _ReadState, mention: Mention) -> None:
        """Record a mention; a person becomes the latest of their gender (and subject)."""
        info = state.info
        info.add(mention)
        subordinate = _in_subordinate_opener(info, mention.first)
        if subordinate and info.main_subject is mention:
            info.main_subject = None  # "While X spoke, Y said …": Y is the sentence's subject
        if mention.kind != "person":
            return
        gender = self._gender(mention.entity)
        self.order += 1
        self.mention_counts[mention.entity] = self.mention_counts.get(mention.entity, 0) + 1
        entry = (self.order, mention.entity)
        state.recent[(gender, False)] = entry
        info.last_people[gender] = entry
        if _after_according_to(info.tokens, mention.first) and not mention.possessive:
            state.according = (gender, entry)  # "According to X, …": X reports the sentence
        if mention.subject and not mention.possessive:
            state.recent[(gender, True)] = entry
            if not subordinate:
                info.subject_people.setdefault(gender, entry)
        self.last_person = mention.entity

    def _track_clause(self, state: _ReadState, i: int) -> None:
        """Note relative clauses ("…, who …,") and a sentence opening with "his"/"her"."""
        tokens = state.info.tokens
        token = tokens[i]
        if token.text in ("who", "which", "whose", "whom") and i > 0:
            state.relative = True
        elif (
            state.relative
            and i > 0
            and any(mark in self.gap(tokens[i - 1].end, token.start) for mark in ",:;")
        ):
            state.relative = False
        if i == 0 and token.lower in ("his", "her"):
            pronoun = "he" if token.lower == "his" else "she"
            owner = self._resolve_pronoun(state.index, state.recent, pronoun)
            if owner is not None:
                self.possessors[state.index] = owner

    def _object_pronoun_speaks(self, state: _ReadState, i: int) -> int | None:
        """ "she remembers him describing it as …": the object pronoun speaks."""
        tokens = state.info.tokens
        if not (
            tokens[i].lower in ("him", "her")
            and i + 1 < len(tokens)
            and tokens[i + 1].lower.endswith("ing")
            and tokens[i + 1].lower in vocab.REPORTING_VERBS
        ):
            return None
        pronoun = "he" if tokens[i].lower == "him" else "she"
        entity = self._resolve_pronoun(state.index, state.recent, pronoun, object_pronoun=True)
        if entity is not None:
            self._note(state, Mention(i, i + 1, entity, "person", False, False))
        return i + 1

    def _pronoun(self, state: _ReadState, i: int) -> int | None:
        """ "he"/"she" resolved to a person of a compatible gender."""
        token = state.info.tokens[i]
        if token.lower not in vocab.PRONOUNS or token.possessive:
            return None
        opening = self._after_opening_phrase(state.info, i)
        entity = self._resolve_pronoun(state.index, state.recent, token.lower, False, opening)
        if entity is not None:
            self._note(state, Mention(i, i + 1, entity, "person", True, False))
        return i + 1

    def _after_opening_phrase(self, info: SentenceInfo, i: int) -> bool:
        """The pronoun opens the main clause after a prepositional or participle phrase that
        opens the sentence ("In an interview with X, he said"): X is not who "he" is."""
        tokens = info.tokens
        opener = tokens[0].lower if tokens else ""
        participle = len(opener) > 4 and opener.endswith("ing")  # "Speaking to X, he said"
        if i < 2 or not (opener in vocab.PREPOSITIONS or participle):
            return False
        return "," in self.gap(tokens[i - 1].end, tokens[i].start)

    def _spokesperson_for(self, state: _ReadState, i: int) -> int | None:
        """ "a spokeswoman for the company said": the company speaks."""
        info, tokens = state.info, state.info.tokens
        if not (
            tokens[i].lower in _SOURCE_WORDS
            and i + 2 < len(tokens)
            and tokens[i + 1].lower in ("for", "of", "at")
        ):
            return None
        target = self._org_after(state.index, info, i + 2)
        if target is None:
            return None
        end, kind, entity = target
        subject = self._subject_position(info, i, state.relative)
        self._note(state, Mention(i, end, entity, kind, subject, tokens[end - 1].possessive))
        return end

    def _the_organization(self, state: _ReadState, i: int) -> int | None:
        """ "the company" / "the ministry": the organization the article is about."""
        info, tokens = state.info, state.info.tokens
        if not (
            tokens[i].lower == "the"
            and i + 1 < len(tokens)
            and tokens[i + 1].lower in vocab.ORG_NOUNS
        ):
            return None
        entity = self._org_reference(state.index, info)
        if entity is None:
            return None
        subject = self._subject_position(info, i + 1, state.relative)
        possessive = tokens[i + 1].possessive
        self._note(state, Mention(i + 1, i + 2, entity, "org", subject, possessive))
        return i + 2

    def _epithet(self, state: _ReadState, i: int) -> int | None:
        """ "the Brazilian told Sky Sports", "the 23-year-old joked": the person last named."""
        info, tokens = state.info, state.info.tokens
        if tokens[i].lower != "the" or self.last_person is None:
            return None
        end = self._epithet_end(info, i)
        if end is None:
            return None
        subject = self._subject_position(info, i + 1, state.relative)
        possessive = tokens[end - 1].possessive
        self._note(state, Mention(i + 1, end, self.last_person, "person", subject, possessive))
        return end

    def _appositive_or_role(self, state: _ReadState, i: int) -> int | None:
        """ "X, the House Democratic leader," describes X (the role now stands for X, and it is
        not a new speaker); "the senator" stands for the person last named with that role."""
        info, tokens = state.info, state.info.tokens
        if tokens[i].lower != "the" or i + 1 >= len(tokens):
            return None
        appositive = self._appositive_of(info, i)
        if appositive is not None:
            end = self._appositive_end(tokens, i)
            role = tokens[end - 1].lower
            if end > i + 1 and role in vocab.ROLE_WORDS:
                self.roles[role] = appositive
            return max(end, i + 1)
        role_end = self._role_reference(tokens, i + 1)
        if role_end is None:
            return None
        entity = self.roles[tokens[role_end - 1].lower]
        subject = self._subject_position(info, i + 1, state.relative)
        possessive = tokens[role_end - 1].possessive
        self._note(state, Mention(i + 1, role_end, entity, "person", subject, possessive))
        return role_end

    def _named_run(self, state: _ReadState, i: int) -> int | None:
        """A run of capitalized words: a person, a government, an organization or a name."""
        info = state.info
        last = state.runs.get(i)
        if last is None:
            return None
        found = self._classify(info, i, last)
        if found is not None and self._is_dateline(info, i, last, found[0]):
            found = None
        info.orgs.extend(self._orgs_in_run(info, i, last))
        mention = None if found is None else self._run_mention(state, i, last, found)
        if mention is not None:
            if mention.kind == "person":
                self._gender_from_kin(info.tokens, i, mention.entity)
            self._note(state, mention)
            if mention.kind == "person":
                self._remember_roles(info, i, last, mention.entity)
        return last

    def _run_mention(
        self, state: _ReadState, i: int, last: int, found: tuple[str, str]
    ) -> Mention | None:
        """The mention a classified run makes, or None (a bare name that says nothing)."""
        info, tokens = state.info, state.info.tokens
        kind, entity = found
        subject = self._subject_position(info, i, state.relative)
        opener = tokens[i].lower
        participle = i == 0 and len(opener) > 4 and opener.endswith("ing")
        if participle and kind == "person" and self._strip(info, i, last)[0] > i:
            subject = False  # "Saying President X, he said": X is the participle's object
        if kind == "person" and _glued_to_role(tokens, last):
            subject = False  # "Stone campaign manager Jane Ortiz said": Ortiz is the subject
        possessive = tokens[last - 1].possessive
        if kind == "body" and possessive and self._body_follows(tokens, last):
            possessive = False  # "China's commerce ministry said"
        end = last
        if kind in ("org", "body") and last < len(tokens):
            if tokens[last].lower in _SOURCE_WORDS:  # "a State Department spokesman"
                end, possessive = last + 1, tokens[last].possessive
        if kind == "name":
            nxt = skip_adverbs(tokens, last)
            if nxt >= len(tokens) or tokens[nxt].lower not in vocab.REPORTING_VERBS:
                return None
            if self._is_plural_common_noun(info, i, last, entity):
                return None  # "Forecasters warned that …": nobody in particular
        return Mention(i, end, entity, kind, subject, possessive)


_ENDS_WITH_ABBREVIATION = re.compile(
    r"(?:\b(?:" + "|".join(sorted(ABBREVIATIONS)) + r")\.|\b[A-Z]\.|\b(?:[A-Z]\.){2,})$",
    re.IGNORECASE,
)


def _merge_abbreviations(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Sentence bounds, with a sentence cut after "Mr." or "U.S." joined to the next one."""
    bounds: list[tuple[int, int]] = []
    joining = False
    for sentence in sentences:
        if joining and bounds and "\n" not in text[bounds[-1][1] : sentence.start]:
            bounds[-1] = (bounds[-1][0], sentence.end)
        else:
            bounds.append((sentence.start, sentence.end))
        joining = bool(
            _ENDS_WITH_ABBREVIATION.search(text[max(0, sentence.end - 8) : sentence.end])
        )
    return bounds


def _line_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        bounds.append((match.start(), match.end()))
    return bounds
