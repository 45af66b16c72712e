"""What separates reworded paraphrases from look-alikes in the low band (pairs scoring 30-50).

Run: ``python scripts/diagnose_lowband.py [--split tune|report] [--round N] [--reword-tune]``
(the item selection of ``scripts/diagnose_claims.py``; this work's tune set is
``--reword-tune``: rounds 1, 2 and 7 tune and round 4). For each judged pair of
``scripts/data/realdev_claims.json`` it reads, as the pair view computes them with the cluster as
the corpus:

* ``softF``: the soft word alignment's F (:mod:`newsdiff.core.soft_align`, IDF weights);
* ``both``: the two-sided coverage — the smaller of the alignment's precision and recall (how
  much of *each* sentence the other answers), with IDF weights, ``both²`` with IDF² (rare words
  weigh more), ``both-rare`` with only the words in fewer than a fifth of the corpus's sentences
  (IDF less ``log(1 + N/5)``), ``both-flat`` with every content word alike;
* order in the two articles: ``sandwich`` (a link of the pair view one or two sentences before
  *and* after the pair, on both sides), ``neighbour`` (either), ``nscore`` (the best score of
  ``(i ± 1, j ± 1)``), ``mutual`` (each sentence the other's best-scoring one) and ``soft-best``
  (each the other's best by ``both²``).

Then the separation (AUC: the chance that a random paraphrase reads above a random look-alike)
over all pairs, over the pairs scoring 30-50, over those the claim check lets through (no note),
and per round; and for a gate on ``both²`` among those, how many paraphrases and look-alikes it
would let through (before the link caps). No text is printed or stored.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from diagnose_claims import auc, item_pair, select  # noqa: E402
from eval_claims import DATA, ITEMS  # noqa: E402
from newsdiff.core.compare import _corpus_view  # noqa: E402
from newsdiff.core.similarity import idf_weights  # noqa: E402
from newsdiff.core.soft_align import align_pairs, f_measure  # noqa: E402
from newsdiff.core.words import content_words, tokens  # noqa: E402

SIGNALS = (
    "score",
    "softF",
    "both",
    "both²",
    "both-rare",
    "both-flat",
    "sandwich",
    "neighbour",
    "nscore",
    "mutual",
    "soft-best",
)
GATES = (0.2, 0.22, 0.25, 0.3)


def _linked(comparison) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {
        (aligned.sentence.index, link.index)
        for aligned in comparison.left.sentences
        for link in aligned.links
    }


def signals(data: Path, item: dict) -> dict[str, float] | None:
    """The low-band signals of one item's pair (``None`` if a sentence is not found)."""
    found = item_pair(data, item)
    if found is None:
        return None
    corpus, pair, comparison, li, ri = found
    left, right = pair.left, pair.right
    lefts = [s.text for s in pair.left_sentences]
    rights = [s.text for s in pair.right_sentences]
    idf = pair.scores.idf
    if idf is None:
        others = [a for a in corpus if a.text not in (left.text, right.text)]
        texts = lefts + rights + [t for a in others for t in _corpus_view(a.text)[0]]
        idf = idf_weights([frozenset(content_words(tokens(t))) for t in texts])
    sentences = (
        len(lefts)
        + len(rights)
        + sum(len(_corpus_view(a.text)[0]) for a in corpus if a.text not in (left.text, right.text))
    )
    cut = math.log(1 + sentences / 5)
    one = (np.array([li]), np.array([ri]))
    row: dict[str, float] = {"score": float(pair.scores.score[li, ri])}
    weighings = {
        "both": idf,
        "both²": {k: v * v for k, v in idf.items()},
        "both-rare": {k: max(0.0, v - cut) for k, v in idf.items()},
        "both-flat": None,
    }
    for name, weights in weighings.items():
        found = align_pairs(lefts, rights, *one, weights)
        if found is None:
            return None
        row[name] = min(float(found[0][0]), float(found[1][0]))
        if name == "both":
            row["softF"] = float(f_measure(*found)[0])
    squared = weighings["both²"]
    across = align_pairs(lefts, rights, np.full(len(rights), li), np.arange(len(rights)), squared)
    down = align_pairs(lefts, rights, np.arange(len(lefts)), np.full(len(lefts), ri), squared)
    assert across is not None and down is not None
    row_both = np.minimum(*across)
    col_both = np.minimum(*down)
    row["soft-best"] = float(row_both.argmax() == ri and col_both.argmax() == li)
    links = _linked(comparison) - {(li, ri)}
    before = any((a, b) in links for a in (li - 1, li - 2) for b in (ri - 1, ri - 2))
    after = any((a, b) in links for a in (li + 1, li + 2) for b in (ri + 1, ri + 2))
    row["sandwich"] = float(before and after)
    row["neighbour"] = float(before or after)
    score = pair.scores.score
    n, m = score.shape
    near = [score[li + d, ri + d] for d in (-1, 1) if 0 <= li + d < n and 0 <= ri + d < m]
    row["nscore"] = float(max(near)) if near else 0.0
    row["mutual"] = float(score[li].argmax() == ri and score[:, ri].argmax() == li)
    row["passes"] = float(pair.check(li, ri).outcome != "not linked")
    row["noted"] = float(bool(pair.check(li, ri).evidence.note))
    return row


