"""Pair-view links that the story splits: the two sentences end up sharing no claim.

Run: ``python scripts/eval_story_splits.py [--seeds] [--real] [--show N] [--seed S]``.
For each corpus, every link the pair view makes between two story sentences is looked up in
the story's claims (a sentence's own claim and those it also carries): a link whose two ends
share none is *split*. Each split link is put in one kind:

- ``lone``: one end is a claim of its own, one variant, carried by nobody else (average
  linkage left it out of the claim the link goes to);
- ``departed``: one end's own claim is a single variant, but another sentence carries it
  (the re-check took it out; its partner carries it as :attr:`Claim.also`);
- ``between``: both ends are in claims of several variants.

For each end, how many of the other claim's variants in other articles it links to (the share
average linkage tests). ``--bridges`` counts the shape behind the seeds' extra pairs instead
(:func:`bridged`): a variant held in its claim only by sentences that also link to another
sentence of its own article in that claim, which also carries a claim it links a larger share
of (the move a rule would make). ``--show N`` prints N split links drawn at random from the tune
clusters (the tune side of the look-alike split, without the three real-dev story-gold
clusters, which are a report set here) with both sentences and both claims' first variants,
for reading on the terminal only: never write the text into the project. Needs ``../shared``
for ``--real``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newsdiff.core.compare import PreparedPair
from newsdiff.core.load import load_article
from newsdiff.core.models import Article, Settings
from newsdiff.core.story import build_story, pair_links
from newsdiff.core.story_model import Position, Story
from realdev_clusters import DATA, cluster_articles, cluster_folders
from tune_cluster_links import TUNE_CLUSTERS

REPO = Path(__file__).resolve().parents[1]
STORY_GOLD_CLUSTERS = frozenset({"basil-22b6e900", "basil-2b9468af", "basil-be026bd1"})
"""The real-dev story gold's clusters (a report set for the story): never read here."""

Link = tuple[Position, Position, str, float]


def story_and_links(articles: Sequence[Article]) -> tuple[Story, list[Link]]:
    """The story of ``articles`` and every link the pair view made while building it."""
    index = {id(article): k for k, article in enumerate(articles)}
    found: list[Link] = []

    def linker(prepared: PreparedPair, settings: Settings) -> list[tuple[int, int, str, float]]:
        links = pair_links(prepared, settings)
        left, right = index[id(prepared.left)], index[id(prepared.right)]
        found.extend(((left, i), (right, j), label, score) for i, j, label, score in links)
        return links

    return build_story(articles, linker=linker), found


def split_links(story: Story, links: Sequence[Link]) -> list[dict]:
    """Each link whose ends share no claim, with its kind and each end's share."""
    own: dict[Position, int] = {}
    carried: dict[Position, set[int]] = {}
    for k, claim in enumerate(story.claims):
        for position in claim.variants:
            carried.setdefault(position, set()).add(k)
        for position in claim.variants[: len(claim.variants) - len(claim.also)]:
            own[position] = k
    linked: dict[Position, set[Position]] = {}
    for a, b, _, _ in links:
        linked.setdefault(a, set()).add(b)
        linked.setdefault(b, set()).add(a)

    def share(position: Position, claim: int) -> tuple[int, int]:
        others = [v for v in story.claims[claim].variants if v[0] != position[0]]
        return sum(v in linked.get(position, ()) for v in others), len(others)

    found = []
    for a, b, label, score in links:
        if a not in own or b not in own or carried[a] & carried[b]:
            continue
        sizes = [len(story.claims[own[p]].variants) for p in (a, b)]
        alone = [len(story.claims[own[p]].variants) == 1 and len(carried[p]) == 1 for p in (a, b)]
        if any(alone):
            kind = "lone"
        elif min(sizes) == 1 or any(
            len(story.claims[own[p]].variants) == len(story.claims[own[p]].also) + 1
            and story.claims[own[p]].also
            for p in (a, b)
        ):
            kind = "departed"
        else:
            kind = "between"
        found.append(
            {
                "a": a,
                "b": b,
                "label": label,
                "score": score,
                "kind": kind,
                "sizes": sizes,
                "a_in_b": share(a, own[b]),
                "b_in_a": share(b, own[a]),
                "claims": (own[a], own[b]),
            }
        )
    return found


def bridged(story: Story, links: Sequence[Link]) -> list[dict]:
    """Each own variant ``v`` of a claim whose every linked variant there (in other articles)
    also links to another own variant of the claim in ``v``'s article: other outlets' sentences
    that state two of that article's sentences at once. ``target`` is the claim ``v`` also
    carries with the largest share of its own variants (other articles) linked, when larger
    than its share of its own claim; ``None`` when there is none."""
    linked: dict[Position, set[Position]] = {}
    for a, b, _, _ in links:
        linked.setdefault(a, set()).add(b)
        linked.setdefault(b, set()).add(a)

    def share(v: Position, claim: int) -> float:
        found = story.claims[claim]
        others = [p for p in found.variants if p not in found.also and p[0] != v[0]]
        return sum(p in linked.get(v, ()) for p in others) / max(1, len(others))

    found = []
    for k, claim in enumerate(story.claims):
        own = [v for v in claim.variants if v not in claim.also]
        for v in own:
            siblings = {s for s in own if s[0] == v[0] and s != v}
            partners = [p for p in claim.variants if p[0] != v[0] and p in linked.get(v, ())]
            if not siblings or not partners:
                continue
            if not all(linked.get(p, set()) & siblings for p in partners):
                continue
            here = share(v, k)
            carried = [j for j, other in enumerate(story.claims) if v in other.also]
            best = max(carried, key=lambda j: share(v, j), default=None)
            target = best if best is not None and share(v, best) > here else None
            found.append(
                {"v": v, "claim": k, "share": here, "partners": partners, "target": target}
            )
    return found


