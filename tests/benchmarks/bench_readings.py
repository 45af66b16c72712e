"""What each per-sentence reading and each tokenisation of a sentence costs, on the synthetic pair.

Run: ``python tests/benchmarks/bench_readings.py [--sentences 2000] [--runs 9]`` from the
repository root (not collected by pytest). Over the distinct texts of ``bench_compare.py``'s
synthetic pair, each reading is timed alone (``time.thread_time()``, best of ``--runs``, its
memory emptied before each run where it has one): scoring's words and claims, the readings a
first comparison makes (clauses, polarity, people, titles), and each word pattern a sentence
is scanned with, alone. Then the regex scans of one scoring and one cold first comparison are
counted by call site (``sys.setprofile``). ``PYTHONPATH=OTHER/tui`` times another tree's code.
"""

# ruff: noqa: E402  (the benchmarks folder goes on the path before bench_compare is imported)
from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.core import (
    claim,
    claims,
    clauses,
    figures,
    job_titles,
    people,
    polarity,
    sentence_mood,
    speaker_tokens,
    words,
)
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings
from newsdiff.core.segment import segment
from newsdiff.core.similarity import score_matrices

SCANS = frozenset({"findall", "finditer", "sub", "split", "search", "match", "fullmatch"})


def best(function: Callable[[], object], runs: int, setup: Callable[[], object] | None) -> float:
    """The least thread CPU (ms) of ``runs`` calls, ``setup`` before each."""
    found = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.thread_time()
        function()
        found.append(time.thread_time() - start)
    return min(found) * 1000


def scans(work: Callable[[], object]) -> collections.Counter[str]:
    """Regex scans made by ``work`` (this thread), by calling function and method."""
    found: collections.Counter[str] = collections.Counter()

    def watch(frame: object, event: str, arg: object) -> None:
        if event == "c_call" and isinstance(getattr(arg, "__self__", None), re.Pattern):
            name = getattr(arg, "__name__", "")
            if name in SCANS:
                code = frame.f_code  # type: ignore[attr-defined]
                found[f"{Path(code.co_filename).name}:{code.co_name} {name}"] += 1

    sys.setprofile(watch)
    try:
        work()
    finally:
        sys.setprofile(None)
    return found


def main(argv: list[str] | None = None) -> int:
    """Print each reading's cost and the scans by call site."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    left_text, right_text = bench_compare.synthetic(args.sentences)
    left = [s.text for s in segment(left_text)]
    right = [s.text for s in segment(right_text)]
    texts = list(dict.fromkeys(left + right))
    read = [claims.read_claim(text) for text in texts]
    group = re.Match.group
    readings: dict[str, tuple[Callable[[], object], Callable[[], object] | None]] = {
        "words (features)": (lambda: [words.features(t) for t in texts], None),
        "claims": (
            lambda: [claim._read_claim(t, ()) for t in texts],
            claim._read_claim.cache_clear,
        ),
        "clauses (read_clause)": (
            lambda: [clauses.read_clause(t) for t in texts],
            clauses.read_clause.cache_clear,
        ),
        "polarity (predicate_signs)": (
            lambda: [polarity.predicate_signs(c.words, c.quoted_spans) for c in read],
            None,
        ),
        "people": (lambda: [people.people(t) for t in texts], people.people.cache_clear),
        "titles (title_index)": (
            lambda: [job_titles.title_index(c.text, c.words) for c in read],
            lambda: (job_titles.forget_titles(), job_titles.titled_people.cache_clear()),
        ),
        "pattern: words _cased_tokens": (lambda: [words._cased_tokens(t) for t in texts], None),
        "pattern: claim _WORD": (
            lambda: [list(map(group, claim._WORD.finditer(t))) for t in texts],
            None,
        ),
        "pattern: speaker_tokens _TOKEN": (
            lambda: [speaker_tokens._TOKEN.findall(t) for t in texts],
            None,
        ),
        "pattern: figures _TOKEN": (
            lambda: [list(map(group, figures._TOKEN.finditer(t))) for t in texts],
            None,
        ),
        "pattern: people _NAME_RUN": (
            lambda: [list(people._NAME_RUN.finditer(t)) for t in texts],
            None,
        ),
        "pattern: clauses _TOKEN": (lambda: [clauses._TOKEN.findall(t) for t in texts], None),
        "pattern: sentence_mood _WORD": (
            lambda: [sentence_mood._WORD.findall(t) for t in texts],
            None,
        ),
        "pattern: str.split": (lambda: [t.split() for t in texts], None),
    }
    print(f"{len(texts)} distinct texts; thread CPU ms, best of {args.runs}, all texts:")
    for name, (function, setup) in readings.items():
        print(f"  {name:32s} {best(function, args.runs, setup):7.1f}")

    pair = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    bench_compare.forget_readings()
    scoring = scans(
        lambda: score_matrices(
            left, right, while_waiting=lambda: [claims.read_claim(t) for t in left + right]
        )
    )
    pair._checks.clear()
    pair._claims.clear()
    pair._proposed = None
    bench_compare.forget_readings(keep=bench_compare.SCORING_MEMORIES)
    comparison = scans(lambda: pair.comparison(Settings()))
    for title, found in (("scoring", scoring), ("cold first comparison", comparison)):
        print(f"regex scans of one {title}: {sum(found.values())}")
        for site, count in found.most_common(12):
            print(f"  {count:6d} {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
