"""The one entry point that builds a :class:`~newsdiff.core.models.Comparison`.

``prepare`` does the expensive work once (segmentation, boilerplate, all-pairs scoring,
quotes); ``PreparedPair.comparison(settings)`` turns it into a comparison at given thresholds
cheaply, so the app can re-label live while the user moves a threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from math import isqrt
from pathlib import Path

from newsdiff.core import align, semantic
from newsdiff.core.claim_inputs import check_pair, sentence_claim, speakers_by_sentence
from newsdiff.core.claims import Claim, ClaimCheck, read_claim
from newsdiff.core.disagreements import disagreeing_fact_pairs
from newsdiff.core.errors import ArticleError
from newsdiff.core.gc_pause import collection_paused
from newsdiff.core.lazy_diffs import LazyWordDiffs
from newsdiff.core.models import (
    AlignedSentence,
    Article,
    ComparedArticle,
    Comparison,
    Label,
    Link,
    Quote,
    QuoteMatch,
    Scoring,
    Sentence,
    Settings,
    WordDiff,
)
from newsdiff.core.sentence_links import links_by_sentence
from newsdiff.core.similarity import ScoreMatrices, score_matrices
from newsdiff.core.split_copies import relabel_split_copies, scoring_words
from newsdiff.core.worddiff import WordSpans, word_diff, word_spans
from newsdiff.core.words import SentenceFeatures


@dataclass(slots=True)
class PreparedPair:
    """Two articles with everything threshold-independent already computed.

    Attributes:
        left: The left article.
        right: The right article.
        left_sentences: The left article's segments.
        right_sentences: The right article's segments.
        left_boilerplate: Per left segment: is it site furniture?
        right_boilerplate: Per right segment: is it site furniture?
        scores: The all-pairs score matrices (rows: left sentences).
        left_quotes: The left quotes with their status against the right.
        right_quotes: The right quotes with their status against the left.
    """

    left: Article
    right: Article
    left_sentences: tuple[Sentence, ...]
    right_sentences: tuple[Sentence, ...]
    left_boilerplate: tuple[bool, ...]
    right_boilerplate: tuple[bool, ...]
    scores: ScoreMatrices
    left_quotes: tuple[QuoteMatch, ...] = ()
    right_quotes: tuple[QuoteMatch, ...] = ()
    scoring: Scoring = field(default_factory=Scoring)
    _diffs: dict[tuple[int, int], WordDiff] = field(default_factory=dict)
    _checks: dict[tuple[int, int], ClaimCheck] = field(default_factory=dict)
    _claims: dict[tuple[str, int], Claim] = field(default_factory=dict)
    _speakers: dict[str, dict[int, tuple[str, ...]]] = field(default_factory=dict)
    _words: dict[tuple[str, int], WordSpans] = field(default_factory=dict)
    _proposed: list[tuple[int, int]] | None = None
    known_claims: dict[str, Claim] = field(default_factory=dict)
    _claims_from: tuple[Article, ...] = ()
    _features_from: tuple[Article, ...] = ()

    @collection_paused()
    def comparison(self, settings: Settings | None = None) -> Comparison:
        """The comparison at ``settings`` (cheap: no re-scoring; word diffs are cached)."""
        settings = settings or Settings()
        left_active = [not flag for flag in self.left_boilerplate]
        right_active = [not flag for flag in self.right_boilerplate]
        links = align.find_links(
            self.scores.score,
            self.scores.verbatim,
            left_active,
            right_active,
            settings,
            check=self.check,
            figures_differ=self.scores.figures_differ,
            proposed=self.proposed(),
        )
        links, raised = relabel_split_copies(
            links,
            (self.left_sentences, self.right_sentences),
            (left_active, right_active),
            settings.shared,
            scoring_words(self._features_from),
        )
        chain = align.backbone(links)
        left_moved, right_moved = align.moved_flags(
            len(self.left_sentences), len(self.right_sentences), links, chain
        )
        left_labels = align.labels(len(self.left_sentences), links, "left")
        right_labels = align.labels(len(self.right_sentences), links, "right")
        left_links, right_links = links_by_sentence(
            links,
            self.scores.verbatim,
            len(self.left_sentences),
            len(self.right_sentences),
            raised,
        )
        diffs = LazyWordDiffs([(link.left, link.right) for link in links], self._diff)
        left_side = ComparedArticle(
            self.left,
            _aligned(
                self.left_sentences, left_labels, left_moved, self.left_boilerplate, left_links
            ),
            self.left_quotes,
        )
        right_side = ComparedArticle(
            self.right,
            _aligned(
                self.right_sentences,
                right_labels,
                right_moved,
                self.right_boilerplate,
                right_links,
            ),
            self.right_quotes,
        )
        rows = align.build_rows(len(self.left_sentences), len(self.right_sentences), chain)
        return Comparison(left_side, right_side, rows, diffs, settings, self.scoring)

    def sentence_count(self) -> int:
        """Sentences of both sides: known before labelling (the app lays a short pair out in
        its first frame, a long one in a worker)."""
        return len(self.left_sentences) + len(self.right_sentences)

    def check(self, left: int, right: int) -> ClaimCheck:
        """The claim check of the pair ``(left, right)`` (cached: it does not depend on
        thresholds)."""
        key = (left, right)
        cached = self._checks.get(key)
        if cached is None:
            claims = self._claims
            cached = self._checks[key] = check_pair(
                claims.get(("left", left)) or self._claim("left", left),
                claims.get(("right", right)) or self._claim("right", right),
                verbatim=float(self.scores.verbatim[key]),
                meaning=partial(self.scores.meaning, left, right),  # read if a rule asks
                articles=(self.left, self.right),
                sentences=(self.left_sentences[left], self.right_sentences[right]),
            )
        return cached

    def proposed(self) -> list[tuple[int, int]]:
        """Pairs whose figures of one quantity disagree in one claim, for the claim check
        whatever their score (cached: it does not depend on thresholds)."""
        if self._proposed is None:
            self._read_known()
            # the claim, with its speakers and its subject's referent (who acts), of each
            # sentence that states a figure: only those can be proposed (the others are read
            # when a candidate pair first needs them)
            lefts, rights = (
                [
                    self._claim(side, k) if stated else None
                    for k, stated in enumerate(self._states_figures(sentences, flags))
                ]
                for side, sentences, flags in (
                    ("left", self.left_sentences, self.left_boilerplate),
                    ("right", self.right_sentences, self.right_boilerplate),
                )
            )
            self._proposed = disagreeing_fact_pairs(lefts, rights)
        return self._proposed

    def _states_figures(self, sentences: Sequence[Sentence], flags: Sequence[bool]) -> list[bool]:
        """Which story sentences state a figure (read from each claim as the text alone gives
        it, cached by text: speakers and referents never change a sentence's figures)."""
        known = self.known_claims
        return [
            not flag and bool(read_claim(sentence.text, (), known).figures)
            for sentence, flag in zip(sentences, flags, strict=True)
        ]

    def _read_known(self) -> None:
        """The articles' claims from the article cache, once, into ``known_claims``."""
        if self._claims_from:
            articles, self._claims_from = self._claims_from, ()
            _known_claims(articles, self.known_claims)

    def _claim(self, side: str, index: int) -> Claim:
        claim = self._claims.get((side, index))
        if claim is None:
            self._read_known()
            claim = self._claims[(side, index)] = self._read(side, index)
        return claim

    def _read(self, side: str, index: int) -> Claim:
        sentences = self.left_sentences if side == "left" else self.right_sentences
        speakers = self._speakers.get(side)
        if speakers is None:
            quotes = self.left_quotes if side == "left" else self.right_quotes
            speakers = self._speakers[side] = speakers_by_sentence(m.quote for m in quotes)
        flags = self.left_boilerplate if side == "left" else self.right_boilerplate
        return sentence_claim(index, sentences, flags, speakers, self.known_claims)

    def _diff(self, left: int, right: int) -> WordDiff:
        cached = self._diffs.get((left, right))
        if cached is None:
            cached = word_diff(
                self.left_sentences[left],
                self.right_sentences[right],
                self._spans("left", left),
                self._spans("right", right),
            )
            self._diffs[(left, right)] = cached
        return cached

    def _spans(self, side: str, index: int) -> WordSpans:
        key = (side, index)
        spans = self._words.get(key)
        if spans is None:
            sentences = self.left_sentences if side == "left" else self.right_sentences
            spans = self._words[key] = word_spans(sentences[index])
        return spans


def _aligned(
    sentences: Sequence[Sentence],
    labels: Sequence[Label],
    moved: Sequence[bool],
    boilerplate: Sequence[bool],
    links: Sequence[list[Link]],
) -> tuple[AlignedSentence, ...]:
    """Each sentence with its label, flags and links (each list already best first)."""
    # positional, in the fields' order (sentence, label, moved, boilerplate, links): a
    # keyword call costs more, once per sentence of both sides
    return tuple(
        AlignedSentence(sentence, label, flag, skip, tuple(found))
        for sentence, label, flag, skip, found in zip(
            sentences, labels, moved, boilerplate, links, strict=True
        )
    )


def _own_analysis(
    article: Article, sentences: Sequence[Sentence] | None
) -> tuple[tuple[Sentence, ...], tuple[bool, ...], Callable[[], Sequence[Quote]]]:
    """The article's segments, furniture flags and (when asked) quotes.

    From the per-text cache (:mod:`newsdiff.core.article_cache`) unless the caller brings a
    segmentation of its own, which is then analysed as given.
    """
    from newsdiff.core.article_cache import analyse

    if sentences is None:
        analysis = analyse(article.text)
        return analysis.sentences, analysis.boilerplate, lambda: analysis.quotes
    given = tuple(sentences)

    def quotes() -> Sequence[Quote]:
        from newsdiff.core.quotes import extract_quotes

        return extract_quotes(article.text, given)

    from newsdiff.core.boilerplate import boilerplate_flags

    return given, boilerplate_flags(article.text, given), quotes


def _corpus_view(text: str) -> tuple[tuple[str, ...], tuple[Quote, ...]]:
    """A corpus article's story sentences (furniture left out) and quotes, cached by text.

    The app prepares many pairs over the same corpus; each other article is read once.
    """
    from newsdiff.core.article_cache import analyse

    analysis = analyse(text)
    return analysis.story, analysis.quotes


MAX_SENTENCE_PAIRS = 25_000_000
"""The most sentence pairs one comparison scores (5,000 × 5,000 sentences).

Scoring is all-pairs: time and memory grow with the product of the two lengths. The bound was
16 million while 25 million peaked at 1.9 GB; since #20 a 4,735 × 4,541 pair (21.5 million)
peaks at 453 MiB in the engine and 0.5–0.75 GB as a whole `compare` in every format
(docs/robustness.md), well inside the 2 GB every command must stay under. Past this bound a
comparison is refused with a clear message rather than left to exhaust the machine.
"""


MAX_SENTENCES = 20_000
"""The most sentences one compared article may have (both sides together make the rows).

The pair limit alone bounds scoring, not the rows every report and the app draw: 400,000 short
sentences against a short article are few pairs but minutes of export. See docs/robustness.md.
"""


def check_size(left: Article, left_count: int, right: Article, right_count: int) -> None:
    """Refuse a pair with more than ``MAX_SENTENCES`` sentences on a side, or more than
    ``MAX_SENTENCE_PAIRS`` sentence pairs.

    Raises:
        ArticleError: naming the longer article, both sentence counts and the limit.
    """
    for article, count in ((left, left_count), (right, right_count)):
        if count > MAX_SENTENCES:
            raise ArticleError(
                article.path,
                f"too long to compare ({count:,} sentences; newsdiff compares articles of up "
                f"to {MAX_SENTENCES:,} sentences)",
            )
    if left_count * right_count <= MAX_SENTENCE_PAIRS:
        return
    longer = left if left_count >= right_count else right
    raise ArticleError(
        longer.path,
        f"too long to compare ({left_count:,} × {right_count:,} sentences; newsdiff compares "
        f"up to {MAX_SENTENCE_PAIRS // 1_000_000} million sentence pairs, about "
        f"{isqrt(MAX_SENTENCE_PAIRS):,} × {isqrt(MAX_SENTENCE_PAIRS):,})",
    )


@collection_paused()
def prepare(
    left: Article,
    right: Article,
    *,
    corpus: Sequence[Article] = (),
    left_sentences: Sequence[Sentence] | None = None,
    right_sentences: Sequence[Sentence] | None = None,
) -> PreparedPair:
    """Do the expensive, threshold-independent part of comparing ``left`` with ``right``.

    Args:
        left: The left article.
        right: The right article.
        corpus: Every article of the corpus (may include these two): sharpens word weights
            and tells in how many articles each quote appears.
        left_sentences: A ready segmentation of ``left`` (default: ``segment(left.text)``).
        right_sentences: A ready segmentation of ``right``.
    """
    from newsdiff.core.quote_groups import match_quotes
    from newsdiff.core.speaker_names import unify_speakers

    if left_sentences is None and right_sentences is None:  # refused before any analysis
        from newsdiff.core.article_cache import sentence_count

        check_size(left, sentence_count(left.text), right, sentence_count(right.text))
    left_own = _own_analysis(left, left_sentences)
    right_own = _own_analysis(right, right_sentences)
    lefts, left_flags, left_found = left_own
    rights, right_flags, right_found = right_own
    check_size(left, len(lefts), right, len(rights))
    other_articles = [a for a in corpus if a.text not in (left.text, right.text)]
    others = [_corpus_view(a.text) for a in other_articles]
    background = [text for story, _ in others for text in story]
    known: dict[str, Claim] = {}
    from_cache = left_sentences is None and right_sentences is None
    # both segmented by the article cache: their claims are kept there too, read back when
    # the first comparison needs them (after scoring's working memory is let go: a lower peak)
    read_ahead = None if from_cache else lambda: read_claims(lefts, rights, left_flags, right_flags)
    scores = score_matrices(
        [("" if flag else s.text) for s, flag in zip(lefts, left_flags, strict=True)],
        [("" if flag else s.text) for s, flag in zip(rights, right_flags, strict=True)],
        background=background,
        while_waiting=read_ahead,
        features_read=_cached_features(left, left_sentences, right, right_sentences),
    )
    _topic_lines_link_only_when_copied(scores, lefts, rights)
    found = [left_found(), right_found()]
    corpus_quotes = unify_speakers(found + [quotes for _, quotes in others])
    left_quotes, right_quotes = corpus_quotes[0], corpus_quotes[1]
    left_matches, right_matches = match_quotes(left_quotes, right_quotes, corpus_quotes)
    return PreparedPair(
        left=left,
        right=right,
        left_sentences=lefts,
        right_sentences=rights,
        left_boilerplate=left_flags,
        right_boilerplate=right_flags,
        scores=scores,
        left_quotes=tuple(left_matches),
        right_quotes=tuple(right_matches),
        scoring=Scoring(tuple(a.path for a in other_articles), semantic.status()),
        known_claims=known,
        _claims_from=(left, right) if from_cache else (),
        _features_from=(left, right) if from_cache else (),
    )


def _cached_features(
    left: Article,
    left_sentences: Sequence[Sentence] | None,
    right: Article,
    right_sentences: Sequence[Sentence] | None,
) -> tuple[Sequence[SentenceFeatures], Sequence[SentenceFeatures]] | None:
    """Both sides' scoring features from the per-text cache, when both were segmented there."""
    if left_sentences is not None or right_sentences is not None:
        return None
    from newsdiff.core.article_cache import scoring_features

    return scoring_features(left.text), scoring_features(right.text)


CLAIMS_READ_AHEAD = 4000
"""At most this many sentences' claims are read while scoring waits for rapidfuzz; the rest are
read when a candidate pair first needs them."""


def read_claims(
    lefts: Sequence[Sentence],
    rights: Sequence[Sentence],
    left_flags: Sequence[bool],
    right_flags: Sequence[bool],
) -> None:
    """Read (and cache) the claims of the story sentences, ahead of the claim check."""
    texts = [s.text for s, flag in zip(lefts, left_flags, strict=True) if not flag]
    texts += [s.text for s, flag in zip(rights, right_flags, strict=True) if not flag]
    for text in texts[:CLAIMS_READ_AHEAD]:
        read_claim(text)  # (job titles are read by the check, for the pairs that reach them)


def _known_claims(articles: Sequence[Article], known: dict[str, Claim]) -> None:
    """Fill ``known`` with the claims of the articles' story sentences, by text, from the
    article cache (read once per text and kept on disk, as the scoring features are)."""
    from newsdiff.core.article_cache import analyse, sentence_claims

    for article in articles:
        for text, claim in zip(
            analyse(article.text).story, sentence_claims(article.text), strict=True
        ):
            known.setdefault(text, claim)  # one claim per text, whichever article has it


def _topic_lines_link_only_when_copied(
    scores: ScoreMatrices, lefts: Sequence[Sentence], rights: Sequence[Sentence]
) -> None:
    """Section headings name a topic and state no fact: they link only when copied.

    Their link score becomes their near-verbatim score, so a heading such as "Trade and Energy
    Discussions" is not linked to every sentence about trade.
    """
    for index, sentence in enumerate(lefts):
        if sentence.kind == "heading":
            scores.score[index, :] = scores.verbatim[index, :]
    for index, sentence in enumerate(rights):
        if sentence.kind == "heading":
            scores.score[:, index] = scores.verbatim[:, index]


def compare_articles(
    left: Article,
    right: Article,
    settings: Settings | None = None,
    *,
    corpus: Sequence[Article] = (),
) -> Comparison:
    """Compare two articles sentence by sentence at ``settings`` (default thresholds if None)."""
    return prepare(left, right, corpus=corpus).comparison(settings)


def _article(text: str, path: str) -> Article:
    from newsdiff.core.load import make_title

    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    return Article(path=path, text=text, title=make_title(text))


def compare_texts(
    left_text: str,
    right_text: str,
    settings: Settings | None = None,
    *,
    left_path: str = "left",
    right_path: str = "right",
) -> Comparison:
    """Compare two texts given as strings (line ends normalized as the loader does)."""
    return compare_articles(
        _article(left_text, left_path), _article(right_text, right_path), settings
    )


def compare_files(
    left_path: str | Path,
    right_path: str | Path,
    settings: Settings | None = None,
    *,
    max_bytes: int | None = None,
    encoding: str | None = None,
    corpus: Sequence[Article] = (),
) -> Comparison:
    """Load two article files and compare them; unusable files raise ``ArticleError``.

    ``max_bytes`` and ``encoding`` are passed to :func:`newsdiff.core.load.load_article`;
    ``corpus`` (more articles on the story) sharpens the word weights as the app's library does.
    """
    from newsdiff.core.load import load_article

    def load(path: str | Path) -> Article:
        return load_article(path, max_bytes=max_bytes, encoding=encoding)

    return compare_articles(load(left_path), load(right_path), settings, corpus=corpus)
