"""Every command against the bad inputs a demanding user hits: one line each, exit 2, no hang.

Each bad input is given to ``compare`` (beside a good article), ``quotes``, ``list``, ``story``
(beside a good article) and ``open``. Each must print ``error: <path>: <problem>`` on one line
(``story`` then says in one more line why it cannot run), exit with status 2, never print a
traceback, never wait on a pipe or a device, and never write over the user's files.
"""

from __future__ import annotations

import io
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

GOOD = (
    "Flood waters closed the coast road at Harlow Point on Tuesday.\n\n"
    "The county council said 300 homes had been evacuated overnight.\n\n"
    '"We expect the water to fall by Thursday," said the fire chief, Dana Ilves.\n'
)
OTHER = (
    "The coast road at Harlow Point was closed by flood waters on Tuesday.\n\n"
    "Some 300 homes were evacuated overnight, according to the county council.\n"
)

Run = Callable[[list[str]], Any]
"""The ``run_cli`` fixture: ``newsdiff ARGS`` in this process → (code, out, err)."""


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Fail (rather than hang the suite) when a command blocks on a pipe or device."""

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("the command blocked for 20 s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def good(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


def _bad_input(kind: str, folder: Path) -> Path:
    """A bad input of ``kind`` in ``folder``."""
    path = folder / f"{kind}.txt"
    if kind == "missing":
        return path
    if kind == "folder":
        path = folder / "no-articles"
        path.mkdir()
        (path / "notes.rtf").write_text("not an article file\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    elif kind == "markup":
        path = folder / "markup.html"
        path.write_text("<html><body><div><span></span></div><p> </p></body></html>\n")
    elif kind == "markdown-marks":
        path.write_text("# \n\n---\n\n* \n\n> \n", encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)  # nobody ever writes to it: opening it for reading would block
    elif kind == "device":
        return Path("/dev/zero")  # reading it would never end
    elif kind == "unreadable":
        path.write_text(GOOD, encoding="utf-8")
        path.chmod(0)
    return path


BAD_KINDS = [
    "missing",
    "folder",
    "empty",
    "binary",
    "markup",
    "markdown-marks",
    "fifo",
    "device",
    pytest.param(
        "unreadable",
        marks=pytest.mark.skipif(
            hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file"
        ),
    ),
]


def _commands(good: str, bad: str) -> dict[str, list[str]]:
    return {
        "compare": ["compare", good, bad],
        "quotes": ["quotes", bad],
        "list": ["list", bad],
        "story": ["story", good, bad],
        "open": ["open", bad],
    }


def _assert_one_line_errors(result: Any, bad: str) -> None:
    lines = result.err.splitlines()
    assert result.code == 2, result
    assert "Traceback" not in result.err
    assert lines and all(line.startswith("error: ") for line in lines), result.err
    assert lines[0].startswith(f"error: {bad}: "), result.err
    assert len(lines[0]) > len(f"error: {bad}: ") + 5  # it says what is wrong


@pytest.mark.parametrize("kind", BAD_KINDS)
@pytest.mark.parametrize("command", ["compare", "quotes", "list", "story", "open"])
def test_every_command_refuses_a_bad_input_in_one_line(
    run_cli: Run, tmp_path: Path, good: str, kind: str, command: str
) -> None:
    bad = str(_bad_input(kind, tmp_path))
    result = run_cli(_commands(good, bad)[command])
    _assert_one_line_errors(result, bad)
    lines = result.err.splitlines()
    if command == "story":
        # the bad input's own line, then why there is no story: never the paths run together
        assert lines[1:] == [
            f"error: a story needs two or more articles; only {good} could be read"
        ]
    else:
        assert len(lines) == 1, result.err
    assert Path(good).read_text(encoding="utf-8") == GOOD


def test_story_of_nothing_readable_names_each_input_on_its_own_line(
    run_cli: Run, tmp_path: Path
) -> None:
    missing, empty = tmp_path / "missing one.txt", _bad_input("empty", tmp_path)
    result = run_cli(["story", str(missing), str(empty)])
    assert result.code == 2
    assert result.err.splitlines() == [
        f"error: {missing}: no such file or folder",
        f"error: {empty}: empty file (0 bytes)",
        "error: a story needs two or more articles; none could be read",
    ]


def test_a_folder_with_one_article_says_a_story_needs_two(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(GOOD, encoding="utf-8")
    result = run_cli(["story", str(tmp_path)])
    assert result.code == 2
    assert result.err.splitlines() == [
        f"error: a story needs two or more articles; only {tmp_path / 'only.txt'} was found"
    ]


def test_a_legacy_encoded_article_is_read_not_refused(run_cli: Run, tmp_path: Path) -> None:
    """A file that is not UTF-8 (Windows-1252 here) is decoded, in every command."""
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(GOOD.replace("Harlow", "Hárlow").encode("cp1252"))
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    result = run_cli(["compare", str(legacy), str(other), "--format", "json"])
    assert result.code == 0, result.err
    assert "Hárlow Point" in result.out
    for command in (["list"], ["quotes"], ["story", str(other)]):
        result = run_cli([*command, str(legacy)])
        assert result.code == 0, (command, result.err)
    result = run_cli(["open", str(legacy)])
    assert result.code == 2
    assert result.err == f"error: {legacy}: not a newsdiff comparison (not UTF-8 text)\n"


def test_paths_with_spaces_and_unicode_work_everywhere(run_cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "Küste Nord"
    folder.mkdir()
    left, right = folder / "flood räport 1.txt", folder / "flood — report 2.txt"
    left.write_text(GOOD, encoding="utf-8")
    right.write_text(OTHER, encoding="utf-8")
    for command in (["compare", str(left), str(right)], ["story", str(folder)]):
        result = run_cli([*command, "--format", "json"])
        assert result.code == 0, result.err
        assert str(left) in result.out
    for command in (["list"], ["quotes"]):
        result = run_cli([*command, str(folder)])
        assert result.code == 0, result.err
    missing = folder / "nö such file.txt"
    result = run_cli(["list", str(missing)])
    assert result.err == f"error: {missing}: no such file or folder\n"


@pytest.mark.parametrize("command", ["compare", "quotes", "list", "story"])
def test_standard_input_named_twice_is_an_error(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch, good: str, command: str
) -> None:
    """Standard input can be read once: ``- -`` is never two articles, nor silently one."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(OTHER.encode())))
    args = ["compare", "-", "-"] if command == "compare" else [command, "-", "-", good]
    result = run_cli(args)
    assert "Traceback" not in result.err
    errors = [line for line in result.err.splitlines() if line.startswith("error: -: ")]
    assert len(errors) == 1 and "standard input" in errors[0], result.err
    # compare needs both inputs; the others still read the good one and say one was skipped
    assert result.code == (2 if command == "compare" else 3)


