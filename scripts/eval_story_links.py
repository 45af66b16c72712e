"""Does the story keep together what the pair view links? A consistency count.

For the bundled seeds and every same-story cluster of ``../shared/data/real-dev/clusters`` (no
gold needed): each link the pair view labels ``shared`` or ``paraphrased`` (``newsdiff compare
A B`` for every pair of the corpus, or ``--corpus``: with the corpus as its corpus, as the app's
library compares) is **kept** by the story of the whole corpus when its two sentences share a
claim (as variants: a claim's own or one it also carries, ``Claim.also``). A link that is not
kept is one a reader sees as ``≈`` in the pair view and cannot find in one claim of the story.
Such a link is **shown** when the story lists it as a cross-reference on both its sentences'
claims (``Claim.related``, docs/story.md, *Twelfth round*); one neither kept nor shown is
**unexplained**: the pair view and the story disagree about it.

``--story-links`` counts the story's own links instead (the pair view's link finder run on the
story's corpus-wide scores, which differ from ``compare`` by the meaning nudge: docs/story.md,
*Accuracy*, (b)).

Prints, per corpus group (seeds; the tune clusters, ``TUNE_CLUSTERS`` of
``scripts/tune_cluster_links.py``; the other clusters), the links counted and those not kept,
and the total. ``--show`` lists each link not kept (positions, score, the two claims' sizes)
for the seeds and the tune clusters only — never the report clusters' — and ``--text`` adds the
two sentences (terminal only: never copy real-dev text into the project). The count compares
two views of one tool and uses no gold: report clusters are counted, never read.

Usage: ``python scripts/eval_story_links.py [--corpus] [--story-links] [--show [--text]]``
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from newsdiff.core.compare import PreparedPair, compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.models import Article, Settings
from newsdiff.core.story import Story, build_story, pair_links

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO.parent / "shared" / "data" / "real-dev" / "clusters"
SEEDS = REPO / "seeds"
sys.path.insert(0, str(REPO / "scripts"))
from tune_cluster_links import TUNE_CLUSTERS  # noqa: E402

Position = tuple[int, int]
Link = tuple[Position, Position, str, float]
KEPT_LABELS = ("shared", "paraphrased")


def pair_view_links(articles: list[Article], *, corpus: bool) -> list[Link]:
    """Every shared or paraphrased link ``compare`` makes between two articles."""
    found: list[Link] = []
    for a, b in itertools.combinations(range(len(articles)), 2):
        comparison = compare_articles(articles[a], articles[b], corpus=articles if corpus else ())
        for i, aligned in enumerate(comparison.left.sentences):
            for link in aligned.links:
                if str(link.label) in KEPT_LABELS:
                    found.append(((a, i), (b, link.index), str(link.label), float(link.score)))
    return found


def story_and_links(articles: list[Article]) -> tuple[Story, list[Link]]:
    """The story of ``articles`` and its own shared/paraphrased links (the linker's output)."""
    index = {id(article): k for k, article in enumerate(articles)}
    found: list[Link] = []

    def linker(prepared: PreparedPair, settings: Settings) -> list[tuple[int, int, str, float]]:
        made = pair_links(prepared, settings)
        a, b = index[id(prepared.left)], index[id(prepared.right)]
        found.extend(((a, i), (b, j), lab, s) for i, j, lab, s in made if lab in KEPT_LABELS)
        return made

    return build_story(articles, linker=linker), found


def split_links(story: Story, links: list[Link]) -> list[tuple[Link, list[int], list[int]]]:
    """The links whose two sentences share no claim, with each end's claims."""
    claims_of: dict[Position, set[int]] = {}
    for number, claim in enumerate(story.claims):
        for position in claim.variants:
            claims_of.setdefault(position, set()).add(number)
    return [
        (link, sorted(claims_of.get(link[0], ())), sorted(claims_of.get(link[1], ())))
        for link in links
        if not claims_of.get(link[0], set()) & claims_of.get(link[1], set())
    ]


def cross_listed(story: Story) -> set[tuple[Position, Position]]:
    """The links (either way round) each claim lists as a cross-reference, in both claims."""
    count: dict[tuple[Position, Position], int] = {}
    for claim in story.claims:
        for link in claim.related:
            key = (min(link.a, link.b), max(link.a, link.b))
            count[key] = count.get(key, 0) + 1
    return {key for key, n in count.items() if n >= 2}


def corpora() -> list[tuple[str, str, list[Article]]]:
    """``(group, name, articles)`` for the seeds and each real-dev cluster (when here)."""
    found = [("seeds", "seeds", [load_article(p) for p in sorted(SEEDS.glob("*.txt"))])]
    if ROOT.is_dir():
        for folder in sorted(p for p in ROOT.iterdir() if p.is_dir()):
            articles = [load_article(path) for path in sorted(folder.glob("*.txt"))]
            if len(articles) >= 2:
                group = "tune" if folder.name in TUNE_CLUSTERS else "other"
                found.append((group, folder.name, articles))
    else:
        print(f"skipped: {ROOT} not found (needs ../shared)", file=sys.stderr)
    return found


def _describe(story: Story, claim_numbers: list[int]) -> str:
    return "/".join(str(len(story.claims[k].variants)) for k in claim_numbers) or "-"


def main(argv: list[str] | None = None) -> int:
    """Print how many pair-view links the story splits, per corpus group."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="store_true", help="compare with the corpus")
    parser.add_argument(
        "--story-links", action="store_true", help="the story's own links, not compare's"
    )
    parser.add_argument("--show", action="store_true", help="list seed and tune cases")
    parser.add_argument("--text", action="store_true", help="with --show, print the sentences")
    args = parser.parse_args(argv)
    totals: dict[str, list[int]] = {group: [0, 0, 0, 0] for group in ("seeds", "tune", "other")}
    for group, name, articles in corpora():
        story, own = story_and_links(articles)
        links = own if args.story_links else pair_view_links(articles, corpus=args.corpus)
        split = split_links(story, links)
        listed = cross_listed(story)
        unexplained = [s for s in split if (min(s[0][:2]), max(s[0][:2])) not in listed]
        totals[group][0] += len(links)
        totals[group][1] += len(split)
        totals[group][2] += len(unexplained)
        made = {(min(x, y), max(x, y)) for x, y, _, _ in own}
        totals[group][3] += sum(
            1 for (x, y, *_), *_ in unexplained if (min(x, y), max(x, y)) in made
        )
        if not args.show or group == "other":
            continue
        for (x, y, label, score), in_x, in_y in split:
            shown = "shown" if (min(x, y), max(x, y)) in listed else "UNEXPLAINED"
            print(
                f"  split  {name} {x} {y} {label} {score:.1f} {shown}  claims {in_x} / {in_y} "
                f"(variants {_describe(story, in_x)} / {_describe(story, in_y)})"
            )
            if args.text:
                for a, i in (x, y):
                    print(f"         {a}:{i} {story.sentences[a][i].text}")
    view = "story links" if args.story_links else "compare --corpus" if args.corpus else "compare"
    rows = [(group, *counts) for group, counts in totals.items()]
    rows.append(("total", *(sum(t[k] for t in totals.values()) for k in range(4))))
    for group, count, split_count, lost, story_made in rows:
        print(
            f"{group:6} links ({view}) {count:5}  not in one claim {split_count:4}  "
            f"unexplained (no cross-reference either) {lost:3}, of them story links {story_made}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
