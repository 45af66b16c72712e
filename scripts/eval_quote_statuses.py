"""How often quote statuses (and the other-speaker flag) are right across outlets on real clusters.

    python scripts/eval_quote_statuses.py [-v]
    python scripts/eval_quote_statuses.py --gold scripts/data/realdev_quote_statuses2.json \
        --split tune|report [-v: tune only]

Reads ``scripts/data/realdev_quote_statuses.json`` (quotations of three real-dev clusters judged
by reading before the tool was run: offsets and sha256s only; ``--gold`` another file of that
format) and ``../shared/data/real-dev``. Items may carry a ``split`` (``tune``: read while fixing
rules; ``report``: measured only); ``--split`` scores one side, and ``-v`` (which lists items) is
refused on a file with splits unless ``--split tune``.
Each item's two articles are compared as the app compares them (the cluster is the corpus);
newsdiff's quote covering most of the judged quotation is read:

* **status** is right when it equals the judged status and, unless ``only here``, its
  counterpart overlaps the judged counterpart;
* **speaker** is right when ``speaker_differs`` says what was judged (``same`` / ``different``;
  items without a counterpart are not judged for it);
* **speaker named** (items with a ``speaker_name``: the names the article gives the speaker) is
  right when newsdiff's speaker shares an identifying word (``name_key``) with one of them, as
  ``eval_claim_speakers.py`` compares names; a quote newsdiff missed or gave nobody is wrong.

Prints figures only (``-v``: one line per item, offsets and verdicts, no text).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_claims import DATA, _cluster  # noqa: E402
from newsdiff.core.compare import compare_articles  # noqa: E402
from newsdiff.core.models import Comparison, QuoteMatch  # noqa: E402
from newsdiff.core.speaker_names import name_key  # noqa: E402

ITEMS = Path(__file__).resolve().parent / "data" / "realdev_quote_statuses.json"


@lru_cache(maxsize=32)
def _comparison(data: str, left: str, right: str) -> Comparison:
    corpus = _cluster(str(Path(data, left).parent))
    by_name = {Path(a.path).name: a for a in corpus}
    return compare_articles(by_name[Path(left).name], by_name[Path(right).name], corpus=corpus)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _checked(data: Path, ref: dict) -> tuple[int, int]:
    path = data / ref["file"]
    if hashlib.sha256(path.read_bytes()).hexdigest() != ref["sha256"]:
        raise SystemExit(f"error: {path}: changed since the item was judged (sha256)")
    return ref["start"], ref["end"]


def named_right(speaker: str | None, names: list[str]) -> bool:
    """Whether ``speaker`` (newsdiff's) names the judged speaker: a shared identifying word."""
    found = set(name_key(speaker)) if speaker else set()
    return any(found & set(name_key(name)) for name in names)


def _speaker_named(data: Path, item: dict) -> bool | None:
    """Whether newsdiff names the speaker of an item with a ``speaker_name`` (else ``None``)."""
    if "speaker_name" not in item:
        return None
    span = _checked(data, item["quote"])
    other = item["counterpart"]["file"] if item["counterpart"] else item["against"]
    quotes = [m.quote for m in _comparison(str(data), item["quote"]["file"], other).left.quotes]
    best = max(quotes, key=lambda q: _overlap((q.start, q.end), span), default=None)
    if best is None or _overlap((best.start, best.end), span) == 0:
        return False
    return named_right(best.speaker, item["speaker_name"])


def judge(data: Path, item: dict) -> tuple[str, bool, bool | None]:
    """``(newsdiff's status, status right, speaker right or None when not judged)``."""
    span = _checked(data, item["quote"])
    other = item["counterpart"]
    other_file = other["file"] if other else item["against"]
    other_span = _checked(data, other) if other else None
    comparison = _comparison(str(data), item["quote"]["file"], other_file)
    matches: list[QuoteMatch] = list(comparison.left.quotes)
    best = max(matches, key=lambda m: _overlap((m.quote.start, m.quote.end), span), default=None)
    if best is None or _overlap((best.quote.start, best.quote.end), span) == 0:
        return "missing", False, None if item["speaker"] == "unknown" else False
    status_right = best.status == item["status"]
    if other_span is not None:
        counterpart = best.counterpart
        status_right = status_right and (
            counterpart is not None
            and _overlap((counterpart.start, counterpart.end), other_span) > 0
        )
    if item["speaker"] == "unknown":
        return best.status, status_right, None
    # code from before the field (a baseline run) never says the speaker differs
    differs = getattr(best, "speaker_differs", False)
    return best.status, status_right, differs == (item["speaker"] == "different")


def _items(path: Path) -> list[dict]:
    """The items of a gold file, or ``ValueError`` saying what is wrong with it."""
    try:
        items = json.loads(path.read_text(encoding="utf-8"))["items"]
    except OSError as error:
        raise ValueError(error.strerror or str(error)) from None
    except (ValueError, KeyError, TypeError):
        raise ValueError("not a gold file (JSON with an 'items' list)") from None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValueError("not a gold file ('items' must be a list of objects)")
    return items


def main(argv: list[str] | None = None) -> int:
    """Score every item and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--gold", type=Path, default=ITEMS, help="items (default: %(default)s)")
    parser.add_argument("--split", choices=("tune", "report"), help="score only this side")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per item")
    args = parser.parse_args(argv)
    try:
        items = _items(args.gold)
    except ValueError as error:
        print(f"error: {args.gold}: {error}", file=sys.stderr)
        return 2
    split = any("split" in item for item in items)
    if args.verbose and split and args.split != "tune":
        print(f"error: {args.gold}: -v lists items; only with --split tune", file=sys.stderr)
        return 2
    if args.split:
        items = [item for item in items if item.get("split") == args.split]
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 0
    statuses = speakers = judged = named = naming = 0
    by_status: dict[str, list[int]] = {}
    for number, item in enumerate(items, 1):
        try:
            got, status_right, speaker_right = judge(args.data, item)
            name_right = _speaker_named(args.data, item)
        except (KeyError, TypeError, OSError) as error:
            print(f"error: {args.gold}: item {number}: bad or missing {error}", file=sys.stderr)
            return 2
        statuses += status_right
        row = by_status.setdefault(item["status"], [0, 0])
        row[0] += status_right
        row[1] += 1
        if speaker_right is not None:
            judged += 1
            speakers += speaker_right
        if name_right is not None:
            naming += 1
            named += name_right
        if args.verbose:
            quote = item["quote"]
            print(
                f"{quote['file']}:{quote['start']}-{quote['end']} gold {item['status']}/"
                f"{item['speaker']} -> {got} status {'ok' if status_right else 'WRONG'}"
                f" speaker {'-' if speaker_right is None else 'ok' if speaker_right else 'WRONG'}"
                f"{'' if name_right is None else ' named ok' if name_right else ' named WRONG'}"
            )
    print(f"quote statuses right: {statuses}/{len(items)}")
    for status, (right, total) in sorted(by_status.items()):
        print(f"  {status:<10} {right}/{total}")
    print(f"same/different speaker right: {speakers}/{judged}")
    if naming:
        print(f"speaker named right: {named}/{naming}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
