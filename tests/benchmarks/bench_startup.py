"""Time to first paint of the library in a real terminal (tmux), against a bare Textual app.

Run: ``python tests/benchmarks/bench_startup.py [--runs N]`` from the repository root, with the
virtualenv's ``newsdiff`` on PATH or in ``.venv/bin``. Needs tmux.

Measures, rotating the contenders in the same tmux server at 120x36:

* **bare**: a Textual app with only a Header and a Footer, until its footer is on screen;
* **newsdiff**: the ``newsdiff`` console script;
* **python -m newsdiff.app**: the same app without the command line's module (``newsdiff.cli``).

Both newsdiff contenders are measured the same way, from one poll of the pane: **first paint**
is the footer on screen (as for the bare app), **library** is the footer *and* the bundled
articles' rows on screen in the same capture: the library as the user sees it. (An earlier
version waited for the footer and then the rows for ``newsdiff``, but only for the rows for
``python -m newsdiff.app``; the footer came ~100 ms after the rows, so the two looked ~90 ms
apart while running the same code.) **complete** is the library's hint counting every article:
with ``--articles N`` the first screenful is listed before the rest is read, so *library* is
the titles in view and *complete* is all N rows there.

Then keypress-to-repaint on two generated 2,000-sentence articles: ``G`` (jump to the end) and
``g`` (back to the top), from the key being sent until the pane shows the target text.

``--cpu`` measures instead the CPU time (user + system, every thread) each process spent from
its start to writing its first frame with the titles (the bare app: with its footer), as
``newsdiff`` starts it (``newsdiff.cli.main``): on a shared machine wall-clock ratios swing
with the other processes' load, CPU time much less. The frame is seen by wrapping Textual's
Linux driver ``write`` (installed by an import hook, so nothing is imported earlier than it
would be), and the process exits there.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shlex
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
FOOTER = "palette"
"""In the footer (``^p palette``) of every contender."""
ROW = "000_349d7438e500a4b7.txt"
"""In the first row of the library on the bundled articles."""
COMPLETE = "5 articles ·"
"""In the library's hint once every bundled article is listed (a large library lists its first
screenful early and counts ``40 articles…`` until the rest is read)."""

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header


class Bare(App):
    def compose(self):
        yield Header()
        yield Footer()


Bare().run()
"""

LONG_APP = """
from app_factory import long_pair
from newsdiff.app.app import NewsDiffApp

NewsDiffApp(comparison=long_pair(2000), theme="textual-dark").run()
"""


CPU_PROBE = """
import os, sys
kind, out, target, *paths = sys.argv[1:]


def at_first_frame(module):
    write = module.LinuxDriver.write

    def probe(self, data):
        write(self, data)
        if target in data:
            import resource
            import time

            usage = resource.getrusage(resource.RUSAGE_SELF)
            with open(out, "w") as handle:
                handle.write(f"{usage.ru_utime + usage.ru_stime} {time.thread_time()}")
            os._exit(0)

    module.LinuxDriver.write = probe


class Hook:
    \"\"\"Wraps the Linux driver's ``write`` as the module is imported.\"\"\"

    def find_spec(self, name, path, target=None):
        if name != "textual.drivers.linux_driver":
            return None
        import importlib.machinery

        spec = importlib.machinery.PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            at_first_frame(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, Hook())
if kind == "bare":
    from textual.app import App
    from textual.widgets import Footer, Header

    class Bare(App):
        def compose(self):
            yield Header()
            yield Footer()

    Bare().run()
else:
    sys.argv = ["newsdiff", *paths]
    from newsdiff.cli import main

    main()
"""
"""Runs ``bare`` or ``newsdiff PATH…`` and writes the process's CPU seconds (and its main
thread's) when its first frame holding ``target`` is written, then exits."""


