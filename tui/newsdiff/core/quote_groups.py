"""Quotes across articles: verbatim, altered, only here.

Two quotes are compared on their words (casefolded, curly and straight marks alike, punctuation
ignored):

- **verbatim**: the same words in the same order;
- **excerpt**: word for word a part of the other's longer quote (or the other way round): the
  shorter one (three words or more) runs unbroken inside the longer one, or in order with its
  cuts marked by an ellipsis (two words: inside a quote of three or four, or of the same
  named speaker: :mod:`~newsdiff.core.quote_short`);
- **altered**: recognisably the same remark with words changed: the word sequences are similar
  enough (rapidfuzz Indel over word tokens), or the shorter one sits almost intact inside the
  longer one;
- **only here**: no other article carries it.

Of several renderings on the other side, the counterpart is the same speaker's (or an unknown
one's) that carries most of the quote's words, then the best scored.

The changed words are absolute character spans of the quote, from rapidfuzz opcodes over the two
word sequences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from newsdiff.core.cue_shown import cue_fields
from newsdiff.core.models import CharSpan, Quote, QuoteMatch, QuoteStatusName
from newsdiff.core.quote_short import Roles, short_part, speaker_roles
from newsdiff.core.quote_short import roles_differ as _differ
from newsdiff.core.speaker_stated import speaker_stated

_WORD = re.compile(r"\w+(?:\*+\w+)*(?:['\u2019\u02bc]\w+)*")
"""A word; a word an outlet masks (``f***ing``) is one word, see :func:`_unmasked`."""
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
    ellipsis: bool = False

    @property
    def joined(self) -> str:
        """The normalized words separated by single spaces."""
        return " ".join(self.words)


def _unmasked(word: str) -> str:
    """A masked word as its first and last letters and its length (``f***ing``, ``F**king``:
    ``f*****g``): outlets mask one swear word differently, and the masks are the same word."""
    return word[0] + "*" * (len(word) - 2) + word[-1]


def quote_words(quote: Quote) -> Words:
    """The normalized words of ``quote`` (casefolded, apostrophes unified) with their spans."""
    words: list[str] = []
    spans: list[CharSpan] = []
    for match in _WORD.finditer(quote.text):
        word = match.group(0).casefold().replace("\u2019", "'").replace("\u02bc", "'")
        words.append(_unmasked(word) if "*" in word else word)
        spans.append((quote.start + match.start(), quote.start + match.end()))
    ellipsis = any(mark in quote.text for mark in _ELLIPSIS)
    return Words(tuple(words), tuple(spans), ellipsis)


def relation(a: Words, b: Words) -> tuple[QuoteStatusName, float] | None:
    """``("verbatim", 100)`` or ``("altered", score)`` when ``a`` and ``b`` are one remark."""
    if not a.words or not b.words:
        return None
    if a.words == b.words:
        return "verbatim", 100.0
    short, long = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.words) < 2:
        return None
    if is_excerpt(short, long):
        return "excerpt", 100.0 * len(short.words) / len(long.words)
    similarity = Indel.normalized_similarity(a.words, b.words)
    if similarity >= SIMILAR:
        # two words inside a quote of three or four: similar enough to be the remark, and
        # cut, not changed (a word-for-word part is never "altered")
        return ("excerpt" if _runs_inside(short, long) else "altered"), similarity * 100
    if len(short.words) >= MIN_CONTAINED_WORDS and _words_carried(short, long):
        contained = fuzz.partial_ratio(short.joined, long.joined)
        if contained >= CONTAINED:
            return "altered", contained * 0.9
        if len(short.words) >= MIN_COVERED_WORDS and contained >= COVERED_PARTIAL:
            if shared_words(short, long) >= COVERED * len(short.words):
                return "altered", contained * 0.8
    return None


def _words_carried(short: Words, long: Words) -> bool:
    """Whether ``long`` carries at least three of ``short``'s words (in any order): a few
    letters alike across words are not the remark (``Acme Way`` / ``Acme was behind``)."""
    return len(set(short.words) & set(long.words)) >= MIN_CONTAINED_WORDS


_ELLIPSIS = ("\u2026", "...", ". . .")


def _runs_inside(short: Words, long: Words) -> bool:
    """Whether ``short``'s words run unbroken inside ``long``'s."""
    return f" {short.joined} " in f" {long.joined} "


def is_excerpt(short: Words, long: Words) -> bool:
    """Whether ``short`` is word for word a part of ``long``: an unbroken run of its words, or
    its words in order with every cut marked by an ellipsis."""
    if len(short.words) < MIN_CONTAINED_WORDS or len(short.words) >= len(long.words):
        return False
    if _runs_inside(short, long):
        return True
    if not short.ellipsis:
        return False
    return Indel.distance(short.words, long.words) == len(long.words) - len(short.words)


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


MAX_POSTINGS = 64
"""A word carried by more quotes than this is too common to suggest a match on its own."""


class WordIndex:
    """Candidate lookup over many quotes' words, so matching never compares every pair.

    Identical wordings are found through a dictionary; other candidates must share a word that
    at most ``MAX_POSTINGS`` quotes carry. On ordinary corpora every related pair shares such a
    word; on pathological inputs (thousands of quotes made of the same few words) only
    verbatim matches are found, and the cost stays linear.
    """

    def __init__(self, entries: Sequence[Words]) -> None:
        self.entries = entries
        self.exact: dict[tuple[str, ...], list[int]] = {}
        postings: dict[str, list[int]] = {}
        self.sizes = [len(set(words.words)) for words in entries]
        for index, words in enumerate(entries):
            self.exact.setdefault(words.words, []).append(index)
            for word in set(words.words):
                postings.setdefault(word, []).append(index)
        self.postings = {
            word: indices for word, indices in postings.items() if len(indices) <= MAX_POSTINGS
        }

    def candidates(self, words: Words) -> list[int]:
        """Entries that share enough uncommon words with ``words`` to be worth scoring."""
        distinct = set(words.words)
        postings = self.postings
        shared = Counter(chain.from_iterable(postings.get(word, ()) for word in distinct))
        mine = len(distinct)
        sizes = self.sizes
        # sharing at least half of the smaller quote's distinct words
        out = [i for i, count in shared.items() if count * 2 >= mine or count * 2 >= sizes[i]]
        out.sort()
        return out

    def related(self, words: Words) -> list[tuple[int, QuoteStatusName, float]]:
        """The entries that are the same remark as ``words``, with status and score.

        Of the entries with exactly the same words only the first is listed (see ``exact``).
        """
        out: list[tuple[int, QuoteStatusName, float]] = []
        same = self.exact.get(words.words, ()) if words.words else ()
        if same:
            out.append((same[0], "verbatim", 100.0))
        for index in self.candidates(words):
            if self.entries[index].words == words.words:
                continue
            found = relation(words, self.entries[index])
            if found is not None:
                out.append((index, found[0], found[1]))
        return out


def match_quotes(
    left: Sequence[Quote],
    right: Sequence[Quote],
    corpus: Sequence[Sequence[Quote]] = (),
) -> tuple[tuple[QuoteMatch, ...], tuple[QuoteMatch, ...]]:
    """Each side's quotes with their status against the other side.

    ``corpus`` holds the quotes of every article of the corpus (including these two) so that
    ``QuoteMatch.articles`` can say in how many articles a quote appears.
    """
    read: dict[int, Words] = {}  # the same quote object in a side and in the corpus: read once

    def words_of(quote: Quote) -> Words:
        found = read.get(id(quote))
        if found is None:
            found = read[id(quote)] = quote_words(quote)
        return found

    left_words = [words_of(quote) for quote in left]
    right_words = [words_of(quote) for quote in right]
    roles = speaker_roles(chain(left, right, *corpus))
    differ = partial(_differ, roles=roles)

    corpus_words = [words_of(quote) for article in corpus for quote in article]
    owner = [number for number, article in enumerate(corpus) for _quote in article]
    corpus_index = WordIndex(corpus_words)
    exact = corpus_index.exact.items()
    owners_of_wording = {wording: {owner[i] for i in found} for wording, found in exact if wording}

    def side(
        mine: Sequence[Quote],
        my_words: list[Words],
        theirs: Sequence[Quote],
        their_words: list[Words],
    ) -> tuple[QuoteMatch, ...]:
        index = WordIndex(their_words)
        matches: list[QuoteMatch] = []
        for quote, words in zip(mine, my_words, strict=True):
            related = index.related(words) or short_part(  # two words: by their speaker
                quote, words, index.candidates(words), theirs, their_words, differ
            )
            if related and len(corpus) <= 2:
                carried = 2  # matched in the other article, and a corpus of two has no more
            else:
                carried = len(
                    {owner[i] for i, _status, _score in corpus_index.related(words)}
                    | owners_of_wording.get(words.words, set())
                )
            matches.append(match_one(quote, words, related, theirs, their_words, roles, carried))
        return tuple(matches)

    return side(left, left_words, right, right_words), side(right, right_words, left, left_words)


def match_one(
    quote: Quote,
    words: Words,
    related: Sequence[tuple[int, QuoteStatusName, float]],
    theirs: Sequence[Quote],
    their_words: Sequence[Words],
    roles: Roles,
    carried: int = 2,
) -> QuoteMatch:
    """``quote``'s status given the renderings of it on the other side (``related``: index
    into ``theirs``, status, score): the one place a quote's own status is decided, for a
    comparison and for ``newsdiff quotes`` alike (:mod:`~newsdiff.core.quote_status`)."""
    if not related:
        return QuoteMatch(quote, "only here", None, (), max(1, carried))
    best, status = _best_counterpart(quote, words, related, theirs, their_words, roles)
    same_words = status in ("verbatim", "excerpt")
    changed = () if same_words else changed_spans(words, their_words[best])
    match = QuoteMatch(quote, status, theirs[best], changed, max(2, carried))
    return _with_other_speaker(match, roles)


def _best_counterpart(
    quote: Quote,
    words: Words,
    related: Sequence[tuple[int, QuoteStatusName, float]],
    theirs: Sequence[Quote],
    their_words: Sequence[Words],
    roles: Roles,
) -> tuple[int, QuoteStatusName]:
    """The other side's rendering of ``quote`` among ``related`` (index, status, score).

    The same remark is someone's: a rendering by the same speaker (or an unknown one) comes
    before another speaker's words that merely score higher. Then the rendering that carries
    more of the quote's words (in order) comes first: a long word-for-word excerpt is the
    remark, a few words of it that another quote happens to alter are not. Then the score.
    """
    best, status, _score = max(
        related,
        key=lambda found: (
            not _differ(quote.speaker, theirs[found[0]].speaker, roles),
            shared_words(words, their_words[found[0]]),
            found[2],
            -found[0],
        ),
    )
    return best, status


def shared_words(a: Words, b: Words) -> int:
    """How many words ``a`` and ``b`` have in common, in order (their longest common run with
    gaps allowed)."""
    return (len(a.words) + len(b.words) - Indel.distance(a.words, b.words)) // 2


def _with_other_speaker(match: QuoteMatch, roles: Roles) -> QuoteMatch:
    """``match`` noting the counterpart's speaker when it is someone else, and both quotes'
    own sentences name their speakers (:func:`speaker_stated`): a speaker read from context
    (``he said``, a continued quotation) is too often misread to assert a disagreement."""
    other = match.counterpart
    if other is None or not _differ(match.quote.speaker, other.speaker, roles):
        return match
    stated = speaker_stated(match.quote) and speaker_stated(other)
    return replace(match, other_speaker=other.speaker) if stated else match


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One remark across a corpus: every article's rendering of it.

    Attributes:
        speaker: The speaker most variants name (None when none does).
        status: ``verbatim`` (every article has the same words), ``excerpt`` (the shorter
            renderings are word-for-word parts of the longest), ``altered`` (words changed
            somewhere) or ``only here`` (a single article carries it).
        variants: ``(path, quote)`` for each article's rendering, in corpus order.
        changed: For each variant, the spans of its words that the group's reference rendering
            (the most widely carried wording) does not carry.
        reference: Index into ``variants`` of that reference rendering.
        roles: The roles the corpus gives the variants' speakers (a spokesperson and the body
            it speaks for are one voice).
    """

    speaker: str | None
    status: QuoteStatusName
    variants: tuple[tuple[str, Quote], ...]
    changed: tuple[tuple[CharSpan, ...], ...] = ()
    reference: int = 0
    roles: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def articles(self) -> int:
        """How many different articles carry the remark."""
        return len({path for path, _quote in self.variants})

    @property
    def speaker_differs(self) -> bool:
        """Whether some variant gives the remark to another speaker than the group's."""
        return any(self.differs(quote) for _path, quote in self.variants)

    def differs(self, quote: Quote) -> bool:
        """Whether ``quote`` (a variant) gives the remark to another speaker than the group's,
        both named where the words are (``quote`` and a variant giving them to the group's
        speaker; :func:`speaker_stated`), not read from context."""
        stated = any(q.speaker == self.speaker and speaker_stated(q) for _p, q in self.variants)
        roles = dict(self.roles)
        return stated and speaker_stated(quote) and _differ(self.speaker, quote.speaker, roles)


