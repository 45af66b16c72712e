"""Time to first paint of the library in a real terminal (tmux), against a bare Textual app.

Run: ``python tests/benchmarks/bench_startup.py [--runs N]`` from the repository root, with the
virtualenv's ``newsdiff`` on PATH or in ``.venv/bin``. Needs tmux.

Measures, alternating the two apps in the same tmux server at 120x36:

* **bare**: a Textual app with only a Header and a Footer, until its footer is on screen;
* **newsdiff first paint**: ``newsdiff`` until its footer is on screen;
* **newsdiff library**: ``newsdiff`` until the bundled articles are listed (the rows, not just
  the frame);
* **python -m newsdiff.app**: the same library without the command line's imports (Typer and
  every subcommand), which shows the app's own cost.

Then keypress-to-repaint on two generated 2,000-sentence articles: ``G`` (jump to the end) and
``g`` (back to the top), from the key being sent until the pane shows the target text.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SESSION = "newsdiff-bench"
SIZE = ("120", "36")

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header


class Bare(App):
    def compose(self):
        yield Header()
        yield Footer()


Bare().run()
"""

LONG_APP = f"""
import sys
sys.path.insert(0, {str(REPO / "tests" / "app")!r})
from app_factory import long_pair
from newsdiff.app.app import NewsDiffApp

NewsDiffApp(comparison=long_pair(2000), theme="textual-dark").run()
"""


def tmux(*args: str) -> str:
    """Run a tmux command and return its output."""
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def pane() -> str:
    """The visible text of the benchmark pane."""
    return tmux("capture-pane", "-p", "-t", SESSION)


def wait_for(text: str, started: float, timeout: float = 20.0) -> float:
    """Seconds from ``started`` until ``text`` is on screen (polling every 2 ms)."""
    while time.perf_counter() - started < timeout:
        if text in pane():
            return time.perf_counter() - started
        time.sleep(0.002)
    raise TimeoutError(f"{text!r} did not appear within {timeout}s:\n{pane()}")


def launch(command: str) -> float:
    """Start ``command`` in the pane and return the start time."""
    tmux("respawn-pane", "-k", "-t", SESSION, command)
    return time.perf_counter()


def stop() -> None:
    """Quit the app in the pane and wait for the pane to be idle."""
    tmux("send-keys", "-t", SESSION, "C-q")
    time.sleep(0.3)
    tmux("respawn-pane", "-k", "-t", SESSION, "sleep 600")
    time.sleep(0.2)


def main() -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("tmux is required", file=sys.stderr)
        return 2
    python = sys.executable
    # Bytecode for every module, as `pip install` leaves it: an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise recompile some modules on every start.
    compileall.compile_dir(REPO / "tui" / "newsdiff", quiet=1)
    newsdiff = shutil.which("newsdiff") or str(REPO / ".venv" / "bin" / "newsdiff")
    workdir = Path(tempfile.mkdtemp(prefix="newsdiff-bench-"))
    (workdir / "bare.py").write_text(BARE_APP, encoding="utf-8")
    (workdir / "long.py").write_text(LONG_APP, encoding="utf-8")
    env = "env TERM=xterm-256color COLORTERM=truecolor"
    tmux("kill-session", "-t", SESSION)
    tmux("new-session", "-d", "-s", SESSION, "-x", SIZE[0], "-y", SIZE[1], "sleep 600")
    tmux("set", "-t", SESSION, "remain-on-exit", "on")
    bare: list[float] = []
    first: list[float] = []
    library: list[float] = []
    direct: list[float] = []
    try:

        def run_bare() -> None:
            started = launch(f"{env} {python} {workdir / 'bare.py'}")
            bare.append(wait_for("palette", started))
            stop()

        def run_newsdiff() -> None:
            started = launch(f"{env} {newsdiff}")
            first.append(wait_for("palette", started))
            library.append(wait_for("000_349d7438e500a4b7.txt", started))
            stop()

        def run_direct() -> None:
            started = launch(f"{env} {python} -m newsdiff.app")
            direct.append(wait_for("000_349d7438e500a4b7.txt", started))
            stop()

        contenders = [run_bare, run_newsdiff, run_direct]
        for run in range(args.runs):
            # Rotate the order each run: whichever starts right after another is measured warmer.
            shift = run % len(contenders)
            for contender in contenders[shift:] + contenders[:shift]:
                contender()
        jump_end: list[float] = []
        jump_home: list[float] = []
        started = launch(f"{env} {python} {workdir / 'long.py'}")
        wait_for("Report 0:", started, timeout=60)
        time.sleep(1.0)
        for _ in range(args.runs):
            sent = time.perf_counter()
            tmux("send-keys", "-t", SESSION, "G")
            jump_end.append(wait_for("Report 1999:", sent))
            time.sleep(0.2)
            sent = time.perf_counter()
            tmux("send-keys", "-t", SESSION, "g")
            jump_home.append(wait_for("Report 0:", sent))
            time.sleep(0.2)
        stop()
    finally:
        tmux("kill-session", "-t", SESSION)
        shutil.rmtree(workdir, ignore_errors=True)

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.0f} ms (min {min(values) * 1000:.0f})"

    bare_median = statistics.median(bare)
    print(f"runs: {args.runs}, terminal {SIZE[0]}x{SIZE[1]}, tmux, cpus: {os.cpu_count()}")
    print(f"bare Textual app (Header+Footer)  {ms(bare)}")
    first_ratio = statistics.median(first) / bare_median
    library_ratio = statistics.median(library) / bare_median
    print(f"newsdiff first paint              {ms(first)}   ratio {first_ratio:.2f}x")
    print(f"newsdiff library with articles    {ms(library)}   ratio {library_ratio:.2f}x")
    direct_ratio = statistics.median(direct) / bare_median
    print(f"python -m newsdiff.app library    {ms(direct)}   ratio {direct_ratio:.2f}x")
    print(f"2,000-sentence pair: G (to end)   {ms(jump_end)}")
    print(f"2,000-sentence pair: g (to top)   {ms(jump_home)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
