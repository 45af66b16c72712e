"""Score sentence segmentation against the gold data: exact-span precision, recall and F1.

Usage::

    python scripts/eval_segmentation.py [--gold DIR] [--seeds DIR] [--verbose]
                                        [--candidates] [--speed]

A predicted segment counts only if its ``(start, end)`` equals a gold segment's exactly.
``--verbose`` lists the missed and the spurious spans. ``--candidates`` also scores the
alternatives considered (pysbd and syntok alone, and each inside newsdiff's layout pass, when
they are installed) and times each one on a long document of about 2,000 sentences.
``--speed`` times newsdiff's segmenter on hostile inputs (a 1 MB line without punctuation, a
100,000-character word, 20,000 short sentences, long runs of marks).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsdiff.core.layout import blocks
from newsdiff.core.segment import segment

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / "tests" / "fixtures" / "gold"
DEFAULT_SEEDS = REPO / "seeds"

Span = tuple[int, int]
Segmenter = Callable[[str], list[Span]]


@dataclass(frozen=True, slots=True)
class Score:
    """Exact-span counts and the figures derived from them."""

    found: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of predicted spans that are gold spans."""
        return self.found / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold spans that were predicted."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.found + other.found, self.predicted + other.predicted, self.gold + other.gold
        )


def newsdiff_spans(text: str) -> list[Span]:
    """Spans from ``newsdiff.core.segment``."""
    return [(s.start, s.end) for s in segment(text)]


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _pieces_to_spans(text: str, base: int, pieces: list[str]) -> list[Span]:
    """Locate library output strings in order inside ``text`` from ``base``."""
    spans: list[Span] = []
    cursor = base
    for piece in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        at = text.find(stripped, cursor)
        if at < 0:
            continue
        spans.append((at, at + len(stripped)))
        cursor = at + len(stripped)
    return spans


def _pysbd() -> Callable[[str], list[str]] | None:
    try:
        import pysbd  # type: ignore[import-not-found]
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return seg.segment


def _syntok() -> Callable[[str], list[str]] | None:
    try:
        from syntok import segmenter  # type: ignore[import-not-found]
    except ImportError:
        return None

    def split(text: str) -> list[str]:
        out: list[str] = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                if sentence:
                    first = sentence[0].offset - len(sentence[0].spacing)
                    last = sentence[-1].offset + len(sentence[-1].value)
                    out.append(text[max(first, 0) : last])
        return out

    return split


def library_alone(split: Callable[[str], list[str]]) -> Segmenter:
    """A library applied to the whole text."""
    return lambda text: _pieces_to_spans(text, 0, split(text))


def library_in_layout(split: Callable[[str], list[str]]) -> Segmenter:
    """newsdiff's layout pass, with a library splitting each block."""

    def run(text: str) -> list[Span]:
        spans: list[Span] = []
        for block in blocks(text):
            piece = text[block.start : block.end]
            spans += _pieces_to_spans(text, block.start, split(piece))
        return spans

    return run


def score_file(spans: list[Span], gold: list[dict[str, object]]) -> tuple[Score, set[Span]]:
    """Exact-span score of ``spans`` against one file's gold segments."""
    truth = {(int(g["start"]), int(g["end"])) for g in gold}  # type: ignore[call-overload]
    predicted = set(spans)
    return Score(len(truth & predicted), len(predicted), len(truth)), truth


