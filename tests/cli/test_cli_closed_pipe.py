"""A reader that stops early (``newsdiff list | head -1``) ends every printing command with
status 141 and nothing on stderr, as docs/design.md#exit-status says.

Typer turned the closed pipe into a silent status 1 for ``list``, ``quotes`` and ``story``
(and Rich did the same for every report it printed), so a ``set -o pipefail`` script could
not tell a closed pipe from a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LEFT = """Ferry service to end at Selkirk Quay

The island council of Marrow voted on Tuesday to end the Selkirk Quay ferry after 40 years.
"The ferry served us well," said councillor Anya Brell, who chairs the transport board.
A new bridge will open in May and cost 12 million crowns, the council said.
"""

RIGHT = """Marrow council ends ferry as bridge nears

Marrow's island council voted to end the Selkirk Quay ferry on Tuesday.
Councillor Anya Brell said the ferry "served us well" for four decades.
The bridge, costing 12 million crowns, opens in May.
"""


def run_into_closed_pipe(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run ``newsdiff ARGS`` with stdout a pipe whose reader is already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "NO_COLOR")}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "newsdiff", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            cwd=cwd,
            env=env,
        )
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["list", "left.txt", "right.txt"],
        ["list", "left.txt", "right.txt", "--width", "60"],
        ["list", "left.txt", "right.txt", "--format", "json"],
        ["quotes", "left.txt", "right.txt"],
        ["quotes", "left.txt", "right.txt", "--color", "always"],
        ["story", "left.txt", "right.txt"],
        ["story", "left.txt", "right.txt", "--format", "md"],
        ["compare", "left.txt", "right.txt", "--color", "always"],
        ["compare", "left.txt", "right.txt", "--format", "json"],
    ],
    ids=" ".join,
)
def test_a_closed_stdout_is_status_141_and_silent(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "left.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "right.txt").write_text(RIGHT, encoding="utf-8")
    code, err = run_into_closed_pipe(args, tmp_path)
    assert (code, err) == (141, "")
