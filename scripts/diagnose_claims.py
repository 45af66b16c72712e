"""Why a judged pair scores what it scores: the score components of the claims dev set's items.

Run: ``python scripts/diagnose_claims.py [--split tune|report] [--round N] [--surfaced ...]``.
For each item of ``scripts/data/realdev_claims.json`` it prints the pair's components as scoring
computes them (the cluster is the corpus, as in ``scripts/eval_claims.py``): the shared content
weight (``ovl``), each sentence's weight, containment, Dice, the evidence factor, the figure
agreement (+1 / -1 / 0), the near-verbatim score, the meaning cosine (raw, and ``scos`` as the
score reads it: :func:`newsdiff.core.meaning_axis.story_cosine`), the final score and the outcome.
Then the separation of paraphrases from look-alikes by the score and by each component (AUC:
the chance that a random paraphrase scores above a random look-alike; also among the pairs scoring
30-50, where a reworded paraphrase is missed). ``softF`` is the soft word alignment of
:mod:`newsdiff.core.soft_align` (measured, not used by scoring: see docs/conflicts.md). No text is
printed unless
``--text`` is given (for reading on the terminal; never paste it into the project).

``--reword-tune`` selects what the reworded-paraphrase work tuned on: the ``tune`` split (rounds
1, 2 and 7) plus round 4. ``--tune-set`` selects what the recall work tuned on: the ``tune``
split of rounds 1–3 plus round 4's part (b) (pairs surfaced from the tool's own links).
``--paraphrase-tune`` selects what the paraphrase work tuned on: the ``tune`` split of rounds 1-2
plus both parts of round 4 (its report
set is round 6 and the report half of rounds 1–3). The last column says why the claim check
decided as it did (its note: ``different subjects: …``, ``same background, different claim``,
``part of the same quotation`` …; ``-`` when no rule spoke), whether or not the pair's score
made it a candidate.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_claims import DATA, ITEMS, _cluster, _sentence, outcome  # noqa: E402
from newsdiff.core import semantic  # noqa: E402
from newsdiff.core.compare import _corpus_view, prepare  # noqa: E402
from newsdiff.core.meaning_axis import story_cosine  # noqa: E402
from newsdiff.core.similarity import (  # noqa: E402
    EVIDENCE_SCALE,
    _number_agreement,
    _weight,
    _weighted_overlap,
    idf_weights,
)
from newsdiff.core.soft_align import align_pairs, f_measure  # noqa: E402
from newsdiff.core.words import content_words, features, tokens  # noqa: E402


def item_pair(data: Path, item: dict):  # type: ignore[no-untyped-def]
    """One judged item's pair as the tool compares it: ``(corpus, prepared pair, its
    comparison, left index, right index)``, or ``None`` if a sentence is not found."""
    folder = str(Path(data, item["left"]["file"]).parent)
    corpus = _cluster(folder)
    by_name = {Path(a.path).name: a for a in corpus}
    left = by_name[Path(item["left"]["file"]).name]
    right = by_name[Path(item["right"]["file"]).name]
    pair = prepare(left, right, corpus=corpus)
    comparison = pair.comparison()
    li = _sentence(comparison, "left", item["left"]["start"], item["left"]["end"])
    ri = _sentence(comparison, "right", item["right"]["start"], item["right"]["end"])
    if li is None or ri is None:
        return None
    return corpus, pair, comparison, li, ri


def components(data: Path, item: dict) -> dict[str, float] | None:
    """The score components of one item's pair (``None`` if a sentence is not found)."""
    found = item_pair(data, item)
    if found is None:
        return None
    corpus, pair, _comparison, li, ri = found
    left, right = pair.left, pair.right
    lefts = [s.text for s in pair.left_sentences]
    rights = [s.text for s in pair.right_sentences]
    others = [a for a in corpus if a.text not in (left.text, right.text)]
    background = [t for a in others for t in _corpus_view(a.text)[0]]
    lf = [features(t) for t in lefts]
    rf = [features(t) for t in rights]
    extra = [frozenset(content_words(tokens(t))) for t in background]
    idf = idf_weights([f.content for f in lf] + [f.content for f in rf] + extra)
    ovl = float(_weighted_overlap([lf[li]], [rf[ri]], idf)[0, 0])
    lw, rw = _weight(lf[li], idf), _weight(rf[ri], idf)
    small = min(lw, rw)
    cont = ovl / small if small > 0 else 0.0
    dice = 2 * ovl / (lw + rw) if small > 0 else 0.0
    left_vectors = semantic.sentence_vectors(lefts)
    right_vectors = semantic.sentence_vectors(rights)
    cosine = story = float("nan")
    if left_vectors is not None and right_vectors is not None:
        cosine = float(left_vectors[li] @ right_vectors[ri])
        story = float(story_cosine(left_vectors, right_vectors)[li, ri])
    soft = align_pairs(lefts, rights, np.array([li]), np.array([ri]), idf)
    soft_p, soft_r = (float("nan"), float("nan")) if soft is None else (soft[0][0], soft[1][0])
    return {
        "li": li,
        "ri": ri,
        "softP": float(soft_p),
        "softR": float(soft_r),
        "softF": float("nan") if soft is None else float(f_measure(*soft)[0]),
        "ovl": ovl,
        "lw": lw,
        "rw": rw,
        "cont": cont,
        "dice": dice,
        "evid": 1 - float(np.exp(-ovl / EVIDENCE_SCALE)),
        "num": float(_number_agreement([lf[li]], [rf[ri]])[0, 0]),
        "verb": float(pair.scores.verbatim[li, ri]),
        "cos": cosine,
        "scos": story,
        "score": float(pair.scores.score[li, ri]),
        "why": pair.check(li, ri).evidence.note or "-",
        "lwords": len(lf[li].words),
        "rwords": len(rf[ri].words),
        "ltext": lefts[li],
        "rtext": rights[ri],
    }


