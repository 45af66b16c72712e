"""The phrases that name a quotation's speaker, read at a given word of a sentence: ``X said``,
``said X``, ``X, who …, said``, ``said the agency's spokeswoman, X``, ``running mate X said``,
``according to X``, ``as X put it``, ``the report said``, and the subject of a reporting verb.
``speakers`` decides where to look; this reads what stands there.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from newsdiff.core import document_authors as documents
from newsdiff.core import names as vocab
from newsdiff.core.body_members import MEMBER_NOUNS, NOT_MODIFIERS, member_of_body
from newsdiff.core.described_sources import as_subject, modifies_a_noun, unnamed_subject
from newsdiff.core.described_sources import person_after_role as _after_role
from newsdiff.core.document_authors import DOCUMENT_NOUNS, document_author, source_words
from newsdiff.core.mention_types import (
    MASK,
    Mention,
    SentenceInfo,
    Token,
    mention_at,
    next_start,
    skip_adverbs,
)
from newsdiff.core.mentions import BEFORE_WINDOW
from newsdiff.core.name_tags import is_tag
from newsdiff.core.quote_clauses import speaking_verb_before
from newsdiff.core.reporting_verbs import DOCUMENT_VERBS, REPORTING_VERBS, STRONG_REPORTING
from newsdiff.core.speaker_names import joint_speaker, speaker_parts
from newsdiff.core.speaker_writer import writer_before

_MODIFIERS = frozenset(
    {"council", "state", "city", "county", "federal", "party", "then", "longtime", "veteran"}
)
"""Lowercase words that may stand between "said" and a titled name."""

SPACES = " \t\u00a0\u202f\u2009"
"""Spaces that may stand between a closing mark and its attribution."""

_DESCRIPTION_WORDS = 8
"""How many words a description next to a name may run to (``the agency's spokeswoman``)."""

_QUALIFIER_STARTS = frozenset(
    """
    from by of in on at released issued signed sent published written prepared compiled produced
    filed posted conducted authored led carried obtained seen commissioned reviewed
    """.split()
)
"""Words that open a qualifier between a source noun and its verb."""

_SOURCE_MODIFIERS = 3
"""How many lowercase words may stand before a source noun (``a recent federal study``)."""

_WHEN_WORDS = frozenset(
    "in on at during last this that earlier later once then also first year week month".split()
)

_LISTED_KINDS = ("person", "org", "body")
"""Mentions that may stand in a list of speakers: people, and organisations listed with them."""


def _when_word(token: Token) -> bool:
    """A word of a time phrase between ``who`` and its verb ("who in 2010 said", "who last
    year said", "who on Tuesday said")."""
    return (
        token.lower in _WHEN_WORDS
        or token.lower in vocab.ATTRIBUTION_ADVERBS
        or token.text.isdigit()
        or token.cap
    )


def _modifies(token: Token) -> bool:
    """A lowercase word that may modify a source noun after it (``new``, ``federal``)."""
    return not token.cap and not token.possessive and token.lower not in NOT_MODIFIERS


_APPOSITIVE_WORDS = 10
"""How many words an appositive between a name and its relative ``who`` may hold."""
_AS_WINDOW = 16
"""How many words an ``as X put it`` attribution may run to."""


class PhraseReader:
    """Reads attribution phrases in one article's sentences (masked text, mentions)."""

    def __init__(self, gap: Callable[[int, int], str], masked: str) -> None:
        self.gap = gap
        self.masked = masked

    def source_phrase(
        self, info: SentenceInfo, i: int, stop: int, lead_in: bool = False, verb: int = -1
    ) -> str | None:
        """``the (new) report`` / ``prosecutors`` at token ``i`` (before ``stop``), next to a
        reporting verb, or opening a colon lead-in (``lead_in``: "The letter goes on:"); a
        document's author when it names one (``a report by the Gazette``: the Gazette). With
        ``verb``, only a document that is that verb's subject."""
        tokens = info.tokens
        owner = info.by_token.get(i) or mention_at(info, i)
        if owner is not None and owner.first != i and tokens[i].lower != "the":
            owner = None
        if owner is not None and owner.possessive:
            k = owner.last  # "Harbour Watch's report", "the Gazette's new report"
        elif i < stop and tokens[i].lower in ("the", "a", "an", "its", "their"):
            k = i + 1
        else:
            k = i
        for _ in range(_SOURCE_MODIFIERS):  # "the new report", "a recent federal study"
            if k >= stop or tokens[k].lower in vocab.SOURCE_NOUNS or not _modifies(tokens[k]):
                break
            k += 1
        if k >= stop or k >= len(tokens) or tokens[k].lower not in vocab.SOURCE_NOUNS:
            return None
        if k == i and not tokens[k].lower.endswith("s"):
            return None  # a bare singular noun is not a source
        if k + 1 < len(tokens) and tokens[k + 1].lower in MEMBER_NOUNS:
            return None  # "the union leader said": the leader speaks, not the union
        verbs = vocab.GROUP_REPORTING if tokens[k].lower.endswith("s") else STRONG_REPORTING
        if tokens[k].lower in DOCUMENT_NOUNS:
            verbs = verbs | DOCUMENT_VERBS  # "a study found", "documents show"
        follows = skip_adverbs(tokens, self._past_qualifier(tokens, k + 1, verbs))
        verb_after = follows < len(tokens) and tokens[follows].lower in verbs
        if verb >= 0 and (follows != verb or tokens[k].lower not in DOCUMENT_NOUNS):
            return None  # a group ("a group of dockers chanted") is a description
        verb_before = i > 0 and tokens[i - 1].lower in STRONG_REPORTING | {"to"}
        if not (verb_after or verb_before or (lead_in and i == 0)):
            return None
        author = document_author(info, i, k, self.gap)
        if author is not None:
            return author
        return source_words(tokens, i, k)

    def according_to(self, info: SentenceInfo, k: int, stop: int) -> str | None:
        """Who ``according to`` names from token ``k``: a person or body (``according to
        Tom Hale``), or a document's author or the document (``a report by the Gazette``)."""
        target = mention_at(info, k) or _after_role(info, k, stop, self.gap)
        if target is not None and not target.possessive:
            return target.entity
        return self.source_phrase(info, k, stop)

    def source_subject(self, info: SentenceInfo, v: int) -> str | None:
        """The document that is the subject of the reporting verb at token ``v``
        (``A report by the Gazette found that …``, ``The new study said …``), read from the
        nearest start that reaches the verb."""
        tokens = info.tokens
        for i in range(max(0, v - _DESCRIPTION_WORDS - 3), v):
            found = self.source_phrase(info, i, v, verb=v)
            if found is not None:
                return found
        for i in range(1, v):  # "In a statement released by the board, the fares were called"
            if tokens[i - 1].lower == "in" and tokens[i].lower in ("a", "an", "the", "its"):
                k = i + 1 if tokens[i + 1].lower in DOCUMENT_NOUNS else i + 2
                author = document_author(info, i, k, self.gap) if k < v else None
                if author is not None:
                    return author
        return None

    def _past_qualifier(self, tokens: list[Token], k: int, verbs: frozenset[str]) -> int:
        """The token after a short qualifier of a source noun ("a statement from the committee
        said", "the statement released by each office said") or an aside, else ``k``."""
        if k >= len(tokens) or tokens[k].lower not in _QUALIFIER_STARTS:
            return documents.past_aside(tokens, k, verbs, self.gap) or k
        for n in range(k + 1, min(len(tokens), k + _DESCRIPTION_WORDS)):
            if self.gap(tokens[n - 1].end, tokens[n].start).strip():
                return documents.past_aside(tokens, n, verbs, self.gap) or k
            if tokens[n].lower in verbs:
                return n
        return k

    def spoken_subject(self, infos: list[SentenceInfo], index: int, opening: int) -> str | None:
        """The subject of a verb of speaking in sentence ``index`` that leads to the quotation
        opening at ``opening`` (``Jo Reyes railed against “…”``), or None."""
        if not infos:
            return None
        v = speaking_verb_before(infos[index], self.gap, opening)
        return None if v is None else self.subject_before(infos[index], v, participle=False)

    def as_put_it(self, info: SentenceInfo, i: int) -> str | None:
        """``“…,” as X, a Coast Guard officer, put it`` / ``as X said``: the last person named
        before the verb (``as X, a clerk at the Leith Ferry Company, said``), else the
        last body."""
        tokens = info.tokens
        for v in range(i, min(len(tokens), i + _AS_WINDOW)):
            lower = tokens[v].lower
            is_put = lower == "put" and v + 1 < len(tokens) and tokens[v + 1].lower == "it"
            if is_put or lower in STRONG_REPORTING:
                named = [m for m in info.mentions if i <= m.first and m.last <= v]
                people = [m for m in named if not m.possessive and m.kind == "person"]
                named = (
                    people or [m for m in named if not m.possessive and m.kind != "name"] or named
                )
                return named[-1].entity if named else None  # "as X, a clerk at Y Ltd, said"
        return None

    def attribution_at(self, info: SentenceInfo, i: int, dash: bool = False) -> str | None:
        """``X said`` / ``X, who …, said`` / ``said X`` / ``according to X`` /
        ``running mate X said`` starting at ``i``."""
        tokens = info.tokens
        if i + 1 < len(tokens) and tokens[i].text.isdigit() and mention_at(info, i + 1):
            i += 1  # "10 Downing Street said": a street number before the place
        mention = mention_at(info, i)
        if mention is not None and not mention.possessive:
            named = self.name_then_verb(info, mention, dash)
            return named if named is not None else self.described_subject(info, i)
        j = skip_adverbs(tokens, i)
        if j < len(tokens) and tokens[j].lower in STRONG_REPORTING:
            return self.verb_then_name(info, j)
        described = self.described_subject(info, i)
        if described is not None:
            return described
        if j + 2 < len(tokens) and tokens[j].lower == "according" and tokens[j + 1].lower == "to":
            target = mention_at(info, j + 2) or _after_role(info, j + 2, len(tokens), self.gap)
            if target is not None:
                return target.entity
        return None

    def together(self, info: SentenceInfo, mention: Mention) -> list[Mention]:
        """The people named in one list with ``mention`` (``Anna Smith and Tom Jones``,
        ``Pike, Hale and Dunmore``), in order: the subject of a verb they share; an
        organisation listed with people is one of them (``the Ministry of Defence, Tom Hale
        and Ann Pike``). Commas join only before the list's ``and`` (``Asked about Ann Pike,
        Tom Hale said``: Hale alone)."""
        if mention.kind not in _LISTED_KINDS:
            return [mention]
        mentions = info.mentions
        at = next((k for k, m in enumerate(mentions) if m is mention), -1)
        if at < 0:
            return [mention]
        end = at
        while end + 1 < len(mentions) and self._joined(info, mentions[end], mentions[end + 1]):
            end += 1
        begin = at
        while begin > 0 and self._joined(info, mentions[begin - 1], mentions[begin]):
            begin -= 1
        group = mentions[begin : end + 1]
        while len(group) > 1 and self._joined(info, group[-2], group[-1]) == ",":
            group = group[:-1]  # no "and" closes it: not a list
        if mention not in group or len({m.entity for m in group}) < len(group):
            return [mention]
        if any(m.kind != "person" for m in group):  # a body listed with people speaks with them
            names = self.listed_names(info, group)
            if speaker_parts(joint_speaker(names)) != names:
                return [mention]  # unless the list would not read back as those speakers
        return group

    def listed_names(self, info: SentenceInfo, group: list[Mention]) -> list[str]:
        """The names of a list's speakers; with a body among them, a lone surname keeps the
        title written before it (``the Ministry of Defence, Hale and President Pike``), which
        says the list is of people."""
        entities = [m.entity for m in group]
        if (
            all(m.kind == "person" for m in group)
            or speaker_parts(joint_speaker(entities)) == entities
        ):
            return entities
        return [self._titled(info, m) for m in group]

    def _titled(self, info: SentenceInfo, mention: Mention) -> str:
        """``President Pike`` for the mention of a lone surname written after a title word."""
        first = info.tokens[mention.first]
        if mention.kind == "person" and " " not in mention.entity and first.text != mention.entity:
            if first.lower.rstrip(".") in vocab.TITLE_WORDS:
                return first.text + " " + mention.entity
        return mention.entity

    def _joined(self, info: SentenceInfo, left: Mention, right: Mention) -> str:
        """``"and"`` or ``","`` when two people stand next to each other in a list, else ``""``."""
        if left.kind not in _LISTED_KINDS or right.kind not in _LISTED_KINDS or left.possessive:
            return ""
        tokens = info.tokens
        if right.first == left.last:
            return (
                ","
                if self.gap(tokens[left.last - 1].end, tokens[right.first].start).strip() == ","
                else ""
            )
        if right.first != left.last + 1 or tokens[left.last].lower != "and":
            return ""
        before = self.gap(tokens[left.last - 1].end, tokens[left.last].start).strip()
        after = self.gap(tokens[left.last].end, tokens[right.first].start).strip()
        return "and" if before in ("", ",") and not after else ""

    def joint(self, info: SentenceInfo, mention: Mention) -> str:
        """``mention``'s entity, or the joint speaker of the list it stands in."""
        return joint_speaker(self.listed_names(info, self.together(info, mention)))

    def name_then_verb(self, info: SentenceInfo, mention: Mention, dash: bool) -> str | None:
        """``X said``, ``X (D-Wis.) said``, ``X, the …, one of …, said``, ``” — X``; ``X and Y
        wrote`` (both)."""
        group = self.together(info, mention)
        if group[0] is mention and len(group) > 1:
            named = self.name_then_verb(info, group[-1], dash)
            return self.joint(info, mention) if named is not None else None
        tokens = info.tokens
        j = self.past_parenthesis(tokens, mention.last)
        if j < len(tokens) and "," in self.gap(tokens[j - 1].end, tokens[j].start):
            k = j
            limit = min(len(tokens), j + 25)
            while k < limit:  # past the appositives, each closed by a comma
                if "," in self.gap(tokens[k].end, next_start(tokens, k)):
                    after = skip_adverbs(tokens, k + 1)
                    if after < len(tokens) and tokens[after].lower in REPORTING_VERBS:
                        return mention.entity
                k += 1
            if is_tag(tokens[j].text):
                j += 1  # "Hale, R-Ky said", "Hale, Ky said": a tag with no stop or comma
        j = skip_adverbs(tokens, j)
        if j < len(tokens) and tokens[j].lower in REPORTING_VERBS:
            return mention.entity
        if dash and (j >= len(tokens) or self.line_ends_after(tokens, mention.last - 1)):
            return mention.entity
        return None

    def verb_then_name(self, info: SentenceInfo, j: int) -> str | None:
        """``said X``, ``said council President X``, ``said the spokeswoman, X``."""
        tokens = info.tokens
        target = mention_at(info, j + 1)
        if target is not None and target.kind != "person" and not target.possessive:
            member = member_of_body(info, self.gap, target)
            if member is not None:  # "said Harbour Authority spokeswoman Ana Voss"
                return member.entity
        if target is not None:
            return self.joint(info, target)  # "said Ann Pike and Tom Hale": both
        k = j + 1
        while (
            k < min(len(tokens), j + 3)
            and not tokens[k].cap
            and tokens[k].lower not in ("the", "a", "an")
            and (tokens[k].lower in vocab.TITLE_WORDS or tokens[k].lower in _MODIFIERS)
        ):
            k += 1  # "said council President X", "said former Gov. X"
        target = mention_at(info, k)
        if target is not None:
            return target.entity
        return self.described_name(info, j + 1) or self.named_after_description(info, j + 1)

    def named_after_description(self, info: SentenceInfo, k: int) -> str | None:
        """``said 9/11 widow Terry Strada``: a few words of description, then the person."""
        tokens = info.tokens
        for n in range(k + 1, min(len(tokens), k + _DESCRIPTION_WORDS)):
            if self.gap(tokens[n - 1].end, tokens[n].start).strip(SPACES + "/"):
                return None
            if tokens[n - 1].lower in vocab.PREPOSITIONS:
                return None  # "said a spokeswoman for Tom Hale": whom she speaks for
            person = mention_at(info, n)
            if person is not None and person.kind == "person" and not person.possessive:
                return person.entity
        return None

    def past_parenthesis(self, tokens: list[Token], j: int) -> int:
        """The token after a parenthesis that follows a name ("Gwen Adler (D-Wis.) said")."""
        if j >= len(tokens) or "(" not in self.gap(tokens[j - 1].end, tokens[j].start):
            return j
        for k in range(j, min(len(tokens), j + _DESCRIPTION_WORDS)):
            if ")" in self.gap(tokens[k].end, next_start(tokens, k)):
                return k + 1
        return j

    def described_name(self, info: SentenceInfo, k: int) -> str | None:
        """``said the agency's spokeswoman, Jane Ortiz``: a description, a comma, a name; all
        the people of a list there (``said the mayors, Tom Hale and Ann Pike``)."""
        tokens = info.tokens
        for n in range(k + 1, min(len(tokens), k + _DESCRIPTION_WORDS + 1)):
            gap = self.gap(tokens[n - 1].end, tokens[n].start)
            if MASK in gap or "\n" in gap or any(c in gap for c in ".;"):
                return None
            if "," in gap:
                person = mention_at(info, n)
                if person is not None and not person.possessive and person.kind == "person":
                    return self.joint(info, person)
                return None
        return None

    def described_subject(self, info: SentenceInfo, i: int) -> str | None:
        """``running mate Tom Blake said``, ``Clinton campaign spokesman Brian Fallon said``,
        ``X's niece, state Sen. Y (D-Z), said``: a few words of description (one comma after a
        lowercase noun), then the person, then the reporting verb."""
        tokens = info.tokens
        commas, served, of_place, serving = 0, -1, False, False
        for n in range(i + 1, min(len(tokens), i + _DESCRIPTION_WORDS + 1)):
            word = tokens[n - 1]
            if word.lower in REPORTING_VERBS:
                return None
            gap = self.gap(word.end, tokens[n].start)
            if MASK in gap:  # a quotation between: "and “…,” Hale said" is no description
                return None
            gap = gap.strip()
            commas += gap == ","
            # "a spokesman for Tom Hale and Ann Pike said": the list after a preposition is
            # whom the speaker serves, up to a comma ("…, Jo Reyes, said": Reyes speaks)
            serving = (serving or word.lower in vocab.PREPOSITIONS) and not gap
            # "the mayors of Leith and Hove, X and Y, said": a place or body after "of"
            of_place = of_place or (word.lower == "of" and n - 1 > i and not tokens[n - 2].cap)
            if gap and (gap != "," or commas > 1 or word.cap and not of_place):
                return None
            person = mention_at(info, n)
            if person is None or person.kind != "person" or person.possessive:
                continue
            if word.lower in vocab.PREPOSITIONS or n < served or serving:
                served = self.together(info, person)[-1].last  # "an aide to X (and Y), Z said"
                continue
            after = skip_adverbs(tokens, self.past_parenthesis(tokens, person.last))
            if after < len(tokens) and tokens[after].lower in STRONG_REPORTING:
                return person.entity
            named = self.name_then_verb(info, person, dash=False)
            if named is not None:  # "demonstrator X, a campaigner for Y, said"
                return named  # "the mayors, X and Y, said": both
        return None

    def line_ends_after(self, tokens: list[Token], k: int) -> bool:
        rest = self.gap(tokens[k].end, next_start(tokens, k))
        return rest.strip(" .\t\u00a0") == "" or "\n" in rest

    def description_text(self, tokens: list[Token], found: tuple[int, int]) -> str:
        """The words of a description as written, opening in lowercase ("one witness")."""
        words = self.masked[tokens[found[0]].start : tokens[found[1] - 1].end]
        return words[:1].lower() + words[1:]

    def subject_before(self, info: SentenceInfo, v: int, participle: bool) -> str | None:
        """The subject of the verb at token ``v``: the nearest subject mention before it, the
        person a relative ``who`` right before the verb stands for ("X, who joked"), or the
        one an ``as`` opens (``as the Gazette called them``)."""
        antecedent = self.relative_antecedent(info, v) or as_subject(info, v)
        if antecedent is not None:
            return antecedent.entity
        if (document := documents.aside_document(info, v, self.gap)) is not None:
            return document  # "The lawsuit, which was brought by X, and Y, accused"
        if participle:
            main = info.main_subject
            if main is not None and main.first < v:
                return main.entity
        elif 0 < v < len(info.tokens) and info.tokens[v].lower.endswith("ing"):
            person = info.by_token.get(v - 1)
            if (
                person is not None
                and person.kind == "person"
                and not person.subject
                and not person.possessive
                and person.last == v
                and self.gap(info.tokens[v - 1].end, info.tokens[v].start).strip() == ""
            ):
                return person.entity  # "she remembers him describing it as …"
        if unnamed_subject(info, v, self.gap):
            return None  # "…, and the report says": no name before it is its subject
        floor = max(0, v - BEFORE_WINDOW, writer_before(info, v, self.gap) + 1)
        k = bisect.bisect_left(info.firsts, v) - 1
        while k >= 0 and info.mentions[k].first >= floor:
            mention = info.mentions[k]
            modifies = modifies_a_noun(info.tokens, self.gap, mention)
            if mention.subject and not mention.possessive and not modifies:
                return self.joint(info, mention)  # "Pike and Hale said:": both
            if mention.subject and modifies == "title":
                return None  # "the captain and U.S. senator said": nobody named
            k -= 1
        return None

    def relative_antecedent(self, info: SentenceInfo, v: int) -> Mention | None:
        """The speaker of a verb at ``v`` a relative ``who`` stands a few words before: the
        name right before ``who`` ("X, who joked"), the person before an appositive ("X, now
        the chair of the Harbor Board, who in 2019 said": X, not the Harbor Board), or a person
        between ``who`` and the verb ("X, who Pike said was …": Pike)."""
        tokens = info.tokens
        w = next((k for k in range(v - 1, max(0, v - 5), -1) if tokens[k].lower == "who"), 0)
        if w < 1:
            return None
        between = [info.by_token[k] for k in range(w + 1, v) if k in info.by_token]
        if between:  # "X, who Pike said was …": Pike is the verb's own subject
            own = between[-1]
            return own if own.kind == "person" and not own.possessive else None
        if not all(_when_word(token) for token in tokens[w + 1 : v]):
            return None  # "X, who was greeted with chants": no verb of X's
        named = info.by_token.get(w - 1)
        if named is not None and named.last == w:
            return None if named.possessive else named
        if "," not in self.gap(tokens[w - 1].end, tokens[w].start):
            return None
        for k in range(w - 1, max(0, w - _APPOSITIVE_WORDS), -1):
            if "," in self.gap(tokens[k - 1].end, tokens[k].start):
                person = info.by_token.get(k - 1)
                fits = person is not None and person.last == k and person.kind == "person"
                return person if fits and person is not None and not person.possessive else None
        return None

    def lead_owner(self, info: SentenceInfo, end: int) -> str | None:
        """Who owns the words a colon lead-in announces: ``X's message was simple:`` or
        ``A statement from X read:``."""
        tokens = info.tokens
        for v in range(end):
            if tokens[v].lower not in vocab.SPEECH_NOUNS:
                continue
            owner = info.by_token.get(v - 1) if v else None
            if owner is not None and owner.possessive and owner.last == v:
                return owner.entity
            if v + 1 < end and tokens[v + 1].lower in ("from", "by"):
                source = mention_at(info, v + 2)
                if source is not None:
                    return source.entity
        return None
