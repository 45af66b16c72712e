"""What waits for the library's first frame (issue #20): garbage collection is paused while the
app starts and on again once that frame is painted (never left off); the thread workers' daemon
executor is installed after it, yet before any worker runs."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsdiff.app import gc_pause
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.executor import DaemonExecutor
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.article_table import ArticleTable


@pytest.fixture(autouse=True)
def collection_restored() -> Iterator[None]:
    """Whatever a test does, the test run goes on collecting (and unfrozen)."""
    yield
    gc_pause.resume()
    gc.unfreeze()
    gc.enable()


def test_paused_block_turns_collection_off_and_back_on() -> None:
    assert gc.isenabled()
    with gc_pause.paused():
        assert not gc.isenabled()
        assert gc_pause.is_paused()
    assert gc.isenabled()
    assert not gc_pause.is_paused()


def test_collection_comes_back_when_the_block_fails() -> None:
    with pytest.raises(SystemExit), gc_pause.paused():
        raise SystemExit(2)  # e.g. `newsdiff missing.txt` refusing the path
    assert gc.isenabled()


def test_resume_freezes_what_was_allocated_while_paused() -> None:
    frozen = gc.get_freeze_count()
    with gc_pause.paused():
        kept = [[index] for index in range(1_000)]
        gc_pause.resume()
        assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(kept)


def test_collection_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with gc_pause.paused():
        assert not gc_pause.is_paused()
        gc_pause.resume()
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_resume_without_a_pause_changes_nothing() -> None:
    frozen = gc.get_freeze_count()
    gc_pause.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


async def test_the_app_collects_again_after_its_first_frame(tmp_path: Path) -> None:
    """Started paused, as ``newsdiff`` starts it: the rows are painted, then collection is on
    while the app still runs."""
    for number in range(3):
        (tmp_path / f"a{number}.txt").write_text(
            f"Headline {number}\n\nA sentence about item {number}.\n", encoding="utf-8"
        )
    with gc_pause.paused():
        app = NewsDiffApp([tmp_path])
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            assert screen.query_one(ArticleTable).row_count == 3
            assert gc.isenabled()
            assert not gc_pause.is_paused()


def default_executor() -> object:
    return asyncio.get_running_loop()._default_executor  # type: ignore[attr-defined]


async def test_workers_run_on_daemon_threads_once_the_library_is_painted(tmp_path: Path) -> None:
    """Quitting never waits for a worker: the counts' worker (the first) runs on the daemon
    executor, installed after the first frame."""
    for number in range(3):
        (tmp_path / f"a{number}.txt").write_text(f"Headline {number}\n\nText.\n", "utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(default_executor(), DaemonExecutor)


async def test_a_saved_comparison_starts_with_daemon_workers(fake_engine) -> None:  # noqa: ANN001
    from app_factory import sample

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(default_executor(), DaemonExecutor)
