"""Comparing every pair of each real-dev cluster, the cluster as the corpus: CPU and wall.

Run: ``python tests/benchmarks/bench_realdev_pairs.py`` from the repository root (not
collected by pytest; needs ``../shared``). The 123 pairs of the 27 real-dev clusters are
compared as ``scripts/tune_cluster_links.py`` compares them (``compare_articles`` with the
cluster as the corpus), twice: a first pass (the meaning model meets every word for the first
time in this process, as an app does going through its library; the article cache on disk is
as earlier runs left it) and a second (every word remembered). For each: the process CPU
(every thread), the wall time, and the calling thread's CPU in scoring, the meaning vectors and
their cosines. ``PYTHONPATH=OTHER/tui`` times another tree's code.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it

import itertools
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdiff.core import compare, semantic, similarity
from realdev_clusters import DATA, cluster_articles, cluster_folders  # type: ignore[import-not-found]
from thread_cpu import thread_timer  # type: ignore[import-not-found]


def main() -> int:
    """Print the figures (one timed pass)."""
    folders = cluster_folders(DATA)
    if folders is None:
        return 0
    spent: dict[str, float] = defaultdict(float)

    timed = thread_timer(spent)

    clusters = [cluster_articles(folder) for folder in folders]

    def every_pair() -> int:
        pairs = 0
        for articles in clusters:
            for left, right in itertools.combinations(articles, 2):
                compare.compare_articles(left, right, corpus=articles)
                pairs += 1
        return pairs

    compare.score_matrices = timed("scoring", compare.score_matrices)  # type: ignore[assignment,attr-defined]
    similarity.story_cosine = timed("meaning cosines", similarity.story_cosine)  # type: ignore[assignment,attr-defined]
    semantic.sentence_vectors = timed("meaning vectors", semantic.sentence_vectors)  # type: ignore[assignment]
    for label in ("first pass", "second pass"):
        spent.clear()
        process, wall = time.process_time(), time.perf_counter()
        pairs = every_pair()
        print(
            f"{label}, {pairs} real-dev pairs: {time.process_time() - process:.2f} s CPU "
            f"(process), {time.perf_counter() - wall:.2f} s wall"
        )
        for name, seconds in spent.items():
            print(f"  {name} {seconds:.3f} s (thread CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
