"""Score the story's claims against hand-made gold links: pairwise F1.

A claim groups sentences; the gold links pairs of sentences of two articles. Over every pair of
gold sentences from two different gold articles, a pair is **predicted** when the tool puts both
sentences (each mapped to the tool sentence overlapping it most) in one claim — as its own
claim or as one it also carries (a sentence that states two claims is a variant of both) — and
**gold** when the gold links them. Pairs whose only gold link is in ``included_borderline``
are not scored.

Two gold readings are printed: the links as annotated (``direct``), and their transitive closure
(``closure``: A–B and B–C make A–C a gold pair too), since a claim is a group, not a list of pairs.
A third line, ``links``, scores the pair view's links alone against the direct gold: the
baseline that grouping starts from (a pair is predicted when the two sentences are linked).

Sets:

* ``seeds`` (tuning): the three gold articles of ``../shared/gold``, claims built over all five
  bundled seeds (the corpus the app opens by default).
* ``heldout`` (report): the five two-outlet stories of ``tests/fixtures/heldout_alignment``,
  one story built per pair, and all ten articles built as one corpus (five stories mixed, which
  checks that claims do not chain across stories).
* ``real-dev gold`` (report, when ``../shared/data/real-dev`` is here): one real three-outlet
  cluster whose links were judged by reading before any story output on it was read
  (``scripts/data/realdev_story_gold.json``: offsets and hashes, no text).

``--real`` also prints, for every same-story cluster of ``../shared/data/real-dev/clusters``
(no gold there: figures to read claims by, never text): articles, claims, claims carried by
several outlets, the widest claim (variants; a wide claim is where chaining would show) and time.

``--ceiling`` prints the best F1 any partition of the seeds' gold sentences reaches against the
direct gold (a lower bound found by local search): the most claims that each hold a sentence once
could score, were every link right.

``--verbose`` lists the seeds' missed and extra pairs (each with its cause: linked or grouped); the
held-out sets' pairs only with ``--verbose-heldout`` too, since whoever reads them can no longer
report those sets as held out.

Usage: ``python scripts/eval_story.py [--gold DIR] [--seeds DIR] [--sweep] [--verbose
[--verbose-heldout]] [--real] [--ceiling]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from newsdiff.core.compare import PreparedPair
from newsdiff.core.load import load_article
from newsdiff.core.models import Article, Settings
from newsdiff.core.soft_align import align_pairs
from newsdiff.core.story import LINKAGE, Claim, Story, build_story, pair_links

REPO = Path(__file__).resolve().parent.parent
HELDOUT = REPO / "tests" / "fixtures" / "heldout_alignment"


@dataclass
class Tally:
    """Pair counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Accumulate ``other``."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.notes.extend(other.notes)

    def f1(self) -> tuple[float, float, float]:
        """Precision, recall, F1."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _claim_of_gold(
    story: Story, article: int, gold: list[dict], *, links_only: bool = False
) -> list[object]:
    """Each gold sentence's claims: those of the tool sentence overlapping it most (its own
    claim, and any other it also carries, ``Claim.also``), as a set of claim numbers.

    With ``links_only``, the tool sentence itself (for scoring the pair view's links alone).
    """
    index: dict[tuple[int, int], set[int]] = {}
    for number, claim in enumerate(story.claims):
        for position in claim.variants:
            index.setdefault(position, set()).add(number)
    tool = story.sentences[article]
    result: list[object] = []
    for g in gold:
        best = max(
            range(len(tool)),
            key=lambda k: _overlap((tool[k].start, tool[k].end), (g["start"], g["end"])),
            default=None,
        )
        if (
            best is None
            or _overlap((tool[best].start, tool[best].end), (g["start"], g["end"])) == 0
        ):
            result.append(None)
        else:
            result.append(
                (article, best) if links_only else frozenset(index.get((article, best), ()))
            )
    return result


def _closure(edges: Iterable[tuple[tuple[str, int], tuple[str, int]]]) -> set[frozenset]:
    """Pairs of nodes in one connected component of ``edges``."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for node in list(parent):
        groups.setdefault(find(node), []).append(node)
    pairs: set[frozenset] = set()
    for members in groups.values():
        for x in members:
            for y in members:
                if x[0] != y[0]:
                    pairs.add(frozenset((x, y)))
    return pairs


def evaluate(
    story: Story,
    names: Sequence[str],
    sentences: dict[str, list[dict]],
    alignments: dict[str, list[dict]],
    borderline: dict[str, dict],
    *,
    closure: bool,
    links_only: bool = False,
    pair_view: Story | None = None,
    why: Callable[[tuple[int, int], tuple[int, int]], str] | None = None,
) -> Tally:
    """Pairwise counts over the gold articles ``names`` (file names) of ``story``.

    With ``links_only`` a pair is predicted when the pair view links the two sentences directly
    (no grouping): the baseline the claims are measured against. ``pair_view`` (the same corpus
    built at linkage 0, holding every link) tells each missed pair's cause in the notes:
    ``[not linked]`` by the pair view, or ``[linked]`` but left in two claims by the grouping —
    and each extra pair's: ``[linked]`` by the pair view itself, or ``[grouped]`` (two
    sentences the pair view does not link, put in one claim through others);
    ``why`` (given two tool sentences) adds, for a pair not linked, its score and the claim
    check's verdict.
    """
    position = {Path(a.path).name: k for k, a in enumerate(story.articles)}
    claims = {
        name: _claim_of_gold(story, position[name], sentences[name], links_only=links_only)
        for name in names
    }
    linked = {frozenset((link.a, link.b)) for claim in story.claims for link in claim.links}
    pair_linked = (
        {frozenset((link.a, link.b)) for claim in pair_view.claims for link in claim.links}
        if pair_view is not None
        else set()
    )
    direct = {
        name: _claim_of_gold(story, position[name], sentences[name], links_only=True)
        for name in names
    }
    firm: list[tuple[tuple[str, int], tuple[str, int]]] = []
    every: list[tuple[tuple[str, int], tuple[str, int]]] = []
    for key, links in alignments.items():
        left, right = key.split("|")
        if left not in names or right not in names:
            continue
        border = {(b["a"], b["b"]) for b in borderline.get(key, {}).get("included_borderline", [])}
        for link in links:
            edge = ((left, link["a"]), (right, link["b"]))
            every.append(edge)
            if (link["a"], link["b"]) not in border:
                firm.append(edge)
    gold = _closure(firm) if closure else {frozenset(edge) for edge in firm}
    dont_care = (_closure(every) if closure else {frozenset(edge) for edge in every}) - gold
    tally = Tally()
    for x_name_index, x_name in enumerate(names):
        for y_name in names[x_name_index + 1 :]:
            for i, ci in enumerate(claims[x_name]):
                for j, cj in enumerate(claims[y_name]):
                    pair = frozenset(((x_name, i), (y_name, j)))
                    if pair in dont_care:
                        continue
                    if links_only:
                        predicted = frozenset((ci, cj)) in linked
                    else:
                        predicted = bool(ci and cj and ci & cj)  # type: ignore[operator]
                    truth = pair in gold
                    if predicted and truth:
                        tally.tp += 1
                    elif predicted:
                        tally.fp += 1
                        made = ""
                        if pair_view is not None:
                            ends = frozenset((direct[x_name][i], direct[y_name][j]))
                            made = "[linked] " if ends in pair_linked else "[grouped] "
                        tally.notes.append(
                            f"EXTRA {made}{x_name[:3]}:{i} ~ {y_name[:3]}:{j} "
                            f"{sentences[x_name][i]['text'][:50]!r} ~ "
                            f"{sentences[y_name][j]['text'][:50]!r}"
                        )
                    elif truth:
                        tally.fn += 1
                        cause = ""
                        if pair_view is not None:
                            ends = frozenset((direct[x_name][i], direct[y_name][j]))
                            cause = "[linked] " if ends in pair_linked else "[not linked] "
                            if why is not None and ends not in pair_linked:
                                ends_ = (direct[x_name][i], direct[y_name][j])
                                if ends_[0] is not None and ends_[1] is not None:
                                    verdict = why(ends_[0], ends_[1])  # type: ignore[arg-type]
                                    cause = f"[not linked: {verdict}] "
                        tally.notes.append(
                            f"MISSED {cause}{x_name[:3]}:{i} ~ {y_name[:3]}:{j} "
                            f"{sentences[x_name][i]['text'][:50]!r} ~ "
                            f"{sentences[y_name][j]['text'][:50]!r}"
                        )
    return tally


def _recording(
    seen: dict[tuple[int, int], PreparedPair], articles: Sequence[Article]
) -> Callable[[PreparedPair, Settings], list[tuple[int, int, str, float]]]:
    """The pair view's linker, keeping each article pair's scores (by article index) in
    ``seen`` so that a missed pair can say why it was not linked (small corpora only)."""
    index = {id(article): k for k, article in enumerate(articles)}

    def linker(prepared: PreparedPair, settings: Settings) -> list[tuple[int, int, str, float]]:
        seen[(index[id(prepared.left)], index[id(prepared.right)])] = prepared
        return pair_links(prepared, settings)

    return linker


def _cause(
    seen: dict[tuple[int, int], PreparedPair],
) -> Callable[[tuple[int, int], tuple[int, int]], str]:
    """Why two tool sentences are not linked: their score against the link threshold, or the
    claim check's note when it rejects them."""
    threshold = Settings().paraphrase

    def why(x: tuple[int, int], y: tuple[int, int]) -> str:
        (a, i), (b, j) = sorted((x, y))
        prepared = seen.get((a, b))
        if prepared is None:  # scored the other way round (the story's order of articles)
            (a, i), (b, j) = (b, j), (a, i)
            prepared = seen.get((a, b))
        if prepared is None:
            return "?"
        score = float(prepared.scores.score[i, j])
        check = prepared.check(i, j)
        rejected = check.outcome == "not linked"
        if score < threshold:
            also = f" (the check too: {check.evidence.note})" if rejected else ""
            return f"score {score:.1f} < {threshold:.0f}{also}; {_signals(prepared, i, j)}"
        if rejected:
            return f"score {score:.1f}, {check.evidence.note}"
        return f"score {score:.1f}, cut by the link caps"

    return why


def _signals(prepared: PreparedPair, i: int, j: int) -> str:
    """What the low band reads of an unlinked pair: the story's meaning cosine and the soft word
    alignment both ways (:mod:`newsdiff.core.soft_align`, IDF² weights: the smaller of the
    shares of each sentence's content the other answers)."""
    scores = prepared.scores
    cosine = scores.meaning(i, j)
    parts = [f"cos {cosine:.2f}" if cosine is not None else "cos -"]
    if scores.idf is not None:
        squared = {word: weight * weight for word, weight in scores.idf.items()}
        found = align_pairs(
            [s.text for s in prepared.left_sentences],
            [s.text for s in prepared.right_sentences],
            np.array([i]),
            np.array([j]),
            squared,
        )
        if found is not None:
            parts.append(f"soft both ways {min(float(found[0][0]), float(found[1][0])):.2f}")
    return ", ".join(parts)


def _load(directory: Path) -> tuple[dict, dict, dict]:
    def read(name: str) -> dict:
        return json.loads((directory / name).read_text(encoding="utf-8"))

    return read("sentences.json"), read("alignments.json"), read("borderline.json")


def _articles(paths: Iterable[Path]) -> list[Article]:
    return [load_article(path) for path in paths]


def run(
    gold: Path,
    seeds: Path,
    linkage: float,
    *,
    verbose: bool,
    heldout_notes: bool = False,
    tune_only: bool = False,
) -> dict[str, dict]:
    """Every figure at ``linkage``: set → reading → (precision, recall, F1).

    ``verbose`` prints the tuning set's missed and extra pairs; the held-out sets' only with
    ``heldout_notes`` (reading them makes them tuning data). ``tune_only`` scores the seeds
    alone (the report sets are not even totalled: a look at them is counted).

    Readings: ``direct`` and ``closure`` score the claims; ``links`` scores the pair view's links
    alone (every link is kept by union-find, so a story at linkage 0 holds them all).
    """
    results: dict[str, dict] = {}
    sentences, alignments, borderline = _load(gold)
    names = sorted(sentences)
    corpus = _articles(sorted(seeds.glob("*.txt")))
    Data = tuple[dict, dict, dict]
    Run = tuple[list[Article], list[str], Data]
    seed_data = (sentences, alignments, borderline)
    sets: list[tuple[str, list[Run]]] = [("seeds (tuning)", [(corpus, names, seed_data)])]
    if HELDOUT.is_dir() and not tune_only:
        data = _load(HELDOUT)
        pairs: list[Run] = []
        for key in sorted(data[1]):
            pair = key.split("|")
            pairs.append((_articles(HELDOUT / n for n in pair), pair, data))
        every = sorted(data[0])
        sets.append(("heldout pairs (report)", pairs))
        sets.append(
            ("heldout 10 mixed (report)", [(_articles(HELDOUT / n for n in every), every, data)])
        )
    real_gold = (
        [] if tune_only else [(articles, sorted(data[0]), data) for articles, data in _real_gold()]
    )
    if real_gold:
        sets.append(("real-dev gold (report)", real_gold))
    for label, runs in sets:
        results[label] = {}
        built = [build_story(articles, linkage=linkage) for articles, _, _ in runs]
        seen: list[dict[tuple[int, int], PreparedPair]] = [{} for _ in runs]
        every_link = [
            build_story(articles, linkage=0.0, linker=_recording(found, articles))
            for (articles, _, _), found in zip(runs, seen, strict=True)
        ]
        for reading in ("direct", "closure", "links"):
            tally = Tally()
            stories = every_link if reading == "links" else built
            for one_story, all_links, found, (_, one_names, (s, a, b)) in zip(
                stories, every_link, seen, runs, strict=True
            ):
                tally.add(
                    evaluate(
                        one_story,
                        one_names,
                        s,
                        a,
                        b,
                        closure=reading == "closure",
                        links_only=reading == "links",
                        pair_view=all_links,
                        why=_cause(found),
                    )
                )
            results[label][reading] = tally.f1()
            if verbose and reading == "direct" and (heldout_notes or "tuning" in label):
                for note in tally.notes:
                    print("   ", note)
    return results


def ceiling(
    sentences: dict[str, list[dict]], alignments: dict[str, list[dict]], borderline: dict
) -> tuple[float, float, float]:
    """The best pairwise precision, recall and F1 (direct gold) that a partition of the gold
    sentences into claims reaches, each sentence in one claim: found by moving one sentence at
    a time to the claim that raises F1 most, from the gold's connected components and from one
    claim per sentence, until no move helps (a lower bound on the best partition). The gold
    links are not transitive (a sentence that states two claims links to both), so no partition
    reaches 1.0."""
    names = sorted(sentences)
    firm: set[frozenset] = set()
    border: set[frozenset] = set()
    for key, links in alignments.items():
        left, right = key.split("|")
        kept = {(b["a"], b["b"]) for b in borderline.get(key, {}).get("included_borderline", [])}
        for link in links:
            pair = frozenset(((left, link["a"]), (right, link["b"])))
            (border if (link["a"], link["b"]) in kept else firm).add(pair)
    nodes = [(name, i) for name in names for i in range(len(sentences[name]))]
    near: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for pair in firm:
        x, y = tuple(pair)
        near.setdefault(x, set()).add(y)
        near.setdefault(y, set()).add(x)

    def score(claim: dict[tuple[str, int], object]) -> tuple[float, float, float]:
        tally = Tally()
        for k, x in enumerate(nodes):
            for y in nodes[k + 1 :]:
                pair = frozenset((x, y))
                if x[0] == y[0] or pair in border:
                    continue
                same, truth = claim[x] == claim[y], pair in firm
                tally.tp += same and truth
                tally.fp += same and not truth
                tally.fn += truth and not same
        return tally.f1()

    component = {node: node for node in nodes}
    for _ in nodes:  # label propagation to the smallest node: the gold's components
        component = {
            node: min([component[node], *(component[y] for y in near.get(node, ()))])
            for node in nodes
        }
    results = []
    for start in (component, {node: node for node in nodes}):  # components, or one each
        claim: dict[tuple[str, int], object] = dict(start)
        best = score(claim)[2]
        moved = True
        while moved:
            moved = False
            for node in nodes:
                here = claim[node]
                for target in sorted({claim[y] for y in near.get(node, ())} | {node}, key=str):
                    claim[node] = target
                    found = score(claim)[2]
                    if found > best + 1e-12:
                        best, here, moved = found, target, True
                claim[node] = here
        results.append(score(claim))
    return max(results, key=lambda figures: figures[2])


def main(argv: list[str] | None = None) -> int:
    """Print pairwise precision, recall and F1 of the claims."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=REPO.parent / "shared" / "gold")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--sweep", action="store_true", help="try several linkage values")
    parser.add_argument(
        "--verbose", action="store_true", help="list the seeds' missed and extra pairs"
    )
    parser.add_argument(
        "--verbose-heldout",
        action="store_true",
        help="with --verbose, list the held-out sets' pairs too (they are no longer held out "
        "for whoever reads them)",
    )
    parser.add_argument(
        "--tune-only",
        action="store_true",
        help="the seeds (tuning set) only: no look at the report sets",
    )
    parser.add_argument("--real", action="store_true", help="claim figures on real clusters")
    parser.add_argument(
        "--ceiling", action="store_true", help="the best a partition of the gold scores"
    )
    args = parser.parse_args(argv)
    if not (args.gold / "alignments.json").is_file():
        print(f"error: {args.gold}: no alignments.json", file=sys.stderr)
        return 2
    values = [0.0, 0.25, 0.34, 0.5, 0.67, 0.8, 1.0] if args.sweep else [LINKAGE]
    for linkage in values:
        results = run(
            args.gold,
            args.seeds,
            linkage,
            verbose=args.verbose and not args.sweep,
            heldout_notes=args.verbose_heldout,
            tune_only=args.tune_only,
        )
        print(f"linkage {linkage:.2f}" + ("  (default)" if linkage == LINKAGE else ""))
        for label, readings in results.items():
            line = "  ".join(
                f"{reading} P {p:.3f} R {r:.3f} F1 {f:.3f}"
                for reading, (p, r, f) in readings.items()
            )
            print(f"  {label:28} {line}")
    if args.ceiling:
        precision, recall, f1 = ceiling(*_load(args.gold))
        print(
            f"  best partition of the seeds' gold (lower bound): P {precision:.3f} "
            f"R {recall:.3f} F1 {f1:.3f}"
        )
    if args.real:
        _real_clusters(REAL_ROOT)
    return 0


REAL_GOLD = REPO / "scripts" / "data" / "realdev_story_gold.json"
"""A small story gold of one real-dev cluster, judged by reading (offsets and hashes only)."""

REAL_ROOT = REPO.parent / "shared" / "data" / "real-dev" / "clusters"


def _real_gold() -> list[tuple[list[Article], tuple[dict, dict, dict]]]:
    """Each cluster of the real-dev story gold as ``(articles, (sentences, alignments,
    borderline))`` in the gold's format, its sentence texts read from the cluster; a cluster
    that is not here, or whose article text is not the one judged (sha256), is left out."""
    import hashlib

    if not REAL_GOLD.is_file():
        return []
    found = []
    for gold in json.loads(REAL_GOLD.read_text(encoding="utf-8"))["clusters"]:
        folder = REAL_ROOT / gold["cluster"]
        if not folder.is_dir():
            continue
        articles = _articles(folder / name for name in sorted(gold["articles"]))
        sentences: dict[str, list[dict]] = {}
        for article in articles:
            name = Path(article.path).name
            judged = gold["articles"][name]
            if hashlib.sha256(article.text.encode()).hexdigest() != judged["sha256"]:
                break
            sentences[name] = [
                {
                    "i": s["i"],
                    "start": s["start"],
                    "end": s["end"],
                    "text": article.text[s["start"] : s["end"]],
                }
                for s in judged["sentences"]
            ]
        else:
            alignments = {
                key: links
                + [{**link, "label": "paraphrase"} for link in gold["borderline"].get(key, [])]
                for key, links in gold["alignments"].items()
            }
            borderline = {
                key: {"included_borderline": links} for key, links in gold["borderline"].items()
            }
            found.append((articles, (sentences, alignments, borderline)))
    return found


def _real_clusters(root: Path) -> None:
    """Per real cluster: articles, claims, multi-outlet claims, widest claim, seconds."""
    import time

    from newsdiff.core.load import load_corpus

    if not root.is_dir():
        print(f"(no real clusters at {root})")
        return
    print("real clusters: articles, claims, in several outlets, widest claim (variants), seconds")
    judged = _also_judgements()
    verdicts: dict[str, int] = {}
    contradicting = 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        articles = load_corpus([folder]).articles
        start = time.perf_counter()
        story = build_story(articles)
        elapsed = time.perf_counter() - start
        several = sum(1 for claim in story.claims if len(claim.outlets) > 1)
        widest = max((len(claim.variants) for claim in story.claims), default=0)
        print(
            f"  {folder.name:22} {len(articles):>2} {len(story.claims):>4} {several:>4} "
            f"{widest:>3} {elapsed:6.2f}"
        )
        for key in _also_keys(folder.name, story):
            verdict = judged.get(key, "not judged")
            verdicts[verdict] = verdicts.get(verdict, 0) + 1
        contradicting += sum(len(_contradicting(claim)) for claim in story.claims)
    tally = ", ".join(f"{count} {verdict}" for verdict, count in sorted(verdicts.items()))
    print(f"sentences that also carry a second claim (scripts/data/{ALSO_JUDGED.name}): {tally}")
    print(
        f"and {contradicting} that carry a claim by contradicting one of its variants "
        "(a conflict between two claims: scripts/eval_story_conflicts.py)"
    )


ALSO_JUDGED = REPO / "scripts" / "data" / "realdev_story_also.json"
"""Hand judgements of :attr:`Claim.also` on the real-dev clusters (positions and hashes only)."""


def _also_judgements() -> dict[tuple, str]:
    """Each judged (cluster, sentence, claim) key's verdict."""
    if not ALSO_JUDGED.is_file():
        return {}
    found = json.loads(ALSO_JUDGED.read_text(encoding="utf-8"))["judgements"]
    return {
        (
            item["cluster"],
            item["article"],
            item["sentence"],
            item["sha256"],
            item["claim_first"]["article"],
            item["claim_first"]["sentence"],
            item["claim_first"]["sha256"],
        ): item["verdict"]
        for item in found
    }


def _also_keys(cluster: str, story: Story) -> list[tuple]:
    """The keys of the story's also-carried sentences, as :func:`_also_judgements` reads them:
    a sentence whose text or whose claim's first own variant changed is not judged."""
    import hashlib

    def where(article: int, sentence: int) -> tuple[str, int, str]:
        text = story.sentences[article][sentence].text
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        return Path(story.articles[article].path).name, sentence, digest

    return [
        (cluster, *where(*position), *where(*claim.first))
        for claim in story.claims
        for position in claim.also
        if position not in _contradicting(claim)
    ]


def _contradicting(claim: Claim) -> set[tuple[int, int]]:
    """The variants of ``claim`` that carry it by a ``conflict`` link to one of its own
    variants (docs/story.md, *How it works*, step 8): not what the judgements judge."""
    own = set(claim.variants) - set(claim.also)
    found = set()
    for link in claim.links:
        if link.label == "conflict":
            for end, other in ((link.a, link.b), (link.b, link.a)):
                if end in claim.also and other in own:
                    found.add(end)
    return found


if __name__ == "__main__":
    sys.exit(main())