def _summary(name: str, story: Story, links: Sequence[Link], split: Sequence[dict]) -> str:
    kinds = Counter(item["kind"] for item in split)
    story_links = sum(1 for a, b, _, _ in links if not _furniture(story, a, b))
    return (
        f"  {name:22} links {story_links:>4}  split {len(split):>3} "
        f"(lone {kinds['lone']}, departed {kinds['departed']}, between {kinds['between']})"
    )


def _furniture(story: Story, a: Position, b: Position) -> bool:
    return story.boilerplate[a[0]][a[1]] or story.boilerplate[b[0]][b[1]]


def _show(name: str, story: Story, item: dict) -> None:
    def text(position: Position) -> str:
        article, sentence = position
        return f"{Path(story.articles[article].path).name}:{sentence} " + (
            story.sentences[article][sentence].text
        )

    print(f"\n[{name}] {item['kind']} {item['label']} {item['score']:.1f} sizes {item['sizes']}")
    print(f"   a-> {item['a_in_b']}  b-> {item['b_in_a']}")
    print("   A:", text(item["a"]))
    print("   B:", text(item["b"]))
    for side, claim in zip("AB", item["claims"], strict=True):
        variants = story.claims[claim].variants
        for position in variants[:4]:
            if position not in (item["a"], item["b"]):
                print(f"     {side}'s claim:", text(position))


def _count_bridges(
    name: str, story: Story, links: Sequence[Link], total: Counter[str], show: int
) -> None:
    side = "gold" if name in STORY_GOLD_CLUSTERS else "tune" if name in TUNE_CLUSTERS else "report"
    found = bridged(story, links)
    total[side] += len(found)
    moves = [item for item in found if item["target"] is not None]
    total[f"{side} moves"] += len(moves)
    for item in moves if show and side == "tune" else ():
        claim = story.claims[item["claim"]]
        target = story.claims[item["target"]]
        print(f"\n[{name}] share {item['share']:.2f}")
        for label, position in (
            ("moved", item["v"]),
            *(("partner", p) for p in item["partners"]),
            ("its claim", claim.first),
            ("to claim", target.first),
        ):
            article, sentence = position
            text = story.sentences[article][sentence].text
            print(f"   {label}: {Path(story.articles[article].path).name}:{sentence} {text}")


def main(argv: list[str] | None = None) -> int:
    """Count split links on the seeds and the real-dev clusters; show a tune sample."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", action="store_true", help="the five seeds (tuning)")
    parser.add_argument("--real", action="store_true", help="the 27 real-dev clusters")
    parser.add_argument("--show", type=int, default=0, help="print N tune split links")
    parser.add_argument("--seed", type=int, default=16, help="random seed for --show")
    parser.add_argument("--bridges", action="store_true", help="count bridged variants")
    parser.add_argument("--kind", choices=("lone", "departed", "between"), help="--show only")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    sample: list[tuple[str, Story, dict]] = []
    if args.seeds:
        articles = [load_article(p) for p in sorted((REPO / "seeds").glob("*.txt"))]
        story, links = story_and_links(articles)
        split = split_links(story, links)
        print(_summary("seeds", story, links, split))
        if args.bridges:
            moves = [item for item in bridged(story, links) if item["target"] is not None]
            print("  seeds: bridged variants a move would take:", [m["v"] for m in moves])
        for item in split if not args.bridges else ():
            _show("seeds", story, item)
    if args.real:
        folders = cluster_folders(DATA)
        if folders is None:
            return 0
        for folder in folders:
            story, links = story_and_links(cluster_articles(folder))
            split = split_links(story, links)
            if args.bridges:
                _count_bridges(folder.name, story, links, total, args.show)
                continue
            side = "tune" if folder.name in TUNE_CLUSTERS else "report"
            if folder.name in STORY_GOLD_CLUSTERS:
                side = "gold"
            print(_summary(f"{folder.name} ({side})", story, links, split))
            total["links"] += sum(1 for a, b, _, _ in links if not _furniture(story, a, b))
            total["split"] += len(split)
            total.update(item["kind"] for item in split)
            if side == "tune":
                sample += [
                    (folder.name, story, item)
                    for item in split
                    if args.kind in (None, item["kind"])
                ]
        if not args.bridges:
            print(
                f"  all {total['links']} links, {total['split']} split: lone {total['lone']}, "
                f"departed {total['departed']}, between {total['between']}"
            )
    if args.bridges:
        print("  bridged variants, and those a move would take (by side):", dict(total))
    if args.show and sample:
        random.Random(args.seed).shuffle(sample)
        for name, story, item in sample[: args.show]:
            _show(name, story, item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
