"""App Enter → comparison on screen, against the command line's compare of the same pair.

Run: ``python tests/benchmarks/bench_app_compare.py [--sentences 2000 5000] [--runs 3]``.
For each size, two synthetic articles (``bench_compare.synthetic``) are written to a folder;
then, alternately:

* **cli**: ``newsdiff compare a.txt b.txt --format json`` as a whole process;
* **app**: the app on that folder (headless pilot, 120×36), library loaded and counted, then
  from the Enter key until the comparison is on screen (worker done, screen refreshed), plus
  how many times the line layout was built.

Medians and the ratio app / cli are printed. Both read the articles' analyses from the cache
(the library counted them; the CLI's warm-up run stored them), so both measure the comparison.

``--seeds``: the bundled seeds' first comparison (Enter on the library's first row compares it
with the next), each run in a fresh process so that no claim, clause or score is remembered
from an earlier run; the target is the comparison on screen within 300 ms of Enter.
``--seeds --early`` presses Enter a frame after the library's rows appear, while its background
work (counts, the warm-up of the first comparison) still runs. ``--seeds --cpu`` measures the
main thread's CPU instead (load-independent, unlike wall time) from Enter to idle and to the
first paint with the comparison, and counts Textual's layouts, paints and style passes in that
window (``app_counters.py``; ``-v`` the last run's timeline, ``NEWSDIFF_BENCH_TRACE=1`` who asked
for each layout); ``--seeds --profile PATH`` writes a cProfile of the main thread's window.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this folder is on the import path already (Python puts the script's own).
from app_counters import Counters
from bench_compare import synthetic

HERE = Path(__file__).resolve().parent


def cli_seconds(folder: Path) -> float:
    newsdiff = Path(sys.executable).with_name("newsdiff")
    command = [str(newsdiff), "compare", str(folder / "a.txt"), str(folder / "b.txt")]
    start = time.perf_counter()
    subprocess.run([*command, "--format", "json"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def app_seconds(
    folder: Path,
    *,
    early: bool = False,
    counters: Counters | None = None,
    profiler: cProfile.Profile | None = None,
) -> tuple[float, int]:
    """Enter → comparison on screen (seconds) and how many line layouts were built;
    ``counters`` and ``profiler`` (main thread) watch the same window."""
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.widgets import diff_layout

    builds = [0]
    original = diff_layout.DiffLayout.__init__

    def counted(self, comparison, width, **options):  # type: ignore[no-untyped-def]
        builds[0] += 1
        original(self, comparison, width, **options)

    diff_layout.DiffLayout.__init__ = counted  # type: ignore[method-assign]

    async def run() -> float:
        app = NewsDiffApp([folder], theme="textual-dark")
        async with app.run_test(size=(120, 36)) as pilot:
            if early:  # Enter a frame after the rows, the counts and the warm-up still running
                while not app.corpus_ready:
                    await asyncio.sleep(0.005)
                await asyncio.sleep(0.03)
            else:
                await app.workers.wait_for_complete()
                await pilot.pause()
            if counters is not None:
                counters.start()
            if profiler is not None:
                profiler.enable()
            start = time.perf_counter()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            took = time.perf_counter() - start
            if profiler is not None:
                profiler.disable()
            if counters is not None:
                counters.stop()
            return took

    try:
        return asyncio.run(run()), builds[0]
    finally:
        diff_layout.DiffLayout.__init__ = original  # type: ignore[method-assign]


SEEDS = HERE.parents[1] / "seeds"


def one_counted(folder: Path, *, early: bool) -> dict[str, object]:
    """One run, with the main thread's CPU and Textual's steps counted (``--cpu``)."""
    counters = Counters(trace=bool(os.environ.get("NEWSDIFF_BENCH_TRACE")))
    counters.install()
    try:
        seconds, _ = app_seconds(folder, early=early, counters=counters)
    finally:
        counters.uninstall()
    drawn = counters.drawn()
    return {
        "wall": seconds * 1000,
        "cpu": counters.cpu_ms,
        "drawn_wall": drawn[0] if drawn else None,
        "drawn_cpu": drawn[1] if drawn else None,
        "counts": counters.counts,
        "spent": counters.spent,
        "events": [(name, round(wall, 1), round(cpu, 1)) for name, wall, cpu in counters.events],
    }


def seeds_cpu(runs: int, *, early: bool = False, verbose: bool = False) -> None:
    """``--seeds --cpu``: per fresh process, the main thread's CPU from Enter to idle and to
    the first paint with the comparison, wall times, and Textual's steps counted."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(SEEDS),
                "--cpu",
                *(["--early"] if early else []),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    load = os.getloadavg()[0]

    def median(key: str) -> float:
        return statistics.median(float(r[key]) for r in results if r[key] is not None)

    print(
        f"seeds, first comparison, main thread (median of {runs}): CPU to idle"
        f" {median('cpu'):.0f} ms, CPU to drawn {median('drawn_cpu'):.0f} ms;"
        f" wall to idle {median('wall'):.0f} ms, to drawn {median('drawn_wall'):.0f} ms;"
        f" load {load:.1f}"
    )
    print("  CPU to idle per run:", [round(float(r["cpu"])) for r in results])
    names = sorted({name for r in results for name in r["counts"]})
    print(
        "  counts:",
        ", ".join(
            f"{name} {statistics.median(r['counts'].get(name, 0) for r in results):g}"
            for name in names
        ),
    )
    steps = sorted({name for r in results for name in r["spent"]})
    print(
        "  main-thread CPU ms inside (inclusive):",
        ", ".join(
            f"{name} {statistics.median(r['spent'].get(name, 0.0) for r in results):.1f}"
            for name in steps
        ),
    )
    if verbose:
        print("  timeline of the last run (name, wall ms, main CPU ms):")
        for name, wall, cpu in results[-1]["events"]:
            if name != "quotes.measure":
                print(f"    {name:<14} {wall:7.1f} {cpu:7.1f}")


