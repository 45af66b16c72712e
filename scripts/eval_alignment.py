"""Score the alignment engine on the hand-made gold data (tests/fixtures/gold by default).

For each gold pair and each segmentation (the gold's own, and the tool's):

* **F1** of linked-vs-unique per gold sentence (both sides). A gold sentence is linked when it
  has a gold link; one whose only links are in ``included_borderline`` is not scored. With the
  tool's segmentation a gold sentence takes the label of the tool sentence overlapping it most.
* **shared recall**: gold ``shared`` pairs the tool links as ``shared``.
* **false shared**: gold sentences with no gold link at all that the tool labels ``shared``.
* **counterpart accuracy**: of the gold sentences both sides call linked, the share whose
  strongest tool counterpart overlaps (in characters) one of its gold counterparts.

Usage: ``python scripts/eval_alignment.py [--gold DIR] [--seeds DIR] [--verbose] [--json]
[--no-corpus] [--sweep]``
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from newsdiff.core.compare import prepare
from newsdiff.core.load import load_article
from newsdiff.core.models import Article, Comparison, Sentence, Settings
from newsdiff.core.segment import segment

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    """Counts behind the figures of one pair (or of all pairs)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    shared_gold: int = 0
    shared_found: int = 0
    false_shared: int = 0
    counterpart_checked: int = 0
    counterpart_ok: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Accumulate ``other`` into this tally."""
        for name in (
            "tp",
            "fp",
            "fn",
            "tn",
            "shared_gold",
            "shared_found",
            "false_shared",
            "counterpart_checked",
            "counterpart_ok",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.notes.extend(other.notes)

    def figures(self) -> dict[str, float]:
        """F1, precision, recall, shared recall, false shared, counterpart accuracy."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "f1": round(f1, 3),
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "shared_recall": round(self.shared_found / self.shared_gold, 3)
            if self.shared_gold
            else 1.0,
            "false_shared": self.false_shared,
            "counterpart_accuracy": round(self.counterpart_ok / self.counterpart_checked, 3)
            if self.counterpart_checked
            else 1.0,
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _tool_index(tool: list[Sentence], span: tuple[int, int]) -> list[int]:
    """Tool sentences overlapping ``span``, the most-overlapping first."""
    hits = [(s.index, _overlap((s.start, s.end), span)) for s in tool]
    hits = [h for h in hits if h[1] > 0]
    hits.sort(key=lambda h: -h[1])
    return [index for index, _ in hits]


def evaluate_pair(
    comparison: Comparison,
    gold_left: list[dict],
    gold_right: list[dict],
    links: list[dict],
    borderline: list[dict],
    name: str,
) -> Tally:
    """Score one comparison against the gold links of its pair."""
    tally = Tally()
    firm: dict[str, dict[int, set[int]]] = {"left": {}, "right": {}}
    every: dict[str, dict[int, set[int]]] = {"left": {}, "right": {}}
    border = {(b["a"], b["b"]) for b in borderline}
    for link in links:
        pair = (link["a"], link["b"])
        for side, mine, theirs in (("left", 0, 1), ("right", 1, 0)):
            every[side].setdefault(pair[mine], set()).add(pair[theirs])
            if pair not in border:
                firm[side].setdefault(pair[mine], set()).add(pair[theirs])
    sides = {
        "left": (comparison.left, gold_left, gold_right, comparison.right),
        "right": (comparison.right, gold_right, gold_left, comparison.left),
    }
    for side, (compared, gold_mine, gold_other, other) in sides.items():
        tool = [a.sentence for a in compared.sentences]
        for g in gold_mine:
            i = g["i"]
            if i in every[side] and i not in firm[side]:
                continue
            gold_linked = i in firm[side]
            hits = _tool_index(tool, (g["start"], g["end"]))
            aligned = compared.sentences[hits[0]] if hits else None
            tool_linked = aligned is not None and aligned.label != "unique"
            if gold_linked and tool_linked:
                tally.tp += 1
            elif gold_linked:
                tally.fn += 1
                tally.notes.append(f"{name} {side} {i} MISSED: {g['text'][:90]!r}")
            elif tool_linked:
                tally.fp += 1
                assert aligned is not None
                best = other.sentences[aligned.links[0].index].sentence
                tally.notes.append(
                    f"{name} {side} {i} EXTRA ({aligned.links[0].score:.0f}): {g['text'][:70]!r}"
                    f" ~ {best.text[:70]!r}"
                )
            else:
                tally.tn += 1
            if aligned is not None and aligned.label == "shared" and i not in every[side]:
                tally.false_shared += 1
                tally.notes.append(f"{name} {side} {i} FALSE SHARED: {g['text'][:90]!r}")
            if gold_linked and tool_linked:
                assert aligned is not None
                best = other.sentences[aligned.links[0].index].sentence
                spans = [(gold_other[k]["start"], gold_other[k]["end"]) for k in every[side][i]]
                tally.counterpart_checked += 1
                if any(_overlap((best.start, best.end), span) > 0 for span in spans):
                    tally.counterpart_ok += 1
                else:
                    tally.notes.append(
                        f"{name} {side} {i} WRONG COUNTERPART: {g['text'][:60]!r} ~ "
                        f"{best.text[:60]!r}"
                    )
    for link in links:
        if link["label"] != "shared":
            continue
        tally.shared_gold += 1
        left_hits = set(
            _tool_index(
                [a.sentence for a in comparison.left.sentences],
                (gold_left[link["a"]]["start"], gold_left[link["a"]]["end"]),
            )
        )
        right_hits = set(
            _tool_index(
                [a.sentence for a in comparison.right.sentences],
                (gold_right[link["b"]]["start"], gold_right[link["b"]]["end"]),
            )
        )
        found = any(
            tool_link.label == "shared" and tool_link.index in right_hits
            for k in left_hits
            for tool_link in comparison.left.sentences[k].links
        )
        tally.shared_found += int(found)
        if not found:
            tally.notes.append(f"{name} SHARED NOT FOUND: {link['a']}|{link['b']}")
    return tally


