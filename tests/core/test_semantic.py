"""The meaning signal: sentence vectors, the nudge they give the score, and the fallback."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import semantic
from newsdiff.core.compare import compare_texts
from newsdiff.core.similarity import MEANING_CENTER, score_matrices

TRUCE = "Rebels and the army agreed to a truce in the northern province on Sunday, officials said."
CEASEFIRE = "The army and rebel fighters accepted a ceasefire in the north of the country."
OTHER_FACT = "The northern province is home to four million people."


@pytest.fixture(autouse=True)
def _fresh_embedder() -> Iterator[None]:
    semantic.reset()
    yield
    semantic.reset()


def test_the_installed_data_loads() -> None:
    # CI must score with the meaning signal on: a wordllama release that moved its files
    # would otherwise silently fall back to the lexical score.
    assert semantic.status() == "on"


def test_vectors_are_unit_length_and_an_empty_text_is_zero() -> None:
    model = semantic.embedder()
    assert model is not None
    vectors = model.vectors([TRUCE, "", CEASEFIRE])
    assert vectors.shape == (3, model.table.shape[1])
    assert np.allclose(np.linalg.norm(vectors[[0, 2]], axis=1), 1.0, atol=1e-5)
    assert not vectors[1].any()


def test_a_paraphrase_is_closer_in_meaning_than_another_fact_of_the_story() -> None:
    cosine = semantic.cosine_matrix([TRUCE], [CEASEFIRE, OTHER_FACT])
    assert cosine is not None
    assert cosine[0, 0] > MEANING_CENTER > cosine[0, 1]


def test_the_nudge_raises_paraphrases_and_lowers_other_facts() -> None:
    words_only = score_matrices([TRUCE], [CEASEFIRE, OTHER_FACT], use_meaning=False).score
    with_meaning = score_matrices([TRUCE], [CEASEFIRE, OTHER_FACT]).score
    assert with_meaning[0, 0] > words_only[0, 0]
    assert with_meaning[0, 1] < words_only[0, 1]


def test_an_exact_copy_stays_the_best_counterpart() -> None:
    left = [TRUCE]
    right = [CEASEFIRE, TRUCE, TRUCE.replace("Sunday", "Monday")]
    score = score_matrices(left, right).score
    assert score[0, 1] == 100.0
    assert score[0, 0] < 100.0 and score[0, 2] < 100.0


def test_copied_text_keeps_its_floor_whatever_its_meaning_vector() -> None:
    copied = "Ms Varga said the depot would close in March, with 40 jobs lost."
    scores = score_matrices([copied], [copied.replace("Ms Varga", "she")])
    assert scores.score[0, 0] >= scores.verbatim[0, 0] >= 80


def test_switched_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDIFF_SEMANTIC", "0")
    assert semantic.cosine_matrix([TRUCE], [CEASEFIRE]) is None
    assert "NEWSDIFF_SEMANTIC" in semantic.status()
    off = score_matrices([TRUCE], [CEASEFIRE, OTHER_FACT]).score
    words_only = score_matrices([TRUCE], [CEASEFIRE, OTHER_FACT], use_meaning=False).score
    assert np.array_equal(off, words_only)


def test_without_wordllama_the_comparison_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "wordllama" else real(name, *args),
    )
    assert semantic.status() == "off (the wordllama package is not installed)"
    comparison = compare_texts(TRUCE + "\n\n" + OTHER_FACT, TRUCE + "\n\n" + CEASEFIRE)
    assert comparison.left.sentences[0].label == "shared"


def test_unreadable_data_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "tokenizers").mkdir()
    (tmp_path / "weights").mkdir()
    (tmp_path / semantic.TOKENIZER_FILE).write_text("{not json", encoding="utf-8")
    (tmp_path / semantic.WEIGHTS_FILE).write_bytes(b"\x00" * 64)
    real = importlib.util.find_spec
    fake = SimpleNamespace(submodule_search_locations=[str(tmp_path)])
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: fake if name == "wordllama" else real(name, *args),
    )
    assert semantic.status().startswith("off (wordllama data unreadable")
    assert semantic.cosine_matrix([TRUCE], [CEASEFIRE]) is None


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text(max_size=80), max_size=6),
    st.lists(st.text(max_size=80), max_size=6),
)
def test_cosines_are_bounded_for_any_text(left: list[str], right: list[str]) -> None:
    cosine = semantic.cosine_matrix(left, right)
    assert cosine is not None
    assert cosine.shape == (len(left), len(right))
    assert np.all(np.isfinite(cosine))
    assert np.all(np.abs(cosine) <= 1.0 + 1e-5)
