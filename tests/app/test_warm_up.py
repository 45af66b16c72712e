"""The first comparison's one-time costs are paid in the background once the library is up:
the warm-up never holds up quitting, and a comparison asked for while it runs is the same."""

from __future__ import annotations

import asyncio
import threading

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen, expected_title, settings_title
from newsdiff.core.compare import compare_articles
from newsdiff.core.models import Comparison

SIZE = (120, 36)


@pytest.fixture
def held_warm_up(monkeypatch: pytest.MonkeyPatch):
    """The process warm-up waits for the returned event before doing its real work."""
    release = threading.Event()
    started = threading.Event()
    real = engine._warm_process

    def held(cancelled):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(30)
        real(cancelled)

    monkeypatch.setattr(engine, "_warm_process", held)
    monkeypatch.setattr(engine, "_warmed", threading.Event())
    yield started, release
    release.set()


def labels(comparison: Comparison) -> list[tuple[str, int, str, tuple[int, ...]]]:
    """Every sentence's side, index, label and linked counterparts."""
    return [
        (side, aligned.sentence.index, aligned.label, tuple(link.index for link in aligned.links))
        for side in ("left", "right")
        for aligned in comparison.side(side).sentences
    ]


async def test_quitting_never_waits_for_the_warm_up(held_warm_up) -> None:
    """ctrl+q while the warm-up is busy ends the app at once."""
    started, _ = held_warm_up
    app = NewsDiffApp(theme="textual-dark")

    async def run() -> None:
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(100):
                if started.is_set():
                    break
                await pilot.pause(0.05)
            assert started.is_set(), "the warm-up did not start after the library"
            await pilot.press("ctrl+q")
            await pilot.pause()

    await asyncio.wait_for(run(), timeout=10)
    assert app.return_code == 0
    assert not app.is_running


async def test_a_comparison_during_the_warm_up_is_the_same(held_warm_up) -> None:
    """Enter while the warm-up runs (meaning model loading, made-up pair compared, word
    memory emptied) gives exactly the comparison computed on its own."""
    started, release = held_warm_up
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            if started.is_set():
                break
            await pilot.pause(0.05)
        assert started.is_set()
        await pilot.press("enter")
        release.set()  # the warm-up and the comparison now run side by side
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        for _ in range(200):
            if screen.comparison is not None:
                break
            await pilot.pause(0.05)
        shown = screen.comparison
        assert shown is not None
        articles = app.articles
    alone = compare_articles(articles[0], articles[1], corpus=articles)
    assert shown.left.article.path == articles[0].path
    assert labels(shown) == labels(alone)
    assert [(row.left, row.right) for row in shown.rows] == [
        (row.left, row.right) for row in alone.rows
    ]


def test_the_subtitle_shown_while_computing_is_the_comparisons(seed_paths) -> None:
    """Once the meaning model is loaded, the subtitle set as the screen opens is the one the
    comparison brings (corpus size, meaning signal), so it does not change on arrival."""
    from newsdiff.core import semantic
    from newsdiff.core.load import load_corpus
    from newsdiff.core.models import Settings

    articles = load_corpus(seed_paths).articles
    settings = Settings()
    for left, right in ((0, 1), (2, 4), (3, 3)):
        comparison = compare_articles(articles[left], articles[right], settings, corpus=articles)
        assert semantic.loaded_status() is not None
        assert expected_title(articles, left, right, settings) == settings_title(comparison)


async def _comparison_after(keys: tuple[str, ...], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Wait for the library's background work, press ``keys``, return the screen, the
    comparison it shows, the corpus and how many pairs the screen scored itself."""
    scored = []
    real = engine.prepare_pair

    def counted(left, right, corpus):  # type: ignore[no-untyped-def]
        scored.append((left.path, right.path))
        return real(left, right, corpus)

    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        # The app scored its warm pair through its own reference; the screen goes through
        # the engine module, so only the screen's own scoring is counted.
        monkeypatch.setattr(engine, "prepare_pair", counted)
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        return screen, screen.comparison, app.articles, scored


async def test_enter_on_the_pair_scored_ahead_does_not_score_it_again(monkeypatch) -> None:
    """Once the library is idle, Enter on its first row shows the pair scored in the
    background, and that comparison is exactly the one computed on its own."""
    screen, shown, articles, scored = await _comparison_after(("enter",), monkeypatch)
    assert shown is not None
    assert scored == []
    left, right = articles[screen.left_index], articles[screen.right_index]
    alone = compare_articles(left, right, corpus=articles)
    assert labels(shown) == labels(alone)
    assert [(row.left, row.right) for row in shown.rows] == [
        (row.left, row.right) for row in alone.rows
    ]


async def test_another_pair_than_the_one_scored_ahead_is_scored_for_itself(monkeypatch) -> None:
    """With the cursor moved after the background work, Enter compares the new pair."""
    screen, shown, articles, scored = await _comparison_after(("down", "enter"), monkeypatch)
    assert shown is not None
    left, right = articles[screen.left_index], articles[screen.right_index]
    assert scored == [(left.path, right.path)]
    assert (shown.left.article.path, shown.right.article.path) == (left.path, right.path)
    alone = compare_articles(left, right, corpus=articles)
    assert labels(shown) == labels(alone)


def test_a_pair_scored_ahead_is_only_offered_for_its_own_corpus(seed_paths) -> None:
    """The warm pair is used for the same two articles of the same corpus, never another."""
    from newsdiff.core.load import load_corpus

    articles = load_corpus(seed_paths).articles
    app = NewsDiffApp(theme="textual-dark")
    from concurrent.futures import Future

    prepared: Future[engine.Prepared] = Future()
    prepared.set_result(engine.prepare_pair(articles[0], articles[1], articles))
    app._warm_pair = (articles, 0, 1, prepared)
    assert app.warmed_pair(articles, 0, 1) is prepared
    assert app.warmed_pair(articles, 1, 0) is None
    assert app.warmed_pair(articles, 0, 2) is None
    assert app.warmed_pair(articles[:-1], 0, 1) is None


async def test_enter_while_the_pair_is_scored_ahead_waits_for_it(monkeypatch) -> None:
    """Enter on the pair the library is scoring in the background waits for that scoring
    rather than doing it a second time; the comparison is the one computed on its own."""
    started, release = threading.Event(), threading.Event()
    real_prepare = engine.prepare_pair
    scored = []

    def held(left, right, corpus):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(30)
        return real_prepare(left, right, corpus)  # not through the counted engine

    def counted(left, right, corpus):  # type: ignore[no-untyped-def]
        scored.append((left.path, right.path))
        return real_prepare(left, right, corpus)

    monkeypatch.setattr(engine, "prepare_ahead", held)
    app = NewsDiffApp(theme="textual-dark")
    try:
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(200):
                if started.is_set():
                    break
                await pilot.pause(0.05)
            assert started.is_set(), "the library did not score a pair ahead"
            monkeypatch.setattr(engine, "prepare_pair", counted)
            await pilot.press("enter")
            await pilot.pause(0.2)
            screen = app.screen
            assert isinstance(screen, CompareScreen)
            assert screen.comparison is None  # still waiting for the library's scoring
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown, articles = screen.comparison, app.articles
    finally:
        release.set()
    assert shown is not None
    assert scored == []
    left, right = articles[screen.left_index], articles[screen.right_index]
    assert labels(shown) == labels(compare_articles(left, right, corpus=articles))
