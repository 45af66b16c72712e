"""Quote extraction against the hand-made gold data: floors on span F1, speaker and kind."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_quotes.py"


def _evaluate():
    spec = importlib.util.spec_from_file_location("eval_quotes", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.evaluate


@pytest.mark.parametrize("gold_sentences", [False, True], ids=["segment", "gold-sentences"])
def test_gold_floors(gold_dir: Path, seeds_dir: Path, gold_sentences: bool) -> None:
    scores = _evaluate()(gold_dir, seeds_dir, gold_sentences=gold_sentences)
    assert scores.gold == 31
    assert scores.f1 >= 0.98, scores
    assert scores.speaker >= 0.95, scores
    assert scores.kind >= 0.90, scores