def report(rows: list[dict]) -> None:
    """Print the AUC of every signal over each subset, and the gate counts."""
    subsets = {
        "all pairs": rows,
        "scoring 30-50": [r for r in rows if 30 <= r["score"] < 50],
        "30-50, check passes": [r for r in rows if 30 <= r["score"] < 50 and not r["noted"]],
    }
    rounds = sorted({r["round"] for r in subsets["scoring 30-50"]})
    for number in rounds:
        subsets[f"30-50, round {number}"] = [
            r for r in subsets["scoring 30-50"] if r["round"] == number
        ]
    print(f"{'subset':<22} {'para/look':>9} " + " ".join(f"{s:>9}" for s in SIGNALS))
    for name, subset in subsets.items():
        para = [r for r in subset if r["label"] == "paraphrase"]
        look = [r for r in subset if r["label"] == "lookalike"]
        cells = []
        for key in SIGNALS:
            value = auc([r[key] for r in para], [r[key] for r in look])
            cells.append(f"{value:9.3f}")
        print(f"{name:<22} {len(para):>4}/{len(look):<4} " + " ".join(cells))
    passing = subsets["30-50, check passes"]
    print("gate on both² among pairs scoring 30-50 that the check lets through (before caps):")
    for gate in GATES:
        para = sum(r["both²"] >= gate and r["label"] == "paraphrase" for r in passing)
        look = sum(r["both²"] >= gate and r["label"] == "lookalike" for r in passing)
        print(f"  both² >= {gate:.2f}: {para} paraphrases, {look} look-alikes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("--split", choices=("tune", "report"))
    parser.add_argument("--round", type=int, choices=(1, 2, 3, 4, 6, 7, 8))
    parser.add_argument(
        "--surfaced", choices=("words", "tool-links", "quoted-run", "overlap", "score-band")
    )
    parser.add_argument("--tune-set", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--paraphrase-tune", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--reword-tune", action="store_true", help="tune split (rounds 1, 2, 7) + round 4"
    )
    parser.add_argument("--json", type=Path, help="write the signals (no text) to this file")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 0
    items = select(json.loads(args.items.read_text(encoding="utf-8"))["items"], args)
    rows = []
    for item in items:
        if item["label"] not in ("paraphrase", "lookalike"):
            continue
        found = signals(args.data, item)
        if found is None:
            continue
        found["label"] = item["label"]
        found["round"] = item.get("round", 1)
        rows.append(found)
    report(rows)
    if args.json:
        args.json.write_text(json.dumps(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
