"""Hunt for false conflicts where no judged set looks: every `≠` on many unjudged pairs.

Run: ``python scripts/hunt_conflicts.py [--data ../shared/data/real-dev] [--paraphrase 40]
[--cross] [--split tune|report|all] [--text]``. Within each real-dev cluster, every two outlets
are compared at a lowered paraphrase threshold (more candidates reach the claim check than a
user's default would let through); with ``--cross``, the first article of every cluster is also
compared with the first article of every other cluster (``--cross-all``: every article with
every other cluster's): two different stories, where a conflict
is almost always false. ``--latent FLOOR`` checks every pair scoring at
least FLOOR and every pair the figure route proposes, whatever the link cap keeps. Prints
each conflict as offsets, kinds and the sha256 of the two
sentences (the text only with ``--text``, to read in the terminal, never to store). Clusters
split as in ``docs/conflicts.md`` (rounds 1-2): ``tune`` = the twelve tune clusters. Needs
``../shared``; skipped without.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from newsdiff.core.compare import compare_articles, prepare
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.models import Article, Sentence, Settings
from realdev_clusters import DATA, cluster_articles, cluster_folders, clusters_loaded

TUNE_CLUSTERS = frozenset(
    f"basil-{key}"
    for key in "08bb9bee 1b96a5db 2058ec60 22b6e900 2b9468af 2b95d2cf 65cb14cb 8dac6c12 "
    "ae243a95 be026bd1 ed8c136f".split()
) | {"newswcl50-event9"}
"""The tune clusters of rounds 1 and 2 (docs/conflicts.md, "Accuracy"); the rest are report."""


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _conflicts(
    left: Article, right: Article, corpus: list[Article], settings: Settings, show: bool
) -> list[str]:
    found: list[str] = []
    comparison = compare_articles(left, right, settings, corpus=corpus)
    for aligned in comparison.left.sentences:
        for link in aligned.links:
            if link.label != "conflict":
                continue
            ours = aligned.sentence
            theirs = comparison.right.sentences[link.index].sentence
            found.append(_line(left, right, ours, theirs, link.evidence.disagree, link.score, show))
    return found


def _latent(
    left: Article, right: Article, corpus: list[Article], floor: float, show: bool
) -> list[str]:
    """Conflicts the check finds on every pair scoring at least ``floor`` and every pair the
    figure route proposes, whatever the link cap and thresholds would keep: a false `≠` that
    shows only when neither sentence has a better link."""
    pair = prepare(left, right, corpus=corpus)
    scored = {
        (int(i), int(j)) for i, j in zip(*np.nonzero(pair.scores.score >= floor), strict=True)
    }
    found: list[str] = []
    for i, j in sorted(scored | set(pair.proposed())):
        if pair.left_boilerplate[i] or pair.right_boilerplate[j]:
            continue
        result = pair.check(i, j)
        if result.outcome != "conflict":
            continue
        ours, theirs = pair.left_sentences[i], pair.right_sentences[j]
        score = float(pair.scores.score[i, j])
        found.append(_line(left, right, ours, theirs, result.evidence.disagree, score, show))
    return found


def _line(
    left: Article,
    right: Article,
    ours: Sentence,
    theirs: Sentence,
    disagree: Sequence[Disagreement],
    score: float,
    show: bool,
) -> str:
    """One conflict as offsets, sha256 prefixes and score (the texts only with ``show``)."""
    kinds = ",".join(sorted({d.kind for d in disagree}))
    line = (
        f"{kinds:10} {_name(left)}:{ours.start}-{ours.end} "
        f"{_name(right)}:{theirs.start}-{theirs.end} "
        f"sha {_sha(ours.text)} {_sha(theirs.text)} score {score:.0f}"
    )
    if show:
        pairs = "; ".join(f"{d.left} ↔ {d.right}" for d in disagree)
        line += f"\n    L: {ours.text}\n    R: {theirs.text}\n    ≠ {pairs}"
    return line


def _name(article: Article) -> str:
    path = Path(article.path)
    return f"{path.parent.name}/{path.name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--paraphrase", type=float, default=40.0)
    parser.add_argument("--cross", action="store_true", help="also pairs of different stories")
    parser.add_argument(
        "--cross-all", action="store_true", help="every article against every other story's"
    )
    parser.add_argument("--split", choices=("tune", "report", "all", "none"), default="tune")
    parser.add_argument(
        "--latent",
        type=float,
        metavar="FLOOR",
        help="check every pair scoring at least FLOOR and every routed pair, cap or not",
    )
    parser.add_argument("--text", action="store_true", help="print the sentences (never store)")
    args = parser.parse_args(argv)
    folders = cluster_folders(args.data)
    if folders is None:
        return 0
    settings = Settings(paraphrase=args.paraphrase)
    chosen = [
        f
        for f in folders
        if args.split == "all"
        or (args.split != "none" and (f.name in TUNE_CLUSTERS) == (args.split == "tune"))
    ]

    def lines(left: Article, right: Article, corpus: Sequence[Article]) -> list[str]:
        if args.latent is not None:
            return _latent(left, right, corpus, args.latent, args.text)
        return _conflicts(left, right, corpus, settings, args.text)

    within = 0
    for _, articles in clusters_loaded(chosen):
        for left, right in itertools.combinations(articles, 2):
            for line in lines(left, right, articles):
                within += 1
                print("same story ", line)
    cross = 0
    if args.cross or args.cross_all:
        stories = [cluster_articles(f) for f in folders]
        taken = [s if args.cross_all else s[:1] for s in stories]
        for one, other in itertools.combinations(taken, 2):
            for left, right in itertools.product(one, other):
                for line in lines(left, right, [left, right]):
                    cross += 1
                    print("two stories", line)
    print(f"conflicts: {within} within {len(chosen)} clusters ({args.split})", end="")
    print(f", {cross} across stories" if args.cross or args.cross_all else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