def evaluate(
    gold_dir: Path,
    seeds_dir: Path = DEFAULT_SEEDS,
    segmenter: Segmenter = newsdiff_spans,
    *,
    verbose: bool = False,
    out: Callable[[str], None] | None = None,
) -> tuple[Score, dict[str, Score]]:
    """Score ``segmenter`` on every file of ``sentences.json``; per-file scores too."""
    data = json.loads((gold_dir / "sentences.json").read_text(encoding="utf-8"))
    total = Score(0, 0, 0)
    per_file: dict[str, Score] = {}
    for name, gold in data.items():
        text = (seeds_dir / name).read_text(encoding="utf-8")
        spans = segmenter(text)
        score, truth = score_file(spans, gold)
        per_file[name] = score
        total = total + score
        if verbose and out is not None:
            for start, end in sorted(truth - set(spans)):
                out(f"  missed   {name} {start}-{end}: {text[start:end]!r}")
            for start, end in sorted(set(spans) - truth):
                out(f"  spurious {name} {start}-{end}: {text[start:end]!r}")
    return total, per_file


def long_document(seeds_dir: Path, sentences: int = 2000) -> str:
    """The bundled articles repeated until the text holds about ``sentences`` segments."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    unit = "\n\n".join(texts)
    per_unit = max(1, len(segment(unit)))
    return "\n\n".join([unit] * (sentences // per_unit + 1))


def _time(segmenter: Segmenter, text: str) -> float:
    began = time.perf_counter()
    segmenter(text)
    return time.perf_counter() - began


def hostile_inputs(seeds_dir: Path) -> dict[str, str]:
    """Inputs that expose quadratic scans or regex backtracking, by name."""
    return {
        "2,000-sentence document": long_document(seeds_dir),
        "1 MB line, no punctuation": "word " * 200_000,
        "100,000-character word": "Start. " + "X" * 100_000 + ". End.",
        "20,000 short sentences": " ".join(f"Item {n} is ready." for n in range(20_000)),
        "500,000 dots": "." * 500_000,
        "250,000 'a.' pairs": "a." * 250_000,
        "50,000 short lines": "\n".join(f"Line {n} without an end" for n in range(50_000)),
    }


def main(argv: list[str] | None = None) -> int:
    """Print per-file and overall exact-span scores; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold data folder")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="article folder")
    parser.add_argument("--verbose", action="store_true", help="list missed/spurious spans")
    parser.add_argument("--candidates", action="store_true", help="also score the alternatives")
    parser.add_argument("--speed", action="store_true", help="time hostile inputs")
    args = parser.parse_args(argv)
    if not (args.gold / "sentences.json").is_file():
        print(f"error: {args.gold}: no sentences.json", file=sys.stderr)
        return 2

    total, per_file = evaluate(args.gold, args.seeds, verbose=args.verbose, out=print)
    print(f"{'file':<32} {'P':>6} {'R':>6} {'F1':>6}  found/pred/gold")
    for name, score in per_file.items():
        print(
            f"{name:<32} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
            f"  {score.found}/{score.predicted}/{score.gold}"
        )
    print(
        f"{'overall':<32} {total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f}"
        f"  {total.found}/{total.predicted}/{total.gold}"
    )

    if args.candidates:
        candidates: dict[str, Segmenter] = {"newsdiff (layout + rules)": newsdiff_spans}
        for name, factory in (("pysbd", _pysbd), ("syntok", _syntok)):
            split = factory()
            if split is None:
                print(f"({name} not installed)")
                continue
            candidates[f"{name} alone"] = library_alone(split)
            candidates[f"layout + {name}"] = library_in_layout(split)
        long_text = long_document(args.seeds)
        count = len(segment(long_text))
        print(f"\ncandidate{'':<24} {'P':>6} {'R':>6} {'F1':>6}  time for {count} segments")
        for name, candidate in candidates.items():
            score, _ = evaluate(args.gold, args.seeds, candidate)
            seconds = _time(candidate, long_text)
            print(
                f"{name:<33} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
                f"  {seconds:7.3f} s"
            )
    if args.speed:
        print(f"\n{'input':<28} {'chars':>9} {'segments':>9}  time")
        for name, text in hostile_inputs(args.seeds).items():
            began = time.perf_counter()
            count = len(segment(text))
            seconds = time.perf_counter() - began
            print(f"{name:<28} {len(text):>9} {count:>9}  {seconds:6.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
