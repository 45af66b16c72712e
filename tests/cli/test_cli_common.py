"""Shared CLI behaviour: one-line errors, exit statuses, routing, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff.cli import route_arguments
from newsdiff.cli.common import EXIT_SIGPIPE, run_guarded
from newsdiff.core.errors import ArticleError

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["list", "--bogus"], "no such option: --bogus (see 'newsdiff list --help')"),
        (["list", "--format", "xml"], "'xml' is not one of 'text', 'json'"),
        (["compare"], "missing argument"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(
    newsdiff: Newsdiff, args: list[str], words: str
) -> None:
    result = newsdiff(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("error: ") and words in result.stderr


def test_help_and_version_exit_0(newsdiff: Newsdiff) -> None:
    assert newsdiff("-h").returncode == 0
    version = newsdiff("--version")
    assert version.returncode == 0 and version.stdout.startswith("newsdiff ")


def test_closed_pipe_is_quiet() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdiff", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `newsdiff list | head -0`
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in stderr
    assert stderr == ""


def _exit_of(run: object, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as caught:
        run_guarded(run)  # type: ignore[arg-type]
    return int(caught.value.code or 0), capsys.readouterr().err


def test_article_error_with_hostile_path_is_one_safe_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def run() -> None:
        raise ArticleError("evil\n\x1b[31mname.txt", "no such file or folder")

    code, err = _exit_of(run, capsys)
    assert code == 2
    assert err == "error: evil\u240a\u241b[31mname.txt: no such file or folder\n"


def test_broken_pipe_exits_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    def run() -> None:
        raise BrokenPipeError

    code, err = _exit_of(run, capsys)
    assert (code, err) == (EXIT_SIGPIPE, "")


def test_crash_prints_one_line_and_keeps_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    def run() -> None:
        raise ZeroDivisionError("boom\nsecond line")

    code, err = _exit_of(run, capsys)
    assert code == 1
    assert err.count("\n") == 1 and "unexpected ZeroDivisionError: boom second line" in err
    report = Path(err.rsplit("full report: ", 1)[1].rstrip(")\n"))
    assert "ZeroDivisionError" in report.read_text(encoding="utf-8")
    report.unlink()


def test_returned_exit_status_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_of(lambda: 2, capsys)[0] == 2


@pytest.mark.parametrize(
    ("argv", "routed"),
    [
        ([], ["ui"]),
        (["a.txt", "b.txt"], ["ui", "a.txt", "b.txt"]),
        (["list", "a.txt"], ["list", "a.txt"]),
        (["--", "list"], ["ui", "--", "list"]),
        (["-h"], ["-h"]),
        (["--version"], ["--version"]),
    ],
)
def test_route_arguments(argv: list[str], routed: list[str]) -> None:
    assert route_arguments(argv) == routed
