"""Time every writer on a large hand-built comparison, against JSON in the same run.

Run on demand: ``python tests/benchmarks/export_bench.py [N] [--runs R]``. The writers run in
rotation R times (so a busy machine slows each alike); the median of each and its ratio to
JSON's median are printed. Text is plain at the default width (100 columns) unless noted.
"""

from __future__ import annotations

import argparse
import statistics
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


CONTENDERS = {
    "json": {},
    "html": {},
    "md": {},
    "svg": {},
    "text": {},
    "text (colour)": {"color": True},
    "text (60 columns)": {"width": 60},
}


def main() -> None:
    """Print the median seconds, the ratio to JSON and the size per format."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", nargs="?", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    comparison = big(args.sentences)
    times: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    sizes: dict[str, int] = {}
    for _ in range(args.runs):
        for name, options in CONTENDERS.items():
            fmt = name.split()[0]
            start = time.perf_counter()
            out = render(comparison, fmt, **options)  # type: ignore[arg-type]
            times[name].append(time.perf_counter() - start)
            sizes[name] = len(out)
    json_median = statistics.median(times["json"])
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:18} {args.sentences} sentences/side: {median:6.3f} s median "
            f"({median / json_median:4.2f}x JSON), {sizes[name] / 1e6:6.2f} MB"
        )


if __name__ == "__main__":
    main()
