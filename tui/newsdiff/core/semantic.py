"""Sentence meaning vectors from static word embeddings, for the paraphrases words miss.

Lexical signals cannot see that ``truce`` and ``ceasefire``, or ``sacked`` and ``dismissed``,
state the same thing. This module gives every sentence a vector, the mean of the static token
embeddings of WordLlama (``l2_supercat``, 256 dimensions, trained to make such means comparable
as sentence embeddings), and the cosine of two vectors says how close their meanings are.

Why this model: it is the one found that ships its weights inside a PyPI wheel (nothing is
downloaded at run time) and costs a table lookup per token (about 0.1 ms a sentence). Measured
against a real sentence transformer (all-MiniLM-L6-v2, 20–50 ms a sentence on this machine)
and WordNet synonyms by ``scripts/eval_alignment_candidates.py``, it helped as much as the
transformer and more than the synonyms, on the gold and on the held-out pairs.

The ``wordllama`` package is only a data carrier here: its tokenizer and weight files are read
with ``tokenizers`` and ``safetensors`` directly (importing ``wordllama`` itself would configure
the root logger). When the files are missing or unreadable, or ``NEWSDIFF_SEMANTIC=0`` is set,
:func:`cosine_matrix` returns ``None`` and scoring falls back to the lexical signals alone.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TOKENIZER_FILE = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
WEIGHTS_FILE = Path("weights") / "l2_supercat_256.safetensors"
TENSOR = "embedding.weight"
CHUNK = 512
"""Sentences embedded at a time: bounds the token-vector buffer to a few MB on long articles."""

_lock = threading.Lock()
_loaded: tuple[StaticEmbedder | None, str] | None = None


@dataclass(frozen=True, slots=True)
class StaticEmbedder:
    """A tokenizer and a table of one vector per token.

    Attributes:
        tokenizer: A ``tokenizers.Tokenizer`` (padding and truncation off).
        table: Token vectors, ``(vocabulary, dimensions)``, float32 (shipped as float16;
            widened once at load, 32 MB, so every lookup is not converted again).
    """

    tokenizer: object
    table: np.ndarray

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length mean token vectors, one row per text (zeros for a text with no token)."""
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        vocabulary = self.table.shape[0]
        for start in range(0, len(texts), CHUNK):
            chunk = [text or "" for text in texts[start : start + CHUNK]]
            encodings = self.tokenizer.encode_batch(chunk, add_special_tokens=False)  # type: ignore[attr-defined]
            lengths = np.array([len(e.ids) for e in encodings], dtype=np.int64)
            if not lengths.sum():
                continue
            ids = np.concatenate([np.asarray(e.ids, dtype=np.int64) for e in encodings if e.ids])
            np.clip(ids, 0, vocabulary - 1, out=ids)
            tokens = self.table[ids]
            nonempty = np.nonzero(lengths)[0]
            offsets = np.concatenate(([0], np.cumsum(lengths[nonempty])[:-1]))
            sums = np.add.reduceat(tokens, offsets, axis=0)
            out[start + nonempty] = sums / lengths[nonempty, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def embedder() -> StaticEmbedder | None:
    """The shared embedder, loaded once (``None`` when unavailable: see :func:`status`)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded[0]


def status() -> str:
    """``"on"``, or why the semantic signal is off (one line, for reports and ``--help``)."""
    embedder()
    assert _loaded is not None
    return _loaded[1]


def reset() -> None:
    """Forget the loaded embedder (tests; a changed ``NEWSDIFF_SEMANTIC``)."""
    global _loaded
    with _lock:
        _loaded = None


def _load() -> tuple[StaticEmbedder | None, str]:
    if os.environ.get("NEWSDIFF_SEMANTIC", "").strip().lower() in {"0", "off", "no", "false"}:
        return None, "off (NEWSDIFF_SEMANTIC=0)"
    try:
        spec = importlib.util.find_spec("wordllama")
        if spec is None or not spec.submodule_search_locations:
            return None, "off (the wordllama package is not installed)"
        root = Path(next(iter(spec.submodule_search_locations)))
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(root / TOKENIZER_FILE))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        table = load_file(str(root / WEIGHTS_FILE))[TENSOR].astype(np.float32)
    except ImportError as error:
        return None, f"off ({error.name or 'a module'} is not installed)"
    except Exception as error:  # a missing, truncated or foreign data file
        return None, f"off (wordllama data unreadable: {type(error).__name__})"
    if table.ndim != 2 or table.shape[0] == 0:
        return None, "off (wordllama data has an unexpected shape)"
    return StaticEmbedder(tokenizer, table), "on"


def cosine_matrix(left: Sequence[str], right: Sequence[str]) -> np.ndarray | None:
    """Cosine of the meaning vectors of every left and right sentence, or ``None`` when off.

    Empty texts (boilerplate blanked out for scoring) get a cosine of 0 with everything.
    """
    model = embedder()
    if model is None:
        return None
    return model.vectors(left) @ model.vectors(right).T
