"""CPU time and peak memory of one whole comparison of two long synthetic articles.

Run: ``python tests/benchmarks/bench_large.py [--sentences 5000] [--runs 3] [--cold]``. Each
measurement runs in a fresh process (so peak RSS is that comparison's), from segmentation to the
labelled comparison at the default thresholds, meaning signal on, the pair limit lifted to the
size asked for. Prints CPU seconds (user + system, all threads), wall seconds and the peak
resident set size, then the load average (the machine may be shared).

The two articles' analysis (segmentation, quotes, word features) is kept on disk by content
(``core/article_cache.py``), so every run but the first after a code change reads it back, as
comparing the same articles again does; ``--cold`` gives each run an empty cache of its own, as
a first comparison of new articles has.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, resource, sys, time
from bench_compare import synthetic
from newsdiff.core import compare
from newsdiff.core.compare import compare_texts
compare.MAX_SENTENCE_PAIRS = max(compare.MAX_SENTENCE_PAIRS, {pairs})
left, right = synthetic({count})
start = time.perf_counter()
before = resource.getrusage(resource.RUSAGE_SELF)
comparison = compare_texts(left, right)
after = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{
    "wall": time.perf_counter() - start,
    "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
    "peak_mib": after.ru_maxrss / 1024,
    "sentences": [len(comparison.left.sentences), len(comparison.right.sentences)],
}}))
"""


def _child_env() -> dict[str, str]:
    """The environment of a measurement: this folder on the import path (for bench_compare)."""
    here = str(Path(__file__).resolve().parent)
    paths = [here, *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--cold", action="store_true", help="an empty article cache each run")
    args = parser.parse_args(argv)
    bench = str(Path(__file__).resolve().parent)
    # the pair limit (compare.MAX_SENTENCE_PAIRS) is lifted so that any size can be measured
    code = CHILD.format(bench=bench, count=args.sentences, pairs=args.sentences**2)
    for _ in range(args.runs):
        env = _child_env()
        with tempfile.TemporaryDirectory(prefix="newsdiff-cold-") as empty:
            if args.cold:
                env["NEWSDIFF_CACHE"] = empty
            out = subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, env=env
            )
        figures = json.loads(out.stdout)
        print(
            f"{figures['sentences'][0]} x {figures['sentences'][1]} sentences: "
            f"{figures['cpu']:.2f} s CPU, {figures['wall']:.2f} s wall, "
            f"peak {figures['peak_mib']:.0f} MiB"
        )
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