def auc(positives: list[float], negatives: list[float]) -> float:
    """The chance that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def select(items: list[dict], args: argparse.Namespace) -> list[dict]:
    """The items the options ask for."""
    if args.paraphrase_tune:
        return [
            i
            for i in items
            if (i["split"] == "tune" and i.get("round", 1) != 7) or i.get("round") == 4
        ]
    if args.reword_tune:
        return [i for i in items if i["split"] == "tune" or i.get("round") == 4]
    if args.tune_set:
        return [
            i
            for i in items
            if i["split"] == "tune" or (i.get("round") == 4 and i.get("surfaced") == "tool-links")
        ]
    if args.split:
        items = [i for i in items if i["split"] == args.split]
    if args.round:
        items = [i for i in items if i.get("round", 1) == args.round]
    if args.surfaced:
        items = [i for i in items if i.get("surfaced") == args.surfaced]
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("--split", choices=("tune", "report"))
    parser.add_argument("--round", type=int, choices=(1, 2, 3, 4, 6, 7, 8))
    parser.add_argument(
        "--surfaced", choices=("words", "tool-links", "quoted-run", "overlap", "score-band")
    )
    parser.add_argument("--tune-set", action="store_true", help="tune split + round 4 part (b)")
    parser.add_argument(
        "--paraphrase-tune", action="store_true", help="tune split + round 4 (both parts)"
    )
    parser.add_argument(
        "--reword-tune", action="store_true", help="tune split (rounds 1, 2, 7) + round 4"
    )
    parser.add_argument("--text", action="store_true", help="print both sentences (terminal only)")
    parser.add_argument("--json", type=Path, help="write the components (no text) to this file")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 0
    items = select(json.loads(args.items.read_text(encoding="utf-8"))["items"], args)
    rows = []
    for item in items:
        found = components(args.data, item)
        if found is None:
            continue
        found["label"] = item["label"]
        found["got"] = outcome(args.data, item)
        found["round"] = item.get("round", 1)
        rows.append(found)
    header = (
        "label      got          score  verb   cos  scos softF   ovl    lw    rw  cont  dice  evid"
    )
    header += " num  words    why"
    print(header)
    for r in sorted(rows, key=lambda r: (r["label"], r["got"], r["score"])):
        print(
            f"{r['label']:<10} {r['got']:<12} {r['score']:5.1f} {r['verb']:5.1f} {r['cos']:5.2f}"
            f" {r['scos']:5.2f} {r['softF']:5.2f}"
            f" {r['ovl']:5.1f} {r['lw']:5.1f} {r['rw']:5.1f} {r['cont']:5.2f} {r['dice']:5.2f}"
            f" {r['evid']:5.2f} {r['num']:+3.0f} {r['lwords']:>3}/{r['rwords']:<3}"
            f" {r['why']}"
        )
        if args.text:
            print(f"    L: {r['ltext']}\n    R: {r['rtext']}")
    para = [r["score"] for r in rows if r["label"] == "paraphrase"]
    look = [r["score"] for r in rows if r["label"] == "lookalike"]
    print(f"AUC score paraphrase > look-alike: {auc(para, look):.3f} ({len(para)} / {len(look)})")
    for key in ("cos", "scos", "softF", "cont", "dice", "ovl"):
        p = [r[key] for r in rows if r["label"] == "paraphrase"]
        n = [r[key] for r in rows if r["label"] == "lookalike"]
        print(f"AUC {key}: {auc(p, n):.3f}")
    margin = [r for r in rows if 30 <= r["score"] < 50]
    for key in ("score", "scos", "softF"):
        p = [r[key] for r in margin if r["label"] == "paraphrase"]
        n = [r[key] for r in margin if r["label"] == "lookalike"]
        print(f"AUC {key}, pairs scoring 30-50 ({len(p)} / {len(n)}): {auc(p, n):.3f}")
    if args.json:
        kept = [{k: v for k, v in r.items() if not k.endswith("text")} for r in rows]
        args.json.write_text(json.dumps(kept), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
