"""Command-line habits people bring from git, delta and ripgrep, checked as a user runs them."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff import __version__
from newsdiff.cli import closest_command
from newsdiff.cli.options import color_enabled

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""

TYPER_NAMED_SHELL = "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION"
"""Typer's switch (its own tests use it) that makes ``--show-completion`` take a shell's name."""

ESCAPE = "\x1b["
LEFT = """Harbour council reopens the north quay

The harbour council said on Monday that it would
reopen the north quay to ferries in April after repairs.
Repairs cost 2.4 million euros, the council said.
"""
RIGHT = """North quay to reopen in April

Ferries will use the north quay again from April, the harbour council said on Monday.
The fish market will move to the old customs shed.
"""


pytestmark = pytest.mark.pair_texts(LEFT, RIGHT)


# --- colour -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ([], {}, False),  # a pipe: plain
        (["--color", "always"], {}, True),  # `| less -R`
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        (["--color", "always"], {"NO_COLOR": "1"}, True),  # the flag is the last word
        ([], {"FORCE_COLOR": "0"}, False),
    ],
)
@pytest.mark.parametrize("command", ["compare", "quotes", "list"])
def test_color_flag_and_environment(
    newsdiff: Newsdiff,
    pair: tuple[str, str],
    command: str,
    args: list[str],
    env: dict[str, str],
    coloured: bool,
) -> None:
    result = newsdiff(command, *pair, *args, env=env)
    assert result.returncode == 0, result.stderr
    assert (ESCAPE in result.stdout) is coloured


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_is_coloured_unless_term_is_dumb_or_no_color() -> None:
    terminal = FakeTerminal()
    assert color_enabled(stream=terminal, environ={"TERM": "xterm-256color"})
    assert not color_enabled(stream=terminal, environ={"TERM": "dumb"})
    assert not color_enabled(stream=terminal, environ={"TERM": "xterm", "NO_COLOR": "1"})
    assert color_enabled(stream=terminal, environ={"TERM": "dumb", "FORCE_COLOR": "1"})
    assert color_enabled(stream=terminal, environ={"NO_COLOR": ""})  # empty means unset
    assert not color_enabled(stream=io.StringIO(), environ={})


def test_unknown_color_value_is_one_line(newsdiff: Newsdiff, pair: tuple[str, str]) -> None:
    result = newsdiff("compare", *pair, "--color", "sometimes")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")


# --- width and flowing sentences --------------------------------------------------------------


def longest_line(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def test_columns_and_width_set_the_width_of_piped_output(
    newsdiff: Newsdiff, pair: tuple[str, str]
) -> None:
    narrow = newsdiff("compare", *pair, env={"COLUMNS": "60"})
    assert narrow.returncode == 0
    assert longest_line(narrow.stdout) <= 60
    assert re.search(r"^L\s+1 ", narrow.stdout, re.M)  # sequential layout below 80 columns
    wide = newsdiff("compare", *pair, "--width", "160", env={"COLUMNS": "60"})
    assert 100 < longest_line(wide.stdout) <= 160  # --width wins over COLUMNS
    default = newsdiff("compare", *pair)
    assert longest_line(default.stdout) <= 100


def test_width_out_of_range_is_refused_in_one_line(
    newsdiff: Newsdiff, pair: tuple[str, str]
) -> None:
    result = newsdiff("compare", *pair, "--width", "3")
    assert result.returncode == 2
    assert result.stderr.startswith("error: --width") and result.stderr.count("\n") == 1


def test_a_hard_wrapped_sentence_reads_as_one_line(
    newsdiff: Newsdiff, pair: tuple[str, str]
) -> None:
    result = newsdiff("compare", *pair, "--width", "240")
    assert "it would reopen the north quay" in result.stdout
    assert "would\n" not in result.stdout and "⏎" not in result.stdout


def test_sentences_are_numbered_from_one_everywhere(
    newsdiff: Newsdiff, pair: tuple[str, str]
) -> None:
    text = newsdiff("compare", *pair, "--width", "240").stdout
    numbers = [int(n) for n in re.findall(r"^\s*(\d+) [=≈+·]", text, re.M)]
    assert min(numbers) == 1 and 0 not in numbers
    links = [int(n) for group in re.findall(r"\[[LR]([\d,]+)\]", text) for n in group.split(",")]
    assert links and 0 not in links
    markdown = newsdiff("compare", *pair, "-f", "md").stdout
    assert "L1" in markdown and "L0" not in markdown and "R0" not in markdown


# --- output files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("report.html", "<!DOCTYPE html>"),
        ("report.HTM", "<!DOCTYPE html>"),
        ("report.md", "# "),
        ("report.json", "{"),
        ("report.svg", "<svg"),
        ("report.txt", "L: "),
        ("report", "L: "),
    ],
)
def test_output_format_follows_the_extension(
    newsdiff: Newsdiff, pair: tuple[str, str], tmp_path: Path, name: str, starts: str
) -> None:
    target = tmp_path / name
    result = newsdiff("compare", *pair, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").lstrip().startswith(starts)


def test_format_contradicting_the_extension_is_refused(
    newsdiff: Newsdiff, pair: tuple[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    result = newsdiff("compare", *pair, "--format", "json", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "--format json contradicts the .html extension" in result.stderr
    assert not target.exists()
    agreeing = newsdiff("compare", *pair, "--format", "markdown", "-o", str(tmp_path / "r.md"))
    assert agreeing.returncode == 0, agreeing.stderr


# --- version, completion, typos -----------------------------------------------------------------


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(newsdiff: Newsdiff, flag: str) -> None:
    result = newsdiff(flag)
    assert result.returncode == 0 and result.stdout.strip() == f"newsdiff {__version__}"


def test_shell_completion_answers_and_launches_nothing(newsdiff: Newsdiff) -> None:
    env = {"_NEWSDIFF_COMPLETE": "complete_bash", "COMP_WORDS": "newsdiff li", "COMP_CWORD": "1"}
    result = newsdiff(env=env)
    assert result.returncode == 0
    assert result.stdout.split() == ["list"]
    env = {**env, "COMP_WORDS": "newsdiff compare --fo", "COMP_CWORD": "2"}
    assert "--format" in newsdiff(env=env).stdout.split()


def test_completion_script_is_shown(newsdiff: Newsdiff) -> None:
    # The shell named, not the one that started pytest: detection fails with no shell above
    # (a detached run, some CI runners) and prints `Shell  not supported`.
    result = newsdiff("--show-completion", "bash", env={TYPER_NAMED_SHELL: "1"})
    assert result.returncode == 0
    assert "_NEWSDIFF_COMPLETE" in result.stdout and "complete " in result.stdout


@pytest.mark.parametrize(
    ("typo", "command"), [("lst", "list"), ("comapre", "compare"), ("quote", "quotes")]
)
def test_a_mistyped_command_suggests_the_closest(
    newsdiff: Newsdiff, tmp_path: Path, typo: str, command: str
) -> None:
    result = newsdiff(typo, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {typo}: no such command or file (did you mean 'newsdiff {command}'?)\n"
    )


def test_no_suggestion_for_a_path_or_an_unrelated_word(
    newsdiff: Newsdiff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lst").write_text("An article called lst.\n", encoding="utf-8")
    assert closest_command("lst") is None  # an existing file is opened, not corrected
    assert closest_command("notes.txt") is None
    assert closest_command("drafts/lst") is None
    assert closest_command("banana") is None
    result = newsdiff("banana", cwd=tmp_path)
    assert result.stderr == "error: banana: no such file or folder\n"


# --- help ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["list", "compare", "quotes", "open"])
def test_every_command_help_has_examples_and_plain_placeholders(
    newsdiff: Newsdiff, command: str
) -> None:
    result = newsdiff(command, "--help")
    assert result.returncode == 0
    assert "Examples:" in result.stdout
    assert f"newsdiff {command}" in result.stdout.split("Examples:")[1]
    for odd in ("``", "{", "}", "<list[", "<path>", "<str>", "<float>"):
        assert odd not in result.stdout, odd


def test_thresholds_show_their_defaults(newsdiff: Newsdiff) -> None:
    help_text = " ".join(newsdiff("compare", "--help").stdout.split())
    assert "[default: 80]" in help_text and "[default: 50]" in help_text


def test_top_help_names_the_app_options_and_every_command(newsdiff: Newsdiff) -> None:
    help_text = newsdiff("--help").stdout
    assert "--theme" in help_text and "-V, --version" in help_text
    for command in ("list", "compare", "quotes", "open"):
        assert f"newsdiff {command} " in help_text
    assert "``" not in help_text


def test_text_output_says_when_the_meaning_signal_is_off(
    newsdiff: Newsdiff, pair: tuple[str, str]
) -> None:
    off = newsdiff("compare", *pair, env={"NEWSDIFF_SEMANTIC": "0"}).stdout
    assert "meaning signal off (NEWSDIFF_SEMANTIC=0): scores use the words alone" in off
    assert "meaning signal" not in newsdiff("compare", *pair).stdout


@pytest.mark.parametrize("name", ["report.pdf", "notes.docx"])
def test_an_extension_no_format_has_is_refused_unless_format_is_given(
    newsdiff: Newsdiff, pair: tuple[str, str], tmp_path: Path, name: str
) -> None:
    """`-o report.pdf` would write text under a name that promises a PDF: refused, one line."""
    target = tmp_path / name
    result = newsdiff("compare", *pair, "-o", str(target))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {target}: no format has the {target.suffix} extension "
        "(name the file .txt, .json, .html, .md or .svg, or give --format)\n"
    )
    assert not target.exists()
    forced = newsdiff("compare", *pair, "--format", "text", "-o", str(target))
    assert forced.returncode == 0, forced.stderr
    assert target.read_text(encoding="utf-8").startswith("L: ")
