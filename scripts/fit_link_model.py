"""One learned line over the signals scoring already computes: does it buy paraphrase recall? (#19)

Run: ``python scripts/fit_link_model.py [--rebuild] [--lam 1.0] [--features a b c]``.

**The table** (tune only; cached under ``/tmp``, numbers only, never text). For every judged pair
of the tune material it writes the numbers the tool computes for that pair, as
``scripts/eval_claims.py`` compares it (the cluster is the corpus):

* round 4, round 7, round 11 and the ``tune`` split of rounds 1-2: paraphrases (positive) and
  look-alikes (negative); conflicts are left out;
* round 11's sentences judged to have no counterpart (``unique``): each against its
  :data:`UNIQUE_CANDIDATES` best right sentences by score and by meaning cosine (negatives; the
  sentence counts as linked when any of them is);
* the seeds' gold (``tests/fixtures/gold``, gold segmentation, every seed the corpus, as
  ``scripts/eval_alignment.py`` reads it): gold links (positive, borderline ones left out) and
  each gold sentence's :data:`SEED_NEGATIVES` best-scoring unlinked counterparts (negative).

Each row holds the score and its parts (containment, Dice, evidence, near-verbatim, figure
agreement), the meaning cosine raw and as scoring reads it (story axis set aside), the soft word
alignment each way, shared name weight, shared figures, shared rare words, the length ratio,
the claim check's outcome and its note's kind, and whether the tool links the pair today.

**The fit.** An L2 logistic regression written here in numpy (Newton's method on standardised
features), cross-fitted: fit on two of rounds 4 / 7 / 11 plus the rounds 1-2 tune items and the
seeds, test on the third. Per fold: AUC paraphrase vs look-alike of the score and of the fitted
line; and at a look-alike budget (today's count on the held-out round; 10 % and 26 % of its
look-alikes) the paraphrases linked by the score alone (threshold moved) and by the fitted line,
both with the claim check as a gate (a pair it rejects never links) and, for the line, without
it; on round 11 also its unique sentences linked. The weights are printed per feature
(standardised: one standard deviation's worth of log-odds).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_claims import DATA, ITEMS, _prepared, _sentence, outcome  # noqa: E402
from newsdiff.core.compare import PreparedPair  # noqa: E402
from newsdiff.core.meaning_axis import story_cosine  # noqa: E402
from newsdiff.core.similarity import EVIDENCE_SCALE, _weight  # noqa: E402
from newsdiff.core.soft_align import SYNONYM_FLOOR, align_pairs  # noqa: E402
from newsdiff.core.synonyms import WordNet  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CACHE = Path("/tmp/newsdiff-fit-link/table.json")
ROUNDS = (4, 7, 11)
UNIQUE_CANDIDATES = 5
"""A unique sentence's candidates: its best this many right sentences by score, and by cosine."""
SEED_NEGATIVES = 3
"""Per gold sentence, this many of its best-scoring counterparts the gold does not link."""
RARE = 3.0
"""A shared stem is rare when its IDF reaches this (used in about 1 sentence in 19 or fewer)."""
NOTES = ("background", "names", "actions", "speakers", "subjects", "quotation")
"""The claim check's note kinds kept as features (a note naming none of them is ``other``)."""
SYNONYMS: tuple[WordNet | None, float] = (None, SYNONYM_FLOOR)  # eval_synonyms.py --fit sets it
DEFAULT_FEATURES = (
    "score",
    "cont",
    "dice",
    "evid",
    "verb",
    "fig",
    "scos",
    "softP",
    "softR",
    "names",
    "rare",
    "lenratio",
    "rejected",
    "headline",
)


