"""Same who, same whom, another verb: the tune pairs near the threshold read by their predicate.

Run: ``python scripts/diagnose_predicates.py [--low 25] [--older] [--clusters] [--text]``.

For every tune pair (rounds 4, 7 and 11: paraphrases and look-alikes; ``--older`` adds the
``tune`` split of rounds 1 and 2; round 11's sentences judged unique against every candidate in
the right article) scoring in ``[low, 50)`` that the claim check does not reject, prints what
the claim reader reads (the core clause's subject, a "he" read as whom it stands for, and its
verb) and the object span (the content words after the verb up to the clause's end), whether
the two share a subject and an object stem, and the WordLlama cosines of the two verbs (alone,
and each with its object span) with the verb's margin over its best match among the other
article's other verbs. The summary counts, per kind, the pairs read on both sides, with one
subject, and with one subject and a shared object stem. ``--clusters`` lists instead every
pair of two outlets of the tune clusters in the band that a rule keyed on the predicate would
read: one subject, a shared object stem, the claim check passing. ``--text`` prints both
sentences, in the terminal only (real-dev text never goes into the repository). Tune only:
no report round or cluster is read (docs/conflicts.md, *Same who, same whom, another verb*;
measured, not adopted: nothing the app runs uses this reading).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_claims import DATA, ITEMS, _comparison, _prepared, _sentence  # noqa: E402
from newsdiff.core import semantic  # noqa: E402
from newsdiff.core.predicates import Predicate, read_pair, sentence_predicate, similarity  # noqa: E402

TUNE_ROUNDS = (4, 7, 11)
THRESHOLD = 50.0


def _pairs(items: dict, low: float, older: bool = False) -> list[tuple[str, dict, int, int, float]]:
    """(kind, item, left index, right index, score) of every tune pair in the band."""
    out = []
    for item in items["items"]:
        tune = item.get("round") in TUNE_ROUNDS or (
            older and item.get("split") == "tune" and item.get("round") in (None, 1, 2)
        )
        if not tune or item["label"] not in ("paraphrase", "lookalike"):
            continue
        left, right = item["left"], item["right"]
        pair = _prepared(str(DATA), left["file"], right["file"])
        comparison = _comparison(str(DATA), left["file"], right["file"])
        li = _sentence(comparison, "left", left["start"], left["end"])
        ri = _sentence(comparison, "right", right["start"], right["end"])
        if li is None or ri is None:
            continue
        score = float(pair.scores.score[li, ri])
        if low <= score < THRESHOLD:
            out.append((item["label"], item, li, ri, score))
    for item in items.get("unique", []):
        left = item["left"]
        pair = _prepared(str(DATA), left["file"], item["right"]["file"])
        comparison = _comparison(str(DATA), left["file"], item["right"]["file"])
        li = _sentence(comparison, "left", left["start"], left["end"])
        if li is None:
            continue
        row = pair.scores.score[li]
        band = np.flatnonzero((row >= low) & (row < THRESHOLD))
        for ri in band.tolist():
            out.append(("unique", item, li, int(ri), float(row[ri])))
    return out


_VERBS: dict[tuple[int, str], list[str]] = {}


def _side_verbs(pair: object, side: str) -> list[str]:
    """The distinct core verbs (as written) of one article's sentences."""
    key = (id(pair), side)
    if key not in _VERBS:
        count = len(pair.left_sentences if side == "left" else pair.right_sentences)  # type: ignore[attr-defined]
        found = (sentence_predicate(pair._claim(side, k)) for k in range(count))  # type: ignore[attr-defined]
        _VERBS[key] = sorted({p.verb for p in found if p is not None})
    return _VERBS[key]


def _margin(pair: object, lp: Predicate, rp: Predicate, li: int, ri: int) -> float:
    """cos(left verb, right verb) minus each verb's best cosine with the other article's
    other verbs (the smaller of the two sides' margins)."""
    margins = []
    for verb, other, side in ((lp.verb, rp.verb, "right"), (rp.verb, lp.verb, "left")):
        rest = [v for v in _side_verbs(pair, side) if v != other and v != verb]
        vectors = semantic.sentence_vectors([verb, other, *rest])
        if vectors is None:
            return 0.0
        sims = vectors[2:] @ vectors[0]
        margins.append(float(vectors[0] @ vectors[1]) - (float(sims.max()) if len(rest) else 0.0))
    return min(margins)


