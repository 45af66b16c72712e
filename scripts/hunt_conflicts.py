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

``--candidates MIN`` hunts the other way, for disagreements to judge by reading (not a judged
set's draw: a hunt is not blind): every pair of sentences of two outlets of one cluster that
share at least MIN content words and give one counted noun (or one unit) two figures that do
not agree, one kind of date two values, two places and none in common, or one predicate two
signs, whatever the tool links. Offsets, kind and sha256 only, unless ``--text``.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from newsdiff.core.claim import Claim, polarity, read_claim
from newsdiff.core.compare import compare_articles, prepare
from newsdiff.core.figures import agree
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.models import Article, Sentence, Settings
from newsdiff.core.segment import segment
from realdev_clusters import DATA, cluster_articles, cluster_folders, clusters_loaded
from tune_cluster_links import TUNE_CLUSTERS as LINK_TUNE_CLUSTERS

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


def _clashes(one: Claim, other: Claim) -> list[str]:
    """What the two sentences give two values of, by the readers alone (no link, no check)."""
    found: list[str] = []
    for a, b in itertools.product(one.figures, other.figures):
        if a.kind == b.kind and a.noun == b.noun and (a.noun or a.kind != "count"):
            if not agree(a, b):
                found.append(f"figure {a.kind}:{a.noun or '-'}")
                break
    kinds: dict[str, set[str]] = {}
    for key, *_ in one.dates:
        kinds.setdefault(key.split(":")[0], set()).add(key)
    theirs: dict[str, set[str]] = {}
    for key, *_ in other.dates:
        theirs.setdefault(key.split(":")[0], set()).add(key)
    if any(kinds[k].isdisjoint(v) for k, v in theirs.items() if k in kinds and k != "rel"):
        found.append("date")
    if (
        one.places
        and other.places
        and {p[0] for p in one.places}.isdisjoint({p[0] for p in other.places})
    ):
        found.append("place")
    if one.polar or other.polar:
        signs, theirs_signs = polarity(one)[0], polarity(other)[0]
        if any(signs[c] * theirs_signs[c] < 0 for c in signs.keys() & theirs_signs.keys()):
            found.append("polarity")
    return found


def _candidates(left: Article, right: Article, least: int, show: bool) -> list[str]:
    """Sentence pairs of two outlets sharing at least ``least`` content words whose readers
    give two values of one thing (:func:`_clashes`)."""
    found: list[str] = []
    ours = [(s, read_claim(s.text)) for s in segment(left.text)]
    theirs = [(s, read_claim(s.text)) for s in segment(right.text)]
    for (a, one), (b, other) in itertools.product(ours, theirs):
        shared = len(one.claim_words & other.claim_words)
        if shared < least:
            continue
        kinds = _clashes(one, other)
        if kinds:
            line = (
                f"{'+'.join(kinds):24} {_name(left)}:{a.start}-{a.end} "
                f"{_name(right)}:{b.start}-{b.end} sha {_sha(a.text)} {_sha(b.text)} "
                f"shared {shared}"
            )
            found.append(line + (f"\n    L: {a.text}\n    R: {b.text}" if show else ""))
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
    parser.add_argument(
        "--candidates",
        type=int,
        metavar="MIN",
        help="disagreements to judge: pairs sharing MIN content words, two values of one thing",
    )
    parser.add_argument("--text", action="store_true", help="print the sentences (never store)")
    args = parser.parse_args(argv)
    folders = cluster_folders(args.data)
    if folders is None:
        return 0
    settings = Settings(paraphrase=args.paraphrase)
    # the candidates hunt splits as tune_cluster_links.py does (its 18 tune clusters)
    tune = LINK_TUNE_CLUSTERS if args.candidates is not None else TUNE_CLUSTERS
    chosen = [
        f
        for f in folders
        if args.split == "all"
        or (args.split != "none" and (f.name in tune) == (args.split == "tune"))
    ]

    def lines(left: Article, right: Article, corpus: Sequence[Article]) -> list[str]:
        if args.candidates is not None:
            return _candidates(left, right, args.candidates, args.text)
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
    found = "candidates" if args.candidates is not None else "conflicts"
    print(f"{found}: {within} within {len(chosen)} clusters ({args.split})", end="")
    print(f", {cross} across stories" if args.cross or args.cross_all else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
