"""Speed and memory of the alignment engine, against a difflib baseline.

Run: ``python tests/benchmarks/bench_compare.py [--sentences 2000] [--baseline-pairs 40000]``
from the repository root (not collected by pytest).

* **(a) bundled**: full ``compare_files`` on two bundled articles (load, segment, boilerplate,
  scoring, quotes, links, word diffs, rows), median of several runs.
* **(b) synthetic**: two documents of N sentences each, built from the bundled articles'
  sentences with word edits (replace / insert / drop) and the right one reordered in blocks;
  all-pairs scoring (``score_matrices``) and then the threshold-dependent part
  (``PreparedPair.comparison``).
* **(c) difflib baseline**: the same all-pairs scoring done with ``difflib.SequenceMatcher``
  ``ratio()`` on the normalized sentences (the only place difflib appears in the project). On
  (b) it would take minutes, so it runs on a random sample of pairs and the time per pair is
  scaled to all pairs; the speed ratio compares CPU time per pair (the engine's CPU time counts
  every thread, so its use of both cores does not flatter the ratio).

Accuracy at equal footing: both scorers are also run on the gold pairs
(``tests/fixtures/gold``), with
the baseline given its best threshold in hindsight, and their linked-vs-unique F1 is printed.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

# numpy's idle BLAS helpers sleep at once, as every newsdiff entry point tells them
# (newsdiff.blas_idle): the benchmark measures what the app and the CLI run, whichever tree's
# code is on the path (they spun ~0.1 s of CPU beside scoring when it was left out)
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")

import argparse
import difflib
import json
import pkgutil
import random
import runpy
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import newsdiff.core
import numpy as np
from newsdiff.core import background, claims, job_titles, semantic
from newsdiff.core.compare import compare_files, prepare
from newsdiff.core.load import load_article
from newsdiff.core.models import Article, Settings
from newsdiff.core.segment import segment
from newsdiff.core.similarity import score_matrices
from newsdiff.core.words import normalize

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "fixtures" / "gold"


CPU: dict[str, float] = {}
"""CPU seconds (all threads) of the last ``timed`` call: median run (``last``), best run and best
wall time."""


def timed(
    function: Callable[[], object], runs: int = 1, setup: Callable[[], object] | None = None
) -> tuple[float, float, object]:
    """Median wall seconds over ``runs``, peak traced memory (MiB) of one run, and the result.

    The median CPU time of the same runs (all threads of the process) is left in
    ``CPU["last"]``: on a shared machine it is the steadier figure. ``setup`` runs before each
    run, untimed: it empties the memories a first comparison starts without (a real first
    comparison has nothing to empty, so freeing the last run's memories is not its time).
    """
    times = []
    cpu = []
    result: object = None
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        cpu_start = time.process_time()
        result = function()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    CPU["last"] = statistics.median(cpu)
    # the best run is the cost with the least interference from other load on the machine
    CPU["best"] = min(cpu)
    CPU["best wall"] = min(times)
    if setup is not None:
        setup()
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20, result


SCORING_MEMORIES = ("stem", "_word_reading", "_read_claim", "_fold_accents")
"""Memories that scoring fills as it reads the words and claims: the first comparison of a
pair finds them filled by the pair's own scoring."""

NOT_READINGS = ("code_fingerprint", "_config", "_segmentation")
"""Memoized functions that keep no reading of a text or a word (the code's fingerprint, a
configuration, the last segmentations of the article cache)."""


PER_TEXT_MEMORIES = (("compounds", "_READ"), ("figure_goals", "_MEMORY"))
"""Per-text memories kept in a plain dict (each sentence's compounds, each figure's goal kind):
a first comparison in a fresh process starts without them (until speed17 they were kept from
one run to the next, so only the first of ``--runs`` read the compounds cold)."""


def forget_readings(keep: tuple[str, ...] = ()) -> int:
    """Empty every memory ``newsdiff.core`` keeps of what it read from a text or a word, as a
    fresh process starts (except the functions named in ``keep``): every memoized function of
    the package and the per-text memories. Found by looking, not listed: a memory added later
    is emptied too. Returns how many memoized functions were emptied."""
    emptied = 0
    for info in pkgutil.iter_modules(newsdiff.core.__path__):
        name = f"newsdiff.core.{info.name}"
        module = sys.modules.get(name)
        if module is None:
            continue  # never imported: it has read nothing
        for value in vars(module).values():
            if (
                callable(getattr(value, "cache_clear", None))
                and getattr(value, "__module__", None) == name  # defined there, emptied once
                and value.__qualname__ not in NOT_READINGS + keep
            ):
                value.cache_clear()
                emptied += 1
        forget = vars(module).get("forget_readings")
        if callable(forget) and getattr(forget, "__module__", None) == name:
            forget()  # a per-word memory of its own (speaker_tokens' token readings)
    for module_name, memory in PER_TEXT_MEMORIES:  # absent from an older tree: skipped
        kept = getattr(sys.modules.get(f"newsdiff.core.{module_name}"), memory, None)
        if kept is not None:
            kept.clear()
    claims.forget_polarity()  # each claim's predicates and their signs
    claims._DISTINCT.clear()  # each claim's distinct content words
    background._CORES.clear()  # each sentence's core claim words
    job_titles.forget_titles()  # each sentence's job titles
    return emptied


def edit(sentence: str, rng: random.Random, pool: list[str]) -> str:
    """The sentence with a few word edits: replace, insert or drop a word."""
    words = sentence.split()
    for _ in range(rng.randint(0, 3)):
        action = rng.random()
        if action < 0.4 and words:
            words[rng.randrange(len(words))] = rng.choice(pool)
        elif action < 0.7:
            words.insert(rng.randint(0, len(words)), rng.choice(pool))
        elif len(words) > 3:
            del words[rng.randrange(len(words))]
    return " ".join(words)


def synthetic(count: int, seed: int = 7) -> tuple[str, str]:
    """Two documents of ``count`` sentences from real sentences, edited and reordered."""
    rng = random.Random(seed)
    sentences = [
        s.text.replace("\n", " ")
        for path in sorted(SEEDS.glob("*.txt"))
        for s in segment(load_article(path).text)
        if len(s.text.split()) >= 4
    ]
    pool = [word for s in sentences for word in s.split()]
    left = [edit(rng.choice(sentences), rng, pool) for _ in range(count)]
    right = [edit(s, rng, pool) for s in left if rng.random() < 0.85]
    right += [edit(rng.choice(sentences), rng, pool) for _ in range(count - len(right))]
    blocks = [right[k : k + 25] for k in range(0, len(right), 25)]
    for _ in range(len(blocks) // 4):
        a, b = rng.randrange(len(blocks)), rng.randrange(len(blocks))
        blocks[a], blocks[b] = blocks[b], blocks[a]
    right = [s for block in blocks for s in block]
    return "\n".join(left) + "\n", "\n".join(right) + "\n"


def difflib_scores(left: list[str], right: list[str], pairs: list[tuple[int, int]]) -> list[float]:
    """SequenceMatcher ratio (0–100) of the normalized sentences for the given pairs."""
    left_n = [normalize(s) for s in left]
    right_n = [normalize(s) for s in right]
    result = []
    for i, j in pairs:
        matcher = difflib.SequenceMatcher(None, left_n[i], right_n[j], autojunk=False)
        result.append(100 * matcher.ratio())
    return result


def gold_f1() -> dict[str, float] | None:
    """Linked-vs-unique F1 on the gold (gold segmentation): engine at defaults, difflib at best."""
    if not GOLD.is_dir():
        return None
    # Run as a file, this benchmark has no pytest `pythonpath`: load the script by its path.
    evaluate = runpy.run_path(str(REPO / "scripts" / "eval_alignment.py"))["evaluate"]
    engine = evaluate(GOLD, SEEDS)["gold"]["overall"]["f1"]  # type: ignore[index]
    sentences = json.loads((GOLD / "sentences.json").read_text(encoding="utf-8"))
    alignments = json.loads((GOLD / "alignments.json").read_text(encoding="utf-8"))
    borderline = json.loads((GOLD / "borderline.json").read_text(encoding="utf-8"))
    samples: list[tuple[float, bool]] = []
    for pair, links in alignments.items():
        left_name, right_name = pair.split("|")
        left = [s["text"] for s in sentences[left_name]]
        right = [s["text"] for s in sentences[right_name]]
        every = [(i, j) for i in range(len(left)) for j in range(len(right))]
        matrix = np.array(difflib_scores(left, right, every)).reshape(len(left), len(right))
        border = {(b["a"], b["b"]) for b in borderline[pair]["included_borderline"]}
        for side, count, scores in (("a", len(left), matrix), ("b", len(right), matrix.T)):
            firm = {link[side] for link in links if (link["a"], link["b"]) not in border}
            anyk = {link[side] for link in links}
            for i in range(count):
                if i in anyk and i not in firm:
                    continue
                samples.append((float(scores[i].max()), i in firm))
    best = 0.0
    for threshold in sorted({value for value, _ in samples}):
        tp = sum(1 for v, y in samples if v >= threshold and y)
        fp = sum(1 for v, y in samples if v >= threshold and not y)
        fn = sum(1 for v, y in samples if v < threshold and y)
        best = max(best, 2 * tp / (2 * tp + fp + fn))
    return {"engine_f1": float(engine), "difflib_best_f1": round(best, 3)}


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--baseline-pairs", type=int, default=40000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    seeds = sorted(SEEDS.glob("*.txt"))

    seconds, peak, _ = timed(lambda: compare_files(seeds[0], seeds[2]), args.runs)
    print(
        f"(a) compare_files {seeds[0].name} vs {seeds[2].name}: {seconds * 1000:.1f} ms, "
        f"peak {peak:.1f} MiB"
    )

    left_text, right_text = synthetic(args.sentences)
    left = Article("left", left_text, "left")
    right = Article("right", right_text, "right")
    left_s = [s.text for s in segment(left_text)]
    right_s = [s.text for s in segment(right_text)]
    pairs_total = len(left_s) * len(right_s)

    def forget_scoring() -> None:
        """As a fresh process starts: no word vectors, claims or other readings kept."""
        model = semantic.embedder()
        if model is not None:
            model.forget_words()
        forget_readings()

    def first_scoring() -> object:
        """All-pairs scoring as on a first comparison, the claims read while scoring waits
        for rapidfuzz (as ``prepare`` does when they are not kept)."""
        return score_matrices(
            left_s, right_s, while_waiting=lambda: [claims.read_claim(t) for t in left_s + right_s]
        )

    seconds, peak, _ = timed(first_scoring, args.runs, setup=forget_scoring)
    per_pair_engine = CPU["last"] / pairs_total
    print(f"(b) synthetic {len(left_s)} x {len(right_s)} sentences ({pairs_total:,} pairs):")
    print(
        f"    all-pairs scoring (claims read meanwhile): {seconds:.3f} s wall, "
        f"{CPU['last']:.3f} s CPU (median; best {CPU['best wall']:.3f} s wall, "
        f"{CPU['best']:.3f} s CPU), peak {peak:.0f} MiB"
    )
    seconds_prep, peak_prep, prepared = timed(lambda: prepare(left, right), 1)
    print(
        f"    prepare (segment, boilerplate, scoring, quotes): {seconds_prep:.3f} s, "
        f"peak {peak_prep:.0f} MiB"
    )

    def forget_checks() -> None:
        """As before the first comparison of a pair: its checks, claims with speakers and
        referents, and every reading the check makes (people, titles, clauses, polarity, …)
        forgotten; what scoring read is kept, as the pair's own scoring leaves it."""
        prepared._checks.clear()  # type: ignore[attr-defined]
        prepared._claims.clear()  # type: ignore[attr-defined]
        prepared._proposed = None  # type: ignore[attr-defined]  # the figure route, too
        forget_readings(keep=SCORING_MEMORIES)

    def cold_comparison() -> object:
        """The first comparison of a pair: every candidate pair's claims checked."""
        return prepared.comparison(Settings())  # type: ignore[attr-defined]

    forget_scoring()
    first_scoring()  # the claims of these sentences, as scoring leaves them
    seconds_cold, _, _ = timed(cold_comparison, args.runs, setup=forget_checks)
    print(
        f"    first comparison (claim check of every candidate, links, rows): "
        f"{seconds_cold:.3f} s wall, {CPU['last']:.3f} s CPU (median; best "
        f"{CPU['best wall']:.3f} s wall); scoring + claim check: "
        f"{seconds + seconds_cold:.3f} s wall"
    )
    seconds_cmp, _, comparison = timed(
        lambda: prepared.comparison(Settings()),  # type: ignore[attr-defined]
        max(1, args.runs // 2),
    )
    moved = comparison.summary()["left"]["moved"]  # type: ignore[attr-defined]
    print(
        f"    comparison(settings) again (checks cached): {seconds_cmp:.3f} s "
        f"({moved} moved on the left)"
    )

    rng = random.Random(1)
    sample = [
        (rng.randrange(len(left_s)), rng.randrange(len(right_s)))
        for _ in range(min(args.baseline_pairs, pairs_total))
    ]
    seconds_base, peak_base, _ = timed(lambda: difflib_scores(left_s, right_s, sample), 1)
    per_pair_base = CPU["last"] / len(sample)
    print(
        f"(c) difflib SequenceMatcher on {len(sample):,} sampled pairs: {seconds_base:.2f} s "
        f"(peak {peak_base:.1f} MiB) -> {per_pair_base * pairs_total:.0f} s for all pairs"
    )
    print(
        "    speed ratio (CPU time per pair, difflib / engine): "
        f"{per_pair_base / per_pair_engine:.0f}x"
    )

    figures = gold_f1()
    if figures:
        print(
            f"accuracy on gold: engine F1 {figures['engine_f1']}, "
            f"difflib ratio at its best threshold F1 {figures['difflib_best_f1']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