def _gold_sentences(article: Article, gold: list[dict]) -> list[Sentence]:
    """The gold spans, with the kind (headline, heading, …) the segmenter gives the same span."""
    kinds = {(s.start, s.end): s.kind for s in segment(article.text)}
    return [
        Sentence(g["i"], g["start"], g["end"], g["text"], kinds.get((g["start"], g["end"]), "text"))
        for g in gold
    ]


def evaluate(
    gold_dir: Path,
    seeds_dir: Path,
    settings: Settings | None = None,
    *,
    use_corpus: bool = True,
) -> dict[str, dict[str, object]]:
    """Figures per segmentation (``gold``, ``tool``) and per pair, plus the notes.

    With ``use_corpus`` (the default, as the app does) every article of ``seeds_dir`` sharpens
    the word weights; without it each pair is scored alone, as ``newsdiff compare`` does.
    """
    sentences = json.loads((gold_dir / "sentences.json").read_text(encoding="utf-8"))
    alignments = json.loads((gold_dir / "alignments.json").read_text(encoding="utf-8"))
    borderline = json.loads((gold_dir / "borderline.json").read_text(encoding="utf-8"))
    articles = {name: load_article(seeds_dir / name) for name in sentences}
    corpus = [load_article(path) for path in sorted(seeds_dir.glob("*.txt"))] if use_corpus else []
    result: dict[str, dict[str, object]] = {}
    for mode in ("gold", "tool"):
        total = Tally()
        per_pair: dict[str, dict[str, float]] = {}
        for pair, links in alignments.items():
            left_name, right_name = pair.split("|")
            kwargs: dict[str, object] = {}
            if mode == "gold":
                kwargs = {
                    "left_sentences": _gold_sentences(articles[left_name], sentences[left_name]),
                    "right_sentences": _gold_sentences(articles[right_name], sentences[right_name]),
                }
            prepared = prepare(
                articles[left_name],
                articles[right_name],
                corpus=corpus,
                **kwargs,  # type: ignore[arg-type]
            )
            comparison = prepared.comparison(settings)
            tally = evaluate_pair(
                comparison,
                sentences[left_name],
                sentences[right_name],
                links,
                borderline[pair]["included_borderline"],
                f"[{mode}] {left_name[:3]}|{right_name[:3]}",
            )
            per_pair[f"{left_name[:3]}|{right_name[:3]}"] = tally.figures()
            total.add(tally)
        result[mode] = {"overall": total.figures(), "pairs": per_pair, "notes": total.notes}
    return result


def _print_sweep(gold: Path, seeds: Path, settings: Settings, *, use_corpus: bool) -> None:
    """F1 and counterpart accuracy at thresholds around ``settings.paraphrase``.

    A default that sits on a cliff (figures collapsing a few points away) is fitted to the gold,
    not a property of the engine; this shows how flat the figures are around it.
    """
    print("threshold sweep (gold segmentation / tool segmentation): f1, counterpart accuracy")
    for delta in (-6, -3, 0, 3, 6):
        at = Settings(shared=settings.shared, paraphrase=settings.paraphrase + delta)
        result = evaluate(gold, seeds, at, use_corpus=use_corpus)
        cells = [
            f"{result[mode]['overall']['f1']:.3f} "  # type: ignore[index]
            f"{result[mode]['overall']['counterpart_accuracy']:.3f}"  # type: ignore[index]
            for mode in ("gold", "tool")
        ]
        print(f"   paraphrase {at.paraphrase:g}: " + " / ".join(cells))


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "fixtures" / "gold")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--shared", type=float, default=None)
    parser.add_argument("--paraphrase", type=float, default=None)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--no-corpus",
        action="store_true",
        help="score each pair alone (as `newsdiff compare` does), not against all seeds",
    )
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="also print F1 and counterpart accuracy at paraphrase thresholds -6..+6 around it",
    )
    args = parser.parse_args(argv)
    defaults = Settings()
    settings = Settings(
        shared=defaults.shared if args.shared is None else args.shared,
        paraphrase=defaults.paraphrase if args.paraphrase is None else args.paraphrase,
    )
    result = evaluate(args.gold, args.seeds, settings, use_corpus=not args.no_corpus)
    if args.json:
        if not args.verbose:
            for mode in result.values():
                mode.pop("notes")
        print(json.dumps(result, indent=1))
    else:
        print(f"settings: shared {settings.shared:g}, paraphrase {settings.paraphrase:g}")
        for mode, figures in result.items():
            print(f"{mode} segmentation: {figures['overall']}")
            for pair, pair_figures in figures["pairs"].items():  # type: ignore[union-attr]
                print(f"   {pair}: {pair_figures}")
            if args.verbose:
                for note in figures["notes"]:  # type: ignore[union-attr]
                    print("     ", note)
    if args.sweep and not args.json:
        _print_sweep(args.gold, args.seeds, settings, use_corpus=not args.no_corpus)
    ok = all(
        m["overall"]["f1"] >= 0.90  # type: ignore[index]
        and m["overall"]["shared_recall"] == 1.0  # type: ignore[index]
        and m["overall"]["false_shared"] == 0  # type: ignore[index]
        and m["overall"]["counterpart_accuracy"] >= 0.95  # type: ignore[index]
        for m in result.values()
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
