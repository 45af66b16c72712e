"""--max-size and --encoding work the same on every command that reads articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[[list[str]], tuple[int, str, str]]


@pytest.mark.parametrize("command", [["compare"], ["quotes"], ["list"]])
def test_max_size_refuses_a_larger_file(
    command: list[str], seed_paths: list[Path], run_cli: Run
) -> None:
    left, right = seed_paths[0], seed_paths[1]
    code, _, err = run_cli([*command, str(left), str(right), "--max-size", "1k"])
    assert code == 2
    assert "file too large" in err and str(left) in err


@pytest.mark.parametrize("command", [["compare"], ["quotes"], ["list"]])
def test_forced_encoding_is_used(command: list[str], tmp_path: Path, run_cli: Run) -> None:
    text = "Ministers met in Kraków. „Dobrze” powiedział minister. Talks went on.\n"
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_bytes(text.encode("cp1250"))
    right.write_bytes(text.encode("cp1250"))
    code, out, err = run_cli([*command, str(left), str(right), "--encoding", "cp1250"])
    assert code == 0, err
    if command == ["compare"]:
        assert "Kraków" in out


def test_unknown_encoding_is_one_line(run_cli: Run) -> None:
    code, _, err = run_cli(["quotes", "--encoding", "no-such-codec"])
    assert code == 2
    assert err.strip().startswith("error: ") and len(err.strip().splitlines()) == 1
