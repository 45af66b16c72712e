"""Pass two of reading an article: who is named in each sentence, in order.

The reading half of speaker attribution (``speakers`` holds the rules that pick a speaker). On
top of pass one (``article_names``: words, people, organizations), every sentence is read in
order, finding mentions (people, pronouns, roles such as "the senator", countries and their
capitals and ministries as governments, organizations) with whether each stands where a subject
stands, and resolving "he"/"she" to the person most recently in subject position
(``subjects``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdiff.core import names as vocab
from newsdiff.core import pronouns_order as order
from newsdiff.core.article_names import ArticleNames
from newsdiff.core.described_sources import epithet_end, profile_description, profile_referent
from newsdiff.core.mention_types import (
    DASHES,
    MASK,
    Mention,
    SentenceInfo,
    Token,
    mention_at,
    next_start,
    skip_adverbs,
    told_gender,
)
from newsdiff.core.models import Sentence
from newsdiff.core.name_runs import unclassified_kind
from newsdiff.core.pronouns_order import after_opening_phrase, side_clause, untold
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.reporting_verbs import REPORTING_VERBS, STRONG_REPORTING
from newsdiff.core.role_titles import reference, set_after, set_before, title_keys
from newsdiff.core.subjects import (
    after_according_to,
    describes_before,
    glued_to_role,
    resolve_group,
    resolve_pronoun,
    subject_position,
)

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

_SOURCE_WORDS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"}
)

BEFORE_WINDOW = 60
AFTER_WINDOW = 40

_APPOSITIVE_WORDS = 7


_TRIGGERS = frozenset({"him", "her", "the", "it", "they"} | set(vocab.PRONOUNS) | _SOURCE_WORDS)
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


class MentionReader(ArticleNames):
    """The two-pass reading of one article: pass one (``ArticleNames``), then its sentences
    read in order into resolved mentions."""

    def __init__(self, text: str, sentences: Sequence[Sentence], spans: Sequence[QuoteSpan]):
        super().__init__(text, sentences, spans)
        self.order = 0
        self.roles: dict[str, str] = {}
        self.mention_counts: dict[str, int] = {}
        self.possessors: dict[int, str] = {}
        self.last_person: str | None = None
        self.people_named: list[str] = []
        self.later_roles = self._first_roles()
        for index, info in enumerate(self.infos):
            self._read(index, info)

    def _resolve_pronoun(
        self,
        index: int,
        recent: dict[tuple[str, bool], tuple[int, str]],
        pronoun: str,
        object_pronoun: bool = False,
        after_opening_phrase: bool = False,
    ) -> str | None:
        """Whom "he"/"she" takes here (``subjects.resolve_pronoun``); past the last few
        sentences, the last person named whose gender fits."""
        fits = (vocab.PRONOUNS[pronoun], "u")
        named = [self.last_person, *reversed(self.people_named)]
        last = next((p for p in named if p is not None and self._gender(p) in fits), None)
        return resolve_pronoun(
            self.infos,
            index,
            recent,
            pronoun,
            object_pronoun,
            after_opening_phrase,
            None if last is None else (last, self._gender(last)),
            self._gender,
            lambda prior: order.stops_at(prior, self.gap, fits),
        )

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
        if tokens[k].lower in vocab.ORG_NOUNS and not self._long_run_at(info, k):
            entity = self._org_reference(index, info)
            return (k + 1, "org", entity) if entity is not None else None
        for first, last in self._runs(info):
            if first == k:
                found = self._classify(info, first, last)
                if found is not None and found[0] in ("org", "body", "name"):
                    return last, "body" if found[0] == "body" else "org", found[1]
                return None
        return None

    def _remember_roles(self, info: SentenceInfo, first: int, last: int, entity: str) -> None:
        """Note the roles in front of a name ("Senator", "Attorney General") or set before it
        ("the secretary of state, Mark Dunn,") for "the senator", "the attorney general"; of
        two people with one role, the one named more often so far (the latest on a tie)."""
        for key in self._role_keys(info, first, last) if not self._title_case(info) else ():
            held, counts = self.roles.get(key), self.mention_counts
            if held is None or counts.get(entity, 0) >= counts.get(held, 0):
                self.roles[key] = entity

    def _title_case(self, info: SentenceInfo) -> bool:
        """In the article's Title Case headline (``Former Mayor Warns …``), whose capitals
        teach no role (``name_shapes.title_case_headline``; a body sentence of names is none)."""
        return info.start < self._headline

    def _role_keys(self, info: SentenceInfo, first: int, last: int) -> list[str]:
        words = [token.lower for token in info.tokens[first : self._strip(info, first, last)[0]]]
        return title_keys(words) + set_before(info.tokens, first, self.gap)

    def _first_roles(self) -> dict[str, str]:
        """Each role key → the first person written with it, for "the prime minister said"
        before "Prime Minister Ada Okonkwo"."""
        found: dict[str, str] = {}
        for info in (info for info in self.infos if not self._title_case(info)):
            for first, last in self._runs(info):
                kind, entity = self._classify(info, first, last) or ("", "")
                keys = self._role_keys(info, first, last) + set_after(info.tokens, last, self.gap)
                for key in keys if kind == "person" else ():
                    found.setdefault(key, entity)
        return found

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

    def _role_reference(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """End of "(foreign) minister" or "attorney general" after "the", and whom it names:
        the person seen with that role before, else the first one written with it later."""
        found = reference(tokens, k)
        if found is None:
            return None
        end, keys = found
        for key in keys:
            entity = self.roles.get(key) or self.later_roles.get(key)
            if entity is not None:
                return end, entity
        return None

    def _read(self, index: int, info: SentenceInfo) -> None:
        """Find the mentions of one sentence: at each word the first reading rule that
        applies records a mention and says where to go on."""
        state = _ReadState(index, info, dict(self._runs(info)))
        rules = (
            self._object_pronoun_speaks,
            self._group_pronoun,
            self._pronoun,
            self._spokesperson_for,
            self._the_organization,
            self._epithet,
            self._appositive_or_role,
            self._profile_description,
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
        subordinate = side_clause(info, self.gap, mention.first, mention.last)
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
        if after_according_to(info.tokens, mention.first) and not mention.possessive:
            state.according = (gender, entry)  # "According to X, …": X reports the sentence
        if mention.subject and not mention.possessive:
            state.recent[(gender, True)] = entry
            if not subordinate:
                info.subject_people.setdefault(gender, entry)
        self.last_person = mention.entity
        self.people_named.append(mention.entity)
        if not subordinate:  # "Hale and Reyes met.": neither is who "he" is
            order.mark_torn(info, self.gap, mention, self._gender)

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
            and tokens[i + 1].lower in REPORTING_VERBS
        ):
            return None
        pronoun = "he" if tokens[i].lower == "him" else "she"
        bound = not order.freed_object(state.info, i)  # "after a tape surfaced of him warning"
        entity = self._resolve_pronoun(state.index, state.recent, pronoun, object_pronoun=bound)
        if entity is not None:
            self._note(state, Mention(i, i + 1, entity, "person", False, False))
        return i + 1

    def _group_pronoun(self, state: _ReadState, i: int) -> int | None:
        """ "it said" / "they wrote" right before a reporting verb: the organization or
        government named last (``subjects.resolve_group``)."""
        tokens = state.info.tokens
        if tokens[i].lower not in ("it", "they") or tokens[i].possessive:
            return None
        verb = skip_adverbs(tokens, i + 1)
        if verb >= len(tokens) or tokens[verb].lower not in STRONG_REPORTING:
            return None
        plural = tokens[i].lower == "they"
        group = resolve_group(self.infos, state.index, state.info.mentions, plural)
        if group is not None:
            self._note(state, Mention(i, i + 1, group.entity, group.kind, True, False))
        return i + 1

    def _pronoun(self, state: _ReadState, i: int) -> int | None:
        """ "he"/"she" resolved to a person of a compatible gender. Reaching back to an
        earlier sentence, it tells that person's gender to later pronouns; resolved to someone
        named in its own sentence it does not (a guess: "X, who lives with the painter, admits
        … when she …" may be about someone only described there)."""
        token = state.info.tokens[i]
        if token.lower not in vocab.PRONOUNS or token.possessive:
            return None
        if untold(state.info, self.gap, i, self._gender, bool(state.recent)):
            return i + 1  # "Hale asked whether Pike lied when he …": either of them
        opening = after_opening_phrase(state.info, self.gap, i)
        entity = self._resolve_pronoun(state.index, state.recent, token.lower, False, opening)
        if entity is not None:
            mentioned = (m.entity for m in state.info.mentions if m.kind == "person")
            if entity not in mentioned:  # it reaches back to an earlier sentence
                self.genders.setdefault(entity, vocab.PRONOUNS[token.lower])
            self._note(state, Mention(i, i + 1, entity, "person", True, False))
        return i + 1

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
        subject = subject_position(info, self.gap, i, state.relative)
        self._note(state, Mention(i, end, entity, kind, subject, tokens[end - 1].possessive))
        return end

    def _the_organization(self, state: _ReadState, i: int) -> int | None:
        """ "the company" / "the ministry": the organization the article is about."""
        info, tokens = state.info, state.info.tokens
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if tokens[i].lower != "the" or following not in vocab.ORG_NOUNS:
            return None
        if self._long_run_at(info, i + 1):
            return None  # "the Department of Homeland Security": a name, read as one
        entity = self._org_reference(state.index, info)
        if entity is None:
            return None
        subject = subject_position(info, self.gap, i + 1, state.relative)
        possessive = tokens[i + 1].possessive
        self._note(state, Mention(i + 1, i + 2, entity, "org", subject, possessive))
        return i + 2

    def _epithet(self, state: _ReadState, i: int) -> int | None:
        """ "the Brazilian told Sky Sports", "the 23-year-old joked": the person last named."""
        info, tokens = state.info, state.info.tokens
        if tokens[i].lower != "the" or self.last_person is None:
            return None
        appositive = self._appositive_of(info, i) is not None
        end = None if appositive else epithet_end(info.tokens, i, self.gap)
        if end is None:
            return None
        subject = subject_position(info, self.gap, i + 1, state.relative)
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
            for key in title_keys([token.lower for token in tokens[i + 1 : end]]):
                self.roles[key] = appositive  # "X, the attorney general," / "…, the mayor,"
            return max(end, i + 1)
        found = self._role_reference(tokens, i + 1)
        if found is None:
            return None
        role_end, entity = found
        subject = subject_position(info, self.gap, i + 1, state.relative)
        possessive = tokens[role_end - 1].possessive
        self._note(state, Mention(i + 1, role_end, entity, "person", subject, possessive))
        return role_end

    def _profile_description(self, state: _ReadState, i: int) -> int | None:
        """ "The 44-year-old painter, who admitted …, says": the person the article is about
        (``described_sources.profile_description``, ``profile_referent``)."""
        found = profile_description(state.info.tokens, self.gap) if i == 0 else None
        entity = found and profile_referent(self.infos[: state.index], found[1], self._gender)
        if found is None or entity is None:
            return None
        if found[1] != "u":
            self.genders.setdefault(entity, found[1])  # "the actress": she
        subject = subject_position(state.info, self.gap, i + 1, state.relative)
        self._note(state, Mention(i + 1, found[0], entity, "person", subject, False))
        return found[0]

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
                gender = told_gender(info.tokens, i, self._strip(info, i, last)[0])
                if gender is not None:
                    self.genders.setdefault(mention.entity, gender)
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
        subject = subject_position(info, self.gap, i, state.relative)
        opener = tokens[i].lower
        participle = i == 0 and len(opener) > 4 and opener.endswith("ing")
        if participle and kind == "person" and self._strip(info, i, last)[0] > i:
            subject = False  # "Saying President X, he said": X is the participle's object
        if kind == "person" and glued_to_role(tokens, last):
            subject = False  # "Stone campaign manager Jane Ortiz said": Ortiz is the subject
        if describes_before(info, self.gap, i, last):
            subject = False  # "Ann Pike, Green Party deputy leader, said": Pike is the subject
        possessive = tokens[last - 1].possessive
        if kind == "body" and possessive and self._body_follows(tokens, last):
            possessive = False  # "China's commerce ministry said"
        end = last
        if kind in ("org", "body") and last < len(tokens):
            if tokens[last].lower in _SOURCE_WORDS:  # "a State Department spokesman"
                end, possessive = last + 1, tokens[last].possessive
        if kind == "name":
            kind = unclassified_kind(tokens, self.gap, i, last)  # "person": "…, Hale and Gov. X"
            if not kind or self._is_plural_common_noun(info, i, last, entity):
                return None  # "Forecasters warned that …": nobody in particular
            if self._reporting_surname(entity):
                kind = "person"  # "McLenney said …": a pronoun later may take her
        return Mention(i, end, entity, kind, subject, possessive)

    def _reporting_surname(self, word: str) -> bool:
        """A lone capitalised word saying something that no rule read as an organization
        and that does not look like one (no plural or all-capital form): a person's surname."""
        return (
            " " not in word
            and not word.isupper()
            and not word.endswith("s")
            and word not in self.org_counts
            and word.lower() not in vocab.COUNTRIES
        )
