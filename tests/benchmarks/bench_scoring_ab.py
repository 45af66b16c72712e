"""Scoring of the synthetic pair by two trees' ``similarity`` modules, alternated in one process.

Run: ``python tests/benchmarks/bench_scoring_ab.py --base /tmp/base-tree [--runs 10]`` from the
repository root (not collected by pytest). The base tree's ``core/similarity.py`` is loaded under
another module name beside this tree's (every other module is this tree's: compare two trees
that differ only there). Each call is ``bench_compare.py``'s line (b) scoring: every memory
emptied, the claims read in ``while_waiting``. Base and new alternate call by call, so both meet
the same load: wall, process CPU and the calling thread's CPU, median and best, in ms.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.core import claims, semantic
from newsdiff.core import similarity as this_tree
from newsdiff.core.segment import segment


def load_base(tree: Path) -> ModuleType:
    """The base tree's ``similarity`` module, importing this tree's other modules."""
    path = tree / "tui" / "newsdiff" / "core" / "similarity.py"
    spec = importlib.util.spec_from_file_location("base_similarity", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: {path}: not a module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Print both modules' figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sentences", type=int, default=2000)
    args = parser.parse_args(argv)
    modules = {"base": load_base(args.base), "new": this_tree}
    left_text, right_text = bench_compare.synthetic(args.sentences)
    left = [s.text for s in segment(left_text)]
    right = [s.text for s in segment(right_text)]
    figures: dict[str, list[tuple[float, float, float]]] = {"base": [], "new": []}
    for run in range(2 * args.runs + 2):  # the first two warm up (imports, the model's table)
        name = "base" if run % 2 == 0 else "new"
        model = semantic.embedder()
        if model is not None:
            model.forget_words()
        bench_compare.forget_readings()
        wall, process, thread = time.perf_counter(), time.process_time(), time.thread_time()
        modules[name].score_matrices(
            left, right, while_waiting=lambda: [claims.read_claim(t) for t in left + right]
        )
        spent = (
            time.perf_counter() - wall,
            time.process_time() - process,
            time.thread_time() - thread,
        )
        if run >= 2:
            figures[name].append(spent)
    print(f"scoring of the synthetic pair ({len(left)} x {len(right)}), {args.runs} runs each:")
    print("          wall / process / calling thread, ms: median; best")
    for name, runs in figures.items():
        columns = list(zip(*runs, strict=True))
        median = " / ".join(f"{statistics.median(c) * 1000:.0f}" for c in columns)
        best = " / ".join(f"{min(c) * 1000:.0f}" for c in columns)
        print(f"  {name:5s}   {median};  {best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
