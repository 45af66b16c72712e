"""How the "too different for a word diff" limit (core.emphasis.MAX_CHANGED_SHARE) splits pairs.

Run: ``python scripts/emphasis_threshold.py [--sample LOW HIGH] [--count N]`` from the
repository root. For every linked pair of every two articles of the bundled seeds and of each
``../shared/data/real-dev/clusters`` cluster (when present), the share of word characters a
word diff marks as changed; then, for each candidate limit, how many paraphrase links would
show an edit script and how many only their evidence, and how much of each sentence either
display emphasizes (the share of word characters in bold, and the number of separate bold
runs: an edit script on a rewritten pair bolds most of it in many short runs).

The real clusters are split by name: the even-numbered ones (sorted) are for tuning, where
pairs were read side by side (``--sample``, printed to the terminal only: never saved, never
copied into the project); the odd-numbered ones are held out and only counted.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
from dataclasses import dataclass
from pathlib import Path

from newsdiff.core.compare import compare_articles
from newsdiff.core.emphasis import changed_share, word_spans
from newsdiff.core.load import bundled_seeds_dir, load_corpus
from newsdiff.core.models import CharSpan, Comparison

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "data" / "real-dev" / "clusters"
LIMITS = (0.4, 0.5, 0.6, 0.7)


@dataclass(frozen=True)
class Pair:
    """One paraphrase link and what each display would emphasize in its two sentences."""

    share: float
    diff_bold: float
    diff_runs: float
    evidence_bold: float
    evidence_runs: float
    comparison: Comparison
    left: int
    right: int


def _bold(text: str, offset: int, spans: tuple[CharSpan, ...]) -> tuple[float, int]:
    """Share of ``text``'s non-space characters inside ``spans``, and the number of runs."""
    marked = [False] * len(text)
    for start, end in spans:
        for position in range(max(0, start - offset), min(len(text), end - offset)):
            marked[position] = True
    chars = [m for m, c in zip(marked, text, strict=True) if not c.isspace()]
    runs = sum(1 for i, m in enumerate(chars) if m and (i == 0 or not chars[i - 1]))
    return (sum(chars) / len(chars) if chars else 0.0), runs


def pairs(comparison: Comparison) -> list[Pair]:
    """Every paraphrase link of ``comparison`` with both displays measured."""
    found = []
    for aligned in comparison.left.sentences:
        for link in aligned.links:
            if link.label != "paraphrased":
                continue
            left, right = aligned.sentence.index, link.index
            diff = comparison.word_diff(left, right)
            lsent = comparison.left.sentences[left].sentence
            rsent = comparison.right.sentences[right].sentence
            agree = link.evidence.agree
            diff_l = _bold(lsent.text, lsent.start, diff.left_changed if diff else ())
            diff_r = _bold(rsent.text, rsent.start, diff.right_changed if diff else ())
            ev_l = _bold(lsent.text, lsent.start, word_spans(lsent.text, lsent.start, agree))
            ev_r = _bold(rsent.text, rsent.start, word_spans(rsent.text, rsent.start, agree))
            found.append(
                Pair(
                    changed_share(comparison, left, right),
                    (diff_l[0] + diff_r[0]) / 2,
                    (diff_l[1] + diff_r[1]) / 2,
                    (ev_l[0] + ev_r[0]) / 2,
                    (ev_l[1] + ev_r[1]) / 2,
                    comparison,
                    left,
                    right,
                )
            )
    return found


def collect(folders: list[Path]) -> list[Pair]:
    """The paraphrase pairs of every two articles of each folder."""
    found = []
    for folder in folders:
        articles = load_corpus([folder]).articles
        for left, right in itertools.combinations(articles, 2):
            found += pairs(compare_articles(left, right))
    return found


def report(name: str, found: list[Pair]) -> None:
    """The split at each limit and the emphasis of each display, for one set of pairs."""
    print(f"{name}: {len(found)} paraphrase links")
    if not found:
        return
    for limit in LIMITS:
        over = [p for p in found if p.share > limit]
        under = [p for p in found if p.share <= limit]
        print(
            f"  limit {limit:.1f}: edit script {len(under):4d} ({len(under) / len(found):4.0%})"
            f"  evidence only {len(over):4d} ({len(over) / len(found):4.0%})"
        )
    bands = [(0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 1.01)]
    print("  changed share  pairs  bold (edit script / evidence)  runs (edit script / evidence)")
    for low, high in bands:
        band = (
            [p for p in found if low < p.share <= high]
            if low
            else [p for p in found if p.share <= high]
        )
        if not band:
            continue
        print(
            f"  {low:.1f}–{min(high, 1.0):.1f}       {len(band):5d}"
            f"   {statistics.median(p.diff_bold for p in band):4.0%} / "
            f"{statistics.median(p.evidence_bold for p in band):4.0%}"
            f"                    {statistics.median(p.diff_runs for p in band):4.1f} / "
            f"{statistics.median(p.evidence_runs for p in band):4.1f}"
        )


def show(found: list[Pair], low: float, high: float, count: int) -> None:
    """Print pairs of one band with both displays (bold as **…**), to read, never to keep."""
    band = [p for p in found if low < p.share <= high]
    step = max(1, len(band) // count)
    for pair in band[::step][:count]:
        c = pair.comparison
        lsent = c.left.sentences[pair.left].sentence
        rsent = c.right.sentences[pair.right].sentence
        diff = c.word_diff(pair.left, pair.right)
        link = next(x for x in c.left.sentences[pair.left].links if x.index == pair.right)
        print(f"--- share {pair.share:.2f}")
        for sent, changed in ((lsent, diff.left_changed), (rsent, diff.right_changed)):
            print("  diff: " + _marked(sent.text, sent.start, changed if diff else ()))
            agree = word_spans(sent.text, sent.start, link.evidence.agree)
            print("  evid: " + _marked(sent.text, sent.start, agree))


def _marked(text: str, offset: int, spans: tuple[CharSpan, ...]) -> str:
    out, last = [], 0
    for start, end in sorted(spans):
        start, end = start - offset, end - offset
        if start < last:
            continue
        out += [text[last:start], "**", text[start:end], "**"]
        last = end
    return "".join(out + [text[last:]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", nargs=2, type=float, metavar=("LOW", "HIGH"))
    parser.add_argument("--count", type=int, default=8)
    args = parser.parse_args(argv)
    clusters = sorted(path for path in REAL.glob("*") if path.is_dir()) if REAL.is_dir() else []
    tune, held_out = clusters[0::2], clusters[1::2]
    if args.sample:
        show(collect(tune), *args.sample, args.count)
        return 0
    report("bundled seeds", collect([bundled_seeds_dir()]))
    if clusters:
        report(f"real-dev clusters, tuning half ({len(tune)})", collect(tune))
        report(f"real-dev clusters, held out ({len(held_out)})", collect(held_out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
