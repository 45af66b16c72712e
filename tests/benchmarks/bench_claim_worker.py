"""Does reading a large pair's claims in a worker process pay? Both ways, interleaved.

Run: ``python tests/benchmarks/bench_claim_worker.py [--sentences 2000 500] [--runs 5]``
from the repository root (not collected by pytest). On ``bench_compare.py``'s synthetic pair
of each size, alternately:

* **here**: ``score_matrices`` with every claim read while scoring waits for rapidfuzz (what
  ``prepare`` does with given sentences below ``claims_ahead.LARGE``, and all of main before);
* **worker**: the claims read by :mod:`newsdiff.core.claims_ahead`'s worker meanwhile (its
  ``HERE`` share read here while waiting), then received (``ClaimsAhead.into``);
* with ``--pair``, also a whole first comparison through the article cache (``prepare`` of
  two articles with a fresh cache folder, then ``comparison()``), here and with the worker.

Every memory is emptied before each run (the worker's too; the worker stays started, as the
app's warm-up would leave it). Printed per run: wall, this process's CPU, the scoring thread's
CPU, the worker's CPU for its share, and how long the scoring thread waited for the worker's
claims; then the median and best wall of each way. Wall times need a quiet machine; the
thread CPU does not.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.core import article_cache, claims, claims_ahead, semantic
from newsdiff.core.claim import Claim
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article
from newsdiff.core.segment import segment
from newsdiff.core.similarity import score_matrices


def _timed_read(texts: Sequence[str]) -> tuple[tuple[Claim, ...], float]:
    """The worker's claims of ``texts`` and its thread CPU for them (run in the worker)."""
    start = time.thread_time()
    read = claims_ahead.read_claims(texts)
    return read, time.thread_time() - start


def _fresh() -> None:
    """Every memory emptied, here and in the worker."""
    model = semantic.embedder()
    if model is not None:
        model.forget_words()
    bench_compare.forget_readings()
    article_cache.forget()
    emptied = claims_ahead.submit(bench_compare.forget_readings)
    if emptied is not None:
        emptied.result()


def _scoring(left: list[str], right: list[str], worker: bool) -> dict[str, float]:
    """One first scoring with its claims, timed."""
    spent: dict[str, float] = {"worker": 0.0, "wait": 0.0}
    texts = list(dict.fromkeys(left + right))
    here = texts
    future = None
    if worker:
        cut = len(texts) - int(len(texts) * claims_ahead.HERE)
        future = claims_ahead.submit(_timed_read, tuple(texts[:cut]))
        here = texts[cut:]
    score_matrices(left, right, while_waiting=lambda: [claims.read_claim(t) for t in here])
    if future is not None:
        waited = time.perf_counter()
        read, spent["worker"] = future.result()
        known = dict(zip(texts, read, strict=False))
        spent["wait"] = time.perf_counter() - waited
        assert len(known) == len(read)
    return spent


def _pair(left: Article, right: Article, worker: bool) -> dict[str, float]:
    """A whole first comparison through the article cache, with a fresh cache folder."""
    claims_ahead.LARGE = 1 if worker else sys.maxsize  # whatever the size
    with tempfile.TemporaryDirectory(prefix="newsdiff-bench-") as folder:
        os.environ["NEWSDIFF_CACHE"] = folder
        prepare(left, right).comparison()
    return {"worker": 0.0, "wait": 0.0}


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
    parser.add_argument("--pair", action="store_true", help="also a whole first comparison")
    args = parser.parse_args(argv)
    large = claims_ahead.LARGE
    claims_ahead.warm_up()
    for count in args.sentences:
        left_text, right_text = bench_compare.synthetic(count)
        left = [s.text for s in segment(left_text)]
        right = [s.text for s in segment(right_text)]
        ways: dict[str, Callable[[], dict[str, float]]] = {
            "here": partial(_scoring, left, right, False),
            "worker": partial(_scoring, left, right, True),
        }
        if args.pair:
            articles = Article("left", left_text, "left"), Article("right", right_text, "right")
            ways["pair here"] = partial(_pair, *articles, worker=False)
            ways["pair worker"] = partial(_pair, *articles, worker=True)
        walls: dict[str, list[float]] = {name: [] for name in ways}
        print(f"{len(left)} x {len(right)} sentences")
        for _ in range(args.runs):
            for name, way in ways.items():
                _fresh()
                spent = _measure(way)
                walls[name].append(spent["wall"])
                print(
                    f"  {name:11s} wall {spent['wall']:.3f} s, process CPU {spent['process']:.3f},"
                    f" this thread {spent['thread']:.3f}, worker {spent['worker']:.3f}, waited"
                    f" {spent['wait']:.3f} (load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
        for name, values in walls.items():
            print(f"  {name}: wall median {statistics.median(values):.3f}, best {min(values):.3f}")
    claims_ahead.LARGE = large
    claims_ahead.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
