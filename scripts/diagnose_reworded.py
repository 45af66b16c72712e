"""The reworded paraphrases a tune round misses, by score band and the claim check's note (#19).

Run: ``python scripts/diagnose_reworded.py [--round 11] [--text]``.

A *reworded* paraphrase is a judged paraphrase whose note does not say *quotation* (one
quotation carried by both articles is linked at any threshold: docs/conflicts.md, *An eleventh
round*). For each one: the outcome at today's setting, the pair's score and the claim check's
note (``-`` when no rule spoke), and its band — linked; 50 or more but not linked (dropped by
the check, or by the aligner's cap or its stay-near-the-best rule); 30–50 (a lower threshold
could reach it, at about three wrong links for each right one); under 30 (no threshold can).
The summary counts the bands and the notes of the missed. ``--text`` prints both sentences under
each row, in the terminal only: real-dev text never goes into the repository.

Only the rounds read as tune are accepted (4, 7, 11: scripts/data/realdev_claims.json and
/work/briefs/split.md); the kinds of paraphrase (a headline, a claim inside a longer sentence,
another verb, a role for a name, a quotation summarised ...) are a reader's judgement, counted
by hand in docs/conflicts.md (*The reworded paraphrases a neutral sample misses*).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_claims import DATA, ITEMS, _comparison, _prepared, _sentence, outcome  # noqa: E402

TUNE_ROUNDS = (4, 7, 11)
THRESHOLD = 50.0
LOW = 30.0


def reworded(items: list[dict], round_: int) -> list[dict]:
    """The round's paraphrases whose judge's note does not call them a carried quotation."""
    return [
        item
        for item in items
        if item.get("round") == round_
        and item["label"] == "paraphrase"
        and "quotation" not in item.get("note", "")
    ]


def band(linked: bool, score: float) -> str:
    """Where a paraphrase stands against the link threshold and the 30 floor."""
    if linked:
        return "linked"
    if score >= THRESHOLD:
        return "50+ not linked"
    return "30-50" if score >= LOW else "under 30"


def _score_and_note(data: Path, item: dict) -> tuple[float, str]:
    pair = _prepared(str(data), item["left"]["file"], item["right"]["file"])
    comparison = _comparison(str(data), item["left"]["file"], item["right"]["file"])
    li = _sentence(comparison, "left", item["left"]["start"], item["left"]["end"])
    ri = _sentence(comparison, "right", item["right"]["start"], item["right"]["end"])
    if li is None or ri is None:
        return 0.0, "sentence not found"
    return float(pair.scores.score[li, ri]), pair.check(li, ri).evidence.note or "-"


def _text(data: Path, side: dict) -> str:
    raw = (data / side["file"]).read_text(encoding="utf-8")
    return " ".join(raw[side["start"] : side["end"]].split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("--round", type=int, default=11, help="a tune round: 4, 7 or 11")
    parser.add_argument("--text", action="store_true", help="print both sentences (terminal)")
    args = parser.parse_args(argv)
    if args.round not in TUNE_ROUNDS:
        print(
            f"error: round {args.round}: not a tune round (only 4, 7, 11 are read as tune)",
            file=sys.stderr,
        )
        return 2
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)")
        return 0
    items = json.loads(args.items.read_text(encoding="utf-8"))["items"]
    bands: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    chosen = reworded(items, args.round)
    for item in chosen:
        linked = outcome(args.data, item) in ("shared", "paraphrased", "conflict")
        score, note = _score_and_note(args.data, item)
        where = band(linked, score)
        bands[where] += 1
        if not linked:
            notes[note.split(":")[0]] += 1
        left, right = item["left"], item["right"]
        print(
            f"{where:>14}  score {score:5.1f}  {left['file']}:{left['start']}-{left['end']}"
            f"  {right['file']}:{right['start']}-{right['end']} | {note}"
        )
        if args.text:
            print(f"      L: {_text(args.data, left)}\n      R: {_text(args.data, right)}")
    missed = len(chosen) - bands["linked"]
    print(
        f"round {args.round}: reworded paraphrases {len(chosen)}, linked {bands['linked']},"
        f" missed {missed}: 50+ not linked {bands['50+ not linked']},"
        f" 30-50 {bands['30-50']}, under 30 {bands['under 30']}"
    )
    if missed:
        print(
            "  the missed by the check's note: "
            + ", ".join(f"{n} {k}" for k, n in notes.most_common())
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
