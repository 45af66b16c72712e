"""Do WordNet relations join the words two counterparts do not share? Measured before wiring (#19).

Run: ``python scripts/eval_synonyms.py [--senses 2] [--band LO HI] [--show KIND]``
(needs a WordNet database folder: ``apt-get install wordnet-base``, or ``NEWSDIFF_WORDNET``);
``--fit FLOOR --cache PATH --rebuild`` runs ``scripts/fit_link_model.py`` with soft alignment
lifting WordNet-related word pairs to FLOOR (the cross-fit of docs/conflicts.md).

For every judged tune pair (the ``tune`` split of rounds 1-2, rounds 4, 7 and 11, compared as
``scripts/eval_claims.py`` compares them), round 11's sentences judged to have no counterpart
against their best candidates (as ``scripts/fit_link_model.py`` picks them), and the seeds' gold
links against their near non-pairs (the cells ``fit_link_model.seed_cells`` gives its fit: gold
segmentation, as ``scripts/eval_alignment.py``): the
content words of each side that exact stems leave unmatched (no figures, no names), and whether a
WordNet relation (:mod:`newsdiff.core.synonyms`) joins one of them to one on the other side.

Printed per kind of pair: how many pairs have at least one join of each relation, a *close*
join (synonym, hypernym, derivation, verb group), a close join between two verbs, and the mean
share of unmatched words a close join answers; then the AUC of that share, paraphrases against
look-alikes. Everything here is tune; ``--show`` prints the joins of one kind (words only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_link_model  # noqa: E402
from eval_claims import DATA, ITEMS, _prepared  # noqa: E402
from fit_link_model import auc  # noqa: E402
from newsdiff.core.compare import PreparedPair  # noqa: E402
from newsdiff.core.synonyms import CLOSE, WordNet, load, requested_path  # noqa: E402
from newsdiff.core.words import STOPWORDS, cased_tokens, features, stem  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
KINDS = ("paraphrase", "lookalike", "unique", "gold", "nonpair")


@dataclass(slots=True)
class Joined:
    """One pair's unmatched words and the WordNet relations found between them."""

    kind: str
    round: int
    linked: bool
    score: float
    group: str
    left: list[str]
    right: list[str]
    relations: Counter[str]
    close_verbs: int
    answered: float
    """The share of the unmatched words (both sides) a close relation answers."""
    joins: list[tuple[str, str, str]]


def unmatched(text: str, other: str) -> list[str]:
    """``text``'s content words whose stem ``other`` does not share (no figures or names)."""
    mine, theirs = features(text), features(other)
    cased = cased_tokens(text)
    found: list[str] = []
    seen: set[str] = set()
    for position, word in enumerate(mine.words):
        if word in STOPWORDS or len(word) <= 1 or word[0].isdigit():
            continue
        key = stem(word)
        if key in seen or key not in mine.content or key in theirs.content:
            continue
        shown = cased[position] if position < len(cased) else word
        if key in mine.shares or (position > 0 and shown[:1].isupper()):
            continue
        seen.add(key)
        found.append(word)
    return found


def join(wn: WordNet, left: str, right: str, meta: dict) -> Joined:
    """The relations between the unmatched words of a pair of sentences."""
    a, b = unmatched(left, right), unmatched(right, left)
    relations: Counter[str] = Counter()
    answered_a: set[str] = set()
    answered_b: set[str] = set()
    verbs = 0
    joins: list[tuple[str, str, str]] = []
    for x in a:
        for y in b:
            found = wn.relation(x, y)
            if found is None:
                continue
            relations[found] += 1
            joins.append((x, y, found))
            if found in CLOSE:
                answered_a.add(x)
                answered_b.add(y)
                verbs += wn.both_verbs(x, y)
    total = len(a) + len(b)
    answered = (len(answered_a) + len(answered_b)) / total if total else 0.0
    return Joined(
        meta["kind"],
        meta["round"],
        bool(meta["linked"]),
        float(meta["score"]),
        meta["group"],
        a,
        b,
        relations,
        verbs,
        answered,
        joins,
    )


def _pair_joins(wn: WordNet, pair: PreparedPair, cells: list[tuple[dict, int, int]]) -> list:
    lefts = [s.text for s in pair.left_sentences]
    rights = [s.text for s in pair.right_sentences]
    found = []
    for meta, i, j in cells:
        meta = {**meta, "score": float(pair.scores.score[i, j])}
        found.append(join(wn, lefts[i], rights[j], meta))
    return found


def claim_joins(wn: WordNet, data: Path, loaded: dict) -> list[Joined]:
    """Judged tune pairs and round 11's unique sentences against their candidates (the cells
    :func:`fit_link_model.claim_cells` gives its fit)."""
    found: list[Joined] = []
    for key, cells in fit_link_model.claim_cells(data, loaded).items():
        found.extend(_pair_joins(wn, _prepared(str(data), *key), cells))
    return found


def seed_joins(wn: WordNet, gold: Path, seeds: Path) -> list[Joined]:
    """The seeds' gold links (borderline left out) and each gold sentence's near non-pairs,
    the cells :func:`fit_link_model.seed_cells` reads."""
    found: list[Joined] = []
    for name, pair, cells in fit_link_model.seed_cells(gold, seeds):
        meta = [
            ({"kind": kind, "round": 0, "linked": linked, "group": name}, i, j)
            for kind, linked, i, j in cells
        ]
        found.extend(_pair_joins(wn, pair, meta))
    return found


