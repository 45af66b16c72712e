"""``newsdiff PATH…`` opens the app without loading the command-line parser."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff.cli import main

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"
"""A Textual driver that needs no terminal: tests that fake ``run`` start the app without one."""

PROBE = f"""
import os, sys
os.environ["TEXTUAL_DRIVER"] = "{HEADLESS}"
import newsdiff.app.app as app_module
opened = []
app_module.NewsDiffApp.run = lambda self, *a, **k: opened.append(self.paths)
from newsdiff.cli import main
main(sys.argv[1:])
print(opened, "typer" in sys.modules)
"""


def test_plain_paths_open_the_app_without_typer(newsdiff: Newsdiff, seed_paths: list[Path]) -> None:
    done = newsdiff(str(seed_paths[0]), str(seed_paths[1]), code=PROBE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("False")
    assert seed_paths[0].name in done.stdout and seed_paths[1].name in done.stdout


def test_options_still_go_through_the_parser(newsdiff: Newsdiff, seed_paths: list[Path]) -> None:
    done = newsdiff("--theme", "textual-light", str(seed_paths[0]), code=PROBE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("True")


def test_missing_path_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone.txt"
    with pytest.raises(SystemExit) as exited:
        main([str(missing)])
    assert exited.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {missing}: no such file or folder"]


def test_only_bad_files_print_their_errors_and_exit_2(newsdiff: Newsdiff, tmp_path: Path) -> None:
    """Regression (#14): `newsdiff empty.txt binary.png` opened an empty library; like the other
    commands it now prints one line per file and exits 2, without starting the app."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    done = newsdiff(str(empty), str(binary), code=PROBE)
    assert done.returncode == 2
    assert "[" not in done.stdout  # the app never ran
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("error: ") and "empty.txt" in lines[0]
    assert lines[1].startswith("error: ") and "binary.png" in lines[1]


def test_one_good_file_among_bad_ones_opens_the_app(
    newsdiff: Newsdiff, tmp_path: Path, seed_paths: list[Path]
) -> None:
    """A bad file next to a good one still opens the library (which lists the bad one)."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    done = newsdiff(str(empty), str(seed_paths[0]), code=PROBE)
    assert done.returncode == 0, done.stderr
    assert seed_paths[0].name in done.stdout


def test_files_named_are_read_before_the_app_only_up_to_the_first_good_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsdiff *.txt`: the check that not every file is bad reads up to the first good file,
    not every file a second time before the app reads them (issue #20)."""
    from newsdiff.cli import launch
    from newsdiff.core import load

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    names = [empty]
    for number in range(5):
        names.append(tmp_path / f"a{number}.txt")
        names[-1].write_text(f"Story {number}\n\nA sentence.\n", encoding="utf-8")
    read: list[str] = []
    real = load.load_article

    def counted(path, **kwargs):  # noqa: ANN001, ANN003, ANN202
        read.append(Path(path).name)
        return real(path, **kwargs)

    monkeypatch.setattr(load, "load_article", counted)
    assert launch._unusable_files(names) == []
    assert read == ["empty.txt", "a0.txt"]
    assert launch._unusable_files([empty]) == [f"{empty}: empty file (0 bytes)"]
