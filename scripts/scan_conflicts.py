"""Every conflict the tool raises on the real-dev clusters, against the hand-judged items.

Run: ``python scripts/scan_conflicts.py [--data ../shared/data/real-dev] [-v]``. Each cluster's
articles are compared pair by pair (every two outlets, the cluster as the corpus, as
``scripts/eval_claims.py`` does) and every ``conflict`` link is counted by what the judged
items of ``scripts/data/realdev_claims.json`` and ``realdev_disagreements.json`` call the pair:
a disagreement, a paraphrase, a look-alike, or not judged (read those by hand). ``-v`` prints
each conflict as offsets and its kinds (never the text). Needs ``../shared``; skipped without.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from newsdiff.core.compare import compare_articles
from realdev_clusters import DATA, REPO, cluster_folders, clusters_loaded

ITEM_FILES = (
    REPO / "scripts" / "data" / "realdev_claims.json",
    REPO / "scripts" / "data" / "realdev_disagreements.json",
)

Span = tuple[str, int, int]


def _judged() -> list[tuple[Span, Span, str]]:
    found: list[tuple[Span, Span, str]] = []
    for path in ITEM_FILES:
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            left, right = item["left"], item["right"]
            found.append(
                (
                    (left["file"], left["start"], left["end"]),
                    (right["file"], right["start"], right["end"]),
                    item["label"],
                )
            )
    return found


def _meets(span: Span, file: str, start: int, end: int) -> bool:
    return span[0] == file and span[1] < end and start < span[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("-v", "--verbose", action="store_true", help="print each conflict")
    args = parser.parse_args(argv)
    folders = cluster_folders(args.data)
    if folders is None:
        return 0
    judged = _judged()
    tally: dict[str, int] = {}
    for folder, articles in clusters_loaded(folders):
        for left, right in itertools.combinations(articles, 2):
            comparison = compare_articles(left, right, corpus=articles)
            left_file = f"clusters/{folder.name}/{Path(left.path).name}"
            right_file = f"clusters/{folder.name}/{Path(right.path).name}"
            for aligned in comparison.left.sentences:
                for link in aligned.links:
                    if link.label != "conflict":
                        continue
                    ours = aligned.sentence
                    theirs = comparison.right.sentences[link.index].sentence
                    label = "not judged"
                    for a, b, given in judged:
                        here = _meets(a, left_file, ours.start, ours.end) and _meets(
                            b, right_file, theirs.start, theirs.end
                        )
                        there = _meets(b, left_file, ours.start, ours.end) and _meets(
                            a, right_file, theirs.start, theirs.end
                        )
                        if here or there:
                            label = given
                            break
                    tally[label] = tally.get(label, 0) + 1
                    if args.verbose:
                        kinds = ",".join(d.kind for d in link.evidence.disagree)
                        print(
                            f"{label:<10} {kinds:<16} {left_file}:{ours.start}-{ours.end} "
                            f"{right_file}:{theirs.start}-{theirs.end}"
                        )
    total = sum(tally.values())
    parts = ", ".join(f"{label} {count}" for label, count in sorted(tally.items()))
    print(f"conflicts raised on every pair of outlets: {total} ({parts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
