"""Quotes across articles: verbatim, altered, only here.

Two quotes are compared on their words (casefolded, curly and straight marks alike, punctuation
ignored):

- **verbatim**: the same words in the same order;
- **altered**: recognisably the same remark with words changed, added or cut: the word sequences
  are similar enough (rapidfuzz Indel over word tokens), or the shorter one (three words or more)
  sits almost intact inside the longer one — a trimmed quote inside a longer one is altered;
- **only here**: no other article carries it.

The changed words are absolute character spans of the quote, from rapidfuzz opcodes over the two
word sequences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from newsdiff.core.models import CharSpan, Quote, QuoteMatch, QuoteStatusName

_WORD = re.compile(r"\w+(?:['\u2019\u02bc]\w+)*")
SIMILAR = 0.6
"""Minimum word-level Indel similarity (0–1) for two quotes to be the same remark."""
CONTAINED = 90.0
"""Minimum rapidfuzz ``partial_ratio`` for a shorter quote to sit inside a longer one."""
MIN_CONTAINED_WORDS = 3
"""A quote shorter than this is only ever matched verbatim (one word matches everywhere)."""
COVERED = 0.75
"""A reworded trim: this share of the shorter quote's words, in order, in the longer one…"""
COVERED_PARTIAL = 70.0
"""…with the shorter quote still this close (``partial_ratio``) to a stretch of the longer."""
MIN_COVERED_WORDS = 4


@dataclass(frozen=True, slots=True)
class Words:
    """A quote's normalized words and the absolute character span of each."""

    words: tuple[str, ...]
    spans: tuple[CharSpan, ...]

    @property
    def joined(self) -> str:
        """The normalized words separated by single spaces."""
        return " ".join(self.words)


def quote_words(quote: Quote) -> Words:
    """The normalized words of ``quote`` (casefolded, apostrophes unified) with their spans."""
    words: list[str] = []
    spans: list[CharSpan] = []
    for match in _WORD.finditer(quote.text):
        words.append(match.group(0).casefold().replace("\u2019", "'").replace("\u02bc", "'"))
        spans.append((quote.start + match.start(), quote.start + match.end()))
    return Words(tuple(words), tuple(spans))


def relation(a: Words, b: Words) -> tuple[QuoteStatusName, float] | None:
    """``("verbatim", 100)`` or ``("altered", score)`` when ``a`` and ``b`` are one remark."""
    if not a.words or not b.words:
        return None
    if a.words == b.words:
        return "verbatim", 100.0
    short, long = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.words) < 2:
        return None
    similarity = Indel.normalized_similarity(a.words, b.words)
    if similarity >= SIMILAR:
        return "altered", similarity * 100
    if len(short.words) >= MIN_CONTAINED_WORDS:
        contained = fuzz.partial_ratio(short.joined, long.joined)
        if contained >= CONTAINED:
            return "altered", contained * 0.9
        if len(short.words) >= MIN_COVERED_WORDS and contained >= COVERED_PARTIAL:
            common = len(short.words) + len(long.words) - Indel.distance(short.words, long.words)
            if common / 2 >= COVERED * len(short.words):
                return "altered", contained * 0.8
    return None


def changed_spans(quote: Words, other: Words) -> tuple[CharSpan, ...]:
    """Spans of ``quote`` whose words the ``other`` quote does not carry (replaced or cut)."""
    spans: list[CharSpan] = []
    for op in Indel.opcodes(quote.words, other.words):
        if op.tag in ("replace", "delete") and op.src_end > op.src_start:
            spans.append((quote.spans[op.src_start][0], quote.spans[op.src_end - 1][1]))
    return tuple(spans)


def is_trimmed(quote: Words, reference: Words) -> bool:
    """Whether ``quote`` keeps only (in order) words of ``reference`` and leaves some out."""
    if not quote.words or len(quote.words) >= len(reference.words):
        return False
    return Indel.distance(quote.words, reference.words) == len(reference.words) - len(quote.words)


def _best(words: Words, candidates: Sequence[tuple[Quote, Words]]):
    best: tuple[QuoteStatusName, float, Quote, Words] | None = None
    for quote, other in candidates:
        found = relation(words, other)
        if found is not None and (best is None or found[1] > best[1]):
            best = (found[0], found[1], quote, other)
    return best


