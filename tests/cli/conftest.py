"""Fixtures of the command-line tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

import pytest
from newsdiff.cli import main

PAIR_TEXTS = "pair_texts"
"""The marker that gives :func:`pair` its two texts: ``pytest.mark.pair_texts(LEFT, RIGHT)``
(usually on a whole module, as ``pytestmark``)."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{PAIR_TEXTS}(left, right): the two article texts the pair fixture writes"
    )


@pytest.fixture
def pair(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """Two article files, ``left.txt`` and ``right.txt``, holding the texts of the test's
    ``pair_texts`` marker; their paths as strings."""
    marker = request.node.get_closest_marker(PAIR_TEXTS)
    if marker is None or len(marker.args) != 2:
        raise pytest.UsageError(f"the pair fixture needs @pytest.mark.{PAIR_TEXTS}(left, right)")
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(marker.args[0], encoding="utf-8")
    right.write_text(marker.args[1], encoding="utf-8")
    return str(left), str(right)


class CliRun(NamedTuple):
    """What one in-process run of ``newsdiff`` did: its exit status, stdout and stderr."""

    code: int
    out: str
    err: str


def exit_status(done: SystemExit) -> int:
    """The status the process would exit with: ``None`` is 0, a number itself, and anything
    else (a message, which Python prints) 1, as the interpreter does."""
    if done.code is None:
        return 0
    return done.code if isinstance(done.code, int) else 1


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[[list[str]], CliRun]:
    """``newsdiff ARGS`` run in this process: its exit status, stdout and stderr."""

    def run(args: list[str]) -> CliRun:
        capsys.readouterr()
        code = 0
        try:
            main(args)
        except SystemExit as done:
            code = exit_status(done)
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


TERMINAL_SETTINGS = ("COLUMNS", "NO_COLOR", "FORCE_COLOR")
"""Settings of the terminal pytest runs in that a child ``newsdiff`` would obey: left out of its
environment, so that what it prints never depends on the shell the tests were started from."""


def newsdiff_process(
    *args: str | Path,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    drop: Iterable[str] = (),
    input: str | None = None,
    code: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m newsdiff ARGS`` in a child process, as a user's shell or script runs it (the
    console script's own start-up, exit status and streams); ``code`` runs ``python -c CODE
    ARGS`` instead (a probe that imports the command line itself).

    Its environment is this one without :data:`TERMINAL_SETTINGS` and ``drop``, plus ``env``;
    standard input is ``input``, else empty (never the terminal's). A hang fails the test at
    ``timeout`` seconds (``subprocess.TimeoutExpired``).
    """
    left_out = {*TERMINAL_SETTINGS, *drop}
    environment = {key: value for key, value in os.environ.items() if key not in left_out}
    head = ["-c", code] if code is not None else ["-m", "newsdiff"]
    return subprocess.run(
        [sys.executable, *head, *map(str, args)],
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env={**environment, **(env or {})},
    )


@pytest.fixture
def newsdiff() -> Callable[..., subprocess.CompletedProcess[str]]:
    """The command line in a child process: :func:`newsdiff_process`."""
    return newsdiff_process
