"""Whole-process times of the commands against their floors, interleaved, medians.

Run: ``python tests/benchmarks/bench_process.py [--runs N]`` from the repository root with the
virtualenv active. Contenders, run in rotation so a busy machine slows each alike:

* **floor**: a process that reads the two articles, segments them with newsdiff's segmenter and
  scores every sentence pair with one ``rapidfuzz.process.cdist`` (the least a comparison does);
* **compare**: ``newsdiff compare A B --format json`` on the same pair;
* **textual**: ``python -c "import textual.app"`` (the least the app does);
* **list**: ``newsdiff list`` of the bundled articles.

The articles' analyses and the prepared meaning table are on disk after the warm-up run (as
after any first use); ``--cold`` empties the article cache before every ``compare`` and ``list``
run instead, so each reads its articles afresh (the first use of a new article).

Prints each median and the ratios compare/floor and list/textual from the same run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRATCH = tempfile.mkdtemp(prefix="newsdiff-bench-")
LEFT = REPO / "seeds" / "000_349d7438e500a4b7.txt"
RIGHT = REPO / "seeds" / "001_9da1c0d15292406f.txt"

FLOOR = f"""
from pathlib import Path
from rapidfuzz import fuzz, process
from newsdiff.core.segment import segment
left = [s.text for s in segment(Path({str(LEFT)!r}).read_text())]
right = [s.text for s in segment(Path({str(RIGHT)!r}).read_text())]
process.cdist(left, right, scorer=fuzz.token_set_ratio)
"""


def newsdiff() -> str:
    local = Path(sys.executable).with_name("newsdiff")
    return str(local) if local.exists() else shutil.which("newsdiff") or "newsdiff"


def contenders() -> dict[str, list[str]]:
    return {
        "floor": [sys.executable, "-c", FLOOR],
        "compare": [newsdiff(), "compare", str(LEFT), str(RIGHT), "--format", "json"],
        "textual": [sys.executable, "-c", "import textual.app"],
        "list": [newsdiff(), "list"],
    }


def run_once(command: list[str], cold: bool = False) -> float:
    env = dict(os.environ, COLUMNS="120")
    if cold:
        env["NEWSDIFF_CACHE"] = tempfile.mkdtemp(prefix="newsdiff-cold-", dir=SCRATCH)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cold", action="store_true", help="no article analysed before")
    args = parser.parse_args(argv)
    # Bytecode for every module, as `pip install` leaves it: an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise recompile the package on every start.
    compileall.compile_dir(REPO / "tui" / "newsdiff", quiet=1)
    commands = contenders()
    for command in commands.values():  # warm the file cache and any on-disk caches
        run_once(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            cold = args.cold and name in ("compare", "list")
            times[name].append(run_once(command, cold))
    shutil.rmtree(SCRATCH, ignore_errors=True)
    median = {name: statistics.median(values) for name, values in times.items()}
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} cores")
    for name, value in median.items():
        print(f"{name:<8} median {value * 1000:6.0f} ms  (min {min(times[name]) * 1000:.0f})")
    print(f"compare / floor  {median['compare'] / median['floor']:.2f}x  (target <= 1.5)")
    print(f"list / textual   {median['list'] / median['textual']:.2f}x  (target <= 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
