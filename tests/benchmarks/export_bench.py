"""Time every writer on a large hand-built comparison.

Run on demand: ``python tests/benchmarks/export_bench.py [N]``.
"""

from __future__ import annotations

import sys
import time

from newsdiff.core.models import (
    AlignedSentence,
    Article,
    ComparedArticle,
    Comparison,
    Link,
    Row,
    Sentence,
    WordDiff,
    WordOp,
)
from newsdiff.export.render import render


def big(n: int) -> Comparison:
    """``n`` sentences a side, each linked to its twin with one replaced word."""
    sentences = [f"Officials said on day {i} that the talks would resume soon." for i in range(n)]
    text = " ".join(sentences)
    placed, position = [], 0
    for index, sentence in enumerate(sentences):
        placed.append(Sentence(index, position, position + len(sentence), sentence))
        position += len(sentence) + 1
    labels = ("shared", "paraphrased", "unique")
    side = tuple(
        AlignedSentence(
            s,
            labels[s.index % 3],
            links=() if s.index % 3 == 2 else (Link(s.index, labels[s.index % 3], 80.0),),
        )
        for s in placed
    )
    diffs = {}
    for s in placed:
        if s.index % 3 != 2:
            word = s.text.index("resume")
            span = (s.start + word, s.start + word + 6)
            diffs[(s.index, s.index)] = WordDiff(s.index, s.index, (WordOp("replace", span, span),))
    left = ComparedArticle(Article("a.txt", text, "A"), side)
    right = ComparedArticle(Article("b.txt", text, "B"), side)
    return Comparison(left, right, tuple(Row(i, i) for i in range(n)), diffs)


def main() -> None:
    """Print seconds and size per format."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    comparison = big(n)
    for fmt in ("html", "md", "json", "svg"):
        start = time.perf_counter()
        out = render(comparison, fmt)
        seconds = time.perf_counter() - start
        print(f"{fmt:5} {n} sentences/side: {seconds:6.2f} s, {len(out) / 1e6:6.2f} MB")


if __name__ == "__main__":
    main()
