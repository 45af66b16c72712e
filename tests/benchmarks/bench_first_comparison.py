"""Where a first comparison's time goes: the claim check, the per-sentence reads, the links.

Run: ``python tests/benchmarks/bench_first_comparison.py [--sentences 2000] [--runs 7]`` from
the repository root (not collected by pytest). On the synthetic pair of ``bench_compare.py``,
``PreparedPair.comparison`` is timed (CPU seconds of the calling thread, which does all of its
work) with every memory emptied (``cold``: what a first comparison does), with the checks kept
(``links only``: the bookkeeping of links, moved sentences and rows), and with each kind of
per-sentence reading kept: the difference to ``cold`` is what that reading costs.
"""

from __future__ import annotations

import argparse
import runpy
import statistics
import sys
import time
from pathlib import Path

from newsdiff.core import claims, clauses, job_titles, lookalikes, people
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings

HERE = Path(__file__).resolve().parent

KEPT = {
    "cold": (),
    "claims kept": ("claims",),
    "people kept": ("people",),
    "titles kept": ("titles",),
    "clauses kept": ("clauses",),
    "polarity kept": ("polarity",),
    "every per-sentence reading kept": ("claims", "people", "titles", "clauses", "polarity"),
    "links only (checks kept)": ("checks", "claims", "people", "titles", "clauses", "polarity"),
}


def main(argv: list[str] | None = None) -> int:
    """Print the CPU time of each configuration (median and best of the runs)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    synthetic = runpy.run_path(str(HERE / "bench_compare.py"))["synthetic"]
    left_text, right_text = synthetic(args.sentences)
    pair = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    pair.comparison(Settings())

    def run(kept: tuple[str, ...]) -> float:
        if "checks" not in kept:
            pair._checks.clear()
            pair._proposed = None
            claims._DISTINCT.clear()
        if "claims" not in kept:
            pair._claims.clear()
        if "clauses" not in kept:
            clauses.read_clause.cache_clear()
            lookalikes._subject.cache_clear()
        if "people" not in kept:
            people.people.cache_clear()
        if "titles" not in kept:
            job_titles.forget_titles()
        if "polarity" not in kept:
            claims.forget_polarity()
        start = time.thread_time()
        pair.comparison(Settings())
        return time.thread_time() - start

    times: dict[str, list[float]] = {name: [] for name in KEPT}
    for _ in range(args.runs):  # interleaved, so that a busy moment touches every one
        for name, kept in KEPT.items():
            times[name].append(run(kept))
    print(f"first comparison of the synthetic pair, CPU ms (median, best of {args.runs}):")
    for name, found in times.items():
        print(f"  {name:32s} {statistics.median(found) * 1000:6.1f} {min(found) * 1000:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
