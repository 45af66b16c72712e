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


def test_resume_hands_what_was_allocated_to_the_oldest_generation() -> None:
    """What the start allocated is not scanned by the next young collection, and nothing is
    left frozen (a comparison's own pause does the same trick afterwards: core.gc_pause)."""
    gc.unfreeze()
    with gc_pause.paused():
        kept = [[index] for index in range(1_000)]
        gc_pause.resume()
        assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in kept)


def test_collection_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with gc_pause.paused():
        assert not gc_pause.is_paused()
        gc_pause.resume()
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_resume_without_a_pause_changes_nothing() -> None:
    gc.disable()  # the caller's choice: resume() must not turn collection on
    gc_pause.resume()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


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


async def test_the_other_screens_styles_are_read_after_the_first_frame(
    tmp_path: Path,
    fake_engine,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The comparison's and the story's stylesheets are not parsed for the library's first
    frame, are read once it is painted, and opening a comparison re-parses nothing."""
    from textual.css.stylesheet import Stylesheet

    for number in range(3):
        (tmp_path / f"a{number}.txt").write_text(f"Headline {number}\n\nText.\n", "utf-8")
    read_at_mount: list[list[str]] = []
    real_on_mount = LibraryScreen.on_mount

    def on_mount(screen: LibraryScreen) -> None:
        read_at_mount.append([Path(path).name for path, _ in screen.app.stylesheet.source])
        real_on_mount(screen)

    monkeypatch.setattr(LibraryScreen, "on_mount", on_mount)
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "library.tcss" in read_at_mount[0]
        assert "compare.tcss" not in read_at_mount[0] and "story.tcss" not in read_at_mount[0]
        names = [Path(path).name for path, _ in app.stylesheet.source]
        assert "compare.tcss" in names and "story.tcss" in names
        reparses: list[int] = []
        real_reparse = Stylesheet.reparse
        monkeypatch.setattr(
            Stylesheet, "reparse", lambda self: (reparses.append(1), real_reparse(self))[1]
        )
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "CompareScreen"
        assert reparses == []
