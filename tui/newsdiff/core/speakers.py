"""Speaker attribution: who said each quotation, as a canonical name.

Rule-based: ``mentions.MentionReader`` finds who is named where (people, pronouns, roles,
governments, organizations), resolved to canonical names. Then each quotation is attributed by
the first rule that applies:

A. an attribution right after the closing mark: ``,” X said`` / ``said X, a spokesman for Z`` /
   ``according to X`` / ``” — X said`` / ``,” X, who …, said`` / ``,” he added``;
B. a later ``, X said`` in the same sentence (the quote is inside a reported clause);
C. the nearest reporting verb, speech noun ("X's claim that …") or colon lead-in before the
   opening mark in the same sentence, and the subject of that verb (a participle such as
   "referring to … as" takes the subject of the main clause);
D. for a full quotation with nothing in its own sentence: the speaker of the quotation just
   before it (continuation), a colon lead-in ending the previous sentence, or the subject of the
   previous sentence (a speaker named in the sentence before);
otherwise ``None`` — the writer's own scare quotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from newsdiff.core import names as vocab
from newsdiff.core.attribution_phrases import SPACES, PhraseReader
from newsdiff.core.described_sources import (
    Gap,
    definite_source,
    definite_title,
    described_source,
    is_group,
    person_noun,
)
from newsdiff.core.document_authors import document_speaker
from newsdiff.core.headline_subjects import headline_subject
from newsdiff.core.mentions import (
    AFTER_WINDOW,
    BEFORE_WINDOW,
    DASHES,
    MASK,
    Mention,
    MentionReader,
    Token,
    mention_at,
    next_start,
    skip_adverbs,
)
from newsdiff.core.models import Sentence
from newsdiff.core.question_lists import question_speaker
from newsdiff.core.quote_clauses import ClauseKind, ClauseReading, clause_owner, clause_reading
from newsdiff.core.quote_echoes import echoes
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.quote_passages import PassageReader
from newsdiff.core.quote_titles import names_a_work
from newsdiff.core.reporting_verbs import DOCUMENT_VERBS, REPORTING_VERBS, STRONG_REPORTING
from newsdiff.core.speaker_context import continued_speaker, source_noun, speech_owner, verb_use
from newsdiff.core.speaker_guards import (
    clause_speaker,
    own_verb,
    person_after,
    relayed,
    speech_label,
    thing_says,
    verdict_after,
)
from newsdiff.core.speaker_trailing import trailing_speaker
from newsdiff.core.speaker_writer import writer_before

_ROLE_NOUNS = (vocab.ROLE_WORDS | vocab.TITLE_WORDS) - {"the", "of", "state", "house"} | {
    "manager",
    "coach",
    "striker",
    "actor",
    "actress",
    "singer",
    "star",
    "official",
    "executive",
    "founder",
    "lawyer",
    "candidate",
    "nominee",
    "businessman",
    "businesswoman",
    "billionaire",
    "widow",
    "veteran",
    "activist",
    "lawmaker",
    "legislator",
    "host",
    "author",
    "boss",
    "head",
    "congressman",
    "congresswoman",
}
"""Nouns a description of a person ends in ("the Villa manager", "the senator")."""

_VERBS = REPORTING_VERBS | DOCUMENT_VERBS
"""Verbs whose subject says a quotation after them ("X said", "documents show")."""

_PHRASE_NOUNS = frozenset({"phrase", "term", "slogan", "catchphrase", "mantra", "refrain", "motto"})
"""Nouns right before a quotation that name it as words someone uses ("X used the phrase “…”")."""
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "so", "nor", "though", "although", "whereas"})
"""Words that open a clause of its own after a quotation (no attribution of it follows)."""
Reader = Callable[[list[Token], int, Gap], "tuple[int, int] | None"]
"""A description reader: (tokens, start, gap) -> the description's token span, or None."""


Rule = Callable[[int, int, QuoteSpan], "str | None"]
"""An attribution rule: (first sentence, last sentence, span) -> the speaker, or None."""


