"""``newsdiff list``: an aligned table or JSON of the corpus; one stderr line per bad input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff.cli import app
from newsdiff.cli.list_cmd import print_rich_table
from newsdiff.core.load import load_article
from newsdiff.core.stats import article_stats
from newsdiff.export.list_report import plain_table
from typer.testing import CliRunner

BODY = "Officials met in Geneva on Tuesday. \u201cWe made progress,\u201d the envoy said.\n"
HOSTILE = (
    "[bold red]Breaking[/] \x1b[2J\u202eevil\u202c [link=https://x.example]x[/link] "
    "\x1b]0;pwned\x1b\n"
    "\nBody text.\n"
)


Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""

runner = CliRunner()


def run_list(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["list", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def assert_error_lines(stderr: str, expected: dict[str, str]) -> None:
    """Exactly one ``error: <path>: …`` line per bad path, containing the expected words."""
    lines = stderr.splitlines()
    assert len(lines) == len(expected), stderr
    for line, (path, words) in zip(lines, expected.items(), strict=True):
        assert line.startswith(f"error: {path}: "), line
        assert words in line, line
    assert "Traceback" not in stderr


def test_default_lists_the_bundled_articles(seed_paths: list[Path]) -> None:
    code, out, err = run_list()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["TITLE", "WORDS", "SENTENCES", "QUOTES", "PATH"]
    assert len(lines) == 1 + len(seed_paths)
    for line, path in zip(lines[1:], seed_paths, strict=True):
        assert line.endswith(path.name)
    assert "Washington Balances Its Pakistan Push With India Ties" in out


def test_columns_are_aligned() -> None:
    _, out, _ = run_list()
    lines = out.splitlines()
    path_column = lines[0].index("PATH")
    words_end = lines[0].index("WORDS") + len("WORDS")
    for line in lines[1:]:
        assert line[path_column - 2 : path_column] == "  "
        assert line[words_end - 1].isdigit() and line[words_end] == " "


def test_json_format(seed_paths: list[Path]) -> None:
    code, out, err = run_list("--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["schema"] == "newsdiff.list/1"
    assert data["errors"] == []
    assert [Path(item["path"]).name for item in data["articles"]] == [p.name for p in seed_paths]
    for item in data["articles"]:
        assert set(item) >= {"path", "title", "words", "sentences", "quotes"}
        assert item["words"] > 300 and item["sentences"] > 10


def test_good_files_listed_bad_ones_reported_one_line_each(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Talks resume\n\n" + BODY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "nul.txt"
    binary.write_bytes(b"a\x00b\x00c")
    missing = tmp_path / "missing.txt"
    code, out, err = run_list(str(good), str(empty), str(missing), str(binary))
    assert code == 3  # something loaded: listed, the rest reported, and the status says so
    assert "Talks resume" in out and "good.txt" in out
    expected = {str(empty): "empty file", str(missing): "no such file", str(binary): "binary file"}
    assert_error_lines(err, expected)
    strict_code, strict_out, strict_err = run_list(
        "--strict", str(good), str(empty), str(missing), str(binary)
    )
    assert (strict_code, strict_out, strict_err) == (2, "", err)  # fatal: nothing listed


def test_nothing_loaded_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run_list(str(empty), str(tmp_path / "missing.txt"))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 2


def test_folder_loads_good_files_sorted_and_reports_bad_ones_together(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("Second one\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text("First one\n\n" + BODY, encoding="utf-8")
    (tmp_path / "C.TXT").write_text("Third one\n\n" + BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_bytes(b"")  # skipped, not reported
    (tmp_path / "notes.rtf").write_bytes(b"")  # not an article file
    (tmp_path / "blank.txt").write_bytes(b"   \n")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    code, out, err = run_list(str(tmp_path))
    assert code == 3  # listed, with three files skipped
    titles = [line.split("  ")[0] for line in out.splitlines()[1:]]
    assert titles == ["Third one", "First one", "Second one"]  # sorted by name: C, a, b
    assert_error_lines(
        err,
        {
            str(tmp_path / "blank.txt"): "only whitespace",
            str(tmp_path / "loop.txt"): "symlink loop",
            str(tmp_path / "pipe.txt"): "named pipe",
        },
    )


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    code, out, err = run_list(str(tmp_path))
    assert (code, out) == (2, "")
    assert_error_lines(err, {str(tmp_path): "no .txt, .md or .html files"})


def test_same_file_named_twice_is_listed_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    code, out, _ = run_list(str(tmp_path / "a.txt"), str(tmp_path))
    assert code == 0
    assert len(out.splitlines()) == 2


def test_max_size_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY * 50, encoding="utf-8")
    code, _, err = run_list("--max-size", "1k", str(path))
    assert code == 2
    assert_error_lines(err, {str(path): "file too large"})
    assert run_list("--max-size", "1MB", str(path))[0] == 0


def test_max_size_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY * 50, encoding="utf-8")
    monkeypatch.setenv("NEWSDIFF_MAX_BYTES", "1k")
    code, _, err = run_list(str(path))
    assert code == 2 and "file too large" in err


def test_bad_max_size_is_one_line() -> None:
    code, out, err = run_list("--max-size", "huge")
    assert (code, out) == (2, "")
    assert err.startswith("error: --max-size: not a size") and err.count("\n") == 1


def test_article_text_is_shown_literally_in_the_table(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    code, out, _ = run_list(str(path))
    assert code == 0
    assert "[bold red]Breaking[/]" in out
    assert "\x1b" not in out and "\u202e" not in out
    assert "[2J" not in out  # a complete escape sequence is removed at load
    assert "\u241b]0;pwned\u241b" in out  # an unterminated one stays, each ESC a visible ␛


def test_article_text_is_escaped_in_json(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    code, out, _ = run_list("--format", "json", str(path))
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out
    title = json.loads(out)["articles"][0]["title"]
    assert title.startswith("[bold red]Breaking[/] \u202eevil") and "\x1b]0;pwned\x1b" in title


def test_rich_table_for_terminals_shows_markup_and_escapes_literally(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    stats = [article_stats(load_article(path))]
    buffer = io.StringIO()
    print_rich_table(stats, file=buffer)
    shown = buffer.getvalue()
    assert "[bold red]Breaking" in shown
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "TITLE" in shown and "QUOTES" in shown


def test_plain_table_aligns_wide_characters(tmp_path: Path) -> None:
    from rich.cells import cell_len

    wide = tmp_path / "wide.txt"
    wide.write_text("外交部长表示会谈取得进展\n\n外交部长表示。\n", encoding="utf-8")
    narrow = tmp_path / "narrow.txt"
    narrow.write_text("Talks\n\nBody.\n", encoding="utf-8")
    table = plain_table([article_stats(load_article(p)) for p in (wide, narrow)])
    rows = table.splitlines()
    ends = {
        cell_len(row[: row.index(".txt")]) - len(Path(p).stem)
        for row, p in zip(rows[1:], (wide, narrow), strict=True)
    }
    assert len(ends) == 1  # the path column starts at the same cell on every row


# --- the real console script: one line, exit 2, no traceback, no hang -------------------------


def test_console_script_bad_inputs_exit_2_with_one_line_each(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    directory = tmp_path / "folder.txt"
    directory.mkdir()
    result = newsdiff("list", str(tmp_path / "missing.txt"), str(fifo), "/dev/zero")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'missing.txt'}: no such file or folder",
        f"error: {fifo}: is a named pipe (FIFO), not a regular file",
        "error: /dev/zero: is a character device, not a regular file",
    ]


def test_console_script_from_another_folder_finds_the_bundled_articles(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    result = newsdiff("list", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 5


# --- the wheel carries the bundled articles ----------------------------------------------------


def test_built_wheel_contains_the_seeds_and_finds_them(tmp_path: Path, seeds_dir: Path) -> None:
    pytest.importorskip("hatchling", reason="the build backend is needed to build the wheel")
    repo = seeds_dir.parent
    build = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path / "dist")],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp_path / "dist").glob("newsdiff-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    expected = {f"newsdiff/seeds/{path.name}" for path in seeds_dir.glob("*.txt")}
    assert len(expected) == 5 and expected <= names
    # Import from the unpacked wheel (as site-packages would), from an unrelated folder.
    code = "from newsdiff.core.load import bundled_seeds_dir as f; print(f())"
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()) == (tmp_path / "site" / "newsdiff" / "seeds").resolve()


@pytest.mark.parametrize("width", [60, 80, 140])
def test_rich_table_fits_the_terminal_and_never_cuts_numbers(
    width: int, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    stats = [article_stats(load_article(path)) for path in seed_paths]
    buffer = io.StringIO()
    print_rich_table(stats, file=buffer)
    lines = buffer.getvalue().splitlines()
    assert all(len(line) <= width for line in lines)
    assert lines[0].split()[1:4] == ["WORDS", "SENTENCES", "QUOTES"]
    numbers = {(str(s.words), str(s.sentences), str(s.quotes)) for s in stats}
    shown = {tuple(line.split()[-4:-1]) for line in lines[2:] if line.strip()}
    assert numbers <= shown


def test_encoding_option(tmp_path: Path) -> None:
    text = "„Udělali jsme pokrok,“ řekl ministr.\n"
    path = tmp_path / "cz.txt"
    path.write_bytes(text.encode("cp1250"))
    code, out, err = run_list("--encoding", "cp1250", "--format", "json", str(path))
    assert (code, err) == (0, "")
    assert json.loads(out)["articles"][0]["title"] == text.strip()
    code, out, err = run_list("--encoding", "nonsense", str(path))
    assert (code, out) == (2, "")
    assert err == "error: --encoding: unknown encoding 'nonsense'\n"


def test_undecodable_file_names_never_crash_the_output(newsdiff: Newsdiff, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(folder + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Talks resume\n\nOfficials met.\n")
    with open(folder + b"/bad\xff.txt", "wb") as handle:
        handle.write(b"")
    env = {"PYTHONIOENCODING": "utf-8"}  # strict UTF-8, as in a UTF-8 locale
    for fmt in ("text", "json"):
        result = newsdiff("list", "--format", fmt, tmp_path, env=env)
        assert result.returncode == 3  # listed, the empty file skipped
        assert "Traceback" not in result.stderr
        assert result.stderr.splitlines() == [
            f"error: {tmp_path}/bad\ufffd.txt: empty file (0 bytes)"
        ]
        assert "Talks resume" in result.stdout


@pytest.mark.parametrize("width", [60, 80])
def test_an_explicit_width_is_kept_in_a_pipe(width: int, tmp_path: Path) -> None:
    """`--width 80` into a pipe fits 80 columns (the pipe's full-length table is for when no
    width is asked for), numbers whole, the long path folded."""
    folder = tmp_path / ("a-long-folder-name-for-the-regional-desk-" * 2)
    folder.mkdir()
    path = folder / "outlet.txt"
    path.write_text(
        "A rather long headline about the harbour bridge closure and the vote\n\n"
        "The council voted to close the bridge for nine weeks.\n",
        encoding="utf-8",
    )
    code, out, _err = run_list("--width", str(width), "--color", "never", str(path))
    assert code == 0
    lines = out.splitlines()
    assert all(len(line) <= width for line in lines), lines
    (item,) = json.loads(run_list("--format", "json", str(path))[1])["articles"]
    numbers = [str(item[name]) for name in ("words", "sentences", "quotes")]
    assert any(line.split()[-4:-1] == numbers for line in lines), lines
    code, wide, _err = run_list("--color", "never", str(path))
    assert max(map(len, wide.splitlines())) > width  # no width asked: full lines for scripts
