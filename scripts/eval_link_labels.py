"""Shared / paraphrased and moved on real coverage: the tool's links against a reader's labels.

Run: ``python scripts/eval_link_labels.py [--round tune|report] [-v]``. Every link the tool
made between two outlets of a few real-dev cluster pairs was judged by reading
(``scripts/data/realdev_link_labels.json``, offsets + sha256 only): ``shared`` (near-verbatim,
DESIGN.md §3), ``paraphrased``, ``conflict`` or ``none`` (not a counterpart). Each pair is
compared again (the cluster as the corpus, as ``scripts/tune_cluster_links.py`` does) and
scored:

* a confusion table, the reader's label against the tool's (``-`` = not linked now; a link
  the tool makes now that was not judged is counted as *unjudged*), with the uncertain links
  (a careful reader could judge them the other way) counted apart;
* moved: the gold's rule (DESIGN.md §3: a linked sentence off the longest in-order chain of
  links, every link of it crossing that chain) applied to the judged counterparts (shared,
  paraphrased or conflict), against the tool's ``moved`` flags, over the sentences of both
  sides. Where several chains are equally long the rule does not say which sentences moved:
  recall counts the sentences moved against every longest chain, precision accepts a tool's
  moved sentence moved against any of them. A moved sentence whose links were all judged
  ``none`` is counted apart (a wrong link, not a wrong order). Only links the tool made were
  judged, so a counterpart it missed is in neither.

The ``tune`` round was judged on tune clusters (read freely, rules written on them): every link
the tool made then. The ``report`` round on report clusters, judged from the segmented texts
before the tool was run on them and scored once on the final code: every counterpart is listed
(``complete``), so a link the tool makes that is not listed counts as ``none`` and a listed one
it does not make as ``-``. Needs ``../shared``; skipped without.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from newsdiff.core.align import PairLink, moved_flags
from newsdiff.core.compare import compare_articles
from realdev_clusters import DATA, cluster_articles

GOLD = Path(__file__).resolve().parent / "data" / "realdev_link_labels.json"
READER = ("shared", "paraphrased", "conflict", "none")
TOOL = ("shared", "paraphrased", "conflict", "-")
Span = tuple[int, int]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def longest_chains(pairs: list[PairLink]) -> list[list[PairLink]]:
    """Every longest chain of links increasing on both sides (the judged links of one pair are
    a few dozen, so all of them are listed)."""
    ordered = sorted(pairs, key=lambda p: (p.left, p.right))
    after = [0] * len(ordered)  # the longest chain starting at each link
    for k in range(len(ordered) - 1, -1, -1):
        here = ordered[k]
        after[k] = 1 + max(
            (after[n] for n in range(k + 1, len(ordered)) if _follows(here, ordered[n])),
            default=0,
        )
    best = max(after, default=0)

    def extend(chain: list[PairLink], k: int) -> list[list[PairLink]]:
        chain = [*chain, ordered[k]]
        if after[k] == 1:
            return [chain]
        return [
            longer
            for n in range(k + 1, len(ordered))
            if after[n] == after[k] - 1 and _follows(ordered[k], ordered[n])
            for longer in extend(chain, n)
        ]

    return [chain for k in range(len(ordered)) if after[k] == best for chain in extend([], k)]


def _follows(first: PairLink, then: PairLink) -> bool:
    return then.left > first.left and then.right > first.right


def gold_moved(
    lefts: list[Span], rights: list[Span], links: list[tuple[Span, Span]]
) -> tuple[set[tuple[str, Span]], set[tuple[str, Span]]]:
    """The sentences (side, span) the gold's rule calls moved, from the judged counterparts:
    moved against every longest in-order chain (certain), and against at least one (when two
    chains are equally long, the rule does not say which sentences moved: don't care)."""
    li = {span: k for k, span in enumerate(lefts)}
    ri = {span: k for k, span in enumerate(rights)}
    pairs = [PairLink(li[a], ri[b], "paraphrased", 1.0) for a, b in links if a in li and b in ri]
    pairs.sort(key=lambda p: (p.left, p.right))
    certain: set[tuple[str, Span]] | None = None
    possible: set[tuple[str, Span]] = set()
    for chain in longest_chains(pairs) or [[]]:
        left, right = moved_flags(len(lefts), len(rights), pairs, chain)
        moved = {("L", lefts[k]) for k, m in enumerate(left) if m}
        moved |= {("R", rights[k]) for k, m in enumerate(right) if m}
        certain = moved if certain is None else certain & moved
        possible |= moved
    return certain or set(), possible


def score_pair(pair: dict, complete: bool, verbose: bool) -> tuple[Counter, Counter, Counter, int]:
    """(confusion, uncertain confusion, moved counts, unjudged links) of one judged pair."""
    folder = DATA / "clusters" / pair["cluster"]
    articles = cluster_articles(folder)
    by_name = {Path(a.path).name: a for a in articles}
    left, right = by_name[pair["left"]], by_name[pair["right"]]
    for side, article in (("left", left), ("right", right)):
        if _sha(article.text) != pair[f"{side}_sha256"]:
            sys.exit(f"{pair['cluster']}/{pair[side]}: text changed since it was judged")
    comparison = compare_articles(left, right, corpus=articles)
    tool: dict[tuple[Span, Span], str] = {}
    for aligned in comparison.left.sentences:
        ours = aligned.sentence
        for link in aligned.links:
            theirs = comparison.right.sentences[link.index].sentence
            tool[((ours.start, ours.end), (theirs.start, theirs.end))] = link.label
    confusion: Counter = Counter()
    uncertain: Counter = Counter()
    judged: set[tuple[Span, Span]] = set()
    true_links: list[tuple[Span, Span]] = []
    for row in pair["links"]:
        key = ((row["ls"], row["le"]), (row["rs"], row["re"]))
        if _sha(left.text[row["ls"] : row["le"]]) != row["l_sha256"]:
            sys.exit(f"{pair['cluster']}: span {key} does not match its sha256")
        if _sha(right.text[row["rs"] : row["re"]]) != row["r_sha256"]:
            sys.exit(f"{pair['cluster']}: span {key} does not match its sha256")
        judged.add(key)
        got = tool.get(key, "-")
        (uncertain if row.get("uncertain") else confusion)[(row["label"], got)] += 1
        if row["label"] != "none":
            true_links.append(key)
        if verbose and got != row["label"] and not (row["label"] == "none" and got == "-"):
            print(f"  {pair['cluster']} {key}: reader {row['label']}, tool {got}")
    if complete:  # every counterpart was listed: a link not listed is not a counterpart
        for key, label in tool.items():
            if key not in judged:
                confusion[("none", label)] += 1
                if verbose:
                    print(f"  {pair['cluster']} {key}: reader none, tool {label}")
        judged |= set(tool)
    lefts = [(s.sentence.start, s.sentence.end) for s in comparison.left.sentences]
    rights = [(s.sentence.start, s.sentence.end) for s in comparison.right.sentences]
    certain, possible = gold_moved(lefts, rights, true_links)
    shown = {("L", lefts[k]) for k, s in enumerate(comparison.left.sentences) if s.moved}
    shown |= {("R", rights[k]) for k, s in enumerate(comparison.right.sentences) if s.moved}
    linked = {("L", a) for a, _ in true_links} | {("R", b) for _, b in true_links}
    made = [key for key in true_links if key in tool]  # counterparts the tool links
    tool_true = {("L", a) for a, _ in made} | {("R", b) for _, b in made}
    moved = Counter(
        right=len(shown & possible),
        tool=len(shown),
        found=len(certain & shown),
        gold=len(certain),
        unlinked=len(shown - linked),
        reachable=len(certain & tool_true),
        reached=len(certain & tool_true & shown),
    )
    if verbose:
        either = sorted(possible - certain)
        print(f"  {pair['cluster']} moved: gold {sorted(certain)} (or {either})")
        print(f"  {pair['cluster']} moved: tool {sorted(shown)}")
    return confusion, uncertain, moved, len(set(tool) - judged)


def table(confusion: Counter) -> str:
    """The reader's labels (rows) against the tool's (columns)."""
    lines = [f"{'reader/tool':>14}" + "".join(f"{t:>12}" for t in TOOL)]
    for r in READER:
        lines.append(f"{r:>14}" + "".join(f"{confusion[(r, t)]:>12}" for t in TOOL))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", default="tune", help="tune or report (default tune)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    if not (DATA / "clusters").is_dir():
        print(f"skipped: {DATA / 'clusters'} not found (needs ../shared)", file=sys.stderr)
        return
    rounds = {r["name"]: r for r in json.loads(GOLD.read_text(encoding="utf-8"))["rounds"]}
    if args.round not in rounds:
        sys.exit(f"no round {args.round!r}; rounds: {', '.join(rounds)}")
    chosen = rounds[args.round]
    confusion: Counter = Counter()
    uncertain: Counter = Counter()
    moved: Counter = Counter()
    unjudged = 0
    for pair in chosen["pairs"]:
        c, u, m, n = score_pair(pair, chosen.get("complete", False), args.verbose)
        confusion += c
        uncertain += u
        moved += m
        unjudged += n
    pairs = len(chosen["pairs"])
    total = sum(confusion.values()) + sum(uncertain.values())
    print(f"round {args.round} ({chosen['split']} split): {pairs} pairs, {total} judged links")
    print(table(confusion))
    if uncertain:
        print(f"uncertain links ({sum(uncertain.values())}):")
        print(table(uncertain))
    gold_shared = sum(confusion[("shared", t)] for t in TOOL)
    tool_shared = sum(confusion[(r, "shared")] for r in READER)
    both = confusion[("shared", "shared")]
    print(
        f"shared: {both} of {gold_shared} copied sentences shown as shared; "
        f"{tool_shared - both} of {tool_shared} shown as shared not copied"
    )
    precision = f"{moved['right']}/{moved['tool']}"
    recall = f"{moved['found']}/{moved['gold']}"
    print(f"moved: precision {precision}, recall {recall} (sentences, both sides)")
    print(
        f"moved recall among the sentences the tool links to a true counterpart: "
        f"{moved['reached']}/{moved['reachable']}"
    )
    print(f"moved sentences without a true counterpart (only wrong links): {moved['unlinked']}")
    print(f"links made now and not judged: {unjudged}")


if __name__ == "__main__":
    main()
