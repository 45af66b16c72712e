"""Whole-process times of the commands against their floors, interleaved, medians.

Run: ``python tests/benchmarks/bench_process.py [--runs N]`` from the repository root with the
virtualenv active. Contenders, run in rotation so a busy machine slows each alike:

* **floor**: a process that reads the two articles, segments them with newsdiff's segmenter and
  scores every sentence pair with one ``rapidfuzz.process.cdist`` (the least a comparison does);
* **floor-idle**: the same with numpy's BLAS helper threads told to sleep when idle, as
  ``newsdiff`` tells them (``newsdiff.cli.BLAS_IDLE``): without it they spin ~0.1 s of CPU
  after numpy is imported, so this is the floor to read a change elsewhere against;
* **compare**: ``newsdiff compare A B --format json`` on the same pair;
* **textual**: ``python -c "import textual.app"`` (the least the app does);
* **list**: ``newsdiff list`` of the bundled articles.

The articles' analyses and the prepared meaning table are on disk after the warm-up run (as
after any first use); ``--cold`` empties the article cache before every ``compare`` and ``list``
run instead, so each reads its articles afresh (the first use of a new article).

Prints each median (wall clock, and CPU time of every thread) and the ratios compare/floor (the
target), compare/floor-idle and list/textual from the same run. On a busy machine the CPU ratios
move less than the wall-clock ones.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsdiff.cli import BLAS_IDLE

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
FLOOR_IDLE = f"import os\nos.environ.setdefault(*{BLAS_IDLE!r})\n{FLOOR}"


def newsdiff() -> str:
    local = Path(sys.executable).with_name("newsdiff")
    return str(local) if local.exists() else shutil.which("newsdiff") or "newsdiff"


def contenders() -> dict[str, list[str]]:
    return {
        "floor": [sys.executable, "-c", FLOOR],
        "floor-idle": [sys.executable, "-c", FLOOR_IDLE],
        "compare": [newsdiff(), "compare", str(LEFT), str(RIGHT), "--format", "json"],
        "textual": [sys.executable, "-c", "import textual.app"],
        "list": [newsdiff(), "list"],
    }


def run_once(command: list[str], cold: bool = False) -> tuple[float, float]:
    """The wall-clock time and the CPU time (user + system, every thread) of one run."""
    env = dict(os.environ, COLUMNS="120")
    if cold:
        env["NEWSDIFF_CACHE"] = tempfile.mkdtemp(prefix="newsdiff-cold-", dir=SCRATCH)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


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
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            cold = args.cold and name in ("compare", "list")
            wall, used = run_once(command, cold)
            times[name].append(wall)
            cpu[name].append(used)
    shutil.rmtree(SCRATCH, ignore_errors=True)
    median = {name: statistics.median(values) for name, values in times.items()}
    cpu_median = {name: statistics.median(values) for name, values in cpu.items()}
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} cores")
    for name, value in median.items():
        print(
            f"{name:<10} median {value * 1000:6.0f} ms  (min {min(times[name]) * 1000:.0f})"
            f"  CPU median {cpu_median[name] * 1000:6.0f} ms"
        )
    for ratio, (top, bottom), target in (
        ("compare / floor     ", ("compare", "floor"), "  (target <= 1.5)"),
        ("compare / floor-idle", ("compare", "floor-idle"), ""),
        ("list / textual      ", ("list", "textual"), "  (target <= 1.2)"),
    ):
        print(
            f"{ratio}  {median[top] / median[bottom]:.2f}x{target}"
            f"  CPU {cpu_median[top] / cpu_median[bottom]:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
