"""Quote scanning is linear: the work grows in proportion to the input on hostile quoting.

Python-level work is counted as line events (``sys.settrace``), exact on a loaded machine. Work
inside the regular-expression engine (where a backtracking pattern once made a sentence of
80,000 single quote marks take minutes) is invisible to a tracer, so the sentence scanner is also
checked by how its CPU time scales from n to 8n (best of several runs): linear code grows about
8x, quadratic 64x; the bound sits between. No absolute time is asserted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.words import features


def _line_events(run: Callable[[], object]) -> int:
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


HOSTILE = {
    "single marks after a name": lambda n: "Rubio said " + "'a " * n,
    "curly single openers": lambda n: "Rubio said " + "\u2018a " * n,
    "mixed marks": lambda n: "Rubio said " + "'a \u201cb \"c d\u2019 \u2018e " * (n // 5),
    "straight doubles unclosed": lambda n: 'She said "' + "a 'b " * (n // 2),
    "many quotes in one sentence": lambda n: ('"a" ' + 'x"y ' + '" ') * (n // 3),
    "many attributed quotes": lambda n: "He said \u201cok,\u201d Rubio said, " * (n // 6),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_sentence_features_scale_linearly(name: str) -> None:
    make = HOSTILE[name]
    small = _line_events(lambda: features(make(2_000)))
    large = _line_events(lambda: features(make(8_000)))
    assert large <= 5 * small, f"{name}: {small} -> {large} line events for 4x the input"


def _best_cpu_seconds(run: Callable[[], object], repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        began = time.process_time()
        run()
        best = min(best, time.process_time() - began)
    return max(best, 1e-4)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_sentence_features_cpu_time_scales_linearly(name: str) -> None:
    make = HOSTILE[name]
    small_text, large_text = make(4_000), make(32_000)
    small = _best_cpu_seconds(lambda: features(small_text))
    large = _best_cpu_seconds(lambda: features(large_text))
    assert large <= 24 * small, f"{name}: {small:.4f}s -> {large:.4f}s for 8x the input"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_quote_extraction_scales_linearly(name: str) -> None:
    make = HOSTILE[name]

    def run(n: int) -> Callable[[], object]:
        text = make(n)
        sentences = segment(text)
        return lambda: extract_quotes(text, sentences)

    small = _line_events(run(1_000))
    large = _line_events(run(4_000))
    assert large <= 5 * small, f"{name}: {small} -> {large} line events for 4x the input"


def test_single_quoted_passages_still_found() -> None:
    passages = features("Critics called it a 'ferry tax' and a \"land grab\" on Tuesday.").quoted
    assert passages == ("ferry", "tax", "land", "grab")
