"""The whole story at once: every pair of a corpus scored together, sentences grouped into claims.

:func:`build_story` is pure and picklable (plain data in, plain data out, no I/O): the app runs
it in a thread worker, the CLI calls it directly, and an archive can run it once per story
cluster on a Dask or Spark worker.

How it works:

1. Every article is segmented and its site furniture flagged, as the pair view does.
2. All sentences of the corpus are scored against each other in row blocks with the pair view's
   own building blocks (:mod:`newsdiff.core.similarity`): one rapidfuzz ``cdist`` per block of
   articles against every later article, word weights (IDF) taken over the whole corpus once —
   the corpus is the context, as ``--corpus`` gives it to a pair. Memory is bounded by the block,
   not by the square of the corpus.
3. Each article pair's block of scores goes through the pair view's link finder, as
   :meth:`newsdiff.core.compare.PreparedPair.comparison` calls it (with the pair's claim check),
   so a pair of sentences is linked, and labelled shared / paraphrased / conflict, exactly as
   the pair view links it. The links are kept as compact columns (:class:`LinkTable`).
4. Linked sentences are grouped into claims by **average linkage** (see :func:`group_claims`):
   plain connected components (union-find) chain unrelated sentences together through one
   sentence that touches two facts.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields

import numpy as np

from newsdiff.core import align, semantic
from newsdiff.core.claims import Claim as SentenceClaim
from newsdiff.core.claims import ClaimCheck, read_claim
from newsdiff.core.compare import PreparedPair, _speakers_by_sentence
from newsdiff.core.models import Article, CharSpan, Quote, QuoteMatch, Scoring, Sentence, Settings
from newsdiff.core.similarity import (
    ScoreMatrices,
    _number_agreement,
    _weight,
    _weighted_overlap,
    combine,
    idf_weights,
)
from newsdiff.core.verbatim import same_quotation_moved_attribution, verbatim_matrix
from newsdiff.core.words import SentenceFeatures, features

SCHEMA = "newsdiff.story/1"
"""The name and version of the JSON the story exports."""

LINKAGE = 0.34
"""Two groups of sentences join into one claim when more than a third of their sentence pairs
from different articles are linked (average linkage over the pair view's links). A sentence
joins a claim of two variants by linking to one of them, a claim of three only by linking to
two. 0 would be union-find (any chain of links: on the seeds it glues 70 of 93 sentences into
one claim), 1 complete linkage. Chosen with ``scripts/eval_story.py --sweep`` (docs/story.md)."""

BLOCK_CELLS = 2_000_000
"""About this many sentence pairs are scored at a time (a few float32 matrices of 8 MB)."""

Position = tuple[int, int]
"""A sentence of the corpus: (article index, sentence index)."""


class StoryCancelled(Exception):
    """Raised inside :func:`build_story` when its ``cancelled`` callback says stop."""


@dataclass(frozen=True, slots=True)
class PairLink:
    """A link between sentence ``a`` and sentence ``b`` of two different articles."""

    a: Position
    b: Position
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class Claim:
    """Sentences of several (or one) articles that state one claim.

    Attributes:
        variants: The sentences, in corpus order (article, then sentence).
        links: The links between the variants that made the claim.
        conflict: Whether any two variants conflict (a link labelled ``conflict``).
    """

    variants: tuple[Position, ...]
    links: tuple[PairLink, ...] = ()
    conflict: bool = False

    @property
    def outlets(self) -> tuple[int, ...]:
        """The articles that carry the claim, in corpus order."""
        return tuple(sorted({article for article, _ in self.variants}))

    @property
    def first(self) -> Position:
        """The variant met first reading the corpus in order (first article, first sentence)."""
        return self.variants[0]


@dataclass(frozen=True, slots=True)
class Story:
    """A corpus read at once: articles, their sentences, pair overlap and claims.

    Attributes:
        articles: The articles, in corpus order.
        sentences: Each article's sentences.
        boilerplate: Per article and sentence: is it site furniture (left out of claims)?
        matrix: ``matrix[a][b]``: the share of article ``a``'s story sentences that article
            ``b`` carries (shared, paraphrased or conflict); 1.0 on the diagonal.
        claims: Every claim, each story sentence in exactly one.
        settings: The thresholds the links were made at.
        scoring: What the scores were made with.
    """

    articles: tuple[Article, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    boilerplate: tuple[tuple[bool, ...], ...]
    matrix: tuple[tuple[float, ...], ...]
    claims: tuple[Claim, ...]
    settings: Settings = field(default_factory=Settings)
    scoring: Scoring = field(default_factory=Scoring)

    def claim_index(self) -> dict[Position, int]:
        """Each story sentence's claim (an index into :attr:`claims`)."""
        return {
            position: number
            for number, claim in enumerate(self.claims)
            for position in claim.variants
        }


PairLinker = Callable[[PreparedPair, Settings], list[tuple[int, int, str, float]]]
"""Turns one article pair's scores into links ``(left sentence, right sentence, label, score)``."""


def pair_links(prepared: PreparedPair, settings: Settings) -> list[tuple[int, int, str, float]]:
    """The links the pair view makes for ``prepared`` at ``settings``, with their labels.

    The pair view's own link finder (:func:`newsdiff.core.align.find_links`, with the pair's
    claim check), as :meth:`PreparedPair.comparison` calls it; the rest of a comparison (rows,
    moved flags, word diffs) is not built: the story does not read it.
    """
    links = align.find_links(
        prepared.scores.score,
        prepared.scores.verbatim,
        [not flag for flag in prepared.left_boilerplate],
        [not flag for flag in prepared.right_boilerplate],
        settings,
        check=prepared.check,
        figures_differ=prepared.scores.figures_differ,
    )
    return [(link.left, link.right, str(link.label), float(link.score)) for link in links]


def build_story(
    articles: Sequence[Article],
    settings: Settings | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    linkage: float = LINKAGE,
    linker: PairLinker = pair_links,
    workers: int = -1,
) -> Story:
    """Score every pair of ``articles`` once and group the linked sentences into claims.

    Args:
        articles: The corpus, in the order claims are read (first carrier, reading order).
        settings: Link thresholds, as in the pair view (defaults when ``None``).
        progress: Called with the share done (0–1) after each article's pairs.
        cancelled: Polled before each block and each article's pairs; when it returns true,
            :class:`StoryCancelled` is raised.
        linkage: See :data:`LINKAGE`.
        linker: How a pair's scores become links (the pair view's by default).
        workers: rapidfuzz threads (``-1``: every core).
    """
    from newsdiff.core.article_cache import analyse

    settings = settings or Settings()
    articles = tuple(articles)
    analyses = [analyse(article.text) for article in articles]
    sentences = tuple(analysis.sentences for analysis in analyses)
    _check_sizes(articles, sentences)
    flags = tuple(analysis.boilerplate for analysis in analyses)
    links = _all_links(articles, sentences, flags, settings, progress, cancelled, linker, workers)
    story_positions = [
        (a, s) for a, segs in enumerate(sentences) for s in range(len(segs)) if not flags[a][s]
    ]
    claims = _group(story_positions, links, linkage)
    return Story(
        articles=articles,
        sentences=sentences,
        boilerplate=flags,
        matrix=links.overlap([sum(1 for f in fl if not f) for fl in flags]),
        claims=claims,
        settings=settings,
        scoring=Scoring(tuple(a.path for a in articles), semantic.status()),
    )


def _check_sizes(articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]) -> None:
    """Refuse, before any scoring, an article or a pair over the pair view's limits
    (``compare.MAX_SENTENCES`` a side, ``compare.MAX_SENTENCE_PAIRS`` a pair)."""
    from newsdiff.core.compare import check_size

    counts = [len(segs) for segs in sentences]
    order = sorted(range(len(articles)), key=counts.__getitem__, reverse=True)
    for position, a in enumerate(order):  # the largest first: one check finds any offender
        for b in order[position + 1 : position + 2] or [a]:
            check_size(articles[a], counts[a], articles[b], counts[b] if b != a else 1)


