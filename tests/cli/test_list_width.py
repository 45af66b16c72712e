"""`newsdiff list --width N`: the path gets the room the other columns do not need, so a
file name a user must type into `newsdiff compare` is whole whenever the width allows."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

TITLE = "Council weighs a nine-week closure of the Kestrel harbour bridge, officials say"


Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


def _list(newsdiff: Newsdiff, cwd: Path, *args: str) -> list[str]:
    result = newsdiff("list", "--color", "never", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    for number, name in enumerate(names):
        (folder / name).write_text(
            f"{TITLE} {number}\n\nThe Kestrel harbour bridge will close for nine weeks.\n",
            encoding="utf-8",
        )
    return folder


def test_the_bundled_file_names_are_whole_at_60_columns(newsdiff: Newsdiff, tmp_path: Path) -> None:
    """At 60 columns the bundled names (24 cells) were cut to `000_349d…`: the path had 9
    cells while SENTENCES and the gaps kept room no number needs."""
    from newsdiff.core.load import bundled_seeds_dir

    names = sorted(path.name for path in bundled_seeds_dir().glob("*.txt"))
    lines = _list(newsdiff, tmp_path, "--width", "60")
    assert all(len(line) <= 60 for line in lines), lines
    assert lines[0].split() == ["TITLE", "WORDS", "SENTENCES", "QUOTES", "PATH"]
    rows = [line for line in lines[2:] if line.strip()]
    assert len(rows) == len(names)
    for row, name in zip(rows, names, strict=True):
        assert row.rstrip().endswith(name), row
        assert row.split()[-4:-1][0].isdigit()  # the numbers whole, before the path


@pytest.mark.parametrize("width", [70, 76])
def test_long_names_whole_when_the_title_can_give_way(
    newsdiff: Newsdiff, tmp_path: Path, width: int
) -> None:
    """Names of 30 cells below 80 columns: whole, the title shorter (cut to 18 cells at 70)."""
    names = [
        f"05-0{day}-harbour-{outlet}.txt"
        for day, outlet in enumerate(("gazette-late", "herald-final", "courier-extra"), start=1)
    ]
    folder = _folder(tmp_path, names)
    lines = _list(newsdiff, folder, "--width", str(width), ".")
    assert all(len(line) <= width for line in lines), lines
    for name in names:
        assert any(line.rstrip().endswith(name) for line in lines), (name, lines)


def test_names_that_cannot_be_whole_leave_the_title_its_twenty_cells(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    """A name of 60 cells at 60 columns cannot be whole: the title is not starved for nothing."""
    names = [
        f"2026-05-01-evening-gazette-harbour-bridge-closure-{tag}-final-copy.txt"
        for tag in ("one", "two")
    ]
    folder = _folder(tmp_path, names)
    lines = _list(newsdiff, folder, "--width", "60", ".")
    assert all(len(line) <= 60 for line in lines), lines
    titles = [line for line in lines if line.startswith("Council")]
    assert len(titles) == 2
    assert all(len(line.split("  ")[0]) >= 20 for line in titles), titles
