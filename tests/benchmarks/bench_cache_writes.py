"""Which of line (b)'s runs write the article cache, and what the writes cost.

Run: ``python tests/benchmarks/bench_cache_writes.py [--sentences 2000] [--runs 3]`` from the
repository root (not collected by pytest). Line (b) of ``bench_compare.py`` (the synthetic
pair's all-pairs scoring, ``prepare``, then ``--runs`` cold first comparisons, each emptied as
``bench_compare.py`` empties it) runs twice, each time in a fresh process sharing one new
``NEWSDIFF_CACHE``: first with the disk cache empty (new articles, or a new code fingerprint:
any edit of ``newsdiff.core``), then with it filled by the first process (the same articles
again). Every ``disk_cache.store`` is timed (wall, on the calling thread) and charged to the
step that made it; the step's own wall time is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(sentences: int, runs: int) -> dict[str, object]:
    """Line (b) once in this process, the article cache's writes charged to each step."""
    sys.path.insert(0, str(HERE))
    import bench_compare
    from newsdiff.core import claims, disk_cache, semantic
    from newsdiff.core.compare import prepare
    from newsdiff.core.models import Article, Settings
    from newsdiff.core.segment import segment
    from newsdiff.core.similarity import score_matrices

    writes: list[tuple[str, int, float]] = []
    original = disk_cache.store

    def store(folder: Path, key: str, value: object) -> None:
        start = time.perf_counter()
        original(folder, key, value)
        seconds = time.perf_counter() - start
        path = folder / f"{key}.pickle"
        writes.append((folder.name, path.stat().st_size if path.exists() else 0, seconds))

    disk_cache.store = store  # type: ignore[assignment]
    left_text, right_text = bench_compare.synthetic(sentences)
    left_s = [s.text for s in segment(left_text)]
    right_s = [s.text for s in segment(right_text)]
    steps: list[dict[str, object]] = []

    def step(name: str, function: object) -> object:
        first = len(writes)
        start = time.perf_counter()
        result = function()  # type: ignore[operator]
        wall = time.perf_counter() - start
        made = writes[first:]
        steps.append(
            {
                "step": name,
                "wall_ms": round(wall * 1000, 1),
                "writes": [
                    f"{kind} {size / 1024:.0f} KiB {ms * 1000:.1f} ms" for kind, size, ms in made
                ],
                "write_ms": round(sum(ms for _, _, ms in made) * 1000, 1),
            }
        )
        return result

    for run in range(runs):
        model = semantic.embedder()
        if model is not None:
            model.forget_words()
        bench_compare.forget_readings()
        step(
            f"scoring {run + 1}",
            lambda: score_matrices(
                left_s,
                right_s,
                while_waiting=lambda: [claims.read_claim(t) for t in left_s + right_s],
            ),
        )
    prepared = step(
        "prepare",
        lambda: prepare(Article("left", left_text, "left"), Article("right", right_text, "right")),
    )
    for run in range(runs):
        prepared._checks.clear()  # type: ignore[attr-defined]
        prepared._claims.clear()  # type: ignore[attr-defined]
        prepared._proposed = None  # type: ignore[attr-defined]
        bench_compare.forget_readings(keep=bench_compare.SCORING_MEMORIES)
        step(f"first comparison {run + 1}", lambda: prepared.comparison(Settings()))  # type: ignore[attr-defined]
    return {"load": round(os.getloadavg()[0], 2), "steps": steps}


def main(argv: list[str] | None = None) -> int:
    """Run line (b) with the disk cache empty, then filled; print each step's writes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.sentences, args.runs)))
        return 0
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, NEWSDIFF_CACHE=cache)
        command = [sys.executable, __file__, "--child", "--sentences", str(args.sentences)]
        for disk in ("empty", "filled"):
            done = subprocess.run(
                [*command, "--runs", str(args.runs)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            report = json.loads(done.stdout.splitlines()[-1])
            print(f"disk cache {disk} (load {report['load']}):")
            for entry in report["steps"]:
                writes = "; ".join(entry["writes"]) or "no write"
                print(
                    f"    {entry['step']:<20} {entry['wall_ms']:>8.1f} ms, "
                    f"writes {entry['write_ms']:.1f} ms ({writes})"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
