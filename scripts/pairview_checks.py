"""Counts behind the pair view's evidence and sidebar fixes (pairview10, 11: docs/app.md).

Run: ``python scripts/pairview_checks.py evidence [--side tune|report|seeds]``,
``python scripts/pairview_checks.py headings [--side tune|report]`` and
``python scripts/pairview_checks.py lines [--side tune|report|seeds]``. Every pair of each
cluster is compared (the cluster as the corpus, as ``scripts/eval_claims.py`` does).

- ``evidence``: of the agreeing words recorded on each link (``evidence.agree``, the left
  sentence's forms), how many the right sentence does not write as a whole word, as recorded
  and as shown beside it (:func:`newsdiff.core.evidence.agree_as_written`).
- ``headings``: how many pairs of quote-sidebar headings one of which names a part of the
  other's name (``Lopez`` beside ``Maria Lopez``); two people who share a surname count too.
- ``lines``: links the claim check made under the threshold (shown ``linked by its …``),
  links whose evidence line repeated an agreeing figure's words, and unlinked sentences whose
  quote the other article carries (shown ``+ no sentence linked · its quote …``).

Only counts are printed, never text. The tune clusters are ``TUNE_CLUSTERS`` of
``scripts/tune_cluster_links.py``; the rest are report. Needs ``../shared`` (seeds excepted).
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Sequence
from pathlib import Path

from newsdiff.app import engine
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.emphasis import word_spans
from newsdiff.core.evidence import (
    agree_as_written,
    linked_by,
    quoted_elsewhere,
    without_repeats,
)
from newsdiff.core.load import load_article
from newsdiff.core.models import Article, Comparison, Settings
from realdev_clusters import DATA, cluster_articles, cluster_folders
from tune_cluster_links import TUNE_CLUSTERS

REPO = Path(__file__).resolve().parent.parent


def _groups(side: str) -> list[list[Article]]:
    if side == "seeds":
        return [[load_article(p) for p in sorted((REPO / "seeds").glob("*.txt"))]]
    folders = cluster_folders(DATA) or []
    tune = set(TUNE_CLUSTERS)
    chosen = [f for f in folders if (f.name in tune) == (side == "tune")]
    return [cluster_articles(folder) for folder in chosen]


def _pairs(groups: Sequence[list[Article]]) -> list[Comparison]:
    comparisons = []
    for articles in groups:
        for left, right in itertools.combinations(articles, 2):
            prepared = engine.prepare_pair(left, right, articles)
            comparisons.append(engine.relabel(prepared, Settings()))
    return comparisons


def evidence(comparisons: Sequence[Comparison]) -> None:
    """Print the words, recorded and shown, that the right sentence does not write."""
    total = recorded = shown = 0
    for comparison in comparisons:
        for aligned in comparison.left.sentences:
            for link in aligned.links:
                text = comparison.right.sentences[link.index].sentence.text
                total += len(link.evidence.agree)
                recorded += sum(not word_spans(text, 0, (w,)) for w in link.evidence.agree)
                written = agree_as_written(link.evidence.agree, text)
                shown += sum(not word_spans(text, 0, (w,)) for w in written)
    print(f"agreeing words beside right sentences: {total}")
    print(f"not written in the right sentence: recorded {recorded}, shown {shown}")


def headings(comparisons: Sequence[Comparison]) -> None:
    """Print how many heading pairs name a part of another heading's name."""
    found = 0
    for comparison in comparisons:
        options = QuoteSidebar.listing(comparison).options
        names = [str(o.prompt) for o in options if o is not None and o.disabled]
        words = {n: set(re.findall(r"\w+", n.split(" (for")[0].casefold())) for n in names}
        found += sum(1 for a in names for b in names if a != b and words[b] and words[b] < words[a])
    print(f"sidebars: {len(comparisons)}; headings naming a part of another's name: {found}")


def lines(comparisons: Sequence[Comparison]) -> None:
    """Print how often the pair view says each thing pairview11 changed (counts only)."""
    below = quoted = repeats = links = 0
    for comparison in comparisons:
        for aligned in comparison.left.sentences:
            for link in aligned.links:
                links += 1
                below += linked_by(link, comparison.settings) is not None
                agree = link.evidence.agree
                repeats += len(agree) != len(without_repeats(agree))
        for side in ("left", "right"):
            for aligned in comparison.side(side).sentences:
                index = aligned.sentence.index
                if not aligned.links and quoted_elsewhere(comparison, side, index):
                    quoted += 1
    print(f"links: {links}; linked under the threshold (linked by its …): {below}")
    print(f"links whose evidence line repeated a figure's words: {repeats}")
    print(f"unlinked sentences whose quote the other article carries: {quoted}")


COUNTS = {"evidence": evidence, "headings": headings, "lines": lines}


def main() -> None:
    """Run one count on one side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", choices=tuple(COUNTS))
    parser.add_argument("--side", choices=("tune", "report", "seeds"), default="tune")
    args = parser.parse_args()
    COUNTS[args.count](_pairs(_groups(args.side)))


if __name__ == "__main__":
    main()