def generated_corpus(folder: Path, count: int) -> Path:
    """``count`` articles of 20–40 sentences drawn from the bundled articles (seeded)."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    lines = [
        line.strip()
        for path in seeds
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 60
    ]
    rng = random.Random(11)
    for number in range(count):
        body = rng.sample(lines, min(len(lines), rng.randint(20, 40)))
        title = f"Report {number}: " + body[0][:60]
        (folder / f"art{number:03d}.txt").write_text(
            title + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8"
        )
    return folder


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


def wait_for_paint(
    started: float, timeout: float = 20.0, row: str = ROW, complete: str = COMPLETE
) -> tuple[float, float, float]:
    """Seconds from ``started`` to the footer on screen, to the footer and the first row on
    screen, and to the library complete (its hint counting every article).

    One capture per poll serves all three, so no measurement waits for another.
    """
    first: float | None = None
    listed: float | None = None
    while time.perf_counter() - started < timeout:
        text = pane()
        now = time.perf_counter() - started
        if FOOTER in text:
            if first is None:
                first = now
            if listed is None and row in text:
                listed = now
            if listed is not None and complete in text:
                return first, listed, now
        time.sleep(0.002)
    raise TimeoutError(f"the library was not painted within {timeout}s:\n{pane()}")


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


def cpu_to_first_frame(args: argparse.Namespace, workdir: Path, env: str) -> int:
    """``--cpu``: CPU seconds to the first frame with the titles, bare app and newsdiff."""
    folder, row = "", ROW
    if args.articles:
        folder, row = str(generated_corpus(workdir / "corpus", args.articles)), "art000.txt"
    probe, out = workdir / "cpu_probe.py", workdir / "cpu.txt"
    probe.write_text(CPU_PROBE, encoding="utf-8")
    python = sys.executable
    cpu: dict[str, list[float]] = {"bare": [], "newsdiff": []}
    main_thread: dict[str, list[float]] = {"bare": [], "newsdiff": []}
    tmux("kill-session", "-t", SESSION)
    tmux("new-session", "-d", "-s", SESSION, "-x", SIZE[0], "-y", SIZE[1], "sleep 600")
    tmux("set", "-t", SESSION, "remain-on-exit", "on")
    try:
        for run in range(args.runs):
            kinds = ["bare", "newsdiff"] if run % 2 == 0 else ["newsdiff", "bare"]
            for kind in kinds:
                target = FOOTER if kind == "bare" else row
                out.unlink(missing_ok=True)
                command = f"{env} {python} {probe} {kind} {out} {target} {folder}"
                started = launch(command)
                while not out.exists() and time.perf_counter() - started < 30:
                    time.sleep(0.005)
                if not out.exists():
                    raise TimeoutError(f"{kind}: no frame with {target!r} in 30 s:\n{pane()}")
                time.sleep(0.02)
                total, thread = (float(value) for value in out.read_text().split())
                cpu[kind].append(total)
                main_thread[kind].append(thread)
                tmux("respawn-pane", "-k", "-t", SESSION, "sleep 600")
                time.sleep(0.2)
    finally:
        tmux("kill-session", "-t", SESSION)
    bare, mine = statistics.median(cpu["bare"]), statistics.median(cpu["newsdiff"])
    print(f"runs: {args.runs}, terminal {SIZE[0]}x{SIZE[1]}, tmux, cpus: {os.cpu_count()}")
    print(f"articles: {args.articles or 'the bundled five'}; load average {os.getloadavg()}")
    for kind in ("bare", "newsdiff"):
        print(
            f"{kind:<10} CPU to the first frame with {'the footer' if kind == 'bare' else 'titles'}"
            f" {statistics.median(cpu[kind]) * 1000:5.0f} ms (min {min(cpu[kind]) * 1000:.0f}),"
            f" main thread {statistics.median(main_thread[kind]) * 1000:5.0f} ms"
        )
    print(f"ratio newsdiff / bare (CPU): {mine / bare:.2f}x")
    return 0


def main() -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--articles",
        type=int,
        default=0,
        help="open a folder of this many generated articles instead of the bundled five",
    )
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="measure each process's CPU time to its first frame with the titles instead",
    )
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("tmux is required", file=sys.stderr)
        return 2
    if args.cpu:
        compileall.compile_dir(REPO / "tui" / "newsdiff", quiet=1)
        workdir = Path(tempfile.mkdtemp(prefix="newsdiff-bench-"))
        try:
            return cpu_to_first_frame(args, workdir, "env TERM=xterm-256color COLORTERM=truecolor")
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    python = sys.executable
    # Bytecode for every module, as `pip install` leaves it: an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise recompile some modules on every start.
    compileall.compile_dir(REPO / "tui" / "newsdiff", quiet=1)
    newsdiff = shutil.which("newsdiff") or str(REPO / ".venv" / "bin" / "newsdiff")
    workdir = Path(tempfile.mkdtemp(prefix="newsdiff-bench-"))
    (workdir / "bare.py").write_text(BARE_APP, encoding="utf-8")
    (workdir / "long.py").write_text(LONG_APP, encoding="utf-8")
    env = "env TERM=xterm-256color COLORTERM=truecolor"
    folder, row, complete = "", ROW, COMPLETE
    if args.articles:
        folder, row = str(generated_corpus(workdir / "corpus", args.articles)), "art000.txt"
        complete = f"{args.articles} articles ·"
    tmux("kill-session", "-t", SESSION)
    tmux("new-session", "-d", "-s", SESSION, "-x", SIZE[0], "-y", SIZE[1], "sleep 600")
    tmux("set", "-t", SESSION, "remain-on-exit", "on")
    bare: list[float] = []
    first: list[float] = []
    library: list[float] = []
    whole: list[float] = []
    direct_first: list[float] = []
    direct: list[float] = []
    direct_whole: list[float] = []
    try:

        def run_bare() -> None:
            started = launch(f"{env} {python} {workdir / 'bare.py'}")
            bare.append(wait_for(FOOTER, started))
            stop()

        def run_newsdiff() -> None:
            started = launch(f"{env} {newsdiff} {folder}")
            painted, listed, done = wait_for_paint(started, row=row, complete=complete)
            first.append(painted)
            library.append(listed)
            whole.append(done)
            stop()

        def run_direct() -> None:
            started = launch(f"{env} {python} -m newsdiff.app {folder}")
            painted, listed, done = wait_for_paint(started, row=row, complete=complete)
            direct_first.append(painted)
            direct.append(listed)
            direct_whole.append(done)
            stop()

        contenders = [run_bare, run_newsdiff, run_direct]
        for run in range(args.runs):
            # Rotate the order each run: whichever starts right after another is measured warmer.
            shift = run % len(contenders)
            for contender in contenders[shift:] + contenders[:shift]:
                contender()
        jump_end: list[float] = []
        jump_home: list[float] = []
        factory = shlex.quote(str(REPO / "tests" / "app"))  # app_factory: hand-built comparisons
        started = launch(f"{env} PYTHONPATH={factory} {python} {workdir / 'long.py'}")
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

    def ratio(label: str, values: list[float]) -> None:
        print(f"{label:<35}{ms(values)}   ratio {statistics.median(values) / bare_median:.2f}x")

    print(f"runs: {args.runs}, terminal {SIZE[0]}x{SIZE[1]}, tmux, cpus: {os.cpu_count()}")
    print(f"{'bare Textual app (Header+Footer)':<35}{ms(bare)}")
    ratio("newsdiff first paint", first)
    ratio("newsdiff library with articles", library)
    ratio("newsdiff library complete", whole)
    ratio("python -m newsdiff.app first paint", direct_first)
    ratio("python -m newsdiff.app library", direct)
    ratio("python -m newsdiff.app complete", direct_whole)
    print(f"{'2,000-sentence pair: G (to end)':<35}{ms(jump_end)}")
    print(f"{'2,000-sentence pair: g (to top)':<35}{ms(jump_home)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
