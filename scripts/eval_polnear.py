"""Direct-quote recall and speaker agreement on the PolNeAR attribution corpus (real reporting).

    python scripts/eval_polnear.py [--split tune|report|all] [--show]

Reads ``../shared/data/real-dev/polnear-dev`` (not part of the project; the script prints figures
only). The 84 articles are split by the sha256 of their file name: even first byte = ``tune``
(errors may be read there), odd = ``report`` (held out: only its figures are looked at).

A gold direct quote is an annotated Content span whose first piece opens with a quotation mark;
its words are the letters and digits between that mark and the last closing mark of each piece.
It is *recalled* when newsdiff's quotes cover at least 80% of them (pieces of a quote broken by
an attribution may be separate quotes). Its speaker *agrees* when newsdiff's speaker names the
same person, whatever the spelling: the annotated Source is taken as written when it holds a
name, and a pronoun or description ("he", "the senator") is resolved to the most recent
annotated Source before it that holds a name. An unnamed source ("a source", "officials") agrees
with no speaker or with a speaker sharing its words.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))

from newsdiff.core.quotes import extract_quotes  # noqa: E402
from newsdiff.core.segment import segment  # noqa: E402
from newsdiff.core.speaker_names import name_key  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "real-dev" / "polnear-dev"
OPENERS = "\"\u201c\u2018'\u201e\u00ab"
CLOSERS = "\"\u201d\u2019'\u00bb"
COVERED = 0.8
_ALNUM = re.compile(r"\w")
_PRONOUNS = frozenset("he she they it we i his her him them you".split())
_GENERIC = frozenset(
    "the a an another one some two three several this that these those his her their its".split()
)


@dataclass
class Annotation:
    """One attribution: content pieces, source span and text."""

    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    source_text: str


def split_of(name: str) -> str:
    """``tune`` or ``report``: the article's half of the split."""
    return "tune" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "report"


def read_ann(path: Path) -> list[Annotation]:
    """The attributions of one BRAT file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, ranges = parts[1].partition(" ")
            pieces = [tuple(map(int, r.split())) for r in ranges.split(";")]
            spans[parts[0]] = (kind, [(a, b) for a, b in pieces], parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        source = spans.get(event.get("Source", ""))
        out.append(
            Annotation(
                content=content[1],
                source=source[1][0] if source else None,
                source_text=source[2] if source else "",
            )
        )
    return out


def quoted_chars(text: str, pieces: list[tuple[int, int]]) -> set[int]:
    """Positions of the letters and digits inside the quotation marks of a direct quote."""
    chars: set[int] = set()
    for start, end in pieces:
        body = text[start:end]
        stripped = body.lstrip()
        if stripped[:1] in OPENERS:
            start += len(body) - len(stripped) + 1
        close = max((start + i for i, c in enumerate(text[start:end]) if c in CLOSERS), default=end)
        stop = close if close > start else end
        chars.update(i for i in range(start, stop) if _ALNUM.match(text[i]))
    return chars


def named_words(source: str) -> set[str]:
    """The words of a name in an annotated source ("Sen. Tim Kaine" -> kaine, tim)."""
    head = re.split(r",| \(| --| \u2014", source, maxsplit=1)[0]  # "X, the chief of Y" -> X
    words = re.findall(r"[A-Z][\w'\u2019.\-]*", head)
    key = name_key(" ".join(words)) if words else ()
    return {w for w in key if w not in _GENERIC and w not in _PRONOUNS}


def gold_speaker(annotations: list[Annotation], index: int) -> tuple[set[str], str]:
    """The gold speaker's name words (resolving pronouns/descriptions), and the kind."""
    own = annotations[index]
    words = named_words(own.source_text)
    if words:
        return words, "named"
    if own.source is None:
        return set(), "none"
    lowered = own.source_text.lower().split()
    resolvable = any(w in _PRONOUNS for w in lowered) or (lowered[:1] == ["the"])
    if resolvable:
        earlier = [a for a in annotations if a.source and a.source[0] < own.source[0]]
        for other in sorted(earlier, key=lambda a: a.source[0] if a.source else 0, reverse=True):
            found = named_words(other.source_text)
            if found:
                return found, "resolved"
    return {w.strip(".,") for w in lowered} - _GENERIC, "unnamed"


def agrees(ours: str | None, gold: set[str], kind: str) -> bool:
    """Whether our speaker names the gold speaker."""
    mine = set(name_key(ours)) if ours else set()
    if kind in ("named", "resolved"):
        return bool(mine & gold)
    return not mine or bool(mine & gold)


def evaluate(split: str, show: bool) -> None:
    """Print recall and speaker agreement over one half (or all) of the corpus."""
    hits = total = agree = judged = named_total = named_agree = 0
    ann_dir, text_dir = DATA / "attributions", DATA / "text"
    for text_path in sorted(text_dir.glob("*.txt")):
        if split != "all" and split_of(text_path.name) != split:
            continue
        anns = sorted(ann_dir.glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        annotations = read_ann(anns[0])
        quotes = extract_quotes(text, segment(text))
        for index, ann in enumerate(annotations):
            first = text[ann.content[0][0] : ann.content[0][1]].lstrip()
            if first[:1] not in OPENERS:
                continue
            gold = quoted_chars(text, ann.content)
            if len(gold) < 3:
                continue
            total += 1
            overlapping = [q for q in quotes if any(q.start <= i < q.end for i in gold)]
            covered = {i for i in gold for q in overlapping if q.start <= i < q.end}
            if len(covered) < COVERED * len(gold):
                if show:
                    print(f"MISS {text_path.name}:{ann.content[0][0]} {first[:70]!r}")
                continue
            hits += 1
            words, kind = gold_speaker(annotations, index)
            speakers = [q.speaker for q in overlapping if q.speaker] or [None]
            ok = agrees(speakers[0], words, kind)
            judged += 1
            agree += ok
            if kind in ("named", "resolved"):
                named_total += 1
                named_agree += ok
            if show and not ok:
                print(
                    f"SPEAKER {text_path.name}:{ann.content[0][0]} gold={ann.source_text!r}"
                    f"->{sorted(words)} ours={speakers[0]!r}"
                )
    print(f"split {split}: {total} gold direct quotes")
    print(f"recall            {hits / max(total, 1):.3f}  ({hits}/{total})")
    print(f"speaker agreement {agree / max(judged, 1):.3f}  ({agree}/{judged} recalled)")
    print(
        f"  named/resolved  {named_agree / max(named_total, 1):.3f}  ({named_agree}/{named_total})"
    )


def main() -> None:
    """Parse arguments and evaluate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="tune")
    parser.add_argument("--show", action="store_true", help="print misses (tune split only)")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"error: {DATA}: not found (the real-dev data lives beside the project)")
    if args.show and args.split != "tune":
        sys.exit("error: --show reads errors; use it on the tune split only")
    evaluate(args.split, args.show)


if __name__ == "__main__":
    main()
