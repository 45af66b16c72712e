"""How many linked pairs get a word diff and how many only their evidence (core.emphasis).

Run: ``python scripts/emphasis_share.py [FOLDER ...]`` (default: the bundled seeds, then
``../shared/data/real-dev`` clusters when present). Prints counts per label; no text.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from pathlib import Path

from newsdiff.core.compare import compare_articles
from newsdiff.core.emphasis import too_different
from newsdiff.core.load import bundled_seeds_dir, load_corpus


def count(folder: Path, counts: Counter[str]) -> None:
    articles = load_corpus([folder]).articles
    for left, right in itertools.combinations(articles[:6], 2):
        comparison = compare_articles(left, right)
        for aligned in comparison.left.sentences:
            for link in aligned.links:
                mode = (
                    "evidence"
                    if too_different(comparison, aligned.sentence.index, link.index)
                    else "diff"
                )
                counts[f"{link.label} {mode}"] += 1


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [bundled_seeds_dir()]
    counts: Counter[str] = Counter()
    for folder in folders:
        count(folder, counts)
    for key in sorted(counts):
        print(f"{key:<24} {counts[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
