"""What the app's labelling ahead costs on a long pair, and what Enter then still pays.

Run: ``python tests/benchmarks/bench_labelled_ahead.py [--sentences 2000] [--runs 5]`` from
the repository root (not collected by pytest). On ``bench_compare.py``'s synthetic pair, scored
once: ``ahead`` is ``engine.LabelledAhead`` (the library's warm-up, off the main thread, every
claim check done anew as on a first comparison); ``enter`` is what the compare screen's worker
then does for a pair too long for the first frame (``take``, ``engine.relabel`` and the quote
list). CPU of this thread (it does all of the work), median and best of the runs, in ms.
``PYTHONPATH=OTHER/tui`` times another tree's code.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.app import engine
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings


def main(argv: list[str] | None = None) -> int:
    """Print the CPU of labelling ahead and of Enter's worker."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    left_text, right_text = bench_compare.synthetic(args.sentences)
    pair = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    pair.comparison(Settings())  # first-use costs (imports, tables) out of the figures
    figures: dict[str, list[float]] = {"ahead": [], "enter": [], "both": []}
    for _ in range(args.runs):
        pair._checks.clear()
        pair._claims.clear()
        pair._proposed = None
        bench_compare.forget_readings(keep=bench_compare.SCORING_MEMORIES)
        start = time.thread_time()
        ahead = engine.LabelledAhead(pair, Settings())
        middle = time.thread_time()
        if ahead.take(Settings()) is None:  # too long for the first frame: the worker's path
            comparison = engine.relabel(ahead, Settings())
            QuoteSidebar.listing(comparison)
        end = time.thread_time()
        figures["ahead"].append(middle - start)
        figures["enter"].append(end - middle)
        figures["both"].append(end - start)
    sentences = len(pair.left_sentences) + len(pair.right_sentences)
    print(f"labelled ahead, {sentences} sentences, CPU ms (median, best of {args.runs}):")
    for name, found in figures.items():
        print(f"  {name:6s} {statistics.median(found) * 1000:7.1f} {min(found) * 1000:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
