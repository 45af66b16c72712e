"""``newsdiff list -o FILE`` and ``newsdiff quotes -o FILE``: a pipeline user expects the ``-o``
of ``compare`` and ``story`` everywhere, with the same rules (format from ``-f`` or the
extension, atomic write, never over an input or an existing file without ``--force``, one
``error:`` line and exit 2 otherwise)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""

FERRY = """Ferry fares rise at Dunmore Quay

Ferry fares at Dunmore Quay will rise by 8 per cent in April, the operator said.

"Fuel has never cost more," said operator chief Ilse Brandt.

Season tickets will stay at their current price until June.
"""

GULL = """Dunmore ferry tickets to cost more

The Dunmore Quay ferry will charge 8 per cent more from April, its operator said.

"Fuel has never cost us more," operator chief Ilse Brandt told the Gull Gazette.

Islanders say the crossing is their only road to the mainland.
"""

COMMANDS = ("list", "quotes")


@pytest.fixture
def coverage(tmp_path: Path) -> Path:
    """A folder of two invented articles."""
    folder = tmp_path / "coverage"
    folder.mkdir()
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (folder / "gull.txt").write_text(GULL, encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("name", "fmt"), [("out.json", "json"), ("out.txt", "text")])
def test_o_writes_what_stdout_gets(
    newsdiff: Newsdiff, command: str, name: str, fmt: str, coverage: Path, tmp_path: Path
) -> None:
    """The file holds exactly what a pipe gets for the format its extension names."""
    target = tmp_path / name
    written = newsdiff(command, coverage, "-o", target)
    assert written.returncode == 0, written.stderr
    assert written.stdout == ""
    piped = newsdiff(command, coverage, "-f", fmt)
    assert piped.returncode == 0
    assert target.read_text(encoding="utf-8") == piped.stdout
    assert piped.stdout.strip()


@pytest.mark.parametrize("command", COMMANDS)
def test_format_option_wins_over_a_plain_name(
    newsdiff: Newsdiff, command: str, coverage: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report"
    assert newsdiff(command, coverage, "-f", "json", "-o", target).returncode == 0
    assert target.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_file_is_kept_without_force(
    newsdiff: Newsdiff, command: str, coverage: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep me\n", encoding="utf-8")
    refused = newsdiff(command, coverage, "-o", target)
    assert refused.returncode == 2
    assert refused.stderr == f"error: {target}: already exists (use --force to overwrite)\n"
    assert refused.stdout == ""
    assert target.read_text(encoding="utf-8") == "keep me\n"
    forced = newsdiff(command, coverage, "-o", target, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "Dunmore" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_never_over_an_article_even_with_force(
    newsdiff: Newsdiff, command: str, coverage: Path
) -> None:
    article = coverage / "ferry.txt"
    refused = newsdiff(command, coverage, "-o", article, "--force")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1
    assert "is one of the articles being read" in refused.stderr
    assert article.read_text(encoding="utf-8") == FERRY


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("missing/out.txt", "the folder does not exist"),
        ("out.html", "writes text or json, not html (name the file .txt or .json)"),
        ("out.pdf", "no format has the .pdf extension"),
        ("folder/", "names a folder"),
    ],
)
def test_a_bad_target_is_one_error_line(
    newsdiff: Newsdiff, command: str, name: str, problem: str, coverage: Path, tmp_path: Path
) -> None:
    result = newsdiff(command, coverage, "-o", f"{tmp_path}/{name}")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"error: {tmp_path}/"), result.stderr
    assert problem in result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coverage"]


@pytest.mark.parametrize("command", COMMANDS)
def test_nothing_loaded_writes_no_file(newsdiff: Newsdiff, command: str, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = newsdiff(command, tmp_path / "absent.txt", "-o", target)
    assert result.returncode == 2
    assert "absent.txt" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_skipped_input_still_writes_and_exits_3(
    newsdiff: Newsdiff, command: str, coverage: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    result = newsdiff(command, coverage, tmp_path / "absent.txt", "-o", target)
    assert result.returncode == 3
    assert "ferry.txt" in target.read_text(encoding="utf-8")
