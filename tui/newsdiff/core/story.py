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
   so a pair of sentences is linked, and labelled shared / paraphrased / conflict, as the pair
   view links it — but for the meaning nudge: the story's cosine is the plain one
   (:func:`_block_cosine`). The links are kept as compact columns (:class:`LinkTable`).
4. Linked sentences are grouped into claims by **average linkage** (see :func:`group_claims`):
   plain connected components (union-find) chain unrelated sentences together through one
   sentence that touches two facts. Each variant is then re-checked against its finished claim
   (:mod:`newsdiff.core.story_refine`): one held by a single link leaves it, one that another
   claim's test passes takes that claim as its own. A sentence that states two claims is a
   variant of both (:mod:`newsdiff.core.story_also`), and so are two sentences of two claims
   that conflict.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from newsdiff.core import align, semantic
from newsdiff.core.claim_inputs import (
    PairSetting,
    pair_setting,
    sentence_quotes,
    speakers_by_sentence,
)
from newsdiff.core.claims import Claim as SentenceClaim
from newsdiff.core.claims import ClaimCheck, read_claim
from newsdiff.core.compare import PreparedPair
from newsdiff.core.disagreements import disagreeing_fact_pairs
from newsdiff.core.models import Article, QuoteMatch, Scoring, Sentence, Settings
from newsdiff.core.referents import with_referent
from newsdiff.core.similarity import (
    ScoreMatrices,
    _weight,
    features_once,
    idf_weights,
    link_scores,
)
from newsdiff.core.story_grouping import LINKAGE, LinkTable, _group, group_claims
from newsdiff.core.story_model import (
    SCHEMA,
    Claim,
    PairLink,
    Position,
    Story,
    StoryCancelled,
    carried_note,
    claims_of,
    outlets_note,
    sorted_claims,
    variant_changes,
)
from newsdiff.core.story_near import NearScores
from newsdiff.core.verbatim import verbatim_matrix
from newsdiff.core.words import SentenceFeatures

BLOCK_CELLS = 2_000_000
"""About this many sentence pairs are scored at a time (a few float32 matrices of 8 MB)."""
SharedKey = tuple[int, int, float, PairSetting]
"""A corpus-shared claim check's key: the two claims (by identity), their near-verbatim score
and what else the check reads of the pair (:func:`~newsdiff.core.claim_inputs.pair_setting`)."""

__all__ = [
    "BLOCK_CELLS",
    "LINKAGE",
    "SCHEMA",
    "Claim",
    "LinkTable",
    "PairLink",
    "PairLinker",
    "Position",
    "Story",
    "StoryCancelled",
    "build_story",
    "carried_note",
    "claims_of",
    "group_claims",
    "outlets_note",
    "pair_links",
    "sorted_claims",
    "variant_changes",
]

PairLinker = Callable[[PreparedPair, Settings], list[tuple[int, int, str, float]]]
"""Turns one article pair's scores into links ``(left sentence, right sentence, label, score)``,
each pair of sentences at most once."""


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
        proposed=prepared.proposed(),
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
    from newsdiff.core.article_cache import analyse, sentence_count
    from newsdiff.core.compare import check_size

    settings = settings or Settings()
    articles = tuple(articles)
    analyses = []
    for article in articles:  # one over the limit is refused before it is analysed or kept
        check_size(article, sentence_count(article.text), article, 1)
        analyses.append(analyse(article.text))
    sentences = tuple(analysis.sentences for analysis in analyses)
    _check_sizes(articles, sentences)
    flags = tuple(analysis.boilerplate for analysis in analyses)
    # a sign of a claim a sentence inherits
    near = NearScores(articles, settings)
    # every pair is scored in one order whatever the order the articles are named in (by what
    # each article is): a score's float noise (a few units in the last place of a float32,
    # which side is the left one) is then the same in every order, and so the cache's story
    keys = _article_keys(articles)
    canon = sorted(range(len(articles)), key=lambda k: (keys[k], k))
    links = _all_links(
        [articles[k] for k in canon],
        [sentences[k] for k in canon],
        [flags[k] for k in canon],
        settings,
        progress,
        cancelled,
        near.recording(linker),
        workers,
    )
    _name_order(links, canon)
    story_positions = [
        (a, s) for a, segs in enumerate(sentences) for s in range(len(segs)) if not flags[a][s]
    ]
    texts = [s.text for k in canon for s in sentences[k]]  # each table position's text
    claims = _group(story_positions, links, linkage, texts, near, keys)
    return Story(
        articles=articles,
        sentences=sentences,
        boilerplate=flags,
        matrix=links.overlap([sum(1 for f in fl if not f) for fl in flags]),
        claims=claims,
        settings=settings,
        scoring=Scoring(tuple(a.path for a in articles), semantic.status()),
    )