def match_quotes(
    left: Sequence[Quote],
    right: Sequence[Quote],
    corpus: Sequence[Sequence[Quote]] = (),
) -> tuple[tuple[QuoteMatch, ...], tuple[QuoteMatch, ...]]:
    """Each side's quotes with their status against the other side.

    ``corpus`` holds the quotes of every article of the corpus (including these two) so that
    ``QuoteMatch.articles`` can say in how many articles a quote appears.
    """
    left_words = [(quote, quote_words(quote)) for quote in left]
    right_words = [(quote, quote_words(quote)) for quote in right]
    corpus_words = [[quote_words(quote) for quote in article] for article in corpus]

    def side(mine, theirs) -> tuple[QuoteMatch, ...]:
        matches: list[QuoteMatch] = []
        for quote, words in mine:
            best = _best(words, theirs)
            carried = sum(1 for article in corpus_words if any(relation(words, w) for w in article))
            if best is None:
                matches.append(QuoteMatch(quote, "only here", None, (), max(1, carried)))
                continue
            status, _score, counterpart, other = best
            changed = () if status == "verbatim" else changed_spans(words, other)
            matches.append(QuoteMatch(quote, status, counterpart, changed, max(2, carried)))
        return tuple(matches)

    return side(left_words, right_words), side(right_words, left_words)


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One remark across a corpus: every article's rendering of it.

    Attributes:
        speaker: The speaker most variants name (None when none does).
        status: ``verbatim`` (every article has the same words), ``altered`` (words differ
            somewhere) or ``only here`` (a single article carries it).
        variants: ``(path, quote)`` for each article's rendering, in corpus order.
        changed: For each variant, the spans of its words that the group's reference rendering
            (the most widely carried wording) does not carry.
        reference: Index into ``variants`` of that reference rendering.
    """

    speaker: str | None
    status: QuoteStatusName
    variants: tuple[tuple[str, Quote], ...]
    changed: tuple[tuple[CharSpan, ...], ...] = ()
    reference: int = 0

    @property
    def articles(self) -> int:
        """How many different articles carry the remark."""
        return len({path for path, _quote in self.variants})


def group_quotes(articles: Sequence[tuple[str, Sequence[Quote]]]) -> tuple[QuoteGroup, ...]:
    """Group the quotes of a corpus (``(path, quotes)`` per article) into remarks.

    Quotes of different articles that are one remark (verbatim or altered) are linked, and the
    groups are the connected sets. Groups come out ordered by how many articles carry them,
    then by first appearance.
    """
    items: list[tuple[int, str, Quote, Words]] = []
    for index, (path, quotes) in enumerate(articles):
        for quote in quotes:
            items.append((index, path, quote, quote_words(quote)))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i][0] == items[j][0]:
                continue
            if relation(items[i][3], items[j][3]) is not None:
                root_i, root_j = find(i), find(j)
                if root_i != root_j:
                    parent[root_j] = root_i
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(find(i), []).append(i)
    groups: list[tuple[int, int, QuoteGroup]] = []
    for indices in members.values():
        group = _make_group([items[i] for i in indices])
        groups.append((-group.articles, indices[0], group))
    groups.sort(key=lambda entry: (entry[0], entry[1]))
    return tuple(group for _a, _b, group in groups)


def _make_group(members: list[tuple[int, str, Quote, Words]]) -> QuoteGroup:
    wordings = Counter(words.words for _i, _p, _q, words in members)
    reference = max(
        range(len(members)),
        key=lambda k: (wordings[members[k][3].words], len(members[k][3].words), -k),
    )
    ref_words = members[reference][3]
    articles = {index for index, _p, _q, _w in members}
    if len(articles) < 2:
        status: QuoteStatusName = "only here"
    elif len(wordings) == 1:
        status = "verbatim"
    else:
        status = "altered"
    speakers = Counter(quote.speaker for _i, _p, quote, _w in members if quote.speaker)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    changed = tuple(
        () if words.words == ref_words.words else changed_spans(words, ref_words)
        for _i, _p, _q, words in members
    )
    return QuoteGroup(
        speaker=speaker,
        status=status,
        variants=tuple((path, quote) for _i, path, quote, _w in members),
        changed=changed,
        reference=reference,
    )


def group_to_dict(group: QuoteGroup) -> dict[str, object]:
    """A group as JSON-ready data (the ``groups`` entries of ``newsdiff.quotes/1``)."""
    return {
        "speaker": group.speaker,
        "status": group.status,
        "articles": group.articles,
        "reference": group.reference,
        "variants": [
            {
                "path": path,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "speaker": quote.speaker,
                "kind": quote.kind,
                "changed": [list(span) for span in changed],
            }
            for (path, quote), changed in zip(group.variants, group.changed, strict=True)
        ],
    }
