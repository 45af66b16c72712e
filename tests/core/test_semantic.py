"""The meaning signal: sentence vectors, the nudge they give the score, and the fallback."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import group_sums, semantic
from newsdiff.core.compare import compare_texts
from newsdiff.core.meaning_axis import story_cosine
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


def _wordllama_at(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` look like the installed ``wordllama`` package."""
    real = importlib.util.find_spec
    fake = SimpleNamespace(submodule_search_locations=[str(folder)])
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: fake if name == "wordllama" else real(name, *args),
    )


def _copy_installed_data(folder: Path) -> None:
    spec = importlib.util.find_spec("wordllama")
    assert spec is not None and spec.submodule_search_locations
    root = Path(next(iter(spec.submodule_search_locations)))
    for name in (semantic.TOKENIZER_FILE, semantic.WEIGHTS_FILE):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes((root / name).read_bytes())


def test_foreign_data_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "tokenizers").mkdir()
    (tmp_path / "weights").mkdir()
    (tmp_path / semantic.TOKENIZER_FILE).write_text("{not json", encoding="utf-8")
    (tmp_path / semantic.WEIGHTS_FILE).write_bytes(b"\x00" * 64)
    _wordllama_at(monkeypatch, tmp_path)
    assert semantic.status() == (
        "off (wordllama data not the tested version: "
        "l2_supercat_tokenizer_config.json, l2_supercat_256.safetensors)"
    )
    assert semantic.cosine_matrix([TRUCE], [CEASEFIRE]) is None


def test_missing_data_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _wordllama_at(monkeypatch, tmp_path)
    assert semantic.status().startswith("off (wordllama data missing: ")
    assert semantic.cosine_matrix([TRUCE], [CEASEFIRE]) is None


def test_the_data_files_are_checked_byte_for_byte(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _copy_installed_data(tmp_path)
    _wordllama_at(monkeypatch, tmp_path)
    assert semantic.status() == "on"
    semantic.reset()
    weights = bytearray((tmp_path / semantic.WEIGHTS_FILE).read_bytes())
    weights[-1] ^= 0x01  # one bit of one vector: still loads, but every score would move
    (tmp_path / semantic.WEIGHTS_FILE).write_bytes(bytes(weights))
    assert semantic.status() == (
        "off (wordllama data not the tested version: l2_supercat_256.safetensors)"
    )


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


def _mean_of_tokens(model: semantic.StaticEmbedder, text: str) -> np.ndarray:
    """The sentence vector by definition: the mean of the whole text's token vectors."""
    ids = model.tokenizer.encode(" ".join(text.split()), add_special_tokens=False).ids  # type: ignore[attr-defined]
    if not ids:
        return np.zeros(model.table.shape[1], dtype=np.float32)
    vector = model.table[ids].mean(axis=0)
    return vector / np.linalg.norm(vector)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=8))
def test_remembered_words_give_the_vector_of_the_whole_text(texts: list[str]) -> None:
    # Words are tokenized once and remembered: the sentence vector must still be the mean of
    # the tokens of the whole sentence, on a first call and on a repeated one.
    model = semantic.embedder()
    assert model is not None
    expected = np.zeros((len(texts), model.table.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        expected[row] = _mean_of_tokens(model, text)
    first = model.vectors(texts)
    again = model.vectors(list(reversed(texts)))[::-1]
    assert np.allclose(first, expected, atol=1e-5)
    assert np.allclose(again, expected, atol=1e-5)


def test_the_word_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "WORD_CACHE", 8)
    model = semantic.embedder()
    assert model is not None
    texts = [TRUCE, CEASEFIRE, OTHER_FACT]
    # more new words than the memory holds: summed without being remembered
    vectors = model.vectors(texts)
    assert np.allclose(vectors, [_mean_of_tokens(model, text) for text in texts], atol=1e-5)
    assert len(model._rows) == 0
    model.vectors(["Talks resume next week."])
    assert len(model._rows) == 4
    model.vectors(["Five more new words here"])  # 4 + 5 > 8: emptied, then refilled
    assert len(model._rows) == 5


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=6))
def test_huge_inputs_are_summed_in_bounded_blocks_to_the_same_vectors(texts: list[str]) -> None:
    # A megabyte-long line or a garbled file brings more words and tokens than are ever held
    # at once; the limits are made tiny here so that every text crosses them.
    model = semantic.embedder()
    assert model is not None
    limits = {
        (semantic, "WORD_CACHE"): 2,
        (semantic, "WORD_BLOCK"): 3,
        (group_sums, "GATHER_ROWS"): 2,  # the group sums' own limit (group_sums.py)
    }
    saved = {key: getattr(*key) for key in limits}
    try:
        for (module, name), value in limits.items():
            setattr(module, name, value)
        model.forget_words()
        vectors = model.vectors(texts)
    finally:
        for (module, name), value in saved.items():
            setattr(module, name, value)
    for row, text in enumerate(texts):
        assert np.allclose(vectors[row], _mean_of_tokens(model, text), atol=1e-5)