def cluster_candidates(low: float, text: bool) -> Counter[str]:
    """Every pair of two outlets of the tune clusters that the rule would read: score in
    ``[low, 50)``, both sentences active, the claim check passing, one subject and a shared
    object stem; printed with their cosines (``text``: both sentences)."""
    import itertools

    from newsdiff.core.compare import prepare
    from realdev_clusters import cluster_articles
    from tune_cluster_links import TUNE_CLUSTERS

    counts: Counter[str] = Counter()
    for name in TUNE_CLUSTERS:
        articles = cluster_articles(DATA / "clusters" / name)
        for left, right in itertools.combinations(articles, 2):
            pair = prepare(left, right, corpus=articles)
            score = pair.scores.score
            rows, cols = np.nonzero((score >= low) & (score < THRESHOLD))
            for li, ri in zip(rows.tolist(), cols.tolist(), strict=True):
                if pair.left_boilerplate[li] or pair.right_boilerplate[ri]:
                    continue
                counts["band"] += 1
                reading = read_pair(pair._claim("left", li), pair._claim("right", ri))
                if reading is None or not reading.who or not reading.whom:
                    continue
                counts["who+whom"] += 1
                if pair.check(li, ri).outcome == "not linked":
                    continue
                counts["passes"] += 1
                lp, rp = reading.left, reading.right
                sims = similarity(lp, rp)
                print(
                    f"{name} {Path(left.path).name}:{li} {Path(right.path).name}:{ri}"
                    f" {float(score[li, ri]):5.1f}"
                    f" | {lp.subject}:{lp.verb} ~ {rp.subject}:{rp.verb}"
                    + (f" | verb {sims.verb:.2f} v+o {sims.phrase:.2f}" if sims else "")
                )
                if text:
                    print(f"      L: {pair.left_sentences[li].text}")
                    print(f"      R: {pair.right_sentences[ri].text}")
    print("tune clusters:", dict(counts))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--low", type=float, default=25.0)
    parser.add_argument(
        "--older", action="store_true", help="also the older tune items (split tune, rounds 1, 2)"
    )
    parser.add_argument(
        "--clusters", action="store_true", help="every qualifying pair of the tune clusters"
    )
    parser.add_argument("--text", action="store_true", help="print both sentences (terminal)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (needs ../shared)")
        return 0
    if args.clusters:
        cluster_candidates(args.low, args.text)
        return 0
    items = json.loads(ITEMS.read_text(encoding="utf-8"))
    counts: Counter[tuple[str, str]] = Counter()
    for kind, item, li, ri, score in _pairs(items, args.low, args.older):
        pair = _prepared(str(DATA), item["left"]["file"], item["right"]["file"])
        check = pair.check(li, ri)
        counts[(kind, "band")] += 1
        if check.outcome == "not linked":
            continue
        counts[(kind, "passes")] += 1
        reading = read_pair(pair._claim("left", li), pair._claim("right", ri))
        where = f"r{item.get('round')} {kind:9} {score:5.1f}"
        if reading is None:
            print(f"{where} | unread")
            continue
        lp, rp, same_who, same_whom = reading.left, reading.right, reading.who, reading.whom
        counts[(kind, "read")] += 1
        if same_who:
            counts[(kind, "who")] += 1
        if same_who and same_whom:
            counts[(kind, "who+whom")] += 1
        if same_who and reading.loose:
            counts[(kind, "who+loose")] += 1
        sims = similarity(lp, rp)
        margin = _margin(pair, lp, rp, li, ri)
        print(
            f"{where} | {lp.subject}:{lp.verb}[{' '.join(lp.object_words)}]"
            f" ~ {rp.subject}:{rp.verb}[{' '.join(rp.object_words)}]"
            f" | who {int(same_who)} whom {int(same_whom)} loose {int(reading.loose)}"
            + (
                f" | verb {sims.verb:.2f} v+o {sims.phrase:.2f} margin {margin:+.2f}"
                if sims
                else ""
            )
        )
        if args.text:
            print(f"      L: {pair.left_sentences[li].text}")
            print(f"      R: {pair.right_sentences[ri].text}")
    for kind in ("paraphrase", "lookalike", "unique"):
        row = {
            k: counts[(kind, k)] for k in ("band", "passes", "read", "who", "who+whom", "who+loose")
        }
        print(kind, row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
