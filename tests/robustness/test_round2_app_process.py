"""Hardening round 2 (issue 13): the app as a process — undecodable keyboard input, quitting
during an endless analysis, and the exit status after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from articles import ARTICLE, OTHER
from terminal import Terminal


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    return tmp_path


def run_script(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        capture_output=True,
        text=True,
        timeout=120,  # a hang fails the test instead of the suite
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver"},
    )


# --- item 1: invalid UTF-8 typed or pasted ----------------------------------------------------


@pytest.mark.parametrize("typed", [b"\xff", b"\xc3(", b"/\xfe\xff\x80abc\xed\xa0\x80"])
def test_bytes_that_are_not_utf8_typed_into_the_app_do_no_harm(pair: Path, typed: bytes) -> None:
    terminal = Terminal(
        ["a.txt", "b.txt"], cwd=pair, env={"NEWSDIFF_CONFIG": str(pair / "config.toml")}
    )
    try:
        assert terminal.wait_for("2 articles"), terminal.screen[-2000:]
        terminal.type(typed)
        terminal.read(1.0)
        terminal.type(b"\x11")  # ctrl+q
        status = terminal.finish()
    finally:
        terminal.close()
    assert status == 0, terminal.screen[-2000:]
    assert "Traceback" not in terminal.screen and "UnicodeDecodeError" not in terminal.screen


# --- item 2 (the app's half): quitting never waits for the analysis ---------------------------

QUIT_DURING_ANALYSIS = """
    import sys, threading
    from newsdiff.app import engine
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.screens.compare import CompareScreen

    started = threading.Event()

    def endless(*args, **kwargs):
        started.set()
        threading.Event().wait()  # an analysis that never ends

    engine.prepare_pair = endless

    class Quitter(NewsDiffApp):
        def on_mount(self):
            super().on_mount()
            self.set_interval(0.05, self.step)

        def step(self):
            if self.corpus_ready and not isinstance(self.screen, CompareScreen):
                self.open_comparison(0, 1)
            elif started.is_set():
                self.exit()

    Quitter(sys.argv[1:]).run(headless=True)
    print("quit while the analysis ran", flush=True)
"""


def test_quitting_does_not_wait_for_a_running_analysis(pair: Path) -> None:
    done = run_script(QUIT_DURING_ANALYSIS, "a.txt", "b.txt", cwd=pair)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "quit while the analysis ran" in done.stdout


# --- exit status after a crash ----------------------------------------------------------------

CRASH_IN_OPEN = """
    import sys
    from newsdiff.app.screens.library import LibraryScreen
    from newsdiff.cli import main

    def broken(self, *args):
        raise RuntimeError("[link=x:y] the library broke")

    LibraryScreen.show_corpus = broken
    main(sys.argv[1:])
"""

PANIC = """
    import sys
    from rich.traceback import Traceback
    from newsdiff.app.app import NewsDiffApp

    class Panicking(NewsDiffApp):
        def on_mount(self):
            try:
                b"\\xff".decode("utf-8")
            except UnicodeDecodeError:
                self.panic(Traceback())

    app = Panicking(sys.argv[1:])
    app.run(headless=True)
    sys.exit(app.return_code or 0)
"""


def test_a_crash_in_the_app_exits_non_zero_with_one_line(pair: Path) -> None:
    saved = pair / "saved.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "newsdiff",
            "compare",
            "a.txt",
            "a.txt",
            "-f",
            "json",
            "-o",
            str(saved),
        ],
        cwd=pair,
        check=True,
        timeout=120,
    )
    for args in (["open", str(saved)], ["a.txt", "b.txt"]):
        done = run_script(CRASH_IN_OPEN, *args, cwd=pair)
        assert done.returncode == 1, (args, done.returncode, done.stderr[-2000:])
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: unexpected RuntimeError"), lines
        assert "Traceback" not in done.stdout + done.stderr


def test_a_panic_exits_non_zero_with_one_line_and_no_traceback(pair: Path) -> None:
    done = run_script(PANIC, "a.txt", "b.txt", cwd=pair)
    assert done.returncode == 1, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "UnicodeDecodeError" in lines[0] and "full report" in lines[0]
    assert "Traceback" not in done.stdout
