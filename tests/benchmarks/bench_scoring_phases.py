"""Where scoring's CPU goes: each step of ``score_matrices`` on the synthetic pair, timed.

Run: ``python tests/benchmarks/bench_scoring_phases.py [--runs 7]`` from the repository root
(not collected by pytest). On ``bench_compare.py``'s synthetic pair, as its first scoring does
(every memory emptied, the claims read while rapidfuzz works), each step is timed with
``time.thread_time()`` in the thread that runs it: the word features, the meaning vectors,
the word weights, the shared-word weights, the figure agreement, the claims, the quotation
rule, the combination; then the whole call (this thread, the process, the wall clock).
Medians and minima over the runs, in ms. ``PYTHONPATH=OTHER/tui`` times another tree's code.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.core import claims, semantic
from newsdiff.core import similarity as scoring
from newsdiff.core.segment import segment
from thread_cpu import thread_timer  # type: ignore[import-not-found]

STEPS = (
    "features_once",
    "idf_weights",
    "_weight",
    "_weighted_overlap",
    "_number_agreement",
    "same_quotation_moved_attribution",
    "combine",
)


def main(argv: list[str] | None = None) -> int:
    """Print each step's CPU (median and best of the runs)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    left_text, right_text = bench_compare.synthetic(args.sentences)
    left = [s.text for s in segment(left_text)]
    right = [s.text for s in segment(right_text)]
    spent: dict[str, float] = defaultdict(float)

    timed = thread_timer(spent)

    for name in STEPS:
        setattr(scoring, name, timed(name, getattr(scoring, name)))
    vectors = semantic.sentence_vectors
    semantic.sentence_vectors = timed("sentence_vectors", vectors)  # type: ignore[assignment]

    def read_claims() -> None:
        for text in left + right:
            claims.read_claim(text)

    figures: dict[str, list[float]] = defaultdict(list)
    for run in range(args.runs + 1):  # the first run warms up (imports, the model's table)
        model = semantic.embedder()
        if model is not None:
            model.forget_words()
        bench_compare.forget_readings()
        spent.clear()
        thread, process, wall = time.thread_time(), time.process_time(), time.perf_counter()
        scoring.score_matrices(left, right, while_waiting=timed("claims", read_claims))
        spent["whole call, this thread"] = time.thread_time() - thread
        spent["whole call, process"] = time.process_time() - process
        spent["whole call, wall"] = time.perf_counter() - wall
        if run:
            for name, seconds in spent.items():
                figures[name].append(seconds)
    print(f"scoring of the synthetic pair ({len(left)} x {len(right)}), ms (median, best):")
    for name, runs in figures.items():
        print(f"  {name:36s} {statistics.median(runs) * 1000:7.1f} {min(runs) * 1000:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
