"""The app with no terminal (a cron job, CI, ``newsdiff a.txt b.txt > out 2>&1``) is refused
in one line, exit 2, instead of waiting forever for keys while it draws into a file.

Textual draws on standard error and reads keys from standard input; before this check the
app started anyway and the process never ended (found in the ninth user trial)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

ARTICLE = """Ferry to sail twice a day

The Selkirk Quay ferry will sail twice a day from March, the island council of Marrow said.
"""

REFUSAL = "the app needs a terminal and standard {} is not one; in a script use newsdiff"


Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


def run_without_terminal(
    newsdiff: Newsdiff, args: list[str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    # standard input is empty; the old code never ended: the timeout fails the test
    return newsdiff(*args, cwd=cwd, drop=["TEXTUAL_DRIVER"], timeout=60)


@pytest.fixture
def folder(newsdiff: Newsdiff, tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("twice", "three times"), encoding="utf-8")
    saved = newsdiff("compare", "a.txt", "b.txt", "-o", "saved.json", cwd=tmp_path)
    assert saved.returncode == 0, saved.stderr
    return tmp_path


@pytest.mark.parametrize(
    "args", [["a.txt", "b.txt"], [], ["--theme", "textual-light", "a.txt"], ["open", "saved.json"]]
)
def test_the_app_without_a_terminal_is_one_line_and_status_2(
    newsdiff: Newsdiff, folder: Path, args: list[str]
) -> None:
    try:
        done = run_without_terminal(newsdiff, args, folder)
    except subprocess.TimeoutExpired:
        pytest.fail(f"newsdiff {' '.join(args)} waited for keys with no terminal")
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: " + REFUSAL.format("input")), lines


def test_bad_inputs_are_still_named_before_the_terminal_is_asked_for(
    newsdiff: Newsdiff, folder: Path
) -> None:
    (folder / "empty.txt").write_bytes(b"")
    done = run_without_terminal(newsdiff, ["empty.txt"], folder)
    assert (done.returncode, done.stderr) == (2, "error: empty.txt: empty file (0 bytes)\n")