def group_quotes(articles: Sequence[tuple[str, Sequence[Quote]]]) -> tuple[QuoteGroup, ...]:
    """Group the quotes of a corpus (``(path, quotes)`` per article) into remarks.

    Quotes of different articles that are one remark (verbatim or altered) are linked, and the
    groups are the connected sets; two quotes of one article are never linked to each other
    (a headline quoting part of its own body), only each to other articles' quotes, as a
    comparison of two articles matches them. Groups come out ordered by how many articles
    carry them, then by first appearance.
    """
    items: list[tuple[int, str, Quote, Words]] = []
    for index, (path, quotes) in enumerate(articles):
        for quote in quotes:
            items.append((index, path, quote, quote_words(quote)))
    parent = list(range(len(items)))
    roles = speaker_roles(quote for _a, _p, quote, _w in items)
    differ = partial(_differ, roles=roles)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    word_index = WordIndex([words for _a, _p, _q, words in items])
    for wording, indices in word_index.exact.items():
        if wording:
            first = indices[0]
            other = next((k for k in indices if items[k][0] != items[first][0]), -1)
            for j in indices[1:]:
                target = first if items[j][0] != items[first][0] else other
                root_i, root_j = find(target), find(j)
                if target >= 0 and root_i != root_j:
                    parent[root_j] = root_i
    quotes = [quote for _a, _p, quote, _w in items]
    for i, (article, _path, quote, words) in enumerate(items):
        linked = [j for j, _s, _c in word_index.related(words) if items[j][0] != article]
        copied = any(items[j][0] != article for j in word_index.exact.get(words.words, ()))
        if not linked and not copied:  # two words of a speaker's longer quote
            others = [j for j in word_index.candidates(words) if items[j][0] != article]
            short = short_part(quote, words, others, quotes, word_index.entries, differ)
            linked = [j for j, _s, _c in short]
        for j in linked:  # a headline repeating its own body is no other outlet's rendering
            root_i, root_j = find(i), find(j)
            if root_i != root_j:
                parent[root_j] = root_i
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(find(i), []).append(i)
    groups: list[tuple[int, int, QuoteGroup]] = []
    for indices in members.values():
        group = _make_group([items[i] for i in indices], roles)
        groups.append((-group.articles, indices[0], group))
    groups.sort(key=lambda entry: (entry[0], entry[1]))
    return tuple(group for _a, _b, group in groups)


