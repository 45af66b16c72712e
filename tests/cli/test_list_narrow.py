"""``newsdiff list --width 60``: a file name longer than the PATH column's room is cut with
``…`` on the side that keeps the names apart (it was folded over two or three lines)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

ARTICLE = """Ferry to sail twice a day

The Selkirk Quay ferry will sail twice a day from March, the island council said.
"""


Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


def listing(newsdiff: Newsdiff, folder: Path, names: list[str], width: int) -> list[str]:
    for name in names:
        (folder / name).write_text(ARTICLE, encoding="utf-8")
    done = newsdiff("list", *names, "--width", str(width), cwd=folder)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["2026-05-01-evening-gazette.txt", "2026-05-01-morning-herald.txt"], "end"),
        (["gazette-evening-2026-05-01.txt", "herald-morning-2026-05-01.txt"], "start"),
        # neither side alone keeps these apart: both ends (as the library and the story cut)
        (
            [
                "gazette-evening-edition-2026-05-01.txt",
                "herald-morning-edition-2026-05-01.txt",
                "gazette-evening-edition-2026-05-02.txt",
            ],
            "both",
        ),
    ],
)
def test_long_names_are_one_line_each_and_stay_apart(
    newsdiff: Newsdiff, tmp_path: Path, names: list[str], kept: str
) -> None:
    lines = listing(newsdiff, tmp_path, names, 60)
    assert all(cell_len(line) <= 60 for line in lines), lines
    assert len(lines) == 2 + len(names), lines  # head, rule, one line a row: nothing folded
    shown = [line.split()[-1] for line in lines[2:]]
    assert len(set(shown)) == len(names)
    for cell in shown:
        if kept == "both":
            assert "…" in cell.strip("…"), shown
        else:
            assert cell.startswith("…") if kept == "end" else cell.endswith("…"), shown
