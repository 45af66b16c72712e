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
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "app"))

from app_factory import long_pair  # noqa: E402
from newsdiff.app.app import NewsDiffApp  # noqa: E402

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
    ("enter on /Report 1500: (search)", ["slash", *"Report 1500:"], ["enter"], ["escape"]),
    ("n during a search", [], ["n"], []),
    ("y (copy with citation)", [], ["y"], []),
]
"""The keys timed; the first row is what the test driver costs without any work."""


async def measure(runs: int, count: int, size: tuple[int, int]) -> list[tuple[str, float, float]]:
    app = NewsDiffApp(comparison=long_pair(count))
    results = []
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for name, before, keys, undo in KEYS:
            times = []
            for _ in range(runs):
                if before:
                    await pilot.press(*before)
                    await pilot.pause()
                start = time.perf_counter()
                await pilot.press(*keys)
                await pilot.pause()
                times.append((time.perf_counter() - start) * 1000)
                if undo:
                    await pilot.press(*undo)
                    await pilot.pause()
            results.append((name, statistics.median(times), max(times)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args(argv)
    for size in ((120, 36), (80, 30)):
        layout = "two columns" if size[0] >= 100 else "one column"
        print(f"{args.count}-sentence pair, {size[0]}x{size[1]} ({layout}), {args.runs} runs:")
        results = asyncio.run(measure(args.runs, args.count, size))
        harness = results[0][1]
        for name, median, worst in results:
            net = median - harness
            print(
                f"  {name:<36} median {median:6.1f} ms   worst {worst:6.1f} ms"
                f"   median less the harness {net:6.1f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
