"""The claim checks of a first comparison with every per-sentence reading kept, and the links.

Run: ``python tests/benchmarks/bench_checks_warm.py [--runs 9]`` from the repository root (not
collected by pytest). On the synthetic pair of ``bench_compare.py``: every candidate pair the
first comparison checks is checked again through ``PreparedPair.check`` (its checks emptied,
its claims and every reading kept: the claim rules alone), then ``comparison`` with the checks
kept (the links and rows). Best of ``--runs``, thread CPU: the steadier figure when the
readings' first-use costs, which dominate a cold run, are not what changed.
"""

from __future__ import annotations

import argparse
import runpy
import sys
import time
from pathlib import Path

from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    """Print the best thread CPU of the checks alone and of the links."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    synthetic = runpy.run_path(str(HERE / "bench_compare.py"))["synthetic"]
    left_text, right_text = synthetic(args.sentences)
    pair = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    pair.comparison(Settings())
    keys = list(pair._checks)
    checks, links = [], []
    for _ in range(args.runs):
        pair._checks.clear()
        start = time.thread_time()
        for left, right in keys:
            pair.check(left, right)
        checks.append(time.thread_time() - start)
        start = time.thread_time()
        pair.comparison(Settings())
        links.append(time.thread_time() - start)
    print(
        f"{len(keys):,} checks, readings kept: {min(checks) * 1000:.1f} ms; "
        f"links only (checks kept): {min(links) * 1000:.1f} ms (best of {args.runs})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
