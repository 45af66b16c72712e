"""``newsdiff compare`` read without Typer: the same output, errors and exit status as Typer's."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff.cli import common, main, register
from newsdiff.cli.plain import compare_arguments

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


LEFT = (
    "Council Approves Harbour Plan\n\n"
    "The council approved the harbour plan on Monday by nine votes to four.\n"
    "“This is the best day for the port in a generation,” the mayor said.\n"
    "Fishermen said the new quay would cost them their moorings.\n"
)
RIGHT = (
    "Harbour Plan Passes\n\n"
    "“This is the best day for the port in a generation,” the mayor told reporters.\n"
    "Councillors voted nine to four on Monday to approve the harbour plan.\n"
    "The work is due to start in the spring.\n"
)


pytestmark = pytest.mark.pair_texts(LEFT, RIGHT)


def _outcome(run: object, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = 0
    try:
        run()  # type: ignore[operator]
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 0
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _through_typer(args: list[str]) -> None:
    register(["compare"])
    common.run_guarded(lambda: common.app(args=args, prog_name="newsdiff", standalone_mode=False))


@pytest.mark.parametrize(
    "options",
    [
        [],
        ["--format", "json"],
        ["-f", "md", "--width", "60"],
        ["--format=html", "--color", "never"],
        ["--color", "always", "--width", "90"],
        ["-f", "xml"],  # refused by the format check both paths share
        ["--width", "5"],  # refused: out of range
        ["-f", "json", "-o", "report.html"],  # contradicts the extension
        ["--offline", "-f", "text"],
    ],
)
def test_plain_command_lines_give_what_typer_gives(
    pair: tuple[str, str], options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["compare", *pair, *options]
    assert compare_arguments(args[1:]) is not None
    plain = _outcome(lambda: main(args), capsys)
    typer = _outcome(lambda: _through_typer(args), capsys)
    assert plain == typer
    assert plain[0] in (0, 2)


def test_a_missing_article_is_one_line_either_way(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["compare", pair[0], str(tmp_path / "gone.txt")]
    plain = _outcome(lambda: main(args), capsys)
    typer = _outcome(lambda: _through_typer(args), capsys)
    assert plain == typer
    assert plain[0] == 2 and plain[2].startswith("error: ") and plain[2].count("\n") == 1


def test_writing_a_file_refuses_to_overwrite_without_force(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    first = _outcome(lambda: main(["compare", *pair, "-o", str(target)]), capsys)
    written = target.read_text(encoding="utf-8")
    again = _outcome(lambda: main(["compare", *pair, "-o", str(target)]), capsys)
    forced = _outcome(lambda: main(["compare", *pair, "-o", str(target), "--force"]), capsys)
    assert first[0] == 0 and written.startswith("{")
    assert again[0] == 2 and "already exists" in again[2]
    assert forced[0] == 0


@pytest.mark.parametrize(
    "args",
    [
        ["a.txt"],  # one article: Typer says what is missing
        ["a.txt", "b.txt", "c.txt"],
        ["a.txt", "b.txt", "--help"],
        ["a.txt", "b.txt", "--shared", "90"],  # thresholds are Typer's to coerce
        ["a.txt", "b.txt", "--color", "ALWAYS"],  # Typer is case-insensitive here
        ["a.txt", "b.txt", "--width", "wide"],
        ["a.txt", "b.txt", "-f", "json", "-f", "md"],  # repeated
        ["a.txt", "b.txt", "--format"],  # no value
        ["a.txt", "b.txt", "-o", "--force"],  # an option where a value should be
        ["a.txt", "b.txt", "--force=yes"],
        ["--", "a.txt", "b.txt"],
        ["a.txt", "b.txt", "-fjson"],
        ["a.txt", "b.txt", "--corpus", "more/"],
    ],
)
def test_anything_unusual_goes_to_typer(args: list[str]) -> None:
    assert compare_arguments(args) is None


def test_values_are_typed_as_typer_types_them() -> None:
    parsed = compare_arguments(["a.txt", "-", "--width", "080", "-o", "out.md", "--force"])
    assert parsed is not None
    assert parsed["left"] == "a.txt" and parsed["right"] == "-"
    assert parsed["width"] == 80
    assert parsed["output"] == Path("out.md")
    assert parsed["force"] is True


def test_a_plain_compare_never_imports_typer(newsdiff: Newsdiff, pair: tuple[str, str]) -> None:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print('typer' in sys.modules, file=sys.stderr))\n"
        "from newsdiff.cli import main\n"
        f"main(['compare', {pair[0]!r}, {pair[1]!r}, '--format', 'json'])\n"
    )
    result = newsdiff(code=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("{")
    assert result.stderr.strip() == "False"