def pair_rows(pair: PreparedPair, cells: list[tuple[int, int]]) -> list[dict[str, float]]:
    """The feature row of each pair ``(left, right)`` of ``pair`` (numbers only)."""
    scores = pair.scores
    idf = scores.idf or {}
    lefts = [s.text for s in pair.left_sentences]
    rights = [s.text for s in pair.right_sentences]
    from newsdiff.core.words import features

    rows_at = np.array([i for i, _ in cells], dtype=np.int64)
    cols_at = np.array([j for _, j in cells], dtype=np.int64)
    soft = align_pairs(lefts, rights, rows_at, cols_at, idf, *SYNONYMS)
    story = None
    if scores.left_vectors is not None and scores.right_vectors is not None:
        story = story_cosine(scores.left_vectors, scores.right_vectors)
    found = []
    for k, (i, j) in enumerate(cells):
        lf, rf = features(lefts[i]), features(rights[j])
        shared = lf.content & rf.content
        overlap = math.fsum(
            idf.get(w, 0.0) * min(lf.shares.get(w, 1.0), rf.shares.get(w, 1.0)) for w in shared
        )
        lw, rw = _weight(lf, idf), _weight(rf, idf)
        small = min(lw, rw)
        check = pair.check(i, j)
        note = check.evidence.note
        row = {
            "score": float(scores.score[i, j]),
            "cont": overlap / small if small > 0 else 0.0,
            "dice": 2 * overlap / (lw + rw) if small > 0 else 0.0,
            "evid": 1.0 - math.exp(-overlap / EVIDENCE_SCALE),
            "verb": float(scores.verbatim[i, j]),
            "fig": float(
                0 if not (lf.numbers and rf.numbers) else 1 if lf.numbers & rf.numbers else -1
            ),
            "cos": float(scores.meaning(i, j) or 0.0),
            "scos": 0.0 if story is None else float(story[i, j]),
            "softP": 0.0 if soft is None else float(soft[0][k]),
            "softR": 0.0 if soft is None else float(soft[1][k]),
            "names": math.fsum(idf.get(w, 0.0) for w in shared if w in lf.shares or w in rf.shares),
            "figs": float(len(lf.numbers & rf.numbers)),
            "rare": float(sum(idf.get(w, 0.0) >= RARE for w in shared)),
            "lenratio": min(len(lf.words), len(rf.words)) / max(1, len(lf.words), len(rf.words)),
            "rejected": float(check.outcome == "not linked"),
            "conflict": float(check.outcome == "conflict"),
            "agree": float(len(check.evidence.agree)),
            "headline": float(
                "headline" in (pair.left_sentences[i].kind, pair.right_sentences[j].kind)
            ),
        }
        row["role"], row["speaker"] = _who(pair, i, j)
        kinds = [n for n in NOTES if n in note]
        for n in NOTES:
            row[f"note_{n}"] = float(n in kinds)
        row["note_other"] = float(bool(note) and not kinds)
        found.append(row)
    return found


def _who(pair: PreparedPair, i: int, j: int) -> tuple[float, float]:
    """A role for a name (one side's pronoun or role subject stands for a person the other
    side names: *the minister* / *Ada Okafor*), and one speaker (both report the same one)."""
    from newsdiff.core.words import stem

    left, right = pair._claim("left", i), pair._claim("right", j)
    role = 0.0
    for mine, theirs in ((left, right), (right, left)):
        who = mine.subject_referent()
        stems = {stem(w) for w in who.split()}
        if who and stems & theirs.names and not stems & mine.names:
            role = 1.0
    speaker = float(bool(set(left.speakers) & set(right.speakers)))
    return role, speaker


def _tune_items(items: list[dict]) -> list[dict]:
    return [
        i
        for i in items
        if i["label"] in ("paraphrase", "lookalike")
        and (i["split"] == "tune" or i.get("round") in ROUNDS)
    ]


ClaimCell = tuple[dict, int, int]
"""One cell of a judged real-dev pair: its meta (``kind``, ``round``, ``linked``: whether the tool
links it today, ``group``: the left sentence it belongs to), its left and right sentence."""


