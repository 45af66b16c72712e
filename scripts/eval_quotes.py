"""Score quote extraction against the gold data: exact-span F1, speaker and kind accuracy.

Usage::

    python scripts/eval_quotes.py [--gold DIR] [--texts DIR] [--gold-sentences] [--verbose]
    python scripts/eval_quotes.py --gold tests/fixtures/heldout --texts tests/fixtures/heldout

``--gold DIR`` is any folder with a ``quotes.json`` in the format of
tests/fixtures/gold/quotes.json;
``--texts DIR`` (alias ``--seeds``) holds the articles it names (default: the bundled seeds).

Spans are matched exactly (start and end). Speaker accuracy is over the gold quotes with a named
speaker whose span was found; kind accuracy is over every found gold quote. ``--gold-sentences``
segments with the gold sentences instead of ``newsdiff.core.segment`` (to measure attribution
independently of segmentation).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from newsdiff.core.models import Sentence
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / "tests" / "fixtures" / "gold"


@dataclass(frozen=True, slots=True)
class Scores:
    """The figures of one evaluation run."""

    precision: float
    recall: float
    f1: float
    speaker: float
    kind: float
    found: int
    gold: int
    predicted: int
    named: int
    unnamed: float = 0.0
    """Over found gold quotes with no speaker (scare quotes, anonymous sources): share left
    without one (a named speaker there is a false attribution)."""
    unnamed_count: int = 0


def _gold_sentences(gold_dir: Path, name: str) -> list[Sentence]:
    data = json.loads((gold_dir / "sentences.json").read_text(encoding="utf-8"))
    return [Sentence(s["i"], s["start"], s["end"], s["text"]) for s in data.get(name, [])]


def evaluate(
    gold_dir: Path,
    seeds_dir: Path | None = None,
    *,
    gold_sentences: bool = False,
    verbose: bool = False,
) -> Scores:
    """Score ``extract_quotes`` on every file of ``quotes.json`` in ``gold_dir``."""
    seeds = seeds_dir or REPO / "seeds"
    gold = json.loads((gold_dir / "quotes.json").read_text(encoding="utf-8"))
    found = predicted = total = 0
    named = speaker_ok = kind_ok = 0
    unnamed = unnamed_ok = 0
    for name, entries in sorted(gold.items()):
        path = seeds / name
        if not path.is_file():
            raise SystemExit(f"error: {path}: article named in quotes.json not found")
        text = path.read_text(encoding="utf-8")
        sentences = _gold_sentences(gold_dir, name) if gold_sentences else list(segment(text))
        quotes = extract_quotes(text, sentences)
        by_span = {(q.start, q.end): q for q in quotes}
        predicted += len(quotes)
        total += len(entries)
        gold_spans = {(e["start"], e["end"]) for e in entries}
        for entry in entries:
            quote = by_span.get((entry["start"], entry["end"]))
            if quote is None:
                if verbose:
                    print(f"MISSED {name} {entry['start']}-{entry['end']} {entry['text']!r}")
                continue
            found += 1
            kind_ok += quote.kind == entry["kind"]
            if verbose and quote.kind != entry["kind"]:
                print(f"KIND   {name} {entry['text'][:60]!r}: {quote.kind} != {entry['kind']}")
            if entry["speaker"] is not None:
                named += 1
                speaker_ok += quote.speaker == entry["speaker"]
            else:
                unnamed += 1
                unnamed_ok += quote.speaker is None
            if verbose and quote.speaker != entry["speaker"]:
                print(
                    f"SPEAKER {name} {entry['text'][:60]!r}: "
                    f"{quote.speaker!r} != {entry['speaker']!r}"
                )
        if verbose:
            for quote in quotes:
                if (quote.start, quote.end) not in gold_spans:
                    print(f"EXTRA  {name} {quote.start}-{quote.end} {quote.text[:60]!r}")
    precision = found / predicted if predicted else 0.0
    recall = found / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        precision,
        recall,
        f1,
        speaker_ok / named if named else 0.0,
        kind_ok / found if found else 0.0,
        found,
        total,
        predicted,
        named,
        unnamed_ok / unnamed if unnamed else 1.0,
        unnamed,
    )


def main(argv: list[str] | None = None) -> int:
    """Print the scores; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold data folder")
    parser.add_argument(
        "--texts", "--seeds", dest="texts", type=Path, default=None, help="article folder"
    )
    parser.add_argument("--gold-sentences", action="store_true", help="use gold segmentation")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    if not (args.gold / "quotes.json").is_file():
        print(f"error: {args.gold}: no quotes.json", file=sys.stderr)
        return 2
    if args.gold_sentences and not (args.gold / "sentences.json").is_file():
        print(f"error: {args.gold}: no sentences.json for --gold-sentences", file=sys.stderr)
        return 2
    texts = args.texts
    if texts is None and args.gold.resolve() != DEFAULT_GOLD.resolve():
        texts = args.gold
    scores = evaluate(args.gold, texts, gold_sentences=args.gold_sentences, verbose=args.verbose)
    segmentation = "gold sentences" if args.gold_sentences else "newsdiff segment()"
    print(f"quotes: {scores.gold} gold, {scores.predicted} extracted ({segmentation})")
    print(f"span    P {scores.precision:.3f}  R {scores.recall:.3f}  F1 {scores.f1:.3f}")
    print(f"speaker {scores.speaker:.3f}  (over {scores.named} gold quotes with a named speaker)")
    print(f"kind    {scores.kind:.3f}  (over {scores.found} found quotes)")
    print(
        f"no-speaker kept {scores.unnamed:.3f}  "
        f"(over {scores.unnamed_count} gold quotes without one)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