class _Attributor:
    """The attribution rules over one article's mentions (read by a ``MentionReader``)."""

    def __init__(self, reader: MentionReader) -> None:
        self.infos = reader.infos
        self.info_starts = reader.info_starts
        self.masked = reader.masked
        self.text = reader.text
        self.spans = reader.spans
        self.possessors = reader.possessors
        self.roles = reader.later_roles
        self._gap = reader.gap
        self.phrases = PhraseReader(reader.gap, reader.masked)
        self._descriptions: dict[str, str] | None = None
        self.clauses: dict[int, ClauseReading] = {}  # spans read inside a clause (by index)
        self._verbs_before = [0]  # sentences with a reporting verb, counted up to each index
        for info in self.infos:
            verb = any(
                token.lower in STRONG_REPORTING or token.lower in ("according", "told")
                for token in info.tokens
            )
            self._verbs_before.append(self._verbs_before[-1] + verb)

    def _rules(self) -> tuple[tuple[str, Rule], ...]:
        """The rules in the order they are tried (built per call: kept on ``self``, they would
        make a cycle that keeps each article's tokens for the cyclic garbage collector)."""
        return (
            ("A: right after the quote", lambda first, last, span: self._after(last, span)),
            ("B: later in the sentence", lambda first, last, span: self._later(last, span)),
            (
                "C0: a verb of speaking before the quote",
                lambda first, last, span: self.phrases.spoken_subject(self.infos, first, span.open),
            ),
            ("C: before the quote", lambda first, last, span: self._before(first, span)),
            (
                "a question of a list",
                lambda first, last, span: question_speaker(self.infos, last, span, self._gap),
            ),
            ("document or group", lambda first, last, span: self._source_noun(first, last, span)),
            ("description", lambda first, last, span: self._description(first, last, span)),
            ("unnamed source", lambda first, last, span: self._unnamed(first, last, span)),
            (
                "headline",
                lambda first, last, span: headline_subject(self.text, self.infos, span, self.roles),
            ),
        )

    def _info_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.info_starts, offset) - 1)

    def attribute(self, full: Sequence[bool]) -> list[str | None]:
        """The speaker of each span; ``full`` says which spans are full quotations. The first
        rule that names someone wins; a full quotation that none names and whose sentence holds
        no attribution of its own may take it from the sentences around it (rule D)."""
        speakers: list[str | None] = []
        previous: tuple[int, str | None] | None = None
        rules = self._rules()
        for n, (span, is_full) in enumerate(zip(self.spans, full, strict=True)):
            first = self._info_at(span.open)
            last = self._info_at(span.close)
            speaker = None
            owner = self._clause_owner(first, span)
            if owner is not None:  # "as X went on about “…,” Y said": X's words, not Y's
                subject, kind = owner
                info = self.infos[first]
                end = bisect.bisect_left(info.starts, span.open)
                self.clauses[n] = clause_reading(info, self._gap, subject, kind, end)
                speakers.append(
                    clause_speaker(
                        info, self._before(first, span), self.clauses[n].start, subject.entity
                    )
                    if kind == "attributed"
                    else subject.entity or None  # "as the senator went on about": nobody named
                    if kind == "speaking"
                    else None
                )
                previous = (last, speakers[-1])
                continue
            work = names_a_work(self.text, span)  # a show's title: nobody's words, never borrows
            label, speaker = speech_label(self.infos[first], span, self.text, self._gap)
            work = work or label  # "over 'rape' comments": the comments' owner, or nobody
            for name, rule in rules if not work else ():
                speaker = rule(first, last, span)
                if speaker is not None:
                    if name.startswith("A:") and relayed(self.infos[last], span.close, _VERBS):
                        speaker = self._before(first, span) or speaker
                    speaker = document_speaker(self.infos, first, speaker, self._gap)
                    break
            unparsed = work or speaker is None and self._own_attribution(first, last)
            unparsed = unparsed or thing_says(self.infos[last], span.close, self._gap)
            if speaker is None and is_full and not unparsed and not self.has_lead_in(first, span):
                speaker = verdict_after(self.infos, last) or self._fallback(first, span, previous)
                named = person_after(self.infos, last, self._gap, span.close)
                speaker = speaker if named in (None, speaker) else None  # "“…?” Moss asked"
            speaker = speaker or continued_speaker(self.infos, first, previous, is_full or unparsed)
            speakers.append(speaker)
            previous = (last, speaker)
        return speakers

    def _clause_owner(self, index: int, span: QuoteSpan) -> tuple[Mention, ClauseKind] | None:
        """The subject of the adverbial clause the quotation sits in (``quote_clauses``)."""
        if not self.infos:
            return None
        info = self.infos[index]
        return clause_owner(info, self._gap, bisect.bisect_left(info.starts, span.open), span.open)

    def _after(self, index: int, span: QuoteSpan) -> str | None:
        """Rule A: the attribution right after the closing mark."""
        if not self.infos:
            return None
        info = self.infos[index]
        tokens = info.tokens
        i = bisect.bisect_right(info.starts, span.close)
        asks = self.text[span.start : span.end].rstrip()[-1:] in ("?", "!")
        if asks and i >= len(tokens) and index + 1 < len(self.infos):
            info = self.infos[index + 1]  # “…?” Council leader X asked: cut after the mark
            tokens, i = info.tokens, 0
        if i >= len(tokens):
            return None
        gap = self._gap(span.close + 1, tokens[i].start)
        if MASK in gap or "\n" in gap or gap.strip(SPACES + ",;:" + DASHES):
            return None
        if tokens[i].lower == "as":
            return self.phrases.as_put_it(info, i + 1)
        if tokens[i].lower in _CONJUNCTIONS:  # "“…,” and Y said nothing": a clause of its own
            return None
        return self.phrases.attribution_at(info, i, dash=any(c in gap for c in DASHES))

    def _own_attribution(self, first: int, last: int) -> bool:
        """Its sentence has a reporting verb outside quotes: it never borrows a speaker."""
        return self._verbs_before[last + 1] > self._verbs_before[first]

    def _source_noun(self, first: int, last: int, span: QuoteSpan) -> str | None:
        """A document or group named next to the quotation (``speaker_context.source_noun``):
        in its last sentence, or before it in the first when it runs over several."""
        for index in dict.fromkeys((last, first)) if self.infos else ():
            found = source_noun(self.phrases, self.infos[index], self._gap, span)
            if found is not None:
                return found
        return None

    def _description(self, first: int, last: int, span: QuoteSpan) -> str | None:
        """``,” the Villa manager said``: a description ending in a role word right after the
        quote stands for the person the story is about just then — the subject of the
        quote's sentence, else of the sentence before — when that is a person."""
        if not self.infos:
            return None
        info = self.infos[last]
        tokens = info.tokens
        i = bisect.bisect_right(info.starts, span.close)
        gap = self._gap(span.close + 1, tokens[i].start) if i < len(tokens) else MASK
        if not (MASK in gap or "\n" in gap or gap.strip(SPACES + ",;:" + DASHES)):
            if self._role_then_verb(tokens, i):
                return self._story_person(first)
        tokens = self.infos[first].tokens
        end = bisect.bisect_left(self.infos[first].starts, span.open)
        verbs = [v for v in range(max(0, end - 4), end) if tokens[v].lower in STRONG_REPORTING]
        for i in range(max(0, verbs[-1] - 4), verbs[-1]) if verbs else ():
            if self._role_then_verb(tokens, i) and i == 0:  # "The senator told reporters: “…”"
                return self._story_person(first)
        return None

    def _role_then_verb(self, tokens: list[Token], i: int) -> bool:
        """ "the (Villa) manager said" from token ``i``: "the", a few words ending in a role
        word, then a reporting verb."""
        if i >= len(tokens) or tokens[i].lower != "the":
            return False
        for k in range(i + 1, min(len(tokens), i + 4)):
            verb = skip_adverbs(tokens, k + 1)
            if tokens[k].lower in _ROLE_NOUNS and verb < len(tokens):
                return tokens[verb].lower in STRONG_REPORTING
        return False

    def _unnamed(self, first: int, last: int, span: QuoteSpan) -> str | None:
        """An unnamed person or group described next to the quotation: ``,” one source on
        the panel said`` / ``said a witness`` / ``Two officials told reporters: “…”``; or a
        definite one (``the workers chanted``, ``the aide said``), which takes the words of an
        earlier indefinite description of that person (``A senior aide said …``)."""
        found = self._described_near(first, last, span, described_source)
        if found is not None:
            return self.phrases.description_text(*found)
        found = self._described_near(first, last, span, definite_source)
        if found is None:  # "the mayor said" when the article names no mayor: as described
            found = self._described_near(first, last, span, definite_title)
        if found is None:
            return None
        noun = person_noun(*found)
        earlier = None if is_group(noun) else self._earlier_descriptions().get(noun)
        return earlier or self.phrases.description_text(*found)

    def _described_near(
        self, first: int, last: int, span: QuoteSpan, read: Reader
    ) -> tuple[list[Token], tuple[int, int]] | None:
        """A description ``read`` finds right after the quotation (after its verb) or ending
        just before it, with the tokens it is in."""
        if not self.infos:
            return None
        info = self.infos[last]
        tokens = info.tokens
        i = bisect.bisect_right(info.starts, span.close)
        gap = self._gap(span.close + 1, tokens[i].start) if i < len(tokens) else MASK
        if not (MASK in gap or "\n" in gap or gap.strip(SPACES + ",;:" + DASHES)):
            verb = skip_adverbs(tokens, i)
            at = verb + 1 if verb < len(tokens) and tokens[verb].lower in STRONG_REPORTING else i
            found = read(tokens, at, self._gap)
            if found is not None:
                return tokens, found
        info = self.infos[first]
        tokens = info.tokens
        end = bisect.bisect_left(info.starts, span.open)
        for start in range(max(0, end - 12), end):
            found = read(tokens, start, self._gap)
            if found is not None and end - 3 <= found[1] < end:
                return tokens, found
        return None

    def _earlier_descriptions(self) -> dict[str, str]:
        """Each person noun → the first indefinite description of a source with it in the
        article ("staffer" → "a senior Democratic staffer"), read once."""
        if self._descriptions is None:
            self._descriptions = {}
            for info in self.infos:
                for k in range(len(info.tokens)):
                    found = described_source(info.tokens, k, self._gap)
                    if found is not None:
                        noun = person_noun(info.tokens, found)
                        text = self.phrases.description_text(info.tokens, found)
                        self._descriptions.setdefault(noun, text)
        return self._descriptions

    def _story_person(self, index: int) -> str | None:
        """The person in subject position of sentence ``index`` or of the one before."""
        for at in (index, index - 1):
            if at < 0:
                break
            main = self.infos[at].main_subject
            if main is not None and main.kind == "person" and not main.possessive:
                return main.entity
        return None

    def _later(self, index: int, span: QuoteSpan) -> str | None:
        """Rule B: ``…, X said`` later in the sentence that holds the quote."""
        if not self.infos:
            return None
        info = self.infos[index]
        tokens = info.tokens
        first = bisect.bisect_right(info.starts, span.close)
        for i in range(first, min(len(tokens), first + AFTER_WINDOW)):
            before = self._gap(tokens[i - 1].end if i else info.start, tokens[i].start)
            if MASK in before and i > first:
                return None
            if not (set(before) & set(",;" + DASHES)):
                continue
            mention = mention_at(info, i)
            if mention is None or mention.possessive:
                continue
            j = skip_adverbs(tokens, self.phrases.past_parenthesis(tokens, mention.last))
            if j < len(tokens) and tokens[j].lower in STRONG_REPORTING:
                return mention.entity
        return None

    def _before(self, index: int, span: QuoteSpan) -> str | None:
        """Rule C: the nearest reporting verb, speech noun or colon before the opening mark."""
        if not self.infos:
            return None
        info = self.infos[index]
        tokens = info.tokens
        end = bisect.bisect_left(info.starts, span.open)
        if end == 0:
            return None
        lead = self._gap(tokens[end - 1].end, span.open)
        if ":" in lead.replace(MASK, "") and MASK not in lead:
            return (
                self.phrases.subject_before(info, end, participle=False)
                or self.phrases.lead_owner(info, end)
                or self.phrases.source_phrase(info, 0, end, lead_in=True)
            )
        floor = max(0, end - BEFORE_WINDOW)
        for v in range(end - 1, floor - 1, -1):
            token = tokens[v]
            lower = token.lower
            if lower == "words" and 2 <= v < len(tokens) - 1 and tokens[v + 1].lower == "of":
                if tokens[v - 2].lower == "in":  # "In the words of one senior Tory, X, …"
                    named = [m for m in info.mentions if v + 1 < m.first < end]
                    if named:
                        return named[0].entity
            if lower == "put" and 0 < v < len(tokens) - 1 and tokens[v + 1].lower == "it":
                opener = max((k for k in range(floor, v) if tokens[k].lower == "as"), default=-1)
                if opener >= 0:  # "As Sen. X, R-Ky., put it, “…”"
                    return self.phrases.as_put_it(info, opener)
            if lower == "according" and v + 2 < len(tokens) and tokens[v + 1].lower == "to":
                found = self.phrases.according_to(info, v + 2, end)
                if found is not None:
                    return found
            if lower in _PHRASE_NOUNS and v >= end - 2 and v > 0:
                return self.phrases.subject_before(info, v, participle=False)  # "used the term"
            noun = lower in vocab.SPEECH_NOUNS and not verb_use(info, v, lower)
            if noun and v + 1 < len(tokens):
                if tokens[v + 1].lower in ("that", "of") or ":" in self._gap(
                    token.end, next_start(tokens, v)
                ):
                    owner = info.by_token.get(v - 1) if v else None
                    if owner is not None and owner.possessive:
                        return owner.entity
                continue
            if lower in _VERBS and not token.cap and lower not in REPORTING_VERBS:
                found = self.phrases.source_subject(info, v)  # "documents show", not a person
                if found is not None:
                    return found
                continue
            if lower in REPORTING_VERBS and own_verb(self.text, info.start, token):
                gap = self._gap(tokens[v - 1].end if v else info.start, token.start)
                if MASK in gap:  # "“…,” said X on Tuesday, “…”": an interrupted quotation
                    resumed = self.phrases.verb_then_name(info, v)
                    if resumed is not None:
                        return resumed
                participle = lower.endswith("ing") and ("," in gap or v == 0)
                found = self.phrases.subject_before(info, v, participle=participle)
                found = found or self.phrases.source_subject(info, v)
                return found or speech_owner(info, v, participle)
        return None

    def has_lead_in(self, index: int, span: QuoteSpan) -> bool:
        """The quotation's own sentence introduces it (``A No 10 spokesman said:``, ``Locals
        say, “…”``) even if no speaker could be named, or the writer does (``so I had to take
        it back:``): then it does not continue the previous speaker."""
        if not self.infos:
            return False
        info = self.infos[index]
        tokens = info.tokens
        end = bisect.bisect_left(info.starts, span.open)
        if end == 0:
            return False
        lead = self._gap(tokens[end - 1].end, span.open)
        if MASK in lead:
            return False
        if "," in lead and tokens[end - 1].lower in REPORTING_VERBS and not tokens[end - 1].cap:
            return True  # "Mexicans often say, “…”": its own verb, nobody it names
        lead_words = {token.lower for token in tokens[max(0, end - 4) : end]}
        says = lead_words & (STRONG_REPORTING | vocab.SPEECH_NOUNS)
        return ":" in lead and (bool(says) or writer_before(info, end, self._gap) >= 0)

    def _fallback(
        self, index: int, span: QuoteSpan, previous: tuple[int, str | None] | None
    ) -> str | None:
        """Rule D: a continuation, a colon lead-in, or the subject of the previous sentence."""
        if previous is not None and previous[1] is not None and index - previous[0] <= 1:
            return previous[1]
        if index == 0:
            return None
        prior = self.infos[index - 1]
        tail = self.masked[max(prior.start, prior.end - 40) : prior.end].rstrip()
        if tail.endswith(":") and prior.tokens:
            speaker = self.phrases.subject_before(prior, len(prior.tokens), participle=False)
            speaker = speaker or self.possessors.get(index - 1)  # "Her reply was short:"
            if speaker is not None:
                return speaker
        said = trailing_speaker(self.phrases, prior)  # "…, Hale said.": before the subject
        main = prior.main_subject
        if said is None and main is not None and main.kind in ("person", "body"):
            said = main.entity
        return said


def attribute(
    text: str,
    sentences: Sequence[Sentence],
    spans: Sequence[QuoteSpan],
    full: Sequence[bool] | None = None,
) -> tuple[list[str | None], list[ClauseReading | None]]:
    """The speaker of each quotation span of ``text`` (None for the writer's scare quotes), and
    how each was read inside an adverbial clause with its own subject (``as X went on about
    “…,” Y said``: the attribution after it is not its own), or None.

    ``full`` marks the spans that are full quotations (only those may take their speaker from
    the sentences around them); by default every span is treated as full.
    """
    if not spans:
        return [], []
    flags = [True] * len(spans) if full is None else list(full)
    attributor = _Attributor(PassageReader(text, sentences, spans))
    speakers = attributor.attribute(flags)
    clauses = [attributor.clauses.get(n) for n in range(len(spans))]
    return echoes(text, spans, speakers), clauses
