"""Does the story show every disagreement the pair view shows? A consistency count.

For every same-story cluster of ``../shared/data/real-dev/clusters`` (no gold needed): each link
the pair view labels ``conflict`` (``newsdiff compare A B`` for every pair of the cluster, or
``--corpus``: with the cluster as its corpus, as the app's library compares) is **visible** in
the story when its two sentences are variants of one claim flagged ``conflict`` (a variant it
owns or one it also carries). Also counted: the story's conflicting claims holding no conflict
the pair view shows (a disagreement the story would show alone).

Prints the totals and, per miss, the cluster and the two sentences' positions (article,
sentence) and claims, never their text. Real-dev clusters are tuning and report alike here:
the count is a consistency check between two views of one tool, not a score against gold.

Usage: ``python scripts/eval_story_conflicts.py [--corpus] [--root DIR]``
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.models import Article
from newsdiff.core.story import Story, build_story

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO.parent / "shared" / "data" / "real-dev" / "clusters"

Position = tuple[int, int]


def pair_view_conflicts(
    articles: list[Article], *, corpus: bool
) -> list[tuple[Position, Position]]:
    """Every conflict link the pair view makes between two articles of ``articles``."""
    found = []
    for a, b in itertools.combinations(range(len(articles)), 2):
        comparison = compare_articles(articles[a], articles[b], corpus=articles if corpus else ())
        for i, aligned in enumerate(comparison.left.sentences):
            for link in aligned.links:
                if link.label == "conflict":
                    found.append(((a, i), (b, link.index)))
    return found


def tally(story: Story, conflicts: list[tuple[Position, Position]]) -> tuple[list, list[int]]:
    """The pair view's conflicts the story does not show, and the story's conflicting claims
    that hold none of the pair view's conflicts."""
    claims_of: dict[Position, set[int]] = {}
    for number, claim in enumerate(story.claims):
        for position in claim.variants:
            claims_of.setdefault(position, set()).add(number)
    missed, shown = [], set()
    for x, y in conflicts:
        both = claims_of.get(x, set()) & claims_of.get(y, set())
        flagged = {k for k in both if story.claims[k].conflict}
        shown |= flagged
        if not flagged:
            missed.append((x, y, sorted(claims_of.get(x, ())), sorted(claims_of.get(y, ()))))
    alone = [k for k, claim in enumerate(story.claims) if claim.conflict and k not in shown]
    return missed, alone


def main(argv: list[str] | None = None) -> int:
    """Print how many of the pair view's conflicts the story shows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument(
        "--corpus", action="store_true", help="the pair view with the cluster as its corpus"
    )
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(f"error: {args.root}: no real-dev clusters here", file=sys.stderr)
        return 2
    total = visible = flagged = lonely = 0
    for folder in sorted(p for p in args.root.iterdir() if p.is_dir()):
        articles = [load_article(path) for path in sorted(folder.glob("*.txt"))]
        if len(articles) < 2:
            continue
        story = build_story(articles)
        conflicts = pair_view_conflicts(articles, corpus=args.corpus)
        missed, alone = tally(story, conflicts)
        total += len(conflicts)
        visible += len(conflicts) - len(missed)
        flagged += sum(1 for claim in story.claims if claim.conflict)
        lonely += len(alone)
        for x, y, in_x, in_y in missed:
            print(f"  not shown  {folder.name} {x} {y}  claims {in_x} / {in_y}")
        if alone:
            print(f"  story only {folder.name} conflicting claims {alone}")
    view = "compare --corpus" if args.corpus else "compare"
    print(
        f"pair-view conflicts ({view}) the story shows: {visible} of {total}; "
        f"conflicting claims {flagged}, {lonely} with no pair-view conflict inside"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
