"""The app's doorway to the analysis core: counts for the library and comparisons for the view.

These functions run in thread workers; they never touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from newsdiff.core.models import Article, Comparison, Settings

if TYPE_CHECKING:
    from newsdiff.app.widgets.quote_sidebar import QuoteListing
    from newsdiff.core.story import Story


class Prepared(Protocol):
    """A scored pair that re-labels cheaply at any thresholds (``core.compare.PreparedPair``)."""

    def comparison(self, settings: Settings) -> Comparison:
        """The comparison at ``settings``, without re-scoring."""
        ...

    def sentence_count(self) -> int:
        """Sentences of both sides (known before any labelling)."""
        ...


class ArticleCounts(NamedTuple):
    """What the library shows about an article besides its title and path (a named tuple: a
    frozen dataclass costs the app's start ~0.4 ms to create)."""

    words: int
    sentences: int
    quotes: int


def article_counts(article: Article) -> ArticleCounts:
    """Words, sentences and quotes of ``article``, as ``newsdiff list`` counts them."""
    from newsdiff.core.stats import article_stats

    stats = article_stats(article)
    return ArticleCounts(words=stats.words, sentences=stats.sentences, quotes=stats.quotes)


def prepare_pair(left: Article, right: Article, corpus: Sequence[Article]) -> Prepared:
    """Score ``left`` against ``right`` once; re-label later with :func:`relabel`."""
    from newsdiff.core.compare import prepare

    return prepare(left, right, corpus=tuple(corpus))


def prepare_ahead(left: Article, right: Article, corpus: Sequence[Article]) -> Prepared:
    """Score the pair Enter would open before it is asked for (the library's warm-up), and
    label it at the default thresholds with its quote list: the compare screen takes it
    instead of calling :func:`prepare_pair` (see :class:`LabelledAhead`)."""
    return LabelledAhead(prepare_pair(left, right, corpus), Settings())


SAME_FRAME_SENTENCES = 200
"""A pair labelled ahead with at most this many sentences (both sides) is shown in the compare
screen's first frame: its line layout is then built on the main thread (~0.04 ms a sentence,
at a provisional width and again at the view's width). A longer pair is laid out by the
screen's worker, off the main thread."""


class LabelledAhead:
    """A pair scored ahead, also labelled at ``settings`` off the main thread, once.

    A short pair (:data:`SAME_FRAME_SENTENCES`) also has its quotes listed: a compare screen
    opened on it at those thresholds shows it in its first frame (:meth:`take`). A long one is
    laid out by the screen's worker, which asks :meth:`comparison` and is handed the same
    labelling (it was labelled ahead and then again by the worker: the links, moved flags and
    rows built twice, ~60 ms for 2,000 sentences a side).

    It is a :class:`Prepared`: :meth:`comparison` re-labels as the pair it wraps does.
    """

    def __init__(self, prepared: Prepared, settings: Settings) -> None:
        from newsdiff.app.widgets.quote_sidebar import QuoteSidebar

        self.prepared = prepared
        self.settings = settings
        self._short = prepared.sentence_count() <= SAME_FRAME_SENTENCES
        comparison = prepared.comparison(settings)
        # a long pair's quotes are listed by the worker that lays it out
        listing = QuoteSidebar.listing(comparison) if self._short else None
        self._labelled: tuple[Comparison, QuoteListing | None] | None = (comparison, listing)

    def sentence_count(self) -> int:
        """Sentences of both sides of the wrapped pair."""
        return self.prepared.sentence_count()

    def comparison(self, settings: Settings) -> Comparison:
        """The comparison at ``settings``: the one labelled ahead, once, when it was labelled
        at ``settings``; otherwise re-labelled, as the wrapped pair does."""
        labelled, self._labelled = self._labelled, None
        if labelled is not None and settings == self.settings:
            return labelled[0]
        return self.prepared.comparison(settings)

    def take(self, settings: Settings) -> tuple[Comparison, QuoteListing] | None:
        """The comparison labelled ahead and its quote list, once, when it was labelled at
        ``settings`` and is short enough for one frame (:data:`SAME_FRAME_SENTENCES`). A long
        pair's labelling is kept for :meth:`comparison`."""
        if not self._short:
            return None
        labelled, self._labelled = self._labelled, None
        if labelled is None or settings != self.settings or labelled[1] is None:
            return None
        return labelled[0], labelled[1]


WARM_UP_LEFT = (
    "The council voted on Monday to close the old bridge for six weeks, officials said.\n"
    '"We have no choice," the mayor, Ann Lee, told reporters. Repairs will cost $2 million.\n'
)
WARM_UP_RIGHT = (
    "The council did not vote to reopen the bridge, which stays closed for nine weeks.\n"
    '"We had no choice," Lee said on Tuesday. Repairs will cost about 2.1 million dollars.\n'
)
"""A made-up pair compared once per process by :func:`warm_up`: it runs every step of a
comparison (segmentation, scoring, quotes and speakers, the claim check) on a few words."""

WARM_UP_SENTENCES = 4000
"""At most this many of the library's sentences have their claims read ahead by
:func:`warm_up` (as many as a comparison reads while it waits for scoring)."""

_warmed = threading.Event()
_warming = threading.Lock()


def warm_up(articles: Sequence[Article], cancelled: Callable[[], bool]) -> None:
    """Pay a process's first-comparison costs before the first comparison is asked for.

    Imports the compare screen and the analysis modules, loads the meaning model (its
    tokenizer is parsed once per process), runs a made-up pair through every step once
    (regular expressions compiled, lookup tables built), then reads the claims of the
    library's story sentences into their cache. Results never depend on it: the meaning
    model's word memory is emptied again, and the claim cache holds pure functions of a
    sentence's text. Stops between steps when ``cancelled()`` (the app is quitting).
    """
    with _warming:
        if not _warmed.is_set():
            _warm_process(cancelled)
    if cancelled():
        return
    from newsdiff.core.article_cache import analyse
    from newsdiff.core.claims import read_claim

    budget = WARM_UP_SENTENCES
    for article in articles:
        if cancelled() or budget <= 0:
            return
        try:
            analysis = analyse(article.text)
        except Exception:  # noqa: BLE001 - the comparison will report its own error
            continue
        for text in analysis.story[:budget]:
            read_claim(text)
        budget -= len(analysis.story)


def _warm_process(cancelled: Callable[[], bool]) -> None:
    import newsdiff.app.screens.compare  # noqa: F401 - imported for its side: loaded once

    if cancelled():
        return
    from newsdiff.core import semantic
    from newsdiff.core.compare import prepare
    from newsdiff.core.segment import segment

    embedder = semantic.embedder()
    if cancelled():
        return
    left = Article(path="<warm-up left>", text=WARM_UP_LEFT, title="warm-up")
    right = Article(path="<warm-up right>", text=WARM_UP_RIGHT, title="warm-up")
    try:  # given sentences: nothing of the made-up pair enters the article cache
        prepare(
            left,
            right,
            left_sentences=segment(left.text),
            right_sentences=segment(right.text),
        ).comparison(Settings())
    finally:
        if embedder is not None:
            embedder.forget_words()
    _warmed.set()


def relabel(prepared: Prepared, settings: Settings) -> Comparison:
    """The comparison of a prepared pair at ``settings`` (cheap: no re-scoring)."""
    return prepared.comparison(settings)


def build_story(
    articles: Sequence[Article],
    settings: Settings,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> Story:
    """The corpus story (from the on-disk cache when these texts were read before)."""
    from newsdiff.core.story import build_story as build
    from newsdiff.core.story_cache import cached_story

    return cached_story(
        articles,
        settings,
        lambda: build(articles, settings, progress=progress, cancelled=cancelled),
    )