def claim_cells(data: Path, loaded: dict) -> dict[tuple[str, str], list[ClaimCell]]:
    """The cells of the tune material, by pair of files (in the order first met): each judged
    paraphrase and look-alike, then each of round 11's unique sentences against its
    :data:`UNIQUE_CANDIDATES` best right sentences by score and by meaning cosine (boilerplate
    left out; the sentence counts as linked when any of its links is). The one reading of the
    judged pairs for every measurement (``eval_synonyms.py`` joins the same cells)."""
    by_pair: dict[tuple[str, str], list[ClaimCell]] = {}
    for item in _tune_items(loaded["items"]):
        got = outcome(data, item)  # checks the digests too
        key = (item["left"]["file"], item["right"]["file"])
        comparison = _prepared(str(data), *key).comparison()
        li = _sentence(comparison, "left", item["left"]["start"], item["left"]["end"])
        ri = _sentence(comparison, "right", item["right"]["start"], item["right"]["end"])
        if li is None or ri is None:
            continue
        meta = {
            "kind": item["label"],
            "round": item.get("round", 1),
            "linked": got != "not linked",
            "group": f"{key[0]}:{item['left']['start']}",
        }
        by_pair.setdefault(key, []).append((meta, li, ri))
    for unique in loaded.get("unique", []):
        if unique.get("round") not in ROUNDS:
            continue
        key = (unique["left"]["file"], unique["right"]["file"])
        pair = _prepared(str(data), *key)
        comparison = pair.comparison()
        li = _sentence(comparison, "left", unique["left"]["start"], unique["left"]["end"])
        if li is None:
            continue
        active = np.array([not b for b in pair.right_boilerplate])
        by_score = np.where(active, pair.scores.score[li], -1.0)
        chosen = set(np.argsort(-by_score, kind="stable")[:UNIQUE_CANDIDATES].tolist())
        if pair.scores.left_vectors is not None and pair.scores.right_vectors is not None:
            cos = np.where(active, pair.scores.right_vectors @ pair.scores.left_vectors[li], -2.0)
            chosen |= set(np.argsort(-cos, kind="stable")[:UNIQUE_CANDIDATES].tolist())
        meta = {
            "kind": "unique",
            "round": unique["round"],
            "linked": bool(comparison.left.sentences[li].links),
            "group": f"{key[0]}:{unique['left']['start']}",
        }
        by_pair.setdefault(key, []).extend((meta, li, j) for j in sorted(chosen) if active[j])
    return by_pair


def claim_rows(data: Path, loaded: dict) -> list[dict]:
    """Rows for the judged pairs and round 11's unique sentences' candidates
    (:func:`claim_cells`; ``linked`` as a number)."""
    table: list[dict] = []
    for key, found in claim_cells(data, loaded).items():
        pair = _prepared(str(data), *key)
        rows = pair_rows(pair, [(li, ri) for _, li, ri in found])
        table.extend(
            {**meta, "linked": float(meta["linked"]), **row}
            for (meta, _, _), row in zip(found, rows, strict=True)
        )
    return table


SeedCell = tuple[str, bool, int, int]
"""One cell of a seed pair's gold: its kind (``gold`` / ``nonpair``), whether the tool links it
today, its left and right sentence."""


def seed_cells(gold: Path, seeds: Path) -> Iterator[tuple[str, PreparedPair, list[SeedCell]]]:
    """Each seed pair of the gold (its name, prepared with gold segmentation and every seed as
    the corpus, as ``scripts/eval_alignment.py`` reads it) with its cells: the gold links
    (borderline ones left out), then each gold sentence's :data:`SEED_NEGATIVES` best-scoring
    counterparts the gold does not link (near non-pairs; ties broken by position, a stable
    order), each group sorted. The one reading of the seeds' gold for every measurement."""
    from eval_alignment import _gold_sentences
    from newsdiff.core.compare import prepare
    from newsdiff.core.load import load_article

    sentences = json.loads((gold / "sentences.json").read_text(encoding="utf-8"))
    alignments = json.loads((gold / "alignments.json").read_text(encoding="utf-8"))
    borderline = json.loads((gold / "borderline.json").read_text(encoding="utf-8"))
    articles = {name: load_article(seeds / name) for name in sentences}
    corpus = [load_article(p) for p in sorted(seeds.glob("*.txt"))]
    for name, links in alignments.items():
        left, right = name.split("|")
        pair = prepare(
            articles[left],
            articles[right],
            corpus=corpus,
            left_sentences=_gold_sentences(articles[left], sentences[left]),
            right_sentences=_gold_sentences(articles[right], sentences[right]),
        )
        comparison = pair.comparison()
        border = {(b["a"], b["b"]) for b in borderline[name]["included_borderline"]}
        every = {(g["a"], g["b"]) for g in links}
        score = pair.scores.score
        negative: set[tuple[int, int]] = set()
        for i in range(score.shape[0]):
            for j in np.argsort(-score[i], kind="stable")[:SEED_NEGATIVES].tolist():
                negative.add((i, int(j)))
        for j in range(score.shape[1]):
            for i in np.argsort(-score[:, j], kind="stable")[:SEED_NEGATIVES].tolist():
                negative.add((int(i), j))
        linked = {(i, k.index) for i, a in enumerate(comparison.left.sentences) for k in a.links}
        cells = [
            (kind, cell in linked, *cell)
            for kind, chosen in (("gold", every - border), ("nonpair", negative - every))
            for cell in sorted(chosen)
        ]
        yield name, pair, cells