def _name_order(links: LinkTable, canon: Sequence[int]) -> None:
    """Renumber ``links``, made over the articles in the order ``canon`` (``canon[k]``: the
    named place of the ``k``-th), to the named order, each link's end in the earlier named
    article first (as a story lists a pair)."""
    links.positions = [(canon[a], i) for a, i in links.positions]
    if not len(links):
        return
    article = np.array([a for a, _ in links.positions], dtype=np.int64)
    a = np.frombuffer(links.a, dtype=np.intc)
    b = np.frombuffer(links.b, dtype=np.intc)
    swap = article[a] > article[b]
    first = a[swap].copy()
    a[swap] = b[swap]
    b[swap] = first


def _article_keys(articles: Sequence[Article]) -> list[str]:
    """What each article is, whatever its place in the list: its text's SHA-256, then its path
    (two copies of one text). Links of equal score are visited in this order, so the claims do
    not depend on the order the articles are named in."""
    return [
        f"{hashlib.sha256(article.text.encode('utf-8')).hexdigest()}\0{article.path}"
        for article in articles
    ]


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
    # the claims of the sentences that state a figure: those the pair view proposes to its
    # claim check whatever their score (two outlets' figures for one fact)
    stating = [
        [found.get(k) if k in found and found[k].figures else None for k in range(len(segs))]
        for segs, found in zip(sentences, claims, strict=True)
    ]
    checks: dict[SharedKey, ClaimCheck] = {}
    feats, _ = features_once(texts, ())  # once per text: wire copy, pieces of one long line
    idf = idf_weights(f.content for f in feats)
    weights = np.array([_weight(f, idf) for f in feats], dtype=np.float32)
    vectors = semantic.sentence_vectors(texts) if total else None
    # each pair of articles is linked once, so no pair of sentences is listed twice
    links = LinkTable(
        [(a, i) for a, segs in enumerate(sentences) for i in range(len(segs))], distinct=True
    )
    blocks = _row_blocks(starts, total)
    # progress counts sentence pairs: an article's rows against every later article
    work_total = sum((total - starts[a + 1]) * (starts[a + 1] - starts[a]) for a in range(count))
    done = 0
    for a0, a1 in blocks:
        if cancelled is not None and cancelled():
            raise StoryCancelled
        # An article is never linked to itself: the columns start after the block's first
        # article (its own rows × its own sentences were half the work of a corpus with one
        # long article). The block's later articles keep their small diagonal (a block holds
        # several articles only when all its cells fit BLOCK_CELLS).
        first = starts[a0 + 1] - starts[a0]
        rows = slice(starts[a0], starts[a1])
        cols = slice(starts[a0 + 1], total)
        cosine = _block_cosine(vectors, starts, a0, a1)
        if cosine is not None:
            cosine = cosine[:, first:]
        scores, numbers = _score_block(
            feats[rows], feats[cols], idf, weights[rows], weights[cols], cosine, workers
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
                c = slice(starts[b] - starts[a0 + 1], starts[b + 1] - starts[a0 + 1])
                prepared = _CorpusPair(
                    left=articles[a],
                    right=articles[b],
                    left_sentences=tuple(sentences[a]),
                    right_sentences=tuple(sentences[b]),
                    left_boilerplate=tuple(flags[a]),
                    right_boilerplate=tuple(flags[b]),
                    scores=_pair_matrices(scores, numbers, r, c, vectors, starts, a, b, idf),
                    left_quotes=quotes[a],
                    right_quotes=quotes[b],
                    _claims={("left", i): claim for i, claim in claims[a].items()}
                    | {("right", j): claim for j, claim in claims[b].items()},
                    recurring=recurring,
                    shared_checks=checks,
                    stating=(stating[a], stating[b]),
                )
                links.add(starts[a], starts[b], linker(prepared, settings))
            done += (total - starts[a + 1]) * (starts[a + 1] - starts[a])
            if progress is not None:
                progress(done / work_total if work_total else 1.0)
    if progress is not None and not count:
        progress(1.0)
    return links


def _block_cosine(
    vectors: np.ndarray | None, starts: Sequence[int], a0: int, a1: int
) -> np.ndarray | None:
    """The meaning cosines of articles ``a0``–``a1``'s sentences (rows) against every sentence
    from article ``a0`` on (columns).

    Plain cosines of the meaning vectors. The pair view sets aside the main axis of the two
    articles' vectors first (:func:`newsdiff.core.meaning_axis.story_cosine`); the story does
    not, so its scores differ from ``compare --corpus`` by that nudge (docs/story.md,
    *Accuracy*, (b): measured, and why it is kept).
    """
    if vectors is None:
        return None
    rows = vectors[starts[a0] : starts[a1]]
    cosine: np.ndarray = rows @ vectors[starts[a0] :].T
    return cosine


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
    left_weights: np.ndarray,
    right_weights: np.ndarray,
    cosine: np.ndarray | None,
    workers: int,
) -> tuple[ScoreMatrices, np.ndarray]:
    """The pair view's score matrices for some rows against some columns of the corpus, and the
    figure agreement (+1 a shared figure, -1 figures but none shared, 0 otherwise)."""
    verbatim = verbatim_matrix([f.words for f in left], [f.words for f in right], workers)
    score, verbatim, numbers = link_scores(
        left, right, idf, (left_weights, right_weights), lambda: verbatim, cosine, workers=workers
    )
    return ScoreMatrices(score, verbatim), numbers


