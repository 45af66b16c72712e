"""CPU time of quote extraction over the real articles beside the project (best of three).

    python scripts/time_quotes.py

Reads ``../shared/data/real-dev`` (PolNeAR texts and the clusters; not part of the project) and
prints one line: how many articles, how many characters, and the seconds ``extract_quotes`` took.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

ROOT = Path(__file__).resolve().parents[1]

DATA = ROOT.parent / "shared" / "data" / "real-dev"


def main() -> None:
    """Time extraction and print the figure."""
    paths = sorted((DATA / "polnear-dev" / "text").glob("*.txt"))
    paths += sorted((DATA / "clusters").glob("*/*.txt"))
    if not paths:
        sys.exit(f"error: {DATA}: no articles found")
    texts = [path.read_text(encoding="utf-8") for path in paths]
    sentences = [segment(text) for text in texts]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text, segments in zip(texts, sentences, strict=True):
            extract_quotes(text, segments)
        best = min(best, time.process_time() - started)
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars} characters: extraction {best:.2f} s CPU (best of 3)")


if __name__ == "__main__":
    main()