def test_open_refuses_standard_input_in_one_line(run_cli: Run) -> None:
    result = run_cli(["open", "-"])
    assert result.code == 2
    assert result.err.startswith("error: -: open reads a saved file, not standard input")
    assert result.err.count("\n") == 1


@pytest.mark.parametrize("command", ["compare", "story"])
def test_output_in_a_missing_folder_is_refused(
    run_cli: Run, tmp_path: Path, good: str, command: str
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    target = tmp_path / "no such folder" / "report.html"
    result = run_cli([command, good, str(other), "-o", str(target)])
    assert result.code == 2
    assert result.err == f"error: {target}: the folder does not exist\n"
    assert not target.parent.exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
@pytest.mark.parametrize("command", ["compare", "story"])
def test_output_in_a_read_only_folder_is_refused(
    run_cli: Run, tmp_path: Path, good: str, command: str
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = run_cli([command, good, str(other), "-o", str(locked / "report.md")])
    finally:
        locked.chmod(0o755)
    assert result.code == 2
    assert (
        result.err
        == f"error: {locked / 'report.md'}: permission denied: the folder is not writable\n"
    )
    assert list(locked.iterdir()) == []


@pytest.mark.parametrize("command", ["compare", "story"])
def test_output_onto_an_input_never_overwrites_it(
    run_cli: Run, tmp_path: Path, good: str, command: str
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    for target in (good, str(other)):
        result = run_cli([command, good, str(other), "-o", target, "--force"])
        assert result.code == 2
        assert result.err.splitlines() == [
            f"error: {target}: is one of the articles being read; choose another file"
        ]
    assert Path(good).read_text(encoding="utf-8") == GOOD
    assert other.read_text(encoding="utf-8") == OTHER


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_output_where_no_file_can_be_made_says_so(run_cli: Run, good: str, tmp_path: Path) -> None:
    """/proc exists but takes no new files (the system says "no such file"): not "missing"."""
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    result = run_cli(["compare", good, str(other), "-o", "/proc/report.html"])
    assert result.code == 2
    assert result.err == "error: /proc/report.html: no file can be made in this folder\n"


@pytest.mark.parametrize("command", ["compare", "compare --corpus", "story"])
@pytest.mark.parametrize("existing", [False, True])
def test_output_naming_a_folder_is_refused_not_written_beside_it(
    run_cli: Run, tmp_path: Path, good: str, command: str, existing: bool
) -> None:
    """``-o reports/`` is a folder: never a file named ``reports`` (the slash dropped), whether
    the command line is read by the quick parser (plain ``compare``) or by Typer."""
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    folder = tmp_path / "reports"
    if existing:
        folder.mkdir()
    target = f"{folder}/"
    args = [*command.split(), good] if "--corpus" in command else [command]
    result = run_cli([*args, good, str(other), "-o", target])
    assert result.code == 2
    assert result.err == (
        f"error: {target}: names a folder; give a file name, such as {target}report.html\n"
    )
    assert folder.is_dir() if existing else not folder.exists()
    if existing:
        assert list(folder.iterdir()) == []
