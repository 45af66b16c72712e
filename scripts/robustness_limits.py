"""Time and peak memory of every command on the worst inputs the documented limits accept.

Generates the cases in a temporary folder (nothing is committed), runs each command as a child
process and reports wall time and peak resident memory (``wait4``'s ``ru_maxrss``). A case is
either finished or refused; the promise (docs/robustness.md) is at most 60 s and 2 GB each.

    python scripts/robustness_limits.py            # every case at the limits
    python scripts/robustness_limits.py --scale 0.1 --only rows
    python scripts/robustness_limits.py --scale 2 --only five-mb --only one-line   # 10 MB files
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "council mayor bridge budget river vote city plan road school water court police minister "
    "talks trade energy port rail health tax election report deal strike storm fire market"
).split()


def distinct_sentences(count: int, seed: int, quoted: bool = False) -> str:
    """A headline and ``count - 1`` different short sentences (one paragraph per 20)."""
    rng = random.Random(seed)
    parts = []
    for number in range(count - 1):
        a, b, c = rng.sample(WORDS, 3)
        sentence = f"The {a} and the {b} met over the {c} on day {number}."
        if quoted:
            sentence = f'"We back the {a} plan {number}," the {b} said.'
        parts.append(sentence + ("\n\n" if number % 20 == 19 else " "))
    return "Story headline\n\n" + "".join(parts)


def cases(scale: float) -> dict[str, tuple[dict[str, str], list[list[str]]]]:
    """Case name → (files to write, commands to run on them)."""
    from math import isqrt

    from newsdiff.core.compare import MAX_SENTENCE_PAIRS, MAX_SENTENCES

    n = max(10, int(MAX_SENTENCES * scale))
    m = max(10, int(MAX_SENTENCE_PAIRS // MAX_SENTENCES * scale))
    p = max(10, int(isqrt(MAX_SENTENCE_PAIRS) * scale))
    formats = ["text", "json", "html", "md", "svg"]
    five_mb = int(5_000_000 * scale)
    return {
        # The most rows a comparison may have: 20,000 sentences against 800 (16 M pairs).
        "rows": (
            {"long.txt": distinct_sentences(n, 1), "short.txt": distinct_sentences(m, 2)},
            [["compare", "long.txt", "short.txt", "-f", fmt] for fmt in formats],
        ),
        # The most pairs: 4,000 x 4,000 sentences.
        "pairs": (
            {"a.txt": distinct_sentences(p, 3), "b.txt": distinct_sentences(p, 4)},
            [["compare", "a.txt", "b.txt", "-f", fmt] for fmt in formats],
        ),
        # The most quotes a comparison may hold, and `quotes` on them.
        "quotes": (
            {"q1.txt": distinct_sentences(n, 5, True), "q2.txt": distinct_sentences(m, 6, True)},
            [["quotes", "q1.txt", "q2.txt"], ["compare", "q1.txt", "q2.txt", "-f", "json"]],
        ),
        # 5 MB files (the default size limit) of the shapes: listed, or refused at once.
        "five-mb": (
            {
                "yes.txt": "Yes\n\n" + "He said yes. " * (five_mb // 13),
                "quoted.txt": "Quoted\n\n" + '"We will build it," he said. ' * (five_mb // 29),
                "heads.txt": "Heads\n\n"
                + "".join(f"Section {i} heading\n" for i in range(five_mb // 23)),
                "small.txt": distinct_sentences(12, 7),
            },
            [
                ["list", "yes.txt", "quoted.txt", "heads.txt"],
                ["quotes", "quoted.txt", "small.txt"],
                ["compare", "yes.txt", "small.txt", "-f", "svg"],
                ["compare", "quoted.txt", "small.txt", "-f", "text"],
                ["compare", "heads.txt", "small.txt", "-f", "html"],
            ],
        ),
        # One line of words with no sentence end: one sentence of the whole file.
        "one-line": (
            {"line.txt": "word " * (five_mb // 5), "small.txt": distinct_sentences(12, 7)},
            [
                *(["compare", "small.txt", "line.txt", "-f", fmt] for fmt in formats),
                ["quotes", "line.txt", "small.txt"],
                ["story", "line.txt", "small.txt"],
            ],
        ),
    }


def run(command: list[str], folder: Path) -> tuple[float, float, int, str]:
    """Wall seconds, peak MB, exit status and the first stderr line of ``newsdiff COMMAND``."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(
            [sys.executable, "-m", "newsdiff", *command],
            cwd=folder,
            stdout=sink,
            stderr=subprocess.PIPE,
        )
        assert child.stderr is not None
        err = child.stderr.read().decode("utf-8", "replace")
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, child.returncode, (err.splitlines() or [""])[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="resize every case (1: 5 MB)")
    parser.add_argument("--only", action="append", help="run only these cases")
    args = parser.parse_args()
    if args.scale > 1:  # files over the default size limit: raise it for the children
        os.environ["NEWSDIFF_MAX_BYTES"] = str(int(5_000_000 * args.scale) + 1_000)
    print(f"{'case':<8} {'command':<44} {'s':>6} {'MB':>6} exit")
    with tempfile.TemporaryDirectory(prefix="newsdiff-limits-") as name:
        folder = Path(name)
        for case, (files, commands) in cases(args.scale).items():
            if args.only and case not in args.only:
                continue
            for file_name, text in files.items():
                (folder / file_name).write_text(text, encoding="utf-8")
            for command in commands:
                seconds, megabytes, code, err = run(command, folder)
                shown = " ".join(command)[:44]
                note = f"  {err[:70]}" if code else ""
                print(f"{case:<8} {shown:<44} {seconds:6.1f} {megabytes:6.0f} {code}{note}")


if __name__ == "__main__":
    main()