def test_threads_sharing_the_embedder_get_the_same_vectors() -> None:
    model = semantic.embedder()
    assert model is not None
    texts = [f"{TRUCE} Day {n} of the talks." for n in range(200)] + [CEASEFIRE, OTHER_FACT]
    expected = np.array([_mean_of_tokens(model, text) for text in texts])
    model.forget_words()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(
            pool.map(lambda shift: model.vectors(texts[shift:] + texts[:shift]), range(8))
        )
    for shift, vectors in enumerate(results):
        assert np.allclose(np.roll(vectors, shift, axis=0), expected, atol=1e-5)


def test_token_ids_kept_on_disk_give_the_same_vectors_without_the_tokenizer() -> None:
    # The tokenizer takes 50-120 ms to parse; a later run over the same article reads its
    # words' token ids back instead, and its vectors must be the same to the bit.
    texts = [TRUCE, CEASEFIRE, OTHER_FACT, ""]
    first = semantic.embedder()
    assert first is not None
    first.forget_words()
    expected = first.vectors(texts)
    semantic.reset()
    again = semantic.embedder()
    assert again is not None and again is not first
    vectors = again.vectors(texts)
    assert again._tokenizer is None  # never parsed
    assert np.array_equal(vectors, expected)


def test_remembered_and_kept_words_mix_to_the_same_vectors() -> None:
    # In the app one side's words are in memory when the other side is read: the kept ids of
    # the words not in memory are picked out of the article's entry.
    model = semantic.embedder()
    assert model is not None
    model.forget_words()
    texts = [TRUCE, CEASEFIRE, OTHER_FACT]
    fresh = np.array([_mean_of_tokens(model, text) for text in texts])
    model.vectors(texts)  # kept on disk
    model.forget_words()
    model.vectors([CEASEFIRE])  # some words in memory, the others come from the entry
    assert np.allclose(model.vectors(texts), fresh, atol=1e-5)


def test_a_damaged_token_entry_is_tokenized_again(tmp_path: Path) -> None:
    model = semantic.embedder()
    assert model is not None and model.memo is not None
    texts = [TRUCE, OTHER_FACT]
    model.forget_words()
    expected = model.vectors(texts)
    for entry in model.memo.folder().glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    model.forget_words()
    assert np.array_equal(model.vectors(texts), expected)


def test_an_unreadable_tokenizer_switches_the_signal_off_for_a_story_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The story reads meaning vectors as the pair view does: a tokenizer that fails when a new
    word first needs it turns the signal off with a reason, never a traceback."""
    from newsdiff.core.models import Article
    from newsdiff.core.story import build_story

    def unreadable(self: object, texts: object) -> np.ndarray:
        raise semantic.TokenUnavailable("JSONDecodeError")

    assert semantic.embedder() is not None
    monkeypatch.setattr(semantic.StaticEmbedder, "vectors", unreadable)
    articles = [
        Article(path=f"{name}.txt", text=f"{TRUCE}\n\n{text}", title=name)
        for name, text in (("a", OTHER_FACT), ("b", CEASEFIRE))
    ]
    story = build_story(articles)
    assert story.claims
    assert semantic.status().startswith("off (wordllama tokenizer unreadable")


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_the_main_axis_of_variation_is_set_aside() -> None:
    # each sentence = what it says (its own part) + a varying amount of one form direction
    rng = np.random.default_rng(7)
    form = _unit(rng.standard_normal((1, 64)))[0]
    own = rng.standard_normal((600, 64))
    own -= np.outer(own @ form, form)  # own parts ⟂ form
    own = _unit(own)
    vectors = _unit(own + 4.0 * rng.standard_normal((600, 1)) * form)
    left, right = vectors[:300], vectors[300:]
    cosine = story_cosine(left, right)
    expected = own[:300] @ own[300:].T
    assert np.abs(left @ right.T - expected).mean() > 0.3  # raw: the form axis dominates
    assert np.abs(cosine - expected).mean() < 0.02  # what each says


def test_a_handful_of_sentences_keeps_raw_cosines() -> None:
    rng = np.random.default_rng(3)
    left, right = _unit(rng.standard_normal((2, 16))), _unit(rng.standard_normal((3, 16)))
    assert np.allclose(story_cosine(left, right), left @ right.T)
