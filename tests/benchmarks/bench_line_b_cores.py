"""Line (b) on two cores: how much of its wall time one thread does, and what a second
process could take off it.

Run: ``python tests/benchmarks/bench_line_b_cores.py [--sentences 2000] [--runs 5]
[--worker batch|stream [--share 0.5] [--warm]]`` from the repository root (not collected by
pytest). On ``bench_compare.py``'s synthetic pair, as that benchmark runs line (b) (every memory
emptied first):

* **the timeline** (without ``--worker``): wall time, the process's CPU and the calling
  thread's CPU of the scoring (claims read meanwhile) and of the first comparison; how long the
  scoring thread waited for the matrices computed beside it (rapidfuzz's word order, the meaning
  cosines); the claim checks' CPU in the first comparison; ``2 × wall − process CPU``, the time
  a second core stood idle. Then what a second process for the checks would handle: the checks
  an outcome-blind run of the check loop asks (every check taken to link) against those the
  loop asks, and the pickling of the later half's results and of the claims they read; and a
  forkserver worker's start (its first answer, the claim check preloaded) and peak RSS.
* **a worker prototype** (``--worker``; not in the engine): first comparisons alternately in
  this process alone and with a forkserver worker that holds the pair (its segments and quotes
  from the article cache, its claims read there) and is sent, once the candidates are known,
  the pairs the outcome-blind loop asks. ``batch``: it checks the last ``--share`` of them and
  sends them all back; the loop waits for them when it reaches the first. ``stream``: it checks
  them from the last back, a chunk at a time, while the loop checks from the first on, taking
  what the worker has sent and never waiting; the two meet in the middle. Every run's checks
  are compared with the ones read here alone. ``--warm``: the worker holds every sentence's
  claim before the run, as if it had read them while this process scored. Both ways favour the
  worker: its segments, quotes and the meaning vectors reach it before the window.

Medians and minima over the runs; wall times need a quiet machine, thread CPU does not.
``PYTHONPATH=OTHER/tui`` times another tree's code.
"""

# ruff: noqa: E402  (the BLAS setting below must come before numpy is imported)
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # as newsdiff's entry points set it

import argparse
import gc
import multiprocessing
import pickle
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare
from newsdiff.core import align, claims, semantic, similarity
from newsdiff.core.claims import ClaimCheck
from newsdiff.core.compare import PreparedPair, prepare
from newsdiff.core.link_evidence import Evidence
from newsdiff.core.models import Article, Settings
from newsdiff.core.segment import segment

Pair = tuple[int, int]
LINKED = ClaimCheck("paraphrased", Evidence(), True)
"""What the outcome-blind loop takes every check to say."""
CHUNK = 32
"""Checks the streaming worker sends back at a time."""


def _show(name: str, values: list[float]) -> None:
    """A figure's median, best and every run (seconds shown in ms; counts as they are)."""
    scale, unit = (1, "") if name.endswith("(count)") else (1000, " ms")
    print(
        f"  {name:44s} {statistics.median(values) * scale:8.1f} {min(values) * scale:8.1f}{unit}"
        f"   ({' '.join(f'{v * scale:.0f}' for v in values)})"
    )


def _forget_checks(pair: PreparedPair) -> None:
    """As ``bench_compare.py`` empties before a first comparison (scoring's memories kept)."""
    pair._checks.clear()
    pair._claims.clear()
    pair._proposed = None
    bench_compare.forget_readings(keep=bench_compare.SCORING_MEMORIES)


def _blind(inputs: tuple[Any, ...]) -> list[Pair]:
    """The pairs the check loop asks when every check links, in the order it asks them."""
    masked, verbatim, candidates, below, settings, _, routed = inputs
    asked: list[Pair] = []

    def check(left: int, right: int) -> ClaimCheck:
        asked.append((left, right))
        return LINKED

    CHECKED_LINKS(masked, verbatim, candidates.copy(), below, settings, check, routed)
    return asked


CHECKED_LINKS = align._checked_links
"""The engine's check loop (the prototype wraps it)."""


