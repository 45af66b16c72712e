"""Score the claim check on hand-judged real sentence pairs (``scripts/data/realdev_claims.json``).

Run: ``python scripts/eval_claims.py [--data ../shared/data/real-dev]``. Each item names two
sentences of one real-dev cluster by offsets and the sha256 of their files (no text is stored in
the project) and a label judged by reading: ``paraphrase``, ``lookalike`` or ``conflict``. The
articles of the item's cluster are compared as the app compares them (the cluster is the
corpus, each article with the date ``clusters/manifest.json`` gives it, as a page's metadata
would: ``realdev_clusters.load_dated``) and the pair's link, if any, is read. Figures are
printed per split: ``tune`` (read while the rules were written) and ``report`` (held out);
``--split tune`` prints the tune half alone, so that report figures stay unseen while a rule is
being written.

``--round 11`` is the same protocol on the tune clusters (neutral11; all tune; the sentences judged
to have no counterpart are in the file's ``unique`` list, scored by
``scripts/sweep_operating_point.py``). ``--round 10`` is the blind sample (every sentence of one
article judged against the next, in an order fixed before reading; ``--as-drawn`` adds the drawn
pairs that were already items of earlier rounds). ``--round`` takes several rounds to pool them;
``--blind`` prints the blind rounds (6, 8, 9, 10) pooled beside all report rounds. ``--why`` (with
``-v``) adds each pair's score and the claim check's note: what a miss needs, and what a linked
look-alike was linked on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path

from newsdiff.core.compare import PreparedPair, prepare
from newsdiff.core.models import Article, Comparison
from realdev_clusters import load_dated

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "real-dev"
ITEMS = REPO / "scripts" / "data" / "realdev_claims.json"
DISAGREEMENTS = REPO / "scripts" / "data" / "realdev_disagreements.json"
"""Round 5: disagreements only, from a systematic re-scan of every cluster (``--disagreements``)."""
ROUNDS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
BLIND_ROUNDS = (6, 8, 9, 10)
"""The rounds drawn without the tool and judged before it ran, never tuned on."""


@lru_cache(maxsize=64)
def _cluster(folder: str) -> tuple[Article, ...]:
    return tuple(load_dated(p) for p in sorted(Path(folder).glob("*.txt")))


@lru_cache(maxsize=256)
def _prepared(data: str, left: str, right: str) -> PreparedPair:
    folder = str(Path(data, left).parent)
    corpus = _cluster(folder)
    by_path = {Path(a.path).name: a for a in corpus}
    return prepare(by_path[Path(left).name], by_path[Path(right).name], corpus=corpus)


@lru_cache(maxsize=256)
def _comparison(data: str, left: str, right: str) -> Comparison:
    return _prepared(data, left, right).comparison()


def _loaded_text(data: Path, file: str) -> str:
    by_name = {Path(a.path).name: a for a in _cluster(str(Path(data, file).parent))}
    return by_name[Path(file).name].text


def _sentence(comparison: Comparison, side: str, start: int, end: int) -> int | None:
    compared = comparison.left if side == "left" else comparison.right
    for aligned in compared.sentences:
        s = aligned.sentence
        if s.start <= start < s.end or (start <= s.start < end):
            return s.index
    return None


def outcome(data: Path, item: dict) -> str:
    """``conflict``, ``shared``, ``paraphrased`` or ``not linked`` for one item."""
    for side in ("left", "right"):
        path = data / item[side]["file"]
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != item[side]["sha256"]:
            raise SystemExit(f"error: {path}: changed since the item was judged (sha256)")
        sentence = item[side].get("sentence_sha256")
        if sentence is not None:
            start, end = item[side]["start"], item[side]["end"]
            text = _loaded_text(data, item[side]["file"])[start:end]
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != sentence:
                raise SystemExit(
                    f"error: {path}: the sentence at {start}-{end} is not the one judged (sha256)"
                )
    comparison = _comparison(str(data), item["left"]["file"], item["right"]["file"])
    li = _sentence(comparison, "left", item["left"]["start"], item["left"]["end"])
    ri = _sentence(comparison, "right", item["right"]["start"], item["right"]["end"])
    if li is None or ri is None:
        return "not linked"
    for link in comparison.left.sentences[li].links:
        if link.index == ri:
            return link.label
    return "not linked"


def why(data: Path, item: dict) -> str:
    """The pair's score and the claim check's note (``-`` when no rule spoke), for ``--why``."""
    pair = _prepared(str(data), item["left"]["file"], item["right"]["file"])
    comparison = _comparison(str(data), item["left"]["file"], item["right"]["file"])
    li = _sentence(comparison, "left", item["left"]["start"], item["left"]["end"])
    ri = _sentence(comparison, "right", item["right"]["start"], item["right"]["end"])
    if li is None or ri is None:
        return "score - | sentence not found"
    note = pair.check(li, ri).evidence.note or "-"
    return f"score {float(pair.scores.score[li, ri]):.1f} | {note}"


def drawn_again(items: list[dict], drawn: list[dict]) -> list[dict]:
    """The pairs round 10 or 11 drew that were already items: the earlier item's positions, the
    drawing round's label and split (round 11's are tune unless a blind round judged them first)
    (``--as-drawn``)."""
    earlier = {
        (i["left"]["file"], i["left"]["start"], i["right"]["file"], i["right"]["start"]): i
        for i in items
    }
    again = []
    for pair in drawn:
        left, right = pair["left"], pair["right"]
        item = earlier[(left["file"], left["start"], right["file"], right["start"])]
        # round 11 drew tune clusters; a pair a blind round judged first stays report
        tune = pair["round"] == 11 and item.get("round", 1) not in BLIND_ROUNDS
        split = "tune" if tune else "report"
        again.append({**item, "label": pair["label"], "round": pair["round"], "split": split})
    return again


def tally(data: Path, items: list[dict]) -> dict[str, dict[str, int]]:
    """Outcome counts per judged label."""
    counts: dict[str, dict[str, int]] = {}
    for item in items:
        row = counts.setdefault(item["label"], {})
        got = outcome(data, item)
        row[got] = row.get(got, 0) + 1
    return counts


def _cell(row: dict[str, int]) -> str:
    total = sum(row.values())
    linked = total - row.get("not linked", 0)
    return f"{total:>3} items: linked {linked:>3}, conflict {row.get('conflict', 0):>2}"


def print_blind(data: Path, items: list[dict]) -> None:
    """The blind rounds pooled, beside all report rounds (report split only)."""
    report = [i for i in items if i["split"] == "report"]
    blind = tally(data, [i for i in report if i.get("round", 1) in BLIND_ROUNDS])
    every = tally(data, report)
    rounds = "+".join(str(r) for r in BLIND_ROUNDS)
    print(f"report, blind rounds {rounds} pooled | report, all rounds")
    for label in sorted(set(blind) | set(every)):
        print(f"  {label:<10} {_cell(blind.get(label, {}))} | {_cell(every.get(label, {}))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every item")
    parser.add_argument(
        "--round",
        type=int,
        nargs="+",
        choices=ROUNDS,
        help="only the items judged in this round (6: the paraphrase work's held-out round;"
        " 7: the reworded-paraphrase work's tune round, pairs scoring 30-50;"
        " 8: the look-alike work's held-out round; 9: the conflict-recall work's blind round;"
        " 10: the blind sample, every sentence of one article against the next; 11: the same"
        " on the tune clusters, all tune; 12: disagreements hunted on the report clusters,"
        " with --conflicts); several rounds are pooled",
    )
    parser.add_argument(
        "--as-drawn",
        action="store_true",
        help="rounds 10 and 11: also the drawn pairs that were already items of earlier rounds",
    )
    parser.add_argument(
        "--blind",
        action="store_true",
        help="the blind rounds (6, 8, 9, 10) pooled, beside all report rounds",
    )
    parser.add_argument(
        "--why", action="store_true", help="with -v: each pair's score and the check's note"
    )
    parser.add_argument(
        "--no-claims", action="store_true", help="baseline: links from scoring alone"
    )
    parser.add_argument(
        "--disagreements",
        action="store_true",
        help="only the round-5 disagreements (scripts/data/realdev_disagreements.json)",
    )
    parser.add_argument(
        "--conflicts",
        action="store_true",
        help="every disagreement of both files (rounds 1-5, 9 and 12): the conflict recall",
    )
    parser.add_argument(
        "--split", choices=("tune", "report"), help="only this split (report unseen while tuning)"
    )
    parser.add_argument(
        "--surfaced",
        choices=(
            "words",
            "tool-links",
            "quoted-run",
            "overlap",
            "score-band",
            "figures",
            "pronoun",
        ),
        help="rounds 4 and 6: how an item was surfaced (shared words, the tool's own links;"
        " round 6 also a shared quoted run, or words making half the smaller sentence;"
        " round 7: a score of 30-50 on main, outcome unseen; round 9: two counts of one noun,"
        " or a pronoun or role subject)",
    )
    args = parser.parse_args(argv)
    if args.no_claims:
        from newsdiff.core import align

        plain = align.find_links

        def without_check(*positional, **named):  # type: ignore[no-untyped-def]
            named.pop("check", None)
            named.pop("figures_differ", None)
            return plain(*positional, **named)

        align.find_links = without_check  # type: ignore[assignment]
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 0
    loaded = json.loads(args.items.read_text(encoding="utf-8"))
    items = loaded["items"]
    if args.blind:
        print_blind(args.data, items)
        return 0
    if args.as_drawn:
        items = items + drawn_again(items, loaded.get("also_drawn", []))
    if args.disagreements or args.conflicts:
        extra = json.loads(DISAGREEMENTS.read_text(encoding="utf-8"))["items"]
        items = extra if args.disagreements else items + extra
    if args.conflicts:
        items = [i for i in items if i["label"] == "conflict"]
    if args.round:
        items = [i for i in items if i.get("round", 1) in args.round]
    if args.surfaced:
        items = [i for i in items if i.get("surfaced") == args.surfaced]
    for split in (args.split,) if args.split else ("tune", "report"):
        tally: dict[str, dict[str, int]] = {}
        for item in (i for i in items if i["split"] == split):
            got = outcome(args.data, item)
            row = tally.setdefault(item["label"], {})
            row[got] = row.get(got, 0) + 1
            if args.verbose:
                left, right = item["left"], item["right"]
                print(
                    f"{split} {item['label']} -> {got} {left['file']}:{left['start']}-"
                    f"{left['end']} {right['file']}:{right['start']}-{right['end']}"
                    + (f" {why(args.data, item)}" if args.why else "")
                )
        print(f"{split}:")
        for label, row in sorted(tally.items()):
            total = sum(row.values())
            linked = total - row.get("not linked", 0)
            print(
                f"  {label:<10} {total:>3} items: linked {linked}, conflict "
                f"{row.get('conflict', 0)}, not linked {row.get('not linked', 0)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
