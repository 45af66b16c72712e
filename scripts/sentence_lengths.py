"""How long real sentences are: the basis of the over-long sentence cap.

Segments every article of ``../shared/data/real-dev`` (clusters and polnear-dev texts) and prints
the distribution of segment lengths in characters, the longest ones (file and length only, no
text) and how many segments :data:`newsdiff.core.long_sentences.MAX_SENTENCE_CHARS` would cut.

    python scripts/sentence_lengths.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsdiff.core.long_sentences import MAX_SENTENCE_CHARS
from newsdiff.core.segment import overlong_sentences, segment

ROOT = Path(__file__).resolve().parents[1]
REAL_DEV = ROOT.parent / "shared" / "data" / "real-dev"


def main() -> None:
    if not REAL_DEV.is_dir():
        sys.exit(f"error: {REAL_DEV}: not found (the real-dev data lives beside the project)")
    files = sorted([*REAL_DEV.glob("clusters/*/*.txt"), *REAL_DEV.glob("polnear-dev/text/*.txt")])
    lengths: list[tuple[int, str]] = []
    cut = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        cut += overlong_sentences(text)
        lengths.extend((len(s.text), path.relative_to(REAL_DEV).as_posix()) for s in segment(text))
    lengths.sort(reverse=True)
    sizes = sorted(length for length, _ in lengths)
    print(f"{len(files)} articles, {len(sizes)} segments")
    for share in (0.5, 0.9, 0.99, 0.999):
        print(f"  {share:.1%} of segments are at most {sizes[int(share * (len(sizes) - 1))]} chars")
    print("  longest:", ", ".join(f"{length} ({name})" for length, name in lengths[:5]))
    print(f"cap {MAX_SENTENCE_CHARS:,} chars: {cut} sentences cut")


if __name__ == "__main__":
    main()