def timeline(pair: PreparedPair, lefts: list[str], rights: list[str], runs: int) -> None:
    """Line (b)'s two parts, thread by thread, and the second process's figures."""

    def forget_scoring() -> None:
        model = semantic.embedder()
        if model is not None:
            model.forget_words()
        bench_compare.forget_readings()

    def scoring() -> object:
        return similarity.score_matrices(
            lefts, rights, while_waiting=lambda: [claims.read_claim(t) for t in lefts + rights]
        )

    waited = [0.0]  # the scoring thread's waits for the matrices computed beside it
    background_result = similarity._Background.result

    def result(self: Any) -> Any:
        start = time.perf_counter()
        try:
            return background_result(self)
        finally:
            waited[-1] += time.perf_counter() - start

    similarity._Background.result = result  # type: ignore[method-assign]
    check_cpu: dict[Pair, float] = {}  # each check's thread CPU (claims read for it included)
    plain_check = PreparedPair.check

    def check(self: PreparedPair, left: int, right: int) -> ClaimCheck:
        if (left, right) in self._checks:
            return plain_check(self, left, right)
        start = time.thread_time()
        try:
            return plain_check(self, left, right)
        finally:
            check_cpu[(left, right)] = time.thread_time() - start

    PreparedPair.check = check  # type: ignore[method-assign]
    inputs: list[tuple[Any, ...]] = []

    def spy(*given: Any) -> Any:
        inputs[:] = [tuple(v.copy() if hasattr(v, "copy") else v for v in given)]
        return CHECKED_LINKS(*given)

    align._checked_links = spy
    forget_scoring()
    scoring()  # imports, the model's table
    figures: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        forget_scoring()
        waited.append(0.0)
        wall, process, thread = time.perf_counter(), time.process_time(), time.thread_time()
        scoring()
        figures["scoring: wall"].append(time.perf_counter() - wall)
        figures["scoring: process CPU"].append(time.process_time() - process)
        figures["scoring: calling thread CPU"].append(time.thread_time() - thread)
        figures["scoring: thread waited for the matrices"].append(waited[-1])
        _forget_checks(pair)
        check_cpu.clear()
        wall, process, thread = time.perf_counter(), time.process_time(), time.thread_time()
        pair.comparison(Settings())
        figures["first comparison: wall"].append(time.perf_counter() - wall)
        figures["first comparison: process CPU"].append(time.process_time() - process)
        figures["first comparison: calling thread CPU"].append(time.thread_time() - thread)
        figures["first comparison: the checks' CPU"].append(sum(check_cpu.values()))
        both = figures["scoring: wall"][-1] + figures["first comparison: wall"][-1]
        figures["line (b): wall"].append(both)
        used = figures["scoring: process CPU"][-1] + figures["first comparison: process CPU"][-1]
        figures["line (b): a core idle (2 x wall - CPU)"].append(2 * both - used)
    align._checked_links = CHECKED_LINKS
    PreparedPair.check = plain_check  # type: ignore[method-assign]
    print(f"load average {os.getloadavg()[0]:.2f}; median, best (runs) of {runs}:")
    for name, values in figures.items():
        _show(name, values)

    start = time.thread_time()
    asked = _blind(inputs[0])
    blind_cpu = time.thread_time() - start
    real = set(check_cpu)
    later = [key for key in asked[len(asked) // 2 :] if key in real]
    print(
        f"checks: {len(real):,} asked by the loop; {len(asked):,} by the outcome-blind loop "
        f"({len(set(asked) & real):,} of them by the loop too; {blind_cpu * 1000:.1f} ms); of "
        f"its later half {len(later):,} asked by the loop, "
        f"{sum(check_cpu[key] for key in later) * 1000:.0f} ms of thread CPU"
    )
    sides = {("left", i) for i, _ in later} | {("right", j) for _, j in later}
    for name, value in (
        ("their results", [pair._checks[key] for key in later]),
        (f"the claims they read ({len(sides):,})", [pair._claims[key] for key in sides]),
    ):
        gc.disable()  # as in a comparison (newsdiff.core.gc_pause)
        start = time.perf_counter()
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        dumped = time.perf_counter() - start
        start = time.perf_counter()
        pickle.loads(data)
        loaded = time.perf_counter() - start
        gc.enable()
        print(
            f"  pickling {name}: {len(data) / 1024:.0f} KiB, dump {dumped * 1000:.1f} ms, "
            f"load {loaded * 1000:.1f} ms"
        )
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsdiff.core.compare"])
    start = time.perf_counter()
    here, there = context.Pipe()
    worker = context.Process(target=_serve, args=(there,), daemon=True)
    worker.start()
    here.send(("rss",))
    rss = here.recv()
    first = time.perf_counter() - start
    here.send(("end",))
    worker.join(5)
    print(
        f"a forkserver worker (claim check preloaded): first answer after {first * 1000:.0f} ms; "
        f"its peak RSS {rss / 1024:.0f} MiB"
    )


_HELD: list[PreparedPair] = []
"""In the worker: the pair it checks (its copy of the articles, segments, quotes, claims)."""


def _worker_pair(
    left: Article, right: Article, vectors: tuple[np.ndarray | None, np.ndarray | None]
) -> PreparedPair:
    """In the worker: the pair as ``prepare`` leaves it, without its score matrices (the
    article cache's segments and quotes, and the articles' claims read back from it)."""
    from newsdiff.core.article_cache import analyse
    from newsdiff.core.quote_groups import match_quotes
    from newsdiff.core.speaker_names import unify_speakers

    first, second = analyse(left.text), analyse(right.text)
    quotes = unify_speakers([first.quotes, second.quotes])
    left_quotes, right_quotes = match_quotes(quotes[0], quotes[1], quotes)
    verbatim: dict[Pair, float] = {}  # the pairs' near-verbatim scores, sent with them
    scores = similarity.ScoreMatrices(np.zeros((0, 0)), verbatim, None, *vectors)  # type: ignore[arg-type]
    pair = PreparedPair(
        left, right, first.sentences, second.sentences, first.boilerplate, second.boilerplate,
        scores, tuple(left_quotes), tuple(right_quotes), _claims_from=(left, right),
    )  # fmt: skip
    pair._read_known()  # as the calling process holds them
    return pair


def _peak_rss() -> int:
    """This process's peak resident memory in KiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _serve(connection: Connection) -> None:
    """The worker's loop: forget, hold a pair, check pairs (``batch``: in order, sent back at
    once; ``stream``: from the last back, a chunk at a time, until the caller says it met
    them), report its RSS, end."""
    while True:
        kind, *payload = connection.recv()
        if kind == "end":
            return
        if kind == "rss":
            connection.send(_peak_rss())
        elif kind == "forget":
            bench_compare.forget_readings()
            for text in payload[0]:  # --warm
                claims.read_claim(text)
            connection.send("forgotten")
        elif kind == "pair":
            _HELD[:] = [_worker_pair(*payload)]
            connection.send("held")
        else:
            keys, verbatim = payload
            pair = _HELD[0]
            pair.scores.verbatim.update(zip(keys, verbatim, strict=True))  # type: ignore[attr-defined]
            start = time.thread_time()
            if kind == "batch":
                found = [pair.check(*key) for key in keys]
                connection.send((keys, found))
            else:
                done: list[Pair] = []
                for key in reversed(keys):
                    if connection.poll():  # the caller has met us
                        break
                    pair.check(*key)
                    done.append(key)
                    if len(done) == CHUNK:
                        connection.send((done, [pair._checks[k] for k in done]))
                        done = []
                if done:
                    connection.send((done, [pair._checks[k] for k in done]))
            connection.send(("cpu", time.thread_time() - start))
            if kind == "stream":
                connection.recv()  # the caller's "met", if not read above


def with_worker(pair: PreparedPair, runs: int, mode: str, share: float, warm: bool) -> None:
    """First comparisons alternately here alone and with the worker (see the docstring)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsdiff.core.compare"])
    here, there = context.Pipe()
    worker = context.Process(target=_serve, args=(there,), daemon=True)
    worker.start()
    reference: dict[Pair, ClaimCheck] = {}
    spent: dict[str, float] = {}

    def receive(block: bool) -> None:
        """The worker's checks that have arrived (all that it will send, with ``block``)."""
        while block or here.poll():
            message = here.recv()
            if message[0] == "cpu":
                spent["worker CPU"] = message[1]
                return
            for key, value in zip(*message, strict=True):
                if key not in pair._checks:
                    pair._checks[key] = value
                    spent["checks taken from the worker (count)"] += 1

    def checked(*inputs: Any) -> Any:
        start = time.perf_counter()
        asked = _blind(inputs)
        if mode == "batch":
            asked = asked[len(asked) - int(len(asked) * share) :]
        here.send((mode, asked, [float(inputs[1][key]) for key in asked]))
        spent["sent (blind loop included)"] = time.perf_counter() - start
        spent["checks taken from the worker (count)"] = 0.0
        waiting = set(asked) if mode == "batch" else set()
        plain: Callable[[int, int], ClaimCheck] = inputs[5]

        def check(left: int, right: int) -> ClaimCheck:
            key = (left, right)
            if key not in pair._checks:
                if key in waiting:
                    start = time.perf_counter()
                    receive(block=True)
                    spent["waited"] = time.perf_counter() - start
                    waiting.clear()
                elif mode == "stream":
                    receive(block=False)
            return plain(left, right)

        found = CHECKED_LINKS(*inputs[:5], check, inputs[6])
        if mode == "stream":
            here.send("met")
        if "worker CPU" not in spent:
            receive(block=True)  # (what the loop did not need is dropped, as an engine would)
        return found

    def run(use_worker: bool) -> tuple[float, float]:
        _forget_checks(pair)
        texts = [s.text for s in pair.left_sentences + pair.right_sentences]
        here.send(("forget", tuple(texts) if warm else ()))
        here.recv()
        vectors = (pair.scores.left_vectors, pair.scores.right_vectors)
        here.send(("pair", pair.left, pair.right, vectors))  # before the window: favourable
        here.recv()  # held (as if the worker had read the pair while this process scored)
        spent.clear()
        align._checked_links = checked if use_worker else CHECKED_LINKS
        wall, process = time.perf_counter(), time.process_time()
        pair.comparison(Settings())
        wall, process = time.perf_counter() - wall, time.process_time() - process
        align._checked_links = CHECKED_LINKS
        if not reference:
            reference.update(pair._checks)
        differ = [key for key in reference if pair._checks.get(key) != reference[key]]
        assert not differ, f"{len(differ)} checks differ, e.g. {differ[:3]}"
        return wall, process

    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        for use_worker in (False, True):
            wall, process = run(use_worker)
            name = "with the worker" if use_worker else "this process alone"
            times[f"{name}: wall"].append(wall)
            times[f"{name}: this process's CPU"].append(process)
            for key, value in spent.items() if use_worker else ():
                times[f"with the worker: {key}"].append(value)
    here.send(("rss",))
    rss = here.recv()
    here.send(("end",))
    worker.join(5)
    print(
        f"first comparison, worker {mode} (share {share if mode == 'batch' else 'meet'}, "
        f"{'warm' if warm else 'cold'}), load average {os.getloadavg()[0]:.2f}, checks identical; "
        f"the worker's peak RSS {rss / 1024:.0f} MiB:"
    )
    for name, values in times.items():
        _show(name, values)


def main(argv: list[str] | None = None) -> int:
    """Print the timeline, or the worker prototype's runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--worker", choices=("batch", "stream"))
    parser.add_argument("--share", type=float, default=0.5, help="the batch worker's share")
    parser.add_argument("--warm", action="store_true", help="the worker holds every claim")
    args = parser.parse_args(argv)
    left_text, right_text = bench_compare.synthetic(args.sentences)
    pair = prepare(Article("left", left_text, "left"), Article("right", right_text, "right"))
    pair.comparison(Settings())  # the article cache filled, the claims known
    if args.worker:
        with_worker(pair, args.runs, args.worker, args.share, args.warm)
        return 0
    lefts = [s.text for s in segment(left_text)]
    rights = [s.text for s in segment(right_text)]
    timeline(pair, lefts, rights, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
