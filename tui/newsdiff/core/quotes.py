"""Quote extraction: the spans inside quotation marks, their kind and (via speakers) speaker.

Pairing runs in one left-to-right pass over the quotation marks and line breaks of the text, with
one small state machine per family of marks (double ``"“”„``, single ``'‘’‚``, guillemets
``«»``), so it is linear in the size of the input whatever the quoting looks like. Families are
paired independently and then reconciled: a single-quoted span inside a double-quoted one is a
nested quote and belongs to the outer one; a single-quoted span that contains double-quoted ones
(British style) wins over them; spans that cross each other are dropped (unsound, skipped).

Rules (see tests/fixtures/gold/README.md):

- offsets cover the words inside the marks, without the marks and surrounding whitespace;
- apostrophes (``don’t``, ``India’s``, ``’90s``, ``students’``) are not quotation marks;
- a quote stops at a paragraph break unless the next paragraph opens with a quotation mark (US
  style: an unclosed paragraph followed by a paragraph opening with a mark continues the quote);
  a line wrapped mid-clause continues it too; an unclosed quote otherwise is skipped;
- unbalanced, nested or mixed marks never raise: what is sound is extracted, the rest skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsdiff.core.cue_shown import shown_cue
from newsdiff.core.cues import (
    cue_after,
    cue_before,
    cue_named,
    cue_within,
    names_another,
    names_speaker,
    role_of,
)
from newsdiff.core.document_authors import AUTHORING, DOCUMENT_NOUNS
from newsdiff.core.models import Cue, Quote, QuoteKind, Sentence
from newsdiff.core.quote_clauses import ClauseReading
from newsdiff.core.quote_marks import CLOSING_MARKS, OPENING_MARKS, QuoteSpan, pair_marks
from newsdiff.core.reporting_verbs import REPORTING_VERBS, STRONG_REPORTING
from newsdiff.core.speaker_guards import aside_cue, label_cue
from newsdiff.core.speakers import attribute

__all__ = ["OPENING_MARKS", "QuoteSpan", "extract_quotes", "pair_marks", "quote_kind"]

_RESUMED = re.compile(
    '[,!?\u2026][\u201d\u2019"\'\u00bb]\\s+[^\u201c\u201d\u2018"\u00ab\\n]{1,80}?,$'
)
"""A quotation closed with a comma, an attribution, and a comma: the next quote resumes it."""


_WORDS = re.compile(r"[A-Za-z]+")


def _stands_alone(text: str, span: QuoteSpan, comma: int) -> bool:
    """After a comma, a capitalized quotation is a statement (``she said, “We …”``) unless it
    is a name set off by commas (``their album, “Rust Belt Lullabies,” opens …``): it follows a
    reporting word, or ends a sentence inside its marks, or is followed by an attribution."""
    lead = _WORDS.findall(text[max(0, comma - 40) : comma])
    if any(word.lower() in REPORTING_VERBS | {"tell"} for word in lead[-2:]):
        return True  # "she said, …" / "She'd tell you, …"
    if text[span.end - 1] in ".!?\u2026":
        return True
    tail = text[span.close + 1 : span.close + 80].split(".")[0]
    return any(word.lower() in STRONG_REPORTING for word in _WORDS.findall(tail)[:5])


def quote_kind(text: str, span: QuoteSpan) -> QuoteKind:
    """``full`` for a quoted statement, ``fragment`` for a phrase inside the writer's sentence."""
    k = span.open - 1
    floor = max(-1, span.open - 200)
    while k > floor and text[k] in " \t\u00a0":
        k -= 1
    before = text[k] if k >= 0 else "\n"
    words = text[span.start : span.end].split()
    first = text[span.start]
    if before == "\n" or before in ".!?:;\u2026" or before in CLOSING_MARKS:
        if len(words) <= 2 and text[span.end - 1].isalnum():
            after = text[span.close + 1 : span.close + 3].lstrip()
            if after and after[0].isalpha():
                return "fragment"  # "Mature" is how he put it
        return "full"
    if before in ",\u2014\u2013-" and (first.isupper() or first.isdigit()) and len(words) >= 3:
        if before != "," or _stands_alone(text, span, k):
            return "full"
    if before == "," and _RESUMED.search(text, max(0, k - 90), k + 1):
        return "full"  # “We are listening,” a spokesperson said, “and nothing is decided.”
    return "fragment"


