"""Time quote extraction and grouping on huge and hostile inputs (run on demand, not by pytest).

    python tests/benchmarks/bench_quotes.py

Each input is built at size n, 2n and 4n; linear code roughly doubles its time at each step.
Prints seconds for extraction (marks, kinds, speakers) and for grouping two copies.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from newsdiff.core.quote_groups import group_quotes
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

random.seed(7)
WORDS = [f"w{i}" for i in range(3000)]

INPUTS: dict[str, Callable[[int], str]] = {
    "one long line, no marks": lambda n: "word " * (n // 5),
    "one line, paired quotes": lambda n: "He said “ok,” Rubio said. " * (n // 26),
    "straight quotes, ambiguous": lambda n: ('"a" ' + 'x"y ' + '" ') * (n // 10),
    "openers only": lambda n: "“ab " * (n // 4),
    "apostrophes": lambda n: "don’t ’90s students’ " * (n // 20),
    "random marks": lambda n: "".join(random.choice("\"“”‘’«»„' \nab.,") for _ in range(n)),
    "distinct quotes": lambda n: " ".join(
        f"“{' '.join(random.choices(WORDS, k=8))},” he said." for _ in range(n // 60)
    ),
}


def main() -> None:
    """Print a timing table."""
    base = 250_000
    print(f"{'input':28} {'size':>9} {'marks':>7} {'quotes':>7} {'extract s':>9} {'group s':>8}")
    for name, make in INPUTS.items():
        for factor in (1, 2, 4):
            text = make(base * factor)
            marks = sum(text.count(c) for c in "\"'“”‘’«»„")
            started = time.perf_counter()
            quotes = extract_quotes(text, segment(text))
            extracted = time.perf_counter()
            group_quotes([("a", quotes), ("b", quotes)])
            grouped = time.perf_counter()
            print(
                f"{name:28} {len(text):9} {marks:7} {len(quotes):7} "
                f"{extracted - started:9.2f} {grouped - extracted:8.2f}"
            )


if __name__ == "__main__":
    main()