def _make_group(members: list[tuple[int, str, Quote, Words]], roles: Roles) -> QuoteGroup:
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
    elif _all_excerpts([words for _i, _p, _q, words in members]):
        status = "excerpt"
    else:
        status = "altered"
    speakers = Counter(quote.speaker for _i, _p, quote, _w in members if quote.speaker)
    speaker = speakers.most_common(1)[0][0] if speakers else None
    changed = tuple(
        ()
        if status == "excerpt" or words.words == ref_words.words
        else changed_spans(words, ref_words)
        for _i, _p, _q, words in members
    )
    return QuoteGroup(
        speaker=speaker,
        status=status,
        variants=tuple((path, quote) for _i, path, quote, _w in members),
        changed=changed,
        reference=reference,
        roles=tuple(
            (name, roles[name])
            for name in dict.fromkeys(q.speaker for _i, _p, q, _w in members if q.speaker)
            if name in roles
        ),
    )


def _all_excerpts(variants: Sequence[Words]) -> bool:
    """Every variant is the longest one's words or word for word a part of them (two words
    too: a variant is in the group because it is the remark, see :func:`relation` and
    :func:`~newsdiff.core.quote_short.short_part`)."""
    longest = max(variants, key=lambda words: len(words.words))
    return all(
        words.words == longest.words
        or is_excerpt(words, longest)
        or (len(words.words) >= 2 and _runs_inside(words, longest))
        for words in variants
    )


def quote_fields(quote: Quote) -> dict[str, object]:
    """What JSON says of any quote: where it is, its words, who says it and how."""
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": quote.speaker,
        "role": quote.role,
        "cue": None if quote.cue is None else cue_fields(quote.cue),
        "kind": quote.kind,
    }
