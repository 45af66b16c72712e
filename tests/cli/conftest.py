"""Fixtures of the command-line tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[[list[str]], tuple[int, str, str]]:
    """``newsdiff ARGS`` run in this process: its exit status, stdout and stderr."""

    def run(args: list[str]) -> tuple[int, str, str]:
        capsys.readouterr()
        code = 0
        try:
            main(args)
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 0
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
