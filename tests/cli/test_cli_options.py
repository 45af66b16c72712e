"""--max-size and --encoding work the same on every command that reads articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        main(args)
        code = 0
    except SystemExit as exited:
        code = int(exited.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [["compare"], ["quotes"], ["list"]])
def test_max_size_refuses_a_larger_file(
    command: list[str], seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    left, right = seed_paths[0], seed_paths[1]
    code, _, err = run([*command, str(left), str(right), "--max-size", "1k"], capsys)
    assert code == 2
    assert "file too large" in err and str(left) in err


@pytest.mark.parametrize("command", [["compare"], ["quotes"], ["list"]])
def test_forced_encoding_is_used(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Ministers met in Kraków. „Dobrze” powiedział minister. Talks went on.\n"
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_bytes(text.encode("cp1250"))
    right.write_bytes(text.encode("cp1250"))
    code, out, err = run([*command, str(left), str(right), "--encoding", "cp1250"], capsys)
    assert code == 0, err
    if command == ["compare"]:
        assert "Kraków" in out


def test_unknown_encoding_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["quotes", "--encoding", "no-such-codec"], capsys)
    assert code == 2
    assert err.strip().startswith("error: ") and len(err.strip().splitlines()) == 1