def _all_links(
    articles: Sequence[Article],
    sentences: Sequence[Sequence[Sentence]],
    flags: Sequence[Sequence[bool]],
    settings: Settings,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
    linker: PairLinker,
    workers: int,
) -> LinkTable:
    """Every link between sentences of two different articles, scored in row blocks."""
    count = len(articles)
    starts = [0]
    for segs in sentences:
        starts.append(starts[-1] + len(segs))
    total = starts[-1]
    texts = [
        "" if flag else sentence.text
        for segs, fl in zip(sentences, flags, strict=True)
        for sentence, flag in zip(segs, fl, strict=True)
    ]
    heading = np.array(
        [sentence.kind == "heading" for segs in sentences for sentence in segs], dtype=bool
    )
    quotes = [_quotes(article, segs) for article, segs in zip(articles, sentences, strict=True)]
    # each sentence's claim is read once for the corpus, not once for every pair it is in
    known: dict[tuple[str, tuple[str, ...]], SentenceClaim] = {}
    claims = [
        _sentence_claims(segs, fl, found, known)
        for segs, fl, found in zip(sentences, flags, quotes, strict=True)
    ]
    # a sentence repeated across articles (wire copy) has one claim object; the checks of such
    # pairs are shared by every article pair that repeats them
    carriers: dict[int, set[int]] = {}
    for a, found in enumerate(claims):
        for claim in found.values():
            carriers.setdefault(id(claim), set()).add(a)
    recurring = frozenset(key for key, where in carriers.items() if len(where) > 1)
    del carriers
    checks: dict[tuple[int, int, float], ClaimCheck] = {}
    feats = [features(text) for text in texts]
    idf = idf_weights(f.content for f in feats)
    weights = np.array([_weight(f, idf) for f in feats], dtype=np.float32)
    model = semantic.embedder()
    vectors = model.vectors(texts) if model is not None and total else None
    links = LinkTable([(a, i) for a, segs in enumerate(sentences) for i in range(len(segs))])
    blocks = _row_blocks(starts, total)
    # progress counts sentence pairs: an article's rows against every later article
    work_total = sum((total - starts[a + 1]) * (starts[a + 1] - starts[a]) for a in range(count))
    done = 0
    for a0, a1 in blocks:
        if cancelled is not None and cancelled():
            raise StoryCancelled
        rows = slice(starts[a0], starts[a1])
        cols = slice(starts[a0], total)
        scores, numbers = _score_block(
            feats[rows], feats[cols], idf, weights, vectors, rows, cols, workers
        )
        row_head = heading[rows]
        col_head = heading[cols]
        scores.score[row_head, :] = scores.verbatim[row_head, :]
        scores.score[:, col_head] = scores.verbatim[:, col_head]
        for a in range(a0, a1):
            if cancelled is not None and cancelled():
                raise StoryCancelled
            for b in range(a + 1, count):
                if not sentences[a] or not sentences[b]:
                    continue
                r = slice(starts[a] - starts[a0], starts[a + 1] - starts[a0])
                c = slice(starts[b] - starts[a0], starts[b + 1] - starts[a0])
                prepared = _CorpusPair(
                    left=articles[a],
                    right=articles[b],
                    left_sentences=tuple(sentences[a]),
                    right_sentences=tuple(sentences[b]),
                    left_boilerplate=tuple(flags[a]),
                    right_boilerplate=tuple(flags[b]),
                    scores=_pair_matrices(scores, numbers, r, c),
                    left_quotes=quotes[a],
                    right_quotes=quotes[b],
                    _claims={("left", i): claim for i, claim in claims[a].items()}
                    | {("right", j): claim for j, claim in claims[b].items()},
                    recurring=recurring,
                    shared_checks=checks,
                )
                links.add(starts[a], starts[b], linker(prepared, settings))
            done += (total - starts[a + 1]) * (starts[a + 1] - starts[a])
            if progress is not None:
                progress(done / work_total if work_total else 1.0)
    if progress is not None and not count:
        progress(1.0)
    return links


