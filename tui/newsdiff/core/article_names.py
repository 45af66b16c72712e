"""Pass one of reading an article: its sentences and words, and who it names.

Every quotation is blanked out first, so words inside quotes never count. The full names of
people are collected ("US Secretary of State Marco Rubio" → ``Marco Rubio``; titles, roles and
nationality adjectives are stripped) so that a surname, "Mr. X" or a title plus surname resolves
to the full name, even when the full name comes later; organizations are counted, and each run
of capitalized words can be classified (a person, a government, an organization, a bare name or
nobody). ``mentions`` reads the sentences in order on top of this.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from newsdiff.core import name_runs
from newsdiff.core import names as vocab
from newsdiff.core.mention_types import (
    DASHES,
    MASK,
    SentenceInfo,
    Token,
    mask_quotes,
    read_tokens,
    sentence_bounds,
)
from newsdiff.core.models import Sentence
from newsdiff.core.name_runs import headline_verb_at, name_text, read_runs, reread_listed
from newsdiff.core.name_shapes import (
    CONNECTORS,
    FIRST_NAMES,
    after_indefinite,
    first_name_lead,
    headline_name_length,
    place_tailed,
    title_case_headline,
)
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.speaking_names import never_named, speaking_surnames

_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})
_FAR = 300
_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ents", "ants", "ics", "ives", "ees")
_DASH_SET = frozenset(DASHES)


class ArticleNames:
    """Pass one over an article: sentences with their words, the people and organizations it
    names, and the classification of runs of capitalized words."""

    def __init__(self, text: str, sentences: Sequence[Sentence], spans: Sequence[QuoteSpan]):
        self.text = text
        self.masked = mask_quotes(text, spans)
        self.spans = spans
        self._headline = title_case_headline(text)
        bounds = sentence_bounds(text, sentences)
        self.infos = [SentenceInfo(start, end) for start, end in bounds]
        self.info_starts = [info.start for info in self.infos]
        self.people: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self.full_names: set[str] = set()
        self.first_names: dict[str, set[str]] = {}
        self.acronyms: dict[str, str] = {}
        self.org_counts: dict[str, int] = {}
        self.families: dict[str, list[str]] = {}
        for info in self.infos:
            info.tokens = read_tokens(self.masked, info.start, info.end)
            info.starts = [token.start for token in info.tokens]
        # the headline last: "Late Martinelli winner…" must not name Gabriel Martinelli
        self._classified: dict[tuple[int, int, int], tuple[str, str] | None] = {}
        self._run_cache: dict[int, list[tuple[int, int]]] = {}
        self._field_stops: Container[str] = ()  # no office's fields: the people's surnames
        self._people_known = False
        self._titled_names: dict[str, tuple[str, str]] = {}
        for info in self.infos[1:] + self.infos[:1]:
            self._collect_people(info)
        self._add_titled_names()
        body = [info for info in self.infos if info.start >= self._headline]  # "Brennan said"
        found = speaking_surnames(body, self._runs, self.gap, self._could_be_surname, self)
        self.people.update(found)
        self._people_known = True
        self._field_stops = self.people  # "the Ministry of Defence, Hale and Pike": 3 names
        reread_listed(self.infos, self._run_cache, self.gap, self._read_runs)
        self.org_counts = {}
        for initial in (False, True):
            for info in self.infos:
                self._count_orgs(info, initial)

    def gap(self, start: int, end: int) -> str:
        """The masked text between two positions; a far gap reads as a break."""
        if end - start > _FAR:
            return MASK + "\n"
        return self.masked[start:end]

    def _runs(self, info: SentenceInfo) -> list[tuple[int, int]]:
        """Runs of capitalized tokens (token index ranges, end exclusive), read once."""
        found = self._run_cache.get(info.start)
        if found is None:
            found = self._run_cache[info.start] = self._read_runs(info)
        return found

    def _long_run_at(self, info: SentenceInfo, k: int) -> bool:
        """Whether a run of several words starts at token ``k`` (``Department of Homeland
        Security``): a name, not the common noun ``the department``."""
        return any(first == k and last > k + 1 for first, last in self._runs(info))

    def _read_runs(self, info: SentenceInfo) -> list[tuple[int, int]]:
        return read_runs(info.tokens, self.gap, self.text, self.masked, self._field_stops)

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
                and lower in vocab.NAME_TITLES
                and self._titles_name(tokens, i, last)
            ):
                titled = titled or lower in vocab.TITLE_WORDS
                if lower in vocab.HONORIFICS_FEMALE:
                    gender = "f"
                elif lower in vocab.HONORIFICS_MALE:
                    gender = "m"
                i += 1
                continue
            break
        # An office in words not listed ("Bernstein Analyst Jo Lee"): the name follows its role word
        for k in range(last - 2, i - 1, -1):
            lower = tokens[k].lower
            if (
                lower in vocab.ROLE_PREFIXES
                and not tokens[k].possessive
                and self._titles_name(tokens, k, last)
            ):
                titled = True
                i = k + 1
                while i < last - 1 and tokens[i].lower in vocab.TITLE_WORDS:
                    i += 1  # "Attorney General Chris Carr"
                break
        return name_runs.past_field(tokens, first, i, last), titled, gender

    @staticmethod
    def _titles_name(tokens: list[Token], k: int, last: int) -> bool:
        """Whether title word ``k`` stands before a name: a title of letters (``MP``) only before
        two words or more, none an organisation's (``Labour MP Dana Ellis``, not ``MP
        Materials``)."""
        if tokens[k].lower not in vocab.LETTER_TITLES:
            return True
        rest = tokens[k + 1 : last]
        return len(rest) >= 2 and not any(t.lower in vocab.NOT_NAME_WORDS for t in rest)

    def _name_end(self, info: SentenceInfo, begin: int, last: int) -> int:
        """Where a name ends: "Elaine Whitford of Ohio" is Elaine Whitford."""
        for k in range(begin + 1, last):
            if info.tokens[k].lower in CONNECTORS and info.tokens[k].lower in ("of", "from"):
                return k
        return last

    def _name_of(self, tokens: list[Token], first: int, last: int) -> str:
        return name_text(tokens[first:last], self.gap)

    def _collect_people(self, info: SentenceInfo) -> None:
        for first, last in self._runs(info):
            begin, titled, gender = self._strip(info, first, last)
            last = self._name_end(info, begin, last)
            last = begin + self._known_prefix(info.tokens[begin:last])
            words = info.tokens[begin:last]
            office = self._office_start(info.tokens, first, begin, last)
            if len(words) == 1 and titled and self._could_be_surname(words[0]) and office is None:
                self._titled_names.setdefault(words[0].lower, (words[0].text, gender))
            lead = first_name_lead(words)
            if len(words) < 2 or (words[-1].lower in vocab.TITLE_WORDS and not lead):
                continue
            if any(word.lower in vocab.NOT_NAME_WORDS for word in words[first_name_lead(words) :]):
                self._remember_acronym(info, first, last)
                continue
            if after_indefinite(info.tokens, first) or (info.start < self._headline and not lead):
                continue
            name = self._name_of(info.tokens, begin, last)
            if name.lower() in vocab.COUNTRIES or name.lower() in vocab.PLACES:
                continue
            if place_tailed(words):
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
            family = self.families.setdefault(key, [])
            if owner not in family:
                family.append(owner)

    def _family_member(self, surname: str, gender: str) -> str | None:
        """The only person of the gender among several the article names with one surname."""
        fitting = [name for name in self.families.get(surname, ()) if self._gender(name) == gender]
        return fitting[0] if len(fitting) == 1 and len(self.families[surname]) > 1 else None

    def _could_be_surname(self, word: Token) -> bool:
        """A lone word after a title ("President Obama", "Mr. Westmacott") that may be a
        person's surname: not a title, a place or a word that makes a run an organization."""
        lower = word.lower
        return (
            lower not in vocab.TITLE_WORDS
            and lower not in vocab.COUNTRIES
            and lower not in vocab.NOT_NAME_WORDS
            and lower not in vocab.DATE_WORDS
            and not word.text.isupper()
        )

    def _add_titled_names(self) -> None:
        """A surname the article gives only after a title ("President Obama") names a person
        wherever it stands alone, unless a full name already carries it."""
        for key, (name, gender) in self._titled_names.items():
            if key not in self.people:
                self.people[key] = name
                if gender:
                    self.genders.setdefault(name, gender)

    def _known_prefix(self, words: list[Token]) -> int:
        """How many of ``words`` to keep: a run opening with a full name named elsewhere is
        that name ("Hillary Clinton Speaks" in a title-case headline); in such a headline a run
        ends at a verb ("Hale Slams"), and one led by a first name is it and one more word."""
        for size in range(len(words) - 1, 1, -1):
            if " ".join(word.text for word in words[:size]) in self.full_names:
                return size
        if words and words[0].start < self._headline:
            return headline_name_length(words[: headline_verb_at(words)])  # "Hale Slams"
        return len(words)

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
        if begin >= last or name_runs.work_title_at(tokens, first, last, self.gap):
            return None  # "its report Building Back The Harbour": a title, nobody
        run_last = last
        if (self._name_end(info, begin, last) < last) and not tokens[last - 1].possessive:
            last = self._name_end(info, begin, last)
        last = begin + self._known_prefix(tokens[begin:last])
        words = tokens[begin:last]
        name = self._name_of(tokens, begin, last)
        lower = name.lower()
        if len(words) >= 2 and all(word.text.isupper() for word in words):
            return None  # page furniture or a dateline ("FULL TEXT", "LOS ANGELES")
        if lower in vocab.PLACES:
            return None  # "Los Angeles", "New York": a place, not a person
        if lower in vocab.COUNTRIES:
            country = vocab.COUNTRIES[lower]
            if lower in vocab.ADJECTIVES and not self._body_follows(tokens, last):
                return None
            return "body", vocab.government_of(country)
        if any(word.lower in vocab.NOT_NAME_WORDS for word in words[first_name_lead(words) :]):
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
        if len(words) == 1 and (
            words[0].lower in vocab.PRONOUNS or never_named(tokens, begin, self.gap)
        ):
            return None
        office = self._office_start(tokens, first, begin, last)
        if office is not None:  # "Homeland Security Investigations": no title, an office's name
            return "org", self._name_of(tokens, office, last)
        return self._person_or_name(tokens, (first, begin, last), titled, gender)

    def _office_start(self, tokens: list[Token], first: int, begin: int, last: int) -> int | None:
        """Where an office's name starts when every title word stripped before ``begin`` names an
        office's field and no title head (``Secretary``) nor first name follows: those words
        are the name's own (``Homeland Security Investigations``), not a person's title."""
        stripped = [
            k
            for k in range(first, begin)
            if tokens[k].lower not in vocab.COUNTRIES and tokens[k].lower not in ("the", "a", "an")
        ]
        words = tokens[begin:last]
        if not stripped or any(tokens[k].lower not in vocab.OFFICE_WORDS for k in stripped):
            return None
        if any(word.lower in vocab.ROLE_PREFIXES or word.lower in FIRST_NAMES for word in words):
            return None  # a title head or a first name follows: a person
        if len(words) == 1 and words[0].lower in self.people:
            return None  # a person named before ("Treasury's Voss" written without the 's)
        return stripped[0]

    def _person_or_name(
        self, tokens: list[Token], bounds: tuple[int, int, int], titled: bool, gender: str
    ) -> tuple[str, str] | None:
        """A run that is no place or organization (``bounds``: where it starts, where its name
        starts, where it ends): a known person, a new person, a bare name, or nobody."""
        first, begin, last = bounds
        words = tokens[begin:last]
        name = self._name_of(tokens, begin, last)
        key = words[-1].lower
        known = name if len(words) >= 2 and name in self.full_names else self.people.get(key)
        if len(words) == 1 and gender:
            known = self._family_member(key, gender) or known  # "Mrs. Voss": Ana, not Ted
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
        if place_tailed(words) and not titled:
            return "org", name  # "Breitbart London", "Reuters Berlin": an outlet's desk
        if after_indefinite(tokens, first):
            return None  # "a prominent Leith Democrat": a description
        if tokens[begin].start < self._headline and not first_name_lead(words):
            return "name", name  # a title-case headline: capitals name nobody
        if len(words) >= 2 or titled:
            honorific = begin > first and tokens[begin - 1].lower in _HONORIFICS
            first_name = words[0].lower in FIRST_NAMES  # "Anna King", "Charlie King"
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
