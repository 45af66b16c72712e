"""The evidence's agreeing words of a first comparison, replayed cold (speed17, #19).

Run: ``python tests/benchmarks/bench_agreeing_words.py [--sentences 2000] [--runs 9]`` from
the repository root (not collected by pytest), with ``PYTHONPATH=<tree>/tui`` to measure
another tree's code on the same pairs.

The synthetic pair of ``bench_compare.py`` line (b) is compared once while every pair of
claims the check asks for agreeing words is recorded; then those calls are replayed with the
compounds' and the distinct words' memories emptied (as in a fresh process): the CPU of the
replay, best and median of ``--runs``, and how many of the calls met a compound.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from pathlib import Path

from newsdiff.core import claims, compounds
from newsdiff.core.claim import Claim
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings

HERE = Path(__file__).resolve().parent


def _bench_compare() -> object:
    spec = importlib.util.spec_from_file_location("bench_compare", HERE / "bench_compare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    bench = _bench_compare()
    left_text, right_text = bench.synthetic(args.sentences)  # type: ignore[attr-defined]
    prepared = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    asked: list[tuple[Claim, Claim]] = []
    agreeing = claims._agreeing_words

    def recording(left: Claim, right: Claim) -> tuple[str, ...]:
        asked.append((left, right))
        return agreeing(left, right)

    claims._agreeing_words = recording  # type: ignore[assignment]
    try:
        prepared.comparison(Settings())
    finally:
        claims._agreeing_words = agreeing  # type: ignore[assignment]
    seconds = []
    for _ in range(args.runs):
        compounds._READ.clear()
        claims._DISTINCT.clear()
        start = time.process_time()
        for left, right in asked:
            agreeing(left, right)
        seconds.append(time.process_time() - start)
    texts = {claim.text for pair in asked for claim in pair}
    with_compound = sum(
        1 for text in texts if compounds.compound_spans(text)
    )  # the sentences holding one
    print(
        f"agreeing words of {len(asked):,} checks ({len(texts):,} texts, {with_compound} with a "
        f"compound), cold: best {min(seconds) * 1000:.1f} ms, median "
        f"{statistics.median(seconds) * 1000:.1f} ms CPU"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