def seeds_profile(path: Path, *, early: bool = False) -> None:
    """``--seeds --profile PATH``: cProfile of the main thread from Enter to idle, one run."""
    profiler = cProfile.Profile()
    app_seconds(SEEDS, early=early, profiler=profiler)
    profiler.dump_stats(str(path))
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(45)
    stats.sort_stats("tottime").print_stats(25)


def seeds_first_comparison(runs: int, *, early: bool = False) -> None:
    """Enter → the seeds' first comparison on screen, each run a fresh process."""
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(SEEDS), *(["--early"] if early else [])],
            check=True,
            capture_output=True,
            text=True,
        )
        times.append(float(done.stdout.split()[-1]))
    load = os.getloadavg()[0]
    print(
        f"seeds, first comparison{' (Enter right after the rows)' if early else ''}:"
        f" Enter→comparison median {statistics.median(times) * 1000:.0f}"
        f" ms, best {min(times) * 1000:.0f} ms, runs {[round(t * 1000) for t in times]}"
        f" (target <= 300 ms), load {load:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, nargs="+", default=[2000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seeds", action="store_true", help="the bundled seeds' first comparison")
    parser.add_argument(
        "--early",
        action="store_true",
        help="with --seeds: press Enter a frame after the library's rows appear, before its "
        "background work (counts, warm-up) is done",
    )
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="with --seeds: the main thread's CPU and Textual's layouts, paints and style "
        "passes counted between Enter and idle (-v: the last run's timeline)",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--profile", type=Path, help="with --seeds: cProfile the main thread, one run, to PATH"
    )
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        if args.cpu:
            print(json.dumps(one_counted(args.one, early=args.early)))
        else:
            print(f"{app_seconds(args.one, early=args.early)[0]:.4f}")
        return 0
    if args.seeds and args.profile:
        seeds_profile(args.profile, early=args.early)
        return 0
    if args.seeds and args.cpu:
        seeds_cpu(args.runs, early=args.early, verbose=args.verbose)
        return 0
    if args.seeds:
        seeds_first_comparison(args.runs, early=args.early)
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="newsdiff-appbench-"))
    try:
        for count in args.sentences:
            folder = scratch / str(count)
            folder.mkdir()
            left, right = synthetic(count)
            (folder / "a.txt").write_text(left, encoding="utf-8")
            (folder / "b.txt").write_text(right, encoding="utf-8")
            cli_seconds(folder)  # warm-up: the analyses on disk, the file cache warm
            cli, app, builds = [], [], []
            for _ in range(args.runs):
                cli.append(cli_seconds(folder))
                seconds, built = app_seconds(folder)
                app.append(seconds)
                builds.append(built)
            c, a = statistics.median(cli), statistics.median(app)
            load = os.getloadavg()[0]
            print(
                f"{count} sentences: cli {c:.2f} s, app Enter→comparison {a:.2f} s, "
                f"app/cli {a / c:.2f}x (target <= 1.05), layouts built {builds}, load {load:.1f}"
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
