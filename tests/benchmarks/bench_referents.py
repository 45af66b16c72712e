"""The claim check's cost of reading whom pronoun and role subjects stand for.

Run: ``python tests/benchmarks/bench_referents.py [--runs 9]`` from the repository root (not
collected by pytest). On the synthetic pair of ``bench_compare.py`` (two documents of about
1,900 sentences), each run is a first comparison (the claim check of every candidate, no
clause or claim remembered); printed: the CPU time of the whole comparison and of the
referent reads in it (best and median of the runs), how many sentences' referents were read
(:func:`~newsdiff.core.referents.referent` calls; a sentence without *he* / *she* / *the* + a
role costs one scan of its words), and how many clauses were read. CPU, not wall time: on a
shared machine it is the steadier figure. To compare two versions, run each from its own tree
(``PYTHONPATH=other/tui``), alternating.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from newsdiff.core import clauses, lookalikes, referents
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_compare import synthetic  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    spent = [0.0, 0.0]
    read = referents.referent

    def timed_referent(*positional, **named):  # type: ignore[no-untyped-def]
        start = time.process_time()
        try:
            return read(*positional, **named)
        finally:
            spent[0] += time.process_time() - start
            spent[1] += 1

    referents.referent = timed_referent  # type: ignore[assignment]
    left_text, right_text = synthetic(args.sentences)
    prepared = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    total, inside = [], []
    for _ in range(args.runs):
        prepared._checks.clear()
        prepared._claims.clear()
        prepared._proposed = None
        clauses.read_clause.cache_clear()
        lookalikes._subject.cache_clear()
        spent[:] = [0.0, 0.0]
        start = time.process_time()
        prepared.comparison(Settings())
        total.append(time.process_time() - start)
        inside.append(spent[0])
    print(
        f"first comparison: {min(total) * 1000:.0f} ms CPU best, "
        f"{statistics.median(total) * 1000:.0f} ms median; referent reads: "
        f"{min(inside) * 1000:.1f} ms best, {statistics.median(inside) * 1000:.1f} ms median, "
        f"{int(spent[1])} sentences; clauses read: {clauses.read_clause.cache_info().currsize}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
