"""Fixtures of the command-line tests."""

from __future__ import annotations

from collections.abc import Callable
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