def _row_blocks(starts: Sequence[int], total: int) -> list[tuple[int, int]]:
    """Runs of whole articles ``[a0, a1)`` whose rows against every later column fit a block."""
    blocks: list[tuple[int, int]] = []
    a0 = 0
    count = len(starts) - 1
    while a0 < count:
        a1 = a0 + 1
        while a1 < count and (starts[a1 + 1] - starts[a0]) * (total - starts[a0]) <= BLOCK_CELLS:
            a1 += 1
        blocks.append((a0, a1))
        a0 = a1
    return blocks


def _score_block(
    left: Sequence[SentenceFeatures],
    right: Sequence[SentenceFeatures],
    idf: dict[str, float],
    weights: np.ndarray,
    vectors: np.ndarray | None,
    rows: slice,
    cols: slice,
    workers: int,
) -> tuple[ScoreMatrices, np.ndarray]:
    """The pair view's score matrices for some rows against some columns of the corpus, and the
    figure agreement (+1 a shared figure, -1 figures but none shared, 0 otherwise)."""
    verbatim = verbatim_matrix([f.words for f in left], [f.words for f in right], workers)
    same_quotation_moved_attribution(left, right, verbatim, workers)
    overlap = _weighted_overlap(left, right, idf)
    numbers = _number_agreement(left, right)
    cosine = None if vectors is None else vectors[rows] @ vectors[cols].T
    score = combine(overlap, weights[rows], weights[cols], verbatim, numbers, cosine)
    return ScoreMatrices(score, verbatim), numbers


