"""`newsdiff a.txt missing.txt b.txt`: a missing path among good ones is skipped and reported,
as an empty or binary file is and as every printing command does (seventh user trial)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.cli import launch
from newsdiff.core.errors import ArticleError
from test_cli_launch import HEADLESS, PROBE

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


def _articles(folder: Path) -> list[Path]:
    paths = []
    for name in ("left.txt", "right.txt"):
        paths.append(folder / name)
        paths[-1].write_text(f"{name}\n\nThe ferry sailed at noon.\n", encoding="utf-8")
    return paths


def test_a_missing_path_among_good_ones_opens_the_app(newsdiff: Newsdiff, tmp_path: Path) -> None:
    left, right = _articles(tmp_path)
    missing = tmp_path / "missing.txt"
    done = newsdiff(str(left), str(missing), str(right), code=PROBE)
    assert done.returncode == 0, done.stderr
    assert "missing.txt" in done.stdout and "right.txt" in done.stdout  # the app ran on all


def test_only_missing_paths_are_refused_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone, lost = tmp_path / "gone.txt", tmp_path / "lost.txt"
    assert launch.launch_app([gone, lost]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: {gone}: no such file or folder",
        f"error: {lost}: no such file or folder",
    ]


async def test_the_library_lists_the_missing_path_with_the_other_errors(tmp_path: Path) -> None:
    left, right = _articles(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    app = NewsDiffApp([left, missing, empty, right])
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert screen.query_one(ArticleTable).row_count == 2
        notice = " ".join(str(screen.query_one("#errors").render()).split())
    assert notice.startswith("2 files could not be loaded")
    assert "missing.txt: no such file or folder" in notice and "empty.txt: empty file" in notice


@pytest.mark.parametrize("skipped", [0, 2])
def test_after_the_app_the_skipped_inputs_are_printed_and_the_status_is_3(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    skipped: int,
) -> None:
    """As `newsdiff list a.txt missing.txt` does: one `error:` line each, status 3."""
    left, right = _articles(tmp_path)
    errors = tuple(
        ArticleError(str(tmp_path / f"gone{n}.txt"), "no such file or folder")
        for n in range(skipped)
    )

    def run(self: NewsDiffApp) -> None:
        self.load_errors = errors

    monkeypatch.setattr(NewsDiffApp, "run", run)
    monkeypatch.setenv("TEXTUAL_DRIVER", HEADLESS)  # run is faked: no terminal needed
    status = launch.launch_app([left, *(error.path for error in errors), right])
    err = capsys.readouterr().err.splitlines()
    assert status == (3 if skipped else 0)
    assert err == [f"error: {error.path}: no such file or folder" for error in errors]
