"""Attribution cues and speaker roles against the PolNeAR annotations (real reporting).

    python scripts/eval_polnear_cues.py [--split tune|report|all] [--show]

Reads ``../shared/data/real-dev/polnear-dev`` (not part of the project; prints figures only),
split as ``eval_polnear.py`` splits it (``tune`` may be read, ``report`` is only measured).
Over gold direct quotes that newsdiff finds with a speaker:

* **cue**: the annotated Cue (the reporting words, ``said``) starts inside newsdiff's cue. Only
  cues within 200 characters of the quote are judged (a Cue in another paragraph is not this
  quote's cue on the page).
* **role found**: where the annotated Source lies inside newsdiff's cue and describes the
  speaker besides a name (it holds lowercase words other than function words: ``Jane Ortiz, a
  historian at the university``) and newsdiff's speaker is a name, newsdiff gives a role.
* **role in source**: of those roles, the share whose words all appear in the annotated Source
  (a role read from the wrong words fails).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from newsdiff.core.quotes import Quote, extract_quotes
from newsdiff.core.segment import segment

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_polnear import DATA, OPENERS, split_articles  # noqa: E402

NEAR = 200
_FUNCTION = frozenset(
    "the a an of and or to in on at for by with as said says told he she they it i we who "
    "his her their its".split()
)
_WORD = re.compile(r"[^\W_]+")

Span = tuple[str, list[tuple[int, int]], str]


def read_events(path: Path) -> tuple[dict[str, Span], list[dict[str, str]]]:
    """The spans and attribution events of one BRAT file."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, ranges = parts[1].partition(" ")
            pieces = [tuple(map(int, r.split())) for r in ranges.split(";")]
            spans[parts[0]] = (kind, [(a, b) for a, b in pieces], parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    return spans, events


def describes(source: str) -> bool:
    """Whether an annotated Source describes the speaker besides naming them."""
    words = source.split()
    if not words or words[0].lower() in _FUNCTION - {"the", "a", "an"}:
        return False  # a pronoun or a relative "who"
    return any(w[:1].islower() and w.lower().strip(".,") not in _FUNCTION for w in words)


def judge(quote: Quote, spans: dict[str, Span], event: dict[str, str], counts: Counter[str]) -> str:
    """Count one quote; return what went wrong ("" when nothing did)."""
    cue, source = spans.get(event.get("Attribution", "")), spans.get(event.get("Source", ""))
    if cue is None:
        return ""
    at = cue[1][0][0]
    if min(abs(at - quote.end), abs(at - quote.start)) > NEAR:
        return ""
    counts["cue judged"] += 1
    ours = quote.cue
    if ours is not None and ours.start <= at < ours.end:
        counts["cue right"] += 1
    else:
        return f"CUE gold={cue[2]!r} ours={ours.text if ours else None!r}"
    if source is None or not ours.start <= source[1][0][0] < ours.end or not describes(source[2]):
        return ""
    if not quote.speaker or not quote.speaker[:1].isupper():
        return ""  # a description or a document is the speaker itself ("the report")
    counts["role judged"] += 1
    if quote.role is None:
        return f"NO ROLE source={source[2]!r} cue={ours.text!r}"
    counts["role found"] += 1
    gold = {w.lower() for w in _WORD.findall(source[2])}
    if {w.lower() for w in _WORD.findall(quote.role)} <= gold:
        counts["role in source"] += 1
        return ""
    return f"ROLE source={source[2]!r} ours={quote.role!r}"


def evaluate(split: str, show: bool) -> None:
    counts: Counter[str] = Counter()
    for text_path, text, ann_path in split_articles(split):
        spans, events = read_events(ann_path)
        quotes = extract_quotes(text, segment(text))
        for event in events:
            content = spans.get(event.get("Content", ""))
            if content is None:
                continue
            start, end = content[1][0]
            if text[start:end].lstrip()[:1] not in OPENERS:
                continue
            found = [q for q in quotes if q.start < end and start < q.end and q.speaker]
            if not found:
                continue
            problem = judge(found[0], spans, event, counts)
            if show and problem:
                print(f"{text_path.name}:{start} {problem}")
    print(f"split {split}")
    for name, total in (("cue", "cue judged"), ("role found", "role judged")):
        hit = counts[name if name != "cue" else "cue right"]
        print(f"{name:15} {hit / max(counts[total], 1):.3f}  ({hit}/{counts[total]})")
    found, inside = counts["role found"], counts["role in source"]
    print(f"role in source  {inside / max(found, 1):.3f}  ({inside}/{found})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="tune")
    parser.add_argument("--show", action="store_true", help="print errors (tune split only)")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"error: {DATA}: PolNeAR data not found")
    if args.show and args.split != "tune":
        sys.exit("error: --show reads errors; use it on the tune split only")
    evaluate(args.split, args.show)


if __name__ == "__main__":
    main()