def _covered(
    sentences: Sequence[Sentence], starts: list[int], start: int, end: int
) -> tuple[int, ...]:
    """Indices of the sentences that the span ``start:end`` overlaps."""
    first = max(0, bisect.bisect_right(starts, start) - 1)
    last = max(first, bisect.bisect_left(starts, end) - 1)
    if not sentences:
        return ()
    return tuple(sentences[i].index for i in range(first, last + 1))


def extract_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Every span inside quotation marks in ``text``, with speaker, role, cue and kind.

    ``sentences`` are the article's segments (from ``segment``); they give each quote the
    sentence it starts in and the sentences it covers, and the context for attribution. A quote
    nested in another is a quote of its own (its speaker is not the outer quote's); the
    paragraphs of one statement quoted over several paragraphs share its speaker.
    """
    spans = pair_marks(text)
    if not spans:
        return ()
    ordered = sorted(sentences, key=lambda sentence: sentence.start)
    starts = [sentence.start for sentence in ordered]
    kinds = [quote_kind(text, span) for span in spans]
    outer = [n for n, span in enumerate(spans) if not span.nested]
    found, read = attribute(
        text, ordered, [spans[n] for n in outer], [kinds[n] == "full" for n in outer]
    )
    speakers: list[str | None] = [None] * len(spans)
    clauses: list[ClauseReading | None] = [None] * len(spans)
    for n, speaker, clause in zip(outer, found, read, strict=True):
        speakers[n], clauses[n] = speaker, clause
    cues = [
        None if speaker is None else _cue_of(text, ordered, starts, span, speaker, clause)
        for span, speaker, clause in zip(spans, speakers, clauses, strict=True)
    ]
    _attribute_nested(text, ordered, starts, spans, kinds, speakers, cues)
    _share_along_chains(spans, speakers, cues)
    quotes: list[Quote] = []
    for span, speaker, kind, cue in zip(spans, speakers, kinds, cues, strict=True):
        covered = _covered(ordered, starts, span.start, span.end)
        quotes.append(
            Quote(
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                speaker=speaker,
                kind=kind,
                sentence=covered[0] if covered else 0,
                sentences=covered,
                role=(role := role_of(cue, speaker)),  # read from the attribution's words
                cue=_reached(text, ordered, starts, span, cue, speaker, role),
            )
        )
    return tuple(quotes)


def _reached(
    text: str,
    ordered: Sequence[Sentence],
    starts: list[int],
    span: QuoteSpan,
    cue: Cue | None,
    speaker: str | None,
    role: str | None = None,
) -> Cue | None:
    """The cue as shown: one before the quotation that names nobody reaches back to the
    speaker's name (:func:`~newsdiff.core.cues.cue_named`); the words between the name and the
    verb are left out (:func:`~newsdiff.core.cue_shown.shown_cue`)."""
    if cue is None or speaker is None:
        return cue
    if cue.end <= span.open and ordered:
        floor = ordered[max(0, bisect.bisect_right(starts, cue.start) - 1)].start
        cue = cue_named(text, floor, cue, speaker)
    return shown_cue(text, cue, speaker, role)


def _attribute_nested(
    text: str,
    ordered: Sequence[Sentence],
    starts: list[int],
    spans: Sequence[QuoteSpan],
    kinds: Sequence[QuoteKind],
    speakers: list[str | None],
    cues: list[Cue | None],
) -> None:
    """Give a quote nested in another the speaker that attribution words inside the outer quote
    name (``"… what he calls 'hell' …," she said``): a fragment only, with the outer quote's
    words read as running text — first alone (nothing outside the outer quote can name the
    speaker), then with the article around it (``he`` may take a person named before) — and a
    cue that names the speaker or says ``he``/``she``. A
    speaker whose cue lies outside the outer quote (its own ``she said``), and the outer
    quote's own speaker, are not the nested quote's."""
    enclosing = _enclosing(spans)
    nested = [n for n in sorted(enclosing) if kinds[n] == "fragment"]
    if not nested:
        return
    holders = set(enclosing.values())
    others = [n for n, span in enumerate(spans) if not span.nested and n not in holders]
    inside_only = _only_inside(text, [spans[n] for n in sorted(holders)])
    for reading_text, around in ((inside_only, []), (text, others)):
        found, read = attribute(
            reading_text,
            ordered,
            [spans[n] for n in nested + around],
            [False] * len(nested) + [True] * len(around),
        )
        for n, speaker, clause in zip(nested, found, read, strict=False):
            if cues[n] is not None or speaker is None or speaker == speakers[enclosing[n]]:
                continue  # the outer quote's speaker does not quote back her own words
            holder = spans[enclosing[n]]
            cue = _cue_of(text, ordered, starts, spans[n], speaker, clause)
            inside = cue is not None and holder.start <= cue.start and cue.end <= holder.end
            if inside and cue is not None and _names_one(cue, speaker):
                speakers[n], cues[n] = speaker, cue


def _only_inside(text: str, holders: Sequence[QuoteSpan]) -> str:
    """``text`` with everything outside the given quotes blanked (line breaks kept), so that
    only the words inside them can name a speaker; offsets are unchanged."""
    parts: list[str] = []
    done = 0
    for span in holders:
        if span.start < done:
            continue
        gap = text[done : span.start]
        parts.append(re.sub(r"[^\n]", " ", gap))
        parts.append(text[span.start : span.end])
        done = span.end
    parts.append(re.sub(r"[^\n]", " ", text[done:]))
    return "".join(parts)


def _names_one(cue: Cue, speaker: str) -> bool:
    """Whether the cue names its speaker or calls one person ``he``/``she`` (inside a quote,
    ``they``/``we`` are the quoted speaker's people, not a name to resolve)."""
    words = {word.lower() for word in _WORDS.findall(cue.text)}
    return bool(words & ({"he", "she"} | {word.lower() for word in _WORDS.findall(speaker)}))


def _enclosing(spans: Sequence[QuoteSpan]) -> dict[int, int]:
    """For each nested span (by index), the index of the innermost span that holds it; one
    pass in reading order with a stack of the spans still open."""
    holders: dict[int, int] = {}
    stack: list[int] = []
    for n in sorted(range(len(spans)), key=lambda i: (spans[i].open, -spans[i].close)):
        span = spans[n]
        while stack and spans[stack[-1]].close <= span.open:
            stack.pop()
        if span.nested and stack:
            holders[n] = stack[-1]
        stack.append(n)
    return holders


def _share_along_chains(
    spans: Sequence[QuoteSpan], speakers: list[str | None], cues: Sequence[Cue | None]
) -> None:
    """Give every paragraph of a statement quoted over several paragraphs the statement's
    speaker: the first one its own attribution words name, else the first one named."""
    chains: dict[int, list[int]] = {}
    for n, span in enumerate(spans):
        if not span.nested and span.chain >= 0:
            chains.setdefault(span.chain, []).append(n)
    for members in chains.values():
        if len(members) < 2:
            continue
        attributed = [speakers[n] for n in members if cues[n] is not None]
        named = attributed or [speakers[n] for n in members if speakers[n] is not None]
        if named:
            for n in members:
                speakers[n] = named[0]


def _cue_of(
    text: str,
    ordered: Sequence[Sentence],
    starts: list[int],
    span: QuoteSpan,
    speaker: str,
    clause: ClauseReading | None = None,
) -> Cue | None:
    """The attribution words next to ``span`` within its sentence. Inside an adverbial clause
    with its own subject (``as X went on about “…,” Y said``) they are the clause's own: its
    subject and verb of speaking, or the attribution inside it; never the ``Y said`` after."""
    first = max(0, bisect.bisect_right(starts, span.open) - 1)
    last = max(0, bisect.bisect_right(starts, span.close) - 1)
    floor = ordered[first].start if ordered else 0
    if clause is not None:
        words = Cue(clause.start, clause.end, text[clause.start : clause.end])
        if clause.kind == "speaking":
            return words
        before = cue_before(text, span, floor, speaker)
        for cue in (before, words):  # a later phrase of the clause: the words before the first
            if cue is not None and names_speaker(cue, speaker):
                return cue
        return None
    label = label_cue(text, span, floor)
    if label is not None:
        return label  # "over Tom Hale's 'reckless' remark": a thing said, named by its words
    limit = ordered[last].end if ordered else len(text)
    asks = text[span.start : span.end].rstrip()[-1:] in ("?", "!") and limit <= span.close + 1
    asks = asks and not text[floor : span.open].strip()  # a question standing as its sentence
    if (limit <= span.close or asks) and last + 1 < len(ordered):  # "“…?” X planned to ask"
        limit = ordered[last + 1].end
    after = cue_after(text, span, limit, speaker)
    if after is not None and names_speaker(after, speaker) and not names_another(after, speaker):
        return after
    before = cue_before(text, span, floor, speaker)
    if before is not None and aside_cue(text, floor, before):
        before = None  # "files that, X said, show … “…”": X's verb is not this quotation's
    shown = before and cue_named(text, floor, before, speaker)  # as the sidebar shows it
    if before is not None and (after is None or shown and names_speaker(shown, speaker)):
        return _from_document(text, floor, before)  # "X warned that … “…” force, adding …"
    if after is not None and not names_another(after, speaker):  # "says union": not Pike's
        return after
    return _verdict_cue(text, ordered, last, span, speaker)


_DOCUMENT_ASIDE = re.compile(
    r"\s*(?:The|A|An)\s+(?:[a-z]+\s+){0,3}?(?:"
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r"),\s+(?:which|that)\s+(?:(?:was|were|had been|has been)\s+)?(?:"
    + "|".join(sorted(AUTHORING))
    + r")\s+by\s"
)
"""A sentence opening with a document and its authoring aside (``The lawsuit, which was brought
by``): ``document_authors.aside_document``'s form."""


def _from_document(text: str, floor: int, cue: Cue) -> Cue:
    """``cue`` from the sentence's opening document when it starts inside that document's
    authoring aside (``The lawsuit, which was brought by X, and Y, accused``: not ``Y,
    accused``), else ``cue``."""
    opening = _DOCUMENT_ASIDE.match(text, floor, cue.end)
    if opening is None:
        return cue
    start = len(text) - len(text[floor:].lstrip())
    if cue.start <= start or "." in text[opening.end() : cue.start]:
        return cue
    return Cue(start, cue.end, text[start : cue.end])


_VERDICT = re.compile(r"(?:That|This)(?:\u2019s|'s| is| was) how\b|So said\b")
"""The next sentence's opening that names a heading quotation's speaker (``verdict_after``)."""
_PUT = re.compile(r"\bput\b")


def _verdict_cue(
    text: str, ordered: Sequence[Sentence], last: int, span: QuoteSpan, speaker: str
) -> Cue | None:
    """A quotation standing alone (a heading) named by the next sentence (``That’s how X
    described it``, ``So said X``; ``speaker_guards.verdict_after``): that sentence's
    attribution words, up to ``put`` in ``That’s how X put it``."""
    if last + 1 >= len(ordered):
        return None
    own, following = ordered[last], ordered[last + 1]
    if text[own.start : span.open].strip() or text[span.close + 1 : own.end].strip(" .!?"):
        return None  # words beside the quotation: it does not stand alone
    if not _VERDICT.match(text, following.start):
        return None
    cue = cue_within(text, following.start, following.end, speaker)
    put = _PUT.search(text, following.start, following.end)
    if cue is None and put is not None:
        cue = Cue(following.start, put.end(), text[following.start : put.end()])
    return cue if cue is not None and names_speaker(cue, speaker) else None