def seed_rows(gold: Path, seeds: Path) -> list[dict]:
    """Rows for the seeds' gold links (positive) and near non-pairs (negative)."""
    table: list[dict] = []
    for _, pair, cells in seed_cells(gold, seeds):
        rows = pair_rows(pair, [(i, j) for _, _, i, j in cells])
        for (kind, linked, _, _), row in zip(cells, rows, strict=True):
            meta = {"kind": kind, "round": 0, "linked": float(linked), "group": ""}
            table.append({**meta, **row})
    return table


def build_table(data: Path, items: Path, gold: Path, seeds: Path) -> list[dict]:
    """The whole feature table (tune only)."""
    loaded = json.loads(items.read_text(encoding="utf-8"))
    return claim_rows(data, loaded) + seed_rows(gold, seeds)


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    lam: float = 1.0,
    weights: np.ndarray | None = None,
    steps: int = 50,
) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method: weights, the intercept last.

    ``x`` is (rows, features), ``y`` 0/1, ``weights`` each row's weight (1 when ``None``).
    The intercept is not penalised.
    """
    rows = np.hstack([x, np.ones((x.shape[0], 1))])
    each = np.ones(x.shape[0]) if weights is None else weights
    w = np.zeros(rows.shape[1])
    penalty = np.full(rows.shape[1], lam)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(rows @ w)))
        gradient = rows.T @ (each * (p - y)) + penalty * w
        hessian = (
            (rows * (each * p * (1 - p))[:, None]).T @ rows
            + np.diag(penalty)
            + 1e-9 * np.eye(rows.shape[1])
        )
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return w


def auc(positives: np.ndarray, negatives: np.ndarray) -> float:
    """The chance that a random positive is above a random negative (ties count half)."""
    if positives.size == 0 or negatives.size == 0:
        return float("nan")
    above = (positives[:, None] > negatives[None, :]).sum()
    ties = (positives[:, None] == negatives[None, :]).sum()
    return float((above + 0.5 * ties) / (positives.size * negatives.size))


class Line:
    """A fitted line over named features (standardised on the rows it was fitted on)."""

    def __init__(
        self, names: tuple[str, ...], rows: list[dict], lam: float, balanced: bool = False
    ) -> None:
        self.names = names
        x = self._matrix(rows)
        self.mean = x.mean(axis=0)
        self.std = x.std(axis=0)
        self.std[self.std == 0] = 1.0
        y = np.array([r["kind"] in ("paraphrase", "gold") for r in rows], dtype=float)
        weights = None
        if balanced:  # each class weighs as much as the other in all
            weights = np.where(
                y == 1, len(y) / (2 * max(1.0, y.sum())), len(y) / (2 * max(1.0, (1 - y).sum()))
            )
        self.weights = fit_logistic((x - self.mean) / self.std, y, lam, weights)

    def _matrix(self, rows: list[dict]) -> np.ndarray:
        return np.array([[float(r[n]) for n in self.names] for r in rows], dtype=float)

    def value(self, rows: list[dict]) -> np.ndarray:
        """Each row's log-odds of being a counterpart."""
        if not rows:
            return np.zeros(0)
        x = (self._matrix(rows) - self.mean) / self.std
        return np.asarray(x @ self.weights[:-1] + self.weights[-1])


