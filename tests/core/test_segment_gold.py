"""Segmentation measured on the hand-made gold: the exact-span F1 floor of issue 2."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from newsdiff.core.segment import segment

F1_FLOOR = 0.98
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_segmentation.py"


def _eval_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_segmentation", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def test_exact_span_f1_on_the_gold_is_at_least_the_floor(gold_dir: Path, seeds_dir: Path) -> None:
    total, per_file = _eval_script().evaluate(gold_dir, seeds_dir)
    assert per_file, "no gold files scored"
    assert total.f1 >= F1_FLOOR, {name: round(score.f1, 3) for name, score in per_file.items()}


def test_gold_segments_are_found_independently_of_the_script(
    gold_dir: Path, seeds_dir: Path
) -> None:
    """The same measure computed here directly, so a bug in the script cannot hide a drop."""
    gold = json.loads((gold_dir / "sentences.json").read_text(encoding="utf-8"))
    found = predicted = expected = 0
    for name, spans in gold.items():
        text = (seeds_dir / name).read_text(encoding="utf-8")
        truth = {(s["start"], s["end"]) for s in spans}
        ours = {(s.start, s.end) for s in segment(text)}
        found += len(truth & ours)
        predicted += len(ours)
        expected += len(truth)
    precision, recall = found / predicted, found / expected
    assert 2 * precision * recall / (precision + recall) >= F1_FLOOR


def test_script_prints_per_file_and_overall_scores(gold_dir: Path, capsys) -> None:
    assert _eval_script().main(["--gold", str(gold_dir)]) == 0
    out = capsys.readouterr().out
    assert "overall" in out
    gold = json.loads((gold_dir / "sentences.json").read_text(encoding="utf-8"))
    for name in gold:
        assert name in out
