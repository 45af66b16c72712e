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
