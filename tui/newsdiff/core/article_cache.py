"""Each article text analysed once: segments, site furniture and quotes, kept by content.

The library's counts, every comparison the article takes part in (on either side or as corpus),
the story and ``newsdiff quotes`` all read an article through :func:`analyse`, so its
segmentation and quote/speaker extraction run once per text, not once per use. Results are
kept in memory (the most recent :data:`MEMORY` texts) and on disk through
:mod:`newsdiff.core.disk_cache` (``…/newsdiff/articles``), keyed by a SHA-256 of the text and
of the analysis code, so a later command on the same article reads them back.

The analysis is a pure function of the text: a cached result is the result.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from newsdiff.core import disk_cache
from newsdiff.core.models import Quote, Sentence

if TYPE_CHECKING:
    from newsdiff.core.claim import Claim
    from newsdiff.core.words import SentenceFeatures

MEMORY = 512
"""Analyses kept in memory (a 300-article library fits)."""
FORMAT = "article-analysis/3"
"""Bumped whenever :class:`ArticleAnalysis` changes shape."""

COUNTS_FORMAT = "article-counts/1"
"""Bumped whenever what :func:`counts` keeps changes."""
FEATURES_FORMAT = "scoring-features/1"
"""Bumped whenever what :func:`scoring_features` keeps changes shape."""
CLAIMS_MEMORY = 2
"""Articles whose claims are kept in memory: a comparison keeps its own, by text."""
CLAIMS_FORMAT = "sentence-claims/6"
"""Bumped whenever what :func:`sentence_claims` keeps changes shape."""
T = TypeVar("T")

FEATURES_MEMORY = 16
"""Articles whose scoring features are kept in memory (the app's open pair and a few more)."""

_lock = threading.Lock()
_memory: OrderedDict[str, ArticleAnalysis] = OrderedDict()
_features: OrderedDict[str, tuple[SentenceFeatures, ...]] = OrderedDict()
_counts: OrderedDict[str, tuple[int, int]] = OrderedDict()
_claims: OrderedDict[str, tuple[Claim, ...]] = OrderedDict()
_segmented: OrderedDict[str, tuple[Sentence, ...]] = OrderedDict()
"""Segmentations made by :func:`sentence_count` (a pair's two) for :func:`compute` to use."""


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What newsdiff reads from one article text on its own, before any comparison.

    Attributes:
        sentences: The segments (``segment(text)``).
        boilerplate: Per segment: is it site furniture (``boilerplate_flags``)?
        quotes: The quotes with speaker, role and cue (``extract_quotes``), before speaker
            names are unified across articles.
    """

    sentences: tuple[Sentence, ...]
    boilerplate: tuple[bool, ...]
    quotes: tuple[Quote, ...]

    @property
    def story(self) -> tuple[str, ...]:
        """The texts of the segments that are not site furniture."""
        return tuple(
            s.text for s, flag in zip(self.sentences, self.boilerplate, strict=True) if not flag
        )


def compute(text: str) -> ArticleAnalysis:
    """The analysis of ``text``, computed (no cache)."""
    from newsdiff.core.boilerplate import boilerplate_flags
    from newsdiff.core.quotes import extract_quotes
    from newsdiff.core.segment import segment

    ready = None
    if _segmented:  # segmented by sentence_count, to check the sentence limit first
        with _lock:
            ready = _segmented.pop(disk_cache.content_key(FORMAT, [text]), None)
    sentences = tuple(segment(text)) if ready is None else ready
    return ArticleAnalysis(
        sentences=sentences,
        boilerplate=tuple(boilerplate_flags(text, sentences)),
        quotes=tuple(extract_quotes(text, sentences)),
    )


def _kept(
    memory: OrderedDict[str, T],
    size: int,
    kind: str,
    folder: str,
    text: str,
    accept: Callable[[object], bool],
    build: Callable[[], T],
) -> T:
    """What ``build`` makes of ``text``: from ``memory``, else ``…/newsdiff/<folder>``, else
    built and kept in both (``memory`` holds the ``size`` most recently used)."""
    key = disk_cache.content_key(kind, [text])
    with _lock:
        found = memory.get(key)
        if found is not None:
            memory.move_to_end(key)
            return found
    value = disk_cache.cached(disk_cache.cache_root() / folder, key, accept, build)
    with _lock:
        memory[key] = value
        while len(memory) > size:
            memory.popitem(last=False)
    return value


def analyse(text: str) -> ArticleAnalysis:
    """The analysis of ``text``: from memory, else from disk, else computed and kept."""
    return _kept(
        _memory,
        MEMORY,
        FORMAT,
        "articles",
        text,
        lambda value: isinstance(value, ArticleAnalysis),
        lambda: compute(text),
    )


def sentence_count(text: str) -> int:
    """How many segments ``text`` has, found without analysing it, so that an article over a
    limit is refused before its analysis is computed or cached: the kept analysis's or
    counts' number, else ``segment(text)``'s, that segmentation kept for :func:`compute`."""
    from newsdiff.core.segment import segment

    key = disk_cache.content_key(FORMAT, [text])
    with _lock:
        found = _memory.get(key)
        counted = _counts.get(disk_cache.content_key(COUNTS_FORMAT, [text]))
    if found is not None:
        return len(found.sentences)
    if counted is not None:
        return counted[0]
    if (disk_cache.cache_root() / "articles" / f"{key}.pickle").is_file():
        return len(analyse(text).sentences)  # read back, as the comparison would
    sentences = tuple(segment(text))
    with _lock:
        _segmented[key] = sentences
        while len(_segmented) > 2:
            _segmented.popitem(last=False)
    return len(sentences)


def counts(text: str) -> tuple[int, int]:
    """How many segments and quotes ``text`` has: what the library and ``list`` show.

    Kept apart from the analysis (``…/newsdiff/counts``, a few bytes an article), so a library
    of 300 articles reads its counts in a few milliseconds instead of unpickling 300 analyses
    while its rows are being painted.
    """

    def count() -> tuple[int, int]:
        analysis = analyse(text)
        return len(analysis.sentences), len(analysis.quotes)

    return _kept(
        _counts,
        4 * MEMORY,
        COUNTS_FORMAT,
        "counts",
        text,
        lambda value: (
            isinstance(value, tuple)
            and len(value) == 2
            and all(type(number) is int for number in value)
        ),
        count,
    )


def scoring_features(text: str) -> tuple[SentenceFeatures, ...]:
    """What scoring reads of each segment of ``text`` (:func:`newsdiff.core.words.features`).

    One entry per segment of :func:`analyse`, site furniture read as an empty text (it is
    blanked out for scoring). Kept like the analysis, in memory and on disk
    (``…/newsdiff/features``): reading them back costs a fifth of computing them, and only
    comparisons need them, so the library's analysis does not carry them.
    """

    def compute_features() -> tuple[SentenceFeatures, ...]:
        from newsdiff.core.words import features

        analysis = analyse(text)
        return tuple(
            features("" if flag else sentence.text)
            for sentence, flag in zip(analysis.sentences, analysis.boilerplate, strict=True)
        )

    return _kept(
        _features,
        FEATURES_MEMORY,
        FEATURES_FORMAT,
        "features",
        text,
        lambda value: isinstance(value, tuple),
        compute_features,
    )


def sentence_claims(text: str) -> tuple[Claim, ...]:
    """The claim of each story segment of ``text`` (:attr:`ArticleAnalysis.story`, in order),
    as :func:`~newsdiff.core.claim.read_claim` reads it without speakers.

    Kept like the scoring features (``…/newsdiff/claims``): the claim check of a comparison
    reads nearly every sentence's claim, and reading them back costs a quarter of reading them.
    """

    def compute_claims() -> tuple[Claim, ...]:
        from newsdiff.core.claim import read_claim

        return tuple(read_claim(sentence) for sentence in analyse(text).story)

    return _kept(
        _claims,
        CLAIMS_MEMORY,
        CLAIMS_FORMAT,
        "claims",
        text,
        lambda value: isinstance(value, tuple),
        compute_claims,
    )


def forget() -> None:
    """Empty the in-memory caches (tests and benchmarks of a first analysis)."""
    with _lock:
        _memory.clear()
        _features.clear()
        _counts.clear()
        _claims.clear()
        _segmented.clear()
