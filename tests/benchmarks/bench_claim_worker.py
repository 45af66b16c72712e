"""Would reading a large pair's claims in a worker process pay? Both ways, interleaved.

Run: ``python tests/benchmarks/bench_claim_worker.py [--sentences 2000 500] [--runs 5]``
from the repository root (not collected by pytest). On ``bench_compare.py``'s synthetic pair
of each size, alternately:

* **here**: ``score_matrices`` with every claim read while scoring waits for rapidfuzz (what
  ``prepare`` does with given sentences, and what ``bench_compare.py`` times);
* **worker**: the first distinct sentences' claims read by a worker process meanwhile (a
  process pool of one, ``forkserver`` where the platform has it, else ``spawn``), the last
  ``--here`` share read here while scoring waits, then the worker's claims received.

The measurement behind speed10's section of ``docs/benchmarks.md`` (the mechanism itself was
not landed: branch ``wip-speed10-worker``). Every memory is emptied before each run, the
worker's too; the worker stays started, as an app's warm-up would leave it. Printed per run:
wall, this process's CPU, the scoring thread's CPU, the worker's CPU for its share, and how long
the scoring thread waited for the worker; then the median and best wall of each way. Wall times
need a quiet machine; the thread CPU does not.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it

import argparse
import multiprocessing
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.core import semantic
from newsdiff.core.claim import Claim, read_claim
from newsdiff.core.segment import segment
from newsdiff.core.similarity import score_matrices


def _timed_read(texts: Sequence[str]) -> tuple[tuple[Claim, ...], float]:
    """The claims of ``texts`` and the thread CPU of reading them (run in the worker; its
    pickling of them is not counted)."""
    start = time.thread_time()
    read = tuple(read_claim(text) for text in texts)
    return read, time.thread_time() - start


def _fresh(pool: ProcessPoolExecutor) -> None:
    """Every memory emptied, here and in the worker."""
    model = semantic.embedder()
    if model is not None:
        model.forget_words()
    bench_compare.forget_readings()
    pool.submit(bench_compare.forget_readings).result()


def _scoring(
    pool: ProcessPoolExecutor, here_share: float, left: list[str], right: list[str], worker: bool
) -> dict[str, float]:
    """One first scoring with its claims, timed."""
    spent: dict[str, float] = {"worker": 0.0, "wait": 0.0}
    texts = list(dict.fromkeys(left + right))
    here = texts
    future = None
    if worker:
        cut = len(texts) - int(len(texts) * here_share)
        future = pool.submit(_timed_read, tuple(texts[:cut]))
        here = texts[cut:]
    score_matrices(left, right, while_waiting=lambda: [read_claim(t) for t in here])
    if future is not None:
        waited = time.perf_counter()
        read, spent["worker"] = future.result()
        known = dict(zip(texts, read, strict=False))
        spent["wait"] = time.perf_counter() - waited
        assert len(known) == len(read)
    return spent


def _measure(run: Callable[[], dict[str, float]]) -> dict[str, float]:
    wall, process, thread = time.perf_counter(), time.process_time(), time.thread_time()
    spent = run()
    spent["wall"] = time.perf_counter() - wall
    spent["process"] = time.process_time() - process
    spent["thread"] = time.thread_time() - thread
    return spent


def main(argv: list[str] | None = None) -> int:
    """Print the runs and the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, nargs="+", default=[2000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--here", type=float, default=0.3, help="share of the claims read here (default 0.3)"
    )
    args = parser.parse_args(argv)
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as pool:
        started = time.perf_counter()
        pool.submit(time.sleep, 0).result()
        print(f"worker ({method}) answered after {time.perf_counter() - started:.3f} s")
        for count in args.sentences:
            left_text, right_text = bench_compare.synthetic(count)
            left = [s.text for s in segment(left_text)]
            right = [s.text for s in segment(right_text)]
            ways = {
                "here": partial(_scoring, pool, args.here, left, right, False),
                "worker": partial(_scoring, pool, args.here, left, right, True),
            }
            walls: dict[str, list[float]] = {name: [] for name in ways}
            print(f"{len(left)} x {len(right)} sentences")
            for _ in range(args.runs):
                for name, way in ways.items():
                    _fresh(pool)
                    spent = _measure(way)
                    walls[name].append(spent["wall"])
                    print(
                        f"  {name:6s} wall {spent['wall']:.3f} s, process CPU "
                        f"{spent['process']:.3f}, this thread {spent['thread']:.3f}, worker "
                        f"{spent['worker']:.3f}, waited {spent['wait']:.3f} "
                        f"(load {os.getloadavg()[0]:.1f})",
                        flush=True,
                    )
            for name, values in walls.items():
                print(
                    f"  {name}: wall median {statistics.median(values):.3f}, best {min(values):.3f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