def _quotes(article: Article, sentences: Sequence[Sentence]) -> tuple[QuoteMatch, ...]:
    """The article's quotes as the pair labelling reads them (speakers by sentence).

    Their status across articles is not part of a link's decision, so each is left as found.
    """
    found = sentence_quotes(article.text, sentences)
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
    speakers = speakers_by_sentence(m.quote for m in quotes)
    found: dict[int, SentenceClaim] = {}
    for index, (sentence, flag) in enumerate(zip(sentences, flags, strict=True)):
        if flag:
            continue
        key = (sentence.text, speakers.get(index, ()))
        claim = known.get(key)
        if claim is None:
            claim = known[key] = read_claim(*key)
        found[index] = with_referent(claim, index, sentences, flags)
    return found


@dataclass(slots=True)
class _CorpusPair(PreparedPair):
    """A pair of the corpus whose claim checks of repeated sentences are shared.

    The claim check is a pure function of the two claims, the near-verbatim score and the pair's
    setting (the articles' dates, the headline flags: :func:`pair_setting`); a pair of sentences
    that several articles repeat (syndicated wire copy) is checked once for the corpus per
    setting. Only sentences carried by several articles are remembered, so the memory stays
    small when nothing repeats.
    """

    recurring: frozenset[int] = frozenset()
    shared_checks: dict[SharedKey, ClaimCheck] = field(default_factory=dict)
    stating: tuple[Sequence[SentenceClaim | None], Sequence[SentenceClaim | None]] = ((), ())

    def proposed(self) -> list[tuple[int, int]]:
        """The pair view's proposed pairs (:meth:`PreparedPair.proposed`), from the claims of
        the sentences that state a figure, read once for the corpus."""
        if self._proposed is None:
            self._proposed = disagreeing_fact_pairs(*self.stating)
        return self._proposed

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
        # the same two claims are the same check only between articles of the same dates
        # and with the same headline flags (``yesterday`` is read against the date)
        setting = pair_setting(
            (self.left, self.right), (self.left_sentences[left], self.right_sentences[right])
        )
        key = (id(first), id(second), float(self.scores.verbatim[left, right]), setting)
        found = self.shared_checks.get(key)
        if found is None:
            found = self.shared_checks[key] = PreparedPair.check(self, left, right)
        return found


def _pair_matrices(
    scores: ScoreMatrices,
    numbers: np.ndarray,
    rows: slice,
    cols: slice,
    vectors: np.ndarray | None = None,
    starts: Sequence[int] = (),
    a: int = 0,
    b: int = 0,
    idf: dict[str, float] | None = None,
) -> ScoreMatrices:
    """One article pair's block of the scores, as ``score_matrices`` would give the pair.

    Where the pair view's matrices also say which pairs state figures that differ (read by the
    claim check for figure conflicts), the block says it too, and it carries the two articles'
    meaning vectors (``vectors`` of the corpus, article ``a`` and ``b`` from ``starts``) and the
    corpus's word weights ``idf``.
    """
    left_vectors = right_vectors = None
    if vectors is not None:
        left_vectors = vectors[starts[a] : starts[a + 1]]
        right_vectors = vectors[starts[b] : starts[b + 1]]
    return ScoreMatrices(
        scores.score[rows, cols],
        scores.verbatim[rows, cols],
        figures_differ=numbers[rows, cols] < 0,
        left_vectors=left_vectors,
        right_vectors=right_vectors,
        idf=idf,
    )
