"""The sentence-model diagnostic (scripts/diagnose_sentence_model.py): its readings of the model's
cosine and its trade-off table, on vectors and scores written for these tests, and what it says
when the model is not there."""

from __future__ import annotations

import importlib
import json
import types
from pathlib import Path

import diagnose_sentence_model as dsm
import numpy as np
import pytest


def _unit(rows: list[list[float]]) -> np.ndarray:
    vectors = np.array(rows, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_centred_cosine_discounts_what_every_sentence_of_the_story_shares() -> None:
    # every sentence leans on axis 0 (the story's topic); left 0 and right 0 also share axis 1,
    # left 1 and right 1 differ beyond the topic
    left = _unit([[3, 1, 0, 0], [3, 0, 1, 0]])
    right = _unit([[3, 1, 0, 0], [3, 0, 0, 1]])
    raw = left @ right.T
    centred = dsm.centred(left, right)
    assert raw[1, 1] > 0.8  # raw: the shared topic makes the two different claims look alike
    assert centred[0, 0] > 0.6 > 0.0 > centred[1, 1]
    assert centred[0, 0] - centred[1, 1] > raw[0, 0] - raw[1, 1]


def test_centred_cosine_of_a_sentence_equal_to_the_mean_is_zero_not_nan() -> None:
    left = _unit([[1, 0], [0, 1]])
    right = np.array([[0.5, 0.5]], dtype=np.float32)  # the three rows' mean itself
    cosines = dsm.centred(left, right)
    assert not np.isnan(cosines).any() and (cosines[:, 0] == 0).all()


def test_frontier_counts_paraphrases_linked_at_each_cap_of_look_alikes() -> None:
    score = np.array([60.0, 55.0, 45.0, 52.0, 40.0, 70.0])
    positive = np.array([True, True, True, False, False, False])
    passes = np.array([True, True, True, True, True, False])  # the check rejects the last
    found = dsm.frontier(score, passes, positive, caps=(0, 1, 2))
    # no look-alike: down to 55 (2 paraphrases); one: down to 45 (3); the rejected 70 never counts
    assert found == {0: 2, 1: 3, 2: 3}
    nudged = dsm.frontier(score + 100 * np.array([0, 0, 0.2, -0.2, 0, 0]), passes, positive, (0,))
    assert nudged == {0: 3}


def test_memo_runs_each_text_through_the_model_once() -> None:
    calls: list[list[str]] = []

    def vectors(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return _unit([[1.0, float(len(t))] for t in texts])

    run = dsm.memo(vectors)  # type: ignore[arg-type]
    first = run(["a", "bb", "a"])
    second = run(["bb", "ccc"])
    assert calls == [["a", "bb"], ["ccc"]]
    assert np.allclose(first[0], first[2]) and np.allclose(first[1], second[0])


def test_without_the_model_it_says_so_and_measures_nothing_that_needs_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    off = types.SimpleNamespace(
        sentence_vectors=lambda texts: None, status=lambda: "off (package not installed)"
    )
    monkeypatch.setattr(importlib, "import_module", lambda name: off)
    assert dsm.main(["--claims", "--seeds"]) == 0
    out = capsys.readouterr().out
    assert "sentence model: off (package not installed)" in out
    assert "skipped --claims and --seeds" in out and "AUC" not in out


def test_without_the_runtime_module_it_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing(name: str) -> types.ModuleType:
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", missing)
    assert dsm.main(["--seeds"]) == 0
    assert "not in this tree" in capsys.readouterr().out


def test_saved_rows_are_read_again_without_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing(name: str) -> types.ModuleType:
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", missing)
    rows = [
        {"score": s, "softF": f, "raw": c, "centred": c - 0.3, "story": c, "passes": True,
         "label": label, "round": r, "got": "paraphrased" if s >= 50 else "not linked"}
        for s, f, c, label, r in (
            (60, 0.4, 0.8, "paraphrase", 4), (45, 0.3, 0.7, "paraphrase", 4),
            (55, 0.2, 0.3, "lookalike", 4), (35, 0.1, 0.2, "lookalike", 4),
            (58, 0.4, 0.9, "paraphrase", 7), (40, 0.3, 0.6, "paraphrase", 7),
            (52, 0.2, 0.4, "lookalike", 7), (30, 0.1, 0.1, "lookalike", 7),
        )
    ]  # fmt: skip
    saved = tmp_path / "rows.json"
    saved.write_text(json.dumps(rows), encoding="utf-8")
    assert dsm.main(["--rows", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "tune items: 4 paraphrases, 4 look-alikes" in out
    assert "raw           1.000       1.000" in out  # the cosine orders every pair
    assert "missed paraphrases (2)" in out and "linked look-alikes (2)" in out
