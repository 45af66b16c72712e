"""How often ``≠ other speaker`` is right on real clusters: the flags judged by reading.

    python scripts/eval_speaker_flags.py [--gold FILE] [--data DIR] [-v]

Reads ``scripts/data/realdev_speaker_flags.json`` (pairs of quotations the tool flagged on the
real-dev report clusters, judged by reading both articles: offsets and sha256s only, no text)
and ``../shared/data/real-dev``. The flags are recomputed as the app computes them: every pair
of articles of each judged cluster is compared (the cluster is the corpus) and a flag is a pair
of matched quotes, one per article, whose ``speaker_differs`` is set (either direction; a pair
counts once). Each judged pair is looked up among them (same files, overlapping spans):

* **present and right**: flagged, and judged ``different`` (the outlets give the words to two
  people, each read right from its article);
* **present and wrong**: flagged, and judged ``same`` (one speaker named two ways), ``a wrong``
  or ``b wrong`` (one side's speaker misread; ``a`` is the pair's first file by name);
* **present, cannot tell**: flagged, judged ``unclear`` (left out of the precision);
* **no longer flagged**: a judged pair the tool does not flag now.

Flags that no item covers, on the judged clusters and on every cluster the file lists under
``clusters`` (those scanned when the flags were listed), are counted as ``not judged``. Precision is
right / (right + wrong). Prints figures only (``-v``: one line per item, offsets and verdicts).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdiff.core.compare import compare_articles  # noqa: E402
from realdev_clusters import DATA, cluster_articles  # noqa: E402

ITEMS = Path(__file__).resolve().parent / "data" / "realdev_speaker_flags.json"
VERDICTS = ("different", "same", "a wrong", "b wrong", "unclear")

Span = tuple[str, int, int]
"""A quote as ``(file name, start, end)``."""


def flags(folder: Path) -> list[tuple[Span, Span]]:
    """Every ``≠ other speaker`` pair of one cluster, each as its two quotes in file order."""
    articles = cluster_articles(folder)
    found: set[tuple[Span, Span]] = set()
    for left, right in itertools.combinations(articles, 2):
        comparison = compare_articles(left, right, corpus=articles)
        names = (Path(left.path).name, Path(right.path).name)
        for own, side in enumerate((comparison.left, comparison.right)):
            for match in side.quotes:
                other = match.counterpart
                if not match.speaker_differs or other is None:
                    continue
                mine = (names[own], match.quote.start, match.quote.end)
                theirs = (names[1 - own], other.start, other.end)
                found.add((mine, theirs) if mine[0] <= theirs[0] else (theirs, mine))
    return sorted(found)


def _span(data: Path, ref: dict) -> Span:
    path = data / ref["file"]
    if hashlib.sha256(path.read_bytes()).hexdigest() != ref["sha256"]:
        raise ValueError(f"{path}: changed since the item was judged (sha256)")
    return Path(ref["file"]).name, int(ref["start"]), int(ref["end"])


def _covers(item: tuple[Span, Span], flag: tuple[Span, Span]) -> bool:
    return all(
        a[0] == b[0] and min(a[2], b[2]) > max(a[1], b[1]) for a, b in zip(item, flag, strict=True)
    )


def main(argv: list[str] | None = None) -> int:
    """Recompute the flags of the judged clusters and score them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--gold", type=Path, default=ITEMS, help="items (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per item")
    parser.add_argument(
        "--tune", action="store_true", help="only count the flags on the tune clusters (no gold)"
    )
    args = parser.parse_args(argv)
    if args.tune:
        return _count_tune(args.data)
    try:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        items, scanned = gold["items"], gold.get("clusters", [])
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise TypeError
    except OSError as error:
        print(f"error: {args.gold}: {error.strerror or error}", file=sys.stderr)
        return 2
    except (ValueError, KeyError, TypeError):
        print(f"error: {args.gold}: not a gold file (JSON with an 'items' list)", file=sys.stderr)
        return 2
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 0
    tally = dict.fromkeys(("right", "wrong", "unclear", "gone"), 0)
    by_cluster: dict[str, list[tuple[Span, Span]]] = {}
    covered: set[tuple[str, tuple[Span, Span]]] = set()
    for number, item in enumerate(items, 1):
        try:
            cluster, verdict = item["cluster"], item["verdict"]
            pair = (_span(args.data, item["a"]), _span(args.data, item["b"]))
            if verdict not in VERDICTS:
                raise KeyError(f"verdict {verdict!r}")
        except (KeyError, TypeError, ValueError, OSError) as error:
            print(f"error: {args.gold}: item {number}: {error}", file=sys.stderr)
            return 2
        if cluster not in by_cluster:
            by_cluster[cluster] = flags(args.data / "clusters" / cluster)
        hits = [flag for flag in by_cluster[cluster] if _covers(pair, flag)]
        covered.update((cluster, flag) for flag in hits)
        outcome = (
            "gone"
            if not hits
            else "right"
            if verdict == "different"
            else "unclear"
            if verdict == "unclear"
            else "wrong"
        )
        tally[outcome] += 1
        if args.verbose:
            (fa, sa, ea), (fb, sb, eb) = pair
            print(f"{cluster} {fa}:{sa}-{ea} {fb}:{sb}-{eb} judged {verdict} -> {outcome}")
    for cluster in scanned:  # the clusters scanned when the flags were listed: any new flag
        if cluster not in by_cluster:
            by_cluster[cluster] = flags(args.data / "clusters" / cluster)
    flagged = sum(len(found) for found in by_cluster.values())
    judged = tally["right"] + tally["wrong"]
    precision = tally["right"] / judged if judged else 0.0
    print(f"judged pairs: {len(items)} on {len(by_cluster)} clusters; flagged now: {flagged}")
    print(f"  present and right  {tally['right']}")
    print(f"  present and wrong  {tally['wrong']}")
    print(f"  present, unclear   {tally['unclear']}")
    print(f"  no longer flagged  {tally['gone']}")
    print(f"  flagged, not judged {flagged - len(covered)}")
    print(f"precision of the flag: {precision:.3f} ({tally['right']}/{judged})")
    return 0


def _count_tune(data: Path) -> int:
    """The flags on the tune clusters (``TUNE_CLUSTERS``), counted: what a rule may be tuned on."""
    from tune_cluster_links import TUNE_CLUSTERS

    if not (data / "clusters").is_dir():
        print(f"skipped: {data} not found (needs ../shared)", file=sys.stderr)
        return 0
    found = {name: flags(data / "clusters" / name) for name in TUNE_CLUSTERS}
    print(f"tune clusters: {len(found)}; flagged pairs: {sum(len(f) for f in found.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
