"""The eleventh trial: a researcher's script reads the command line's output (names it can
paste back, the same counts in every format, odd inputs)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""

FERRY = """Ferry to sail twice a day

The Selkirk Quay ferry will sail twice a day from March, the island council of Marrow said.
"We listened to the islanders," said councillor Ines Varga.
Tickets will cost 4 marks.
"""

HERALD = """Marrow ferry doubles its crossings

From March the Selkirk Quay ferry sails twice a day, the Marrow island council said.
"We listened to the islanders," councillor Ines Varga said. A ticket costs 4 marks.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder holding ``-ferry.txt`` (a name that reads as an option) and ``herald.txt``."""
    (tmp_path / "-ferry.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "herald.txt").write_text(HERALD, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "named", [["./-ferry.txt", "herald.txt"], ["--", "-ferry.txt", "herald.txt"], ["."]]
)
def test_a_name_that_starts_with_a_dash_is_printed_as_it_can_be_typed_back(
    newsdiff: Newsdiff, desk: Path, named: list[str]
) -> None:
    """`list`, `quotes` and `compare` printed `-ferry.txt`: pasted back into a command it reads
    as the option `-f`. Every listing, header and JSON path now says `./-ferry.txt`."""
    shown = "./-ferry.txt"
    listing = newsdiff("list", *named, cwd=desk)
    assert listing.returncode == 0, listing.stderr
    assert [line.split()[-1] for line in listing.stdout.splitlines()[1:]] == [shown, "herald.txt"]
    for command in ("list", "quotes"):
        done = newsdiff(command, "--format", "json", *named, cwd=desk)
        assert json.loads(done.stdout)["articles"][0]["path"] == shown, command
    quotes = newsdiff("quotes", *named, cwd=desk).stdout
    assert f"\n{shown}  1 quote" in quotes
    assert " -ferry.txt" not in quotes
    if named != ["."]:
        compared = newsdiff("compare", "--width", "100", *named, cwd=desk)
        assert f"({shown})" in compared.stdout
        saved = json.loads(newsdiff("compare", "-f", "json", *named, cwd=desk).stdout)
        assert saved["left"]["path"] == shown
    again = newsdiff("list", shown, cwd=desk)  # the name printed works as it is
    assert again.returncode == 0, again.stderr


def test_a_file_named_dash_is_read_as_that_file_not_standard_input(
    newsdiff: Newsdiff, desk: Path
) -> None:
    """`newsdiff list ./-` read standard input: pathlib turns `./-` into `-`."""
    (desk / "-").write_text(HERALD, encoding="utf-8")
    done = newsdiff("list", "--format", "json", "./-", cwd=desk, input="Other words here.\n")
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert (article["path"], article["title"]) == ("./-", "Marrow ferry doubles its crossings")