def linked_at(rows: list[dict], values: np.ndarray, at: float, gate: bool) -> dict[str, int]:
    """Paraphrases, look-alikes and unique sentences linked when ``value >= at`` (``gate``:
    and the claim check does not reject the pair)."""
    on = values >= at
    if gate:
        on &= np.array([r["rejected"] == 0 for r in rows], dtype=bool)
    counts = {"paraphrase": 0, "lookalike": 0}
    groups: set[str] = set()
    for r, hit in zip(rows, on.tolist(), strict=True):
        if not hit:
            continue
        if r["kind"] == "unique":
            groups.add(r["group"])
        elif r["kind"] in counts:
            counts[r["kind"]] += 1
    counts["unique"] = len(groups)
    return counts


def best_at_budget(rows: list[dict], values: np.ndarray, budget: int, gate: bool) -> tuple:
    """The lowest threshold linking at most ``budget`` look-alikes: (threshold, counts)."""
    look = np.sort(np.unique(values))[::-1]
    chosen = (math.inf, linked_at(rows, values, math.inf, gate))
    for at in look.tolist():
        counts = linked_at(rows, values, at, gate)
        if counts["lookalike"] > budget:
            break
        chosen = (at, counts)
    return chosen


def fold(table: list[dict], held: int, names: tuple[str, ...], lam: float, balanced: bool) -> Line:
    """Fit on every row but round ``held``'s; print the held-out figures."""
    train = [r for r in table if r["round"] != held]
    test = [r for r in table if r["round"] == held]
    line = Line(names, train, lam, balanced)
    para = [r for r in test if r["kind"] == "paraphrase"]
    look = [r for r in test if r["kind"] == "lookalike"]
    uniq = {r["group"]: r["linked"] for r in test if r["kind"] == "unique"}
    judged = para + look + [r for r in test if r["kind"] == "unique"]
    score = np.array([r["score"] for r in judged])
    fitted = line.value(judged)
    today = {
        "paraphrase": int(sum(r["linked"] for r in para)),
        "lookalike": int(sum(r["linked"] for r in look)),
        "unique": int(sum(uniq.values())),
    }
    n_para, n_look = len(para), len(look)
    print(
        f"== held out: round {held} ({n_para} paraphrases, {n_look} look-alikes,"
        f" {len(uniq)} unique)"
    )
    looks = slice(n_para, n_para + n_look)
    print(
        f"  AUC paraphrase > look-alike: score {auc(score[:n_para], score[looks]):.3f}"
        f"  fitted {auc(fitted[:n_para], fitted[looks]):.3f}"
    )
    top = np.argsort(-np.abs(line.weights[:-1]))[:6].tolist()
    print("  weights: " + ", ".join(f"{names[k]} {line.weights[k]:+.2f}" for k in top))
    print(f"  today (the tool at 50): {_fmt(today, len(uniq))}")
    rule = linked_at(judged, score, 50.0, True)
    print(f"  score >= 50 and the check: {_fmt(rule, len(uniq))}")
    train_j = [r for r in train if r["kind"] in ("paraphrase", "lookalike", "unique")]
    train_look = sum(r["linked"] for r in train_j if r["kind"] == "lookalike")
    at_train, _ = best_at_budget(train_j, line.value(train_j), int(train_look), True)
    fixed = linked_at(judged, fitted, at_train, True)
    print(f"  fitted line, threshold from the training rounds: {_fmt(fixed, len(uniq))}")
    budgets = [
        ("today's", today["lookalike"]),
        ("10 %", int(0.10 * n_look)),
        ("26 %", int(0.26 * n_look)),
    ]
    at_today, _ = best_at_budget(judged, fitted, today["lookalike"], True)
    describe_misses(judged, fitted, at_today)
    for label, budget in budgets:
        _, s = best_at_budget(judged, score, budget, True)
        _, f = best_at_budget(judged, fitted, budget, True)
        _, u = best_at_budget(judged, fitted, budget, False)
        print(
            f"  look-alikes <= {budget:>3} ({label}): score {_fmt(s, len(uniq))} | fitted + check"
            f" {_fmt(f, len(uniq))} | fitted alone {_fmt(u, len(uniq))}"
        )
    return line