def _quotes(article: Article, sentences: Sequence[Sentence]) -> tuple[QuoteMatch, ...]:
    """The article's quotes as the pair labelling reads them (speakers by sentence).

    Their status across articles is not part of a link's decision, so each is left as found.
    """
    from newsdiff.core.article_cache import analyse

    analysis = analyse(article.text)
    if tuple(sentences) == analysis.sentences:
        found: Sequence[Quote] = analysis.quotes
    else:
        from newsdiff.core.quotes import extract_quotes

        found = extract_quotes(article.text, sentences)
    return tuple(QuoteMatch(quote, "only here") for quote in found)


def _sentence_claims(
    sentences: Sequence[Sentence],
    flags: Sequence[bool],
    quotes: Sequence[QuoteMatch],
    known: dict[tuple[str, tuple[str, ...]], SentenceClaim],
) -> dict[int, SentenceClaim]:
    """Each story sentence's claim as the pair view's claim check reads it (with the speakers
    the quote extractor gives the sentence); furniture is never checked. ``known`` holds the
    claims read so far in the corpus: the same text with the same speakers is one object."""
    speakers = _speakers_by_sentence(quotes)
    found: dict[int, SentenceClaim] = {}
    for index, (sentence, flag) in enumerate(zip(sentences, flags, strict=True)):
        if flag:
            continue
        key = (sentence.text, speakers.get(index, ()))
        claim = known.get(key)
        if claim is None:
            claim = known[key] = read_claim(*key)
        found[index] = claim
    return found


@dataclass(slots=True)
class _CorpusPair(PreparedPair):
    """A pair of the corpus whose claim checks of repeated sentences are shared.

    The claim check is a pure function of the two claims and the near-verbatim score; a pair of
    sentences that several articles repeat (syndicated wire copy) is checked once for the
    corpus. Only sentences carried by several articles are remembered, so the memory stays
    small when nothing repeats.
    """

    recurring: frozenset[int] = frozenset()
    shared_checks: dict[tuple[int, int, float], ClaimCheck] = field(default_factory=dict)

    def check(self, left: int, right: int) -> ClaimCheck:
        """The pair view's claim check of ``(left, right)``, shared across the corpus."""
        first = self._claims.get(("left", left))
        second = self._claims.get(("right", right))
        if (
            first is None
            or second is None
            or id(first) not in self.recurring
            or id(second) not in self.recurring
        ):
            return PreparedPair.check(self, left, right)
        key = (id(first), id(second), float(self.scores.verbatim[left, right]))
        found = self.shared_checks.get(key)
        if found is None:
            found = self.shared_checks[key] = PreparedPair.check(self, left, right)
        return found


def _pair_matrices(
    scores: ScoreMatrices, numbers: np.ndarray, rows: slice, cols: slice
) -> ScoreMatrices:
    """One article pair's block of the scores, as ``score_matrices`` would give the pair.

    Where the pair view's matrices also say which pairs state figures that differ (read by the
    claim check for figure conflicts), the block says it too.
    """
    names = {item.name for item in fields(ScoreMatrices)}
    extra = {"figures_differ": numbers[rows, cols] < 0} if "figures_differ" in names else {}
    return ScoreMatrices(scores.score[rows, cols], scores.verbatim[rows, cols], **extra)


