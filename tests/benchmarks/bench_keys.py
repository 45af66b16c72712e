"""Keypress to repaint in the compare view on two generated 2,000-sentence articles (#14).

Run: ``python tests/benchmarks/bench_keys.py [--runs N] [--count 2000]`` from the repository
root. Headless (Textual's test driver at 120x36, or 80x30 for the one-column layout): for each
key, the time from the key being sent until the app is idle again with the screen repainted
(``pilot.press`` then ``pilot.pause``, which waits for the refresh), median and worst of N runs,
and the median less that of an unbound key (what the test driver itself costs per key).
The target is < 50 ms per keypress. A real terminal adds its own drawing time; see
``bench_startup.py`` for ``G``/``g`` measured through tmux.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import runpy
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsdiff.app.app import NewsDiffApp

ROOT = Path(__file__).resolve().parents[2]

# Run as a file, this benchmark has no pytest `pythonpath`: load the app fixtures by their path.
long_pair = runpy.run_path(str(ROOT / "tests" / "app" / "app_factory.py"))["long_pair"]

KEYS: list[tuple[str, list[str], list[str], list[str]]] = [
    # (name, untimed keys before, the timed key, untimed keys after to undo)
    ("x (unbound: the harness itself)", [], ["x"], []),
    ("j (next sentence)", [], ["j"], []),
    ("n (next difference)", [], ["n"], []),
    ("c (next conflict: none, a notice)", [], ["c"], []),
    ("G (last sentence)", [], ["G"], ["g"]),
    ("enter (counterpart)", [], ["enter"], []),
    ("z (fold shared)", [], ["z"], ["z"]),
    ("f (only differences)", [], ["f"], ["f", "f"]),
    ("/ (open the search line)", [], ["slash"], ["escape"]),
    ("enter on /Report 1500: (search)", ["slash", *"Report 1500:"], ["enter"], ["escape"]),
    ("n during a search", [], ["n"], []),
    ("y (copy with citation)", [], ["y"], []),
]
"""The keys timed; the first row is what the test driver costs without any work."""


async def measure(
    runs: int, count: int, size: tuple[int, int]
) -> list[tuple[str, float, float, float]]:
    app = NewsDiffApp(comparison=long_pair(count))
    results = []
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for name, before, keys, undo in KEYS:
            times = []
            cpu = []
            for _ in range(runs):
                if before:
                    await pilot.press(*before)
                    await pilot.pause()
                start, start_cpu = time.perf_counter(), time.process_time()
                await pilot.press(*keys)
                await pilot.pause()
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                if undo:
                    await pilot.press(*undo)
                    await pilot.pause()
            results.append((name, statistics.median(times), max(times), statistics.median(cpu)))
    return results


LONG_APP = """
from app_factory import long_pair
from newsdiff.app.app import NewsDiffApp

NewsDiffApp(comparison=long_pair({count}), theme="textual-dark").run()
"""

TMUX_KEYS: list[tuple[str, list[str], str, str | None, list[str]]] = [
    # (name, untimed keys before, the timed key, text that shows the key's effect, undo keys)
    ("j (next sentence)", [], "j", "L2 ≈ R2", ["k"]),
    ("n (next difference)", [], "n", None, ["g"]),
    ("G (last sentence)", [], "G", "Report 1999:", ["g"]),
    ("z (fold shared)", [], "z", "shared sentence", ["z"]),
    ("f (only differences)", [], "f", "shared sentence", ["f", "f"]),
    ("enter on /Report 1500: (search)", ["/", "Report 1500:"], "Enter", "1501 · ", ["Escape"]),
    ("n during a search", ["g", "/", "Report 15", "Enter"], "n", "R16 = L16", ["Escape"]),
]
"""The keys timed in tmux; ``None``: any change of the pane shows the key's effect."""


def tmux(*args: str) -> str:
    """Run a tmux command on the benchmark's own tmux server and return its output."""
    command = ["tmux", "-L", f"newsdiff-keys-{os.getpid()}", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def wait_until(session: str, done: Callable[[str], bool], timeout: float = 10.0) -> float:
    """Milliseconds until the pane satisfies ``done`` (polled every millisecond)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if done(tmux("capture-pane", "-p", "-t", session)):
            return (time.perf_counter() - started) * 1000
        time.sleep(0.001)
    raise TimeoutError(tmux("capture-pane", "-p", "-t", session)[-1200:])


def measure_tmux(
    runs: int, count: int, size: tuple[int, int], package: Path | None = None
) -> list[tuple[str, float, float]]:
    """Key to repaint in a real terminal: from ``send-keys`` until the pane shows the effect."""
    session = f"newsdiff-keys-{os.getpid()}"
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "long.py"
        script.write_text(LONG_APP.format(count=count), encoding="utf-8")
        path = f"{package}:{ROOT / 'tests' / 'app'}" if package else str(ROOT / "tests" / "app")
        env = f"env TERM=xterm-256color COLORTERM=truecolor PYTHONPATH={path}"
        tmux("kill-session", "-t", session)
        command = f"{env} {sys.executable} {script}"
        tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), command)
        try:
            wait_until(session, lambda text: "Report 1:" in text, timeout=60)
            time.sleep(1.0)
            results = []
            for name, before, key, effect, undo in TMUX_KEYS:
                times = []
                for _ in range(runs):
                    for keys in before:
                        literal = ["-l"] if " " in keys else []
                        tmux("send-keys", "-t", session, *literal, keys)
                        time.sleep(0.3)
                    time.sleep(3.5 if before else 0.3)  # the search's notice times out
                    shown = tmux("capture-pane", "-p", "-t", session)

                    def done(text: str, effect: str | None = effect, shown: str = shown) -> bool:
                        return text != shown if effect is None else effect in text

                    tmux("send-keys", "-t", session, key)
                    times.append(wait_until(session, done))
                    time.sleep(0.3)
                    for keys in undo:
                        tmux("send-keys", "-t", session, keys)
                        time.sleep(0.3)
                    time.sleep(0.5)  # toasts time out
                results.append((name, statistics.median(times), max(times)))
                print(f"  {name:<36} median {results[-1][1]:6.1f} ms   worst {max(times):6.1f} ms")
        finally:
            tmux("kill-session", "-t", session)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--tmux", action="store_true", help="measure in a real terminal")
    parser.add_argument(
        "--package", type=Path, help="with --tmux: the folder holding another newsdiff package"
    )
    args = parser.parse_args(argv)
    if args.tmux:
        for size in ((120, 36), (80, 30)):
            print(f"{args.count}-sentence pair, tmux {size[0]}x{size[1]}, {args.runs} runs:")
            measure_tmux(args.runs, args.count, size, args.package)
        return 0
    for size in ((120, 36), (80, 30)):
        layout = "two columns" if size[0] >= 100 else "one column"
        print(f"{args.count}-sentence pair, {size[0]}x{size[1]} ({layout}), {args.runs} runs:")
        results = asyncio.run(measure(args.runs, args.count, size))
        harness, harness_cpu = results[0][1], results[0][3]
        for name, median, worst, cpu in results:
            print(
                f"  {name:<36} median {median:6.1f} ms   worst {worst:6.1f} ms"
                f"   less the harness {median - harness:6.1f} ms"
                f"   CPU {cpu:5.1f} ms, less the harness {cpu - harness_cpu:5.1f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