def describe_misses(rows: list[dict], values: np.ndarray, at: float) -> None:
    """The paraphrases the fitted line (with the check) still misses at ``at``: by score band,
    the check's verdict, and their signals' medians beside the linked paraphrases' and the
    look-alikes'."""
    on = (values >= at) & np.array([r["rejected"] == 0 for r in rows], dtype=bool)
    missed = [
        r for r, hit in zip(rows, on.tolist(), strict=True) if r["kind"] == "paraphrase" and not hit
    ]
    linked = [
        r for r, hit in zip(rows, on.tolist(), strict=True) if r["kind"] == "paraphrase" and hit
    ]
    look = [r for r in rows if r["kind"] == "lookalike"]
    bands = [
        sum(lo <= r["score"] < hi for r in missed) for lo, hi in ((0, 30), (30, 50), (50, 101))
    ]
    rejected = sum(r["rejected"] == 1 for r in missed)
    print(
        f"  misses of the fitted line at today's look-alikes: {len(missed)} (score <30 {bands[0]},"
        f" 30-50 {bands[1]}, 50+ {bands[2]}; rejected by the check {rejected})"
    )
    for key in ("score", "softP", "softR", "scos", "cont", "lenratio"):
        medians = [
            float(np.median([r[key] for r in g])) if g else math.nan for g in (missed, linked, look)
        ]
        print(
            f"    median {key:<8} missed {medians[0]:6.2f}  linked {medians[1]:6.2f}"
            f"  look-alikes {medians[2]:6.2f}"
        )


def feature_aucs(table: list[dict], names: tuple[str, ...]) -> None:
    """Each feature's AUC alone, paraphrase vs look-alike, over every judged tune pair."""
    para = [r for r in table if r["kind"] == "paraphrase"]
    look = [r for r in table if r["kind"] == "lookalike"]
    cells = []
    for n in names:
        p = np.array([r[n] for r in para], dtype=float)
        q = np.array([r[n] for r in look], dtype=float)
        cells.append(f"{n} {auc(p, q):.3f}")
    print(f"AUC alone, paraphrase > look-alike ({len(para)} / {len(look)}): " + ", ".join(cells))


def _fmt(counts: dict[str, int], uniques: int) -> str:
    text = f"para {counts['paraphrase']:>3} look {counts['lookalike']:>3}"
    return text + (f" uniq {counts['unique']:>3}" if uniques else "")


def print_weights(line: Line, label: str) -> None:
    """The weights, largest first (log-odds per standard deviation; the raw unit beside)."""
    print(f"weights ({label}; per standard deviation, and per raw unit):")
    order = np.argsort(-np.abs(line.weights[:-1]))
    for k in order.tolist():
        raw = line.weights[k] / line.std[k]
        print(f"  {line.names[k]:<12} {line.weights[k]:+7.3f}   {raw:+9.4f}")
    print(f"  {'intercept':<12} {line.weights[-1]:+7.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "fixtures" / "gold")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--rebuild", action="store_true", help="recompute the cached table")
    parser.add_argument("--lam", type=float, default=1.0, help="the L2 penalty")
    parser.add_argument("--features", nargs="+", default=list(DEFAULT_FEATURES))
    parser.add_argument("--balanced", action="store_true", help="weigh both classes alike")
    parser.add_argument(
        "--without", nargs="+", default=[], help="leave these sources out of every fit"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 0
    if args.rebuild or not args.cache.exists():
        table = build_table(args.data, args.items, args.gold, args.seeds)
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_text(json.dumps(table), encoding="utf-8")
    table = json.loads(args.cache.read_text(encoding="utf-8"))
    table = [r for r in table if r["kind"] not in args.without]
    names = tuple(args.features)
    kinds: dict[str, int] = {}
    for r in table:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"table: {len(table)} rows {kinds}; features {' '.join(names)}; lambda {args.lam:g}")
    feature_aucs(table, names)
    for held in ROUNDS:
        fold(table, held, names, args.lam, args.balanced)
    print_weights(Line(names, table, args.lam, args.balanced), "fitted on every row")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