def summary(rows: list[Joined], label: str) -> str:
    """One line of counts for a group of pairs."""
    n = len(rows)
    if n == 0:
        return f"  {label:<34} {0:>4}"

    def share(count: int) -> str:
        return f"{count:>4} {100 * count / n:>3.0f}%"

    any_close = sum(any(r.relations[k] for k in CLOSE) for r in rows)
    cells = [share(sum(bool(r.relations[k]) for r in rows)) for k in ("synonym", "hypernym")]
    cells += [share(sum(bool(r.relations[k]) for r in rows)) for k in ("derivation", "group")]
    cells += [share(any_close), share(sum(r.close_verbs > 0 for r in rows))]
    cells += [share(sum(bool(r.relations[k]) for r in rows)) for k in ("sibling", "antonym")]
    words = np.mean([len(r.left) + len(r.right) for r in rows])
    answered = np.mean([r.answered for r in rows])
    return f"  {label:<34} {n:>4} {words:>5.1f} " + " ".join(cells) + f" {answered:>6.3f}"


HEADER = (
    f"  {'pairs':<34} {'n':>4} {'words':>5} {'synonym':>9} {'hypernym':>9} {'derivat.':>9}"
    f" {'group':>9} {'any close':>9} {'verb close':>9} {'sibling':>9} {'antonym':>9}"
    f" {'answered':>6}"
)


def report(rows: list[Joined], band: tuple[float, float]) -> None:
    """Print the counts per kind, per round, within the score band, and the AUCs."""
    print(HEADER)
    lo, hi = band
    for kind in KINDS:
        mine = [r for r in rows if r.kind == kind]
        print(summary(mine, f"{kind} (all)"))
        if kind in ("paraphrase", "gold"):
            print(summary([r for r in mine if r.linked], f"{kind}, linked today"))
            print(summary([r for r in mine if not r.linked], f"{kind}, missed today"))
        if kind == "lookalike":
            print(summary([r for r in mine if not r.linked], f"{kind}, not linked today"))
        if kind in ("paraphrase", "lookalike", "unique"):
            for rnd in (1, 4, 7, 11):
                picked = [r for r in mine if r.round == rnd]
                if picked:
                    name = f"  {kind}, round {rnd if rnd > 1 else '1-2'}"
                    print(summary(picked, name))
                    if kind != "unique":
                        print(summary([r for r in picked if not r.linked], f"{name}, unlinked"))
        inband = [r for r in mine if lo <= r.score < hi]
        print(summary(inband, f"  {kind}, score {lo:g}-{hi:g}"))
    uniq: dict[str, bool] = {}
    for r in rows:
        if r.kind == "unique":
            uniq[r.group] = uniq.get(r.group, False) or any(r.relations[k] for k in CLOSE)
    if uniq:
        print(
            f"  unique sentences with a close join to any candidate: {sum(uniq.values())}"
            f" of {len(uniq)}"
        )
    print()
    for name, pos, neg in (
        ("paraphrase > look-alike", "paraphrase", "lookalike"),
        ("missed paraphrase > unlinked look-alike", "paraphrase", "lookalike"),
        ("gold > non-pair", "gold", "nonpair"),
    ):
        missed = name.startswith("missed")
        p = np.array([r.answered for r in rows if r.kind == pos and not (missed and r.linked)])
        q = np.array([r.answered for r in rows if r.kind == neg and not (missed and r.linked)])
        inb_p = np.array(
            [r.answered for r in rows if r.kind == pos and lo <= r.score < hi and not r.linked]
        )
        inb_q = np.array(
            [r.answered for r in rows if r.kind == neg and lo <= r.score < hi and not r.linked]
        )
        print(
            f"  AUC of the answered share, {name}: {auc(p, q):.3f}"
            f"  (unlinked, score {lo:g}-{hi:g}: {auc(inb_p, inb_q):.3f},"
            f" {inb_p.size} / {inb_q.size})"
        )


def main(argv: list[str] | None = None) -> int:
    """Print the figures (tune only)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--senses", type=int, default=2, help="most frequent senses kept (0: all)")
    parser.add_argument("--band", type=float, nargs=2, default=(25.0, 50.0))
    parser.add_argument("--show", choices=KINDS, help="print the joins of one kind of pair")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds' gold")
    parser.add_argument(
        "--fit",
        type=float,
        metavar="FLOOR",
        help="instead: run scripts/fit_link_model.py (the other arguments are its own; give"
        " --cache and --rebuild) with soft alignment counting WordNet-related words as"
        " matching at least FLOOR",
    )
    args, rest = parser.parse_known_args(argv)
    wn = load(senses=args.senses)
    if wn is None:
        print(
            f"error: {requested_path()}: no WordNet database there (apt-get install"
            " wordnet-base, or set NEWSDIFF_WORDNET)",
            file=sys.stderr,
        )
        return 2
    if args.fit is not None:
        fit_link_model.SYNONYMS = (wn, args.fit)
        return fit_link_model.main(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if not DATA.is_dir():
        print(f"error: {DATA}: the real-dev data is not there", file=sys.stderr)
        return 2
    rows = claim_joins(wn, DATA, json.loads(ITEMS.read_text(encoding="utf-8")))
    if not args.no_seeds:
        rows += seed_joins(wn, REPO / "tests" / "fixtures" / "gold", REPO / "seeds")
    print(f"WordNet relations between unmatched content words (senses: {args.senses or 'all'})")
    report(rows, tuple(args.band))
    if args.show:
        for r in rows:
            if r.kind == args.show and r.joins:
                shown = ", ".join(f"{x}/{y} {k}" for x, y, k in r.joins)
                print(f"  [{r.round} {'linked' if r.linked else 'missed'} {r.score:.0f}] {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