class LinkTable:
    """The corpus's links as compact columns (about 25 bytes a link, not a Python object).

    A corpus of a few hundred articles has hundreds of thousands of links; they are kept as
    arrays of sentence numbers (a sentence's place in the whole corpus), label codes and scores,
    and become :class:`PairLink` objects only when a claim is made of them.
    """

    def __init__(self, positions: Sequence[Position]) -> None:
        self.positions = list(positions)
        """Each corpus sentence number's ``(article, sentence)``: one tuple, shared by links."""
        self.labels: list[str] = []
        self._codes: dict[str, int] = {}
        self.a = array("i")
        self.b = array("i")
        self.label = array("B")
        self.score = array("d")

    def __len__(self) -> int:
        return len(self.a)

    def add(self, left: int, right: int, found: Sequence[tuple[int, int, str, float]]) -> None:
        """Links ``(i, j, label, score)`` between the article whose first sentence is corpus
        sentence ``left`` and the one starting at ``right``."""
        for i, j, label, score in found:
            code = self._codes.get(label)
            if code is None:
                code = self._codes[label] = len(self.labels)
                self.labels.append(sys.intern(label))
            self.a.append(left + i)
            self.b.append(right + j)
            self.label.append(code)
            self.score.append(score)

    @classmethod
    def of(cls, positions: Sequence[Position], links: Sequence[PairLink]) -> LinkTable:
        """A table of ``links`` between ``positions`` (links to other positions are left out)."""
        table = cls(positions)
        number = {position: k for k, position in enumerate(table.positions)}
        for link in links:
            if link.a in number and link.b in number:
                table.add(0, 0, [(number[link.a], number[link.b], link.label, link.score)])
        return table

    def link(self, k: int) -> PairLink:
        """The ``k``-th link as a :class:`PairLink`."""
        return PairLink(
            self.positions[self.a[k]],
            self.positions[self.b[k]],
            self.labels[self.label[k]],
            self.score[k],
        )

    def overlap(self, story_sizes: Sequence[int]) -> tuple[tuple[float, ...], ...]:
        """``[a][b]``: the share of article ``a``'s story sentences with a link into ``b``."""
        count = len(story_sizes)
        carried = np.zeros((count, count))
        if len(self):
            article = np.array([a for a, _ in self.positions], dtype=np.int64)
            a, b = self.columns()
            for source, target in ((a, b), (b, a)):
                # each sentence counted once per article it has a link into
                unique = np.unique(source * count + article[target])
                np.add.at(carried, (article[unique // count], unique % count), 1)
        return _overlap_shares(count, story_sizes, carried)

    def columns(self) -> tuple[np.ndarray, np.ndarray]:
        """The corpus sentence numbers of each link's two ends (int64 arrays)."""
        if not len(self):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        a = np.frombuffer(self.a, dtype=np.intc).astype(np.int64)
        b = np.frombuffer(self.b, dtype=np.intc).astype(np.int64)
        return a, b


def _overlap_shares(
    count: int, story_sizes: Sequence[int], carried: np.ndarray
) -> tuple[tuple[float, ...], ...]:
    return tuple(
        tuple(
            1.0 if a == b else (float(carried[a, b]) / story_sizes[a] if story_sizes[a] else 0.0)
            for b in range(count)
        )
        for a in range(count)
    )


def group_claims(
    positions: Sequence[Position], links: Sequence[PairLink], linkage: float = LINKAGE
) -> tuple[Claim, ...]:
    """Group sentences into claims by average linkage over the links.

    Links are visited strongest first; the two groups they join merge when at least
    ``linkage`` of their sentence pairs from different articles are linked. In a chain
    A–B–C–D, where each sentence links only to the next, D joins {A, B, C} only if a third of
    those pairs link, so one sentence that touches two facts does not glue the two together.
    ``linkage=0`` is union-find. Every position ends in exactly one claim (a sentence with no
    link is a claim of one outlet). Claims come out in reading order: by their first variant.
    Links to sentences not in ``positions`` (site furniture) are left out.
    """
    positions = list(dict.fromkeys(positions))
    return _group(positions, LinkTable.of(positions, links), linkage)


CHUNK = 1 << 16
"""Links turned into Python numbers at a time while grouping (the rest stay in arrays)."""


def _group(positions: Sequence[Position], table: LinkTable, linkage: float) -> tuple[Claim, ...]:
    """:func:`group_claims` of the ``positions`` (story sentences) over a link table.

    The links between a merged group and every other group are counted as groups merge, so a
    merge costs the number of groups the two link to, whatever their sizes; a sentence still on
    its own counts its links from its list of linked sentences when asked. Links inside a group
    are no longer counted, so the counts shrink as claims form. The smaller group's sentences
    are renumbered, so each sentence is renumbered at most log₂(n) times.
    """
    node = np.full(len(table.positions), -1, dtype=np.int64)
    number = {position: k for k, position in enumerate(table.positions)}
    ordered = sorted(positions)
    for k, position in enumerate(ordered):
        node[number[position]] = k
    count = len(ordered)
    a_corpus, b_corpus = table.columns()
    a_all, b_all = node[a_corpus], node[b_corpus]
    del a_corpus, b_corpus, node
    score = np.array(table.score, dtype=np.float64)
    usable = np.nonzero((a_all >= 0) & (b_all >= 0) & (a_all != b_all))[0]
    # a pair of sentences listed twice (either way round) counts once, as its last listing;
    # strongest first, then in corpus order
    low = np.minimum(a_all[usable], b_all[usable])
    key = low * max(count, 1) + np.maximum(a_all[usable], b_all[usable])
    del low
    last = usable[len(usable) - 1 - np.unique(key[::-1], return_index=True)[1]]
    del key, usable
    visit = last[np.lexsort((b_all[last], a_all[last], -score[last]))]
    del last, score
    linked = _Linked(count, a_all[visit], b_all[visit])
    members: list[list[int] | None] = [[k] for k in range(count)]
    outlets: list[dict[int, int]] = [{ordered[k][0]: 1} for k in range(count)]
    for begin in range(0, len(visit), CHUNK):
        part = visit[begin : begin + CHUNK]
        for x, y in zip(a_all[part].tolist(), b_all[part].tolist(), strict=True):
            ga, gb = linked.group[x], linked.group[y]
            if ga == gb or not _links_enough(
                linked.between(ga, gb), members, outlets, ga, gb, linkage
            ):
                continue
            size_a, size_b = len(members[ga] or ()), len(members[gb] or ())
            keep, drop = (ga, gb) if size_a >= size_b else (gb, ga)
            moving = members[drop] or []
            linked.merge(keep, drop, moving)
            (members[keep] or []).extend(moving)
            members[drop] = None
            for article, n in outlets[drop].items():
                outlets[keep][article] = outlets[keep].get(article, 0) + n
            outlets[drop] = {}
    group = linked.group
    del linked, visit
    groups = np.array(group, dtype=np.int64)
    both = np.nonzero((a_all >= 0) & (b_all >= 0))[0]
    inside = both[groups[a_all[both]] == groups[b_all[both]]]
    del both
    inside = inside[np.lexsort((b_all[inside], a_all[inside], groups[a_all[inside]]))]
    inner: dict[int, list[PairLink]] = {}
    for begin in range(0, len(inside), CHUNK):
        part = inside[begin : begin + CHUNK]
        for k, root in zip(part.tolist(), groups[a_all[part]].tolist(), strict=True):
            inner.setdefault(root, []).append(table.link(k))
    claims = []
    for root, variants in enumerate(members):
        if variants is None:
            continue
        own = tuple(inner.pop(root, ()))
        claims.append(
            Claim(
                variants=tuple(ordered[k] for k in sorted(variants)),
                links=own,
                conflict=any(link.label == "conflict" for link in own),
            )
        )
    claims.sort(key=lambda claim: claim.first)
    return tuple(claims)


class _Linked:
    """Which group each sentence is in, and how many links join two groups.

    A sentence's linked sentences are kept as compressed rows (two int32 arrays); a group of
    several sentences keeps a count of its links into every other group, built when it forms
    and merged as groups merge (a sentence still on its own is counted from its row).
    """

    def __init__(self, count: int, first: np.ndarray, second: np.ndarray) -> None:
        ends = np.concatenate((first, second))
        others = np.concatenate((second, first))
        order = np.argsort(ends, kind="stable")
        self.neighbours = others[order].astype(np.int32)
        self.starts = np.searchsorted(ends[order], np.arange(count + 1))
        self.group = list(range(count))
        self.group_ids = np.arange(count, dtype=np.int64)
        self.counts: dict[int, dict[int, int]] = {}

    def _row(self, sentence: int) -> np.ndarray:
        return self.neighbours[self.starts[sentence] : self.starts[sentence + 1]]

    def _counts(self, group: int) -> dict[int, int]:
        """The link counts of ``group`` into every other group (built for a lone sentence)."""
        found = self.counts.get(group)
        if found is None:
            ids, numbers = np.unique(self.group_ids[self._row(group)], return_counts=True)
            found = dict(zip(ids.tolist(), numbers.tolist(), strict=True))
        return found

    def between(self, first: int, second: int) -> int:
        """The number of links between two groups."""
        for one, other in ((first, second), (second, first)):
            known = self.counts.get(one)
            if known is not None:
                return known.get(other, 0)
        # two lone sentences: the group number of a lone sentence is the sentence
        return int(np.count_nonzero(self._row(first) == second))

    def merge(self, keep: int, drop: int, moving: Sequence[int]) -> None:
        """Group ``drop`` (sentences ``moving``) joins group ``keep``."""
        kept = self._counts(keep)
        dropped = self._counts(drop)
        for sentence in moving:
            self.group[sentence] = keep
        self.group_ids[np.asarray(moving, dtype=np.int64)] = keep
        kept.pop(drop, None)
        for other, n in dropped.items():
            if other == keep:
                continue
            kept[other] = kept.get(other, 0) + n
            theirs = self.counts.get(other)
            if theirs is not None:
                del theirs[drop]
                theirs[keep] = theirs.get(keep, 0) + n
        self.counts[keep] = kept
        self.counts.pop(drop, None)


def _links_enough(
    linked: int,
    members: Sequence[list[int] | None],
    outlets: Sequence[dict[int, int]],
    first: int,
    second: int,
    linkage: float,
) -> bool:
    """Whether ``linked`` links are at least ``linkage`` of the two groups' cross-article pairs."""
    if linked == 0:
        return False
    pairs = len(members[first] or ()) * len(members[second] or ())
    if linked >= linkage * pairs:
        return True  # same-article pairs only lower the denominator
    small, large = sorted((outlets[first], outlets[second]), key=len)
    same = sum(count * large.get(article, 0) for article, count in small.items())
    possible = pairs - same
    return possible > 0 and linked / possible + 1e-9 >= linkage


def variant_changes(story: Story, claim: Claim) -> list[tuple[CharSpan, ...]]:
    """Per variant of ``claim``: the spans of its words that the first variant does not use.

    The first variant is the reference (nothing emphasized). Words are compared as the pair
    view's word diff compares them (case, quote marks and dashes folded) but as a bag, not in
    order: paraphrases reorder freely, and what a reader checks is which words and figures an
    outlet adds or changes. Function words and reporting verbs are never emphasized.
    """
    from newsdiff.core.worddiff import word_spans
    from newsdiff.core.words import STOPWORDS

    reference_article, reference_index = claim.first
    reference = story.sentences[reference_article][reference_index]
    known = {key for key, _ in word_spans(reference)}
    result: list[tuple[CharSpan, ...]] = [()]
    for article, index in claim.variants[1:]:
        sentence = story.sentences[article][index]
        spans: list[CharSpan] = []
        for key, (start, end) in word_spans(sentence):
            if key in known or key in STOPWORDS:
                continue
            gap = story.articles[article].text[spans[-1][1] : start] if spans else "x"
            if spans and not gap.strip():
                spans[-1] = (spans[-1][0], end)  # "External Affairs Minister" is one run
            else:
                spans.append((start, end))
        result.append(tuple(spans))
    return result


def sorted_claims(story: Story, order: str = "coverage") -> list[int]:
    """Claim indices in ``order``: ``coverage`` (most outlets first), ``conflicts`` (conflicting
    claims first, then by coverage) or ``reading`` (first carrier, then sentence)."""
    numbers = range(len(story.claims))
    claims = story.claims
    if order == "reading":
        return list(numbers)
    if order == "conflicts":
        return sorted(numbers, key=lambda k: (not claims[k].conflict, -len(claims[k].outlets), k))
    if order == "coverage":
        return sorted(numbers, key=lambda k: (-len(claims[k].outlets), k))
    raise ValueError(f"unknown order {order!r}: choose coverage, conflicts or reading")


def claims_of(story: Story, article: int) -> dict[int, int]:
    """Per story sentence of ``article``: its claim (an index into ``story.claims``; furniture
    has no entry)."""
    return {
        sentence: number
        for number, claim in enumerate(story.claims)
        for where, sentence in claim.variants
        if where == article
    }


def outlets_note(story: Story, claim: int) -> str:
    """``carried by 3 of 5: a.txt, c.txt, d.txt`` for claim number ``claim``."""
    from pathlib import PurePath

    outlets = story.claims[claim].outlets
    names = ", ".join(PurePath(story.articles[k].path).name for k in outlets)
    return f"carried by {len(outlets)} of {len(story.articles)}: {names}"


def carried_note(story: Story, article: int, sentence: int) -> str | None:
    """``carried by 3 of 5: a.txt, c.txt, d.txt`` for one sentence, ``None`` for furniture."""
    claim = story.claim_index().get((article, sentence))
    return None if claim is None else outlets_note(story, claim)
