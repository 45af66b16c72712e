"""Line (b) of ``bench_compare.py`` once, for an instruction count under callgrind.

Run: ``PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p python
tests/benchmarks/bench_line_b_instructions.py --sentences 500 [--setup-only]`` from the
repository root (not collected by pytest). The script builds the synthetic pair and prepares it
(as ``bench_compare.py`` does), then runs line (b) once: a cold all-pairs scoring (claims read
meanwhile) and a cold first comparison, every memory emptied as ``bench_compare.py`` empties
it. ``--setup-only`` stops before line (b) (after the same emptying), so the difference of the
two runs' totals is line (b)'s instructions: a count that does not move with the machine's
load, for comparing two trees (``PYTHONPATH=OTHER/tui``). Without valgrind it prints the CPU
seconds of each part.

Write the modules' bytecode first (``python -m compileall -q tui tests/benchmarks``) and run
without ``PYTHONDONTWRITEBYTECODE``: where it is set, every import compiles its module from
source (Python's ``compile`` was 1.17 G of one run's 8.63 G instructions, 0.26 G of it inside
line (b), where a module is first imported).

OpenBLAS is held to one thread (``OPENBLAS_NUM_THREADS=1`` unless the environment sets it):
with two, its helper waits for the other by spinning, and under valgrind, which runs one thread
at a time, the spin is most of the count and changes from run to run (line (b) of the same tree
counted 4.6 and 2.0 G instructions at 500 sentences; with one thread, two runs 0.03 % apart).
A count for comparing trees, then, not the app's exact work (the meaning cosines' last bits may
differ from a two-thread run).
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # no spinning helper (see above)

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.core import claims, semantic
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings
from newsdiff.core.segment import segment
from newsdiff.core.similarity import score_matrices


def main(argv: list[str] | None = None) -> int:
    """Prepare the synthetic pair, then run line (b) once (unless ``--setup-only``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500)
    parser.add_argument("--setup-only", action="store_true")
    args = parser.parse_args(argv)
    left_text, right_text = bench_compare.synthetic(args.sentences)
    left_s = [s.text for s in segment(left_text)]
    right_s = [s.text for s in segment(right_text)]
    prepared = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    model = semantic.embedder()
    if model is not None:
        model.forget_words()
    bench_compare.forget_readings()
    if args.setup_only:
        return 0
    start = time.process_time()
    score_matrices(
        left_s, right_s, while_waiting=lambda: [claims.read_claim(t) for t in left_s + right_s]
    )
    scored = time.process_time()
    # as bench_compare's forget_checks: the pair's checks and claims, every reading but scoring's
    prepared._checks.clear()
    prepared._claims.clear()
    prepared._proposed = None
    bench_compare.forget_readings(keep=bench_compare.SCORING_MEMORIES)
    compared = time.process_time()
    prepared.comparison(Settings())
    done = time.process_time()
    print(f"scoring {scored - start:.3f} s CPU, first comparison {done - compared:.3f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
