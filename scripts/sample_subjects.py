"""A fixed random sample of tune-cluster sentences with the subject the clause reader gives.

Run: ``python scripts/sample_subjects.py --seed 19 [--n 60] [--text]``. The procedure: every
body sentence (kind ``text``, at least six words) of every article of the tune clusters
(``tune_cluster_links.TUNE_CLUSTERS``, the tune side of the look-alike split), in cluster and
file order, shuffled with ``random.Random(seed)``; the first ``n`` are read. Each line gives
the sentence's file, offsets and sha256 prefix, then the reader's subject head, kind, verb and
the head of the clause the sentence claims (past a reporting frame). ``--text`` adds the
sentence (terminal only; never write the text into the project). Judgements of a sample are
kept in ``scripts/data/subject_samples.json`` as offsets, sha256 prefixes (of the sentence
and of the judged head word) and error kinds;
``--judged`` prints the error rate of each judged sample under the current reader: right
when the head read is the judged head, else not read (no subject) or wrong. Needs ``../shared``;
skipped without.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

from newsdiff.core.clauses import read_clause
from newsdiff.core.segment import segment
from realdev_clusters import DATA, cluster_articles, cluster_folders
from tune_cluster_links import TUNE_CLUSTERS

JUDGED = Path(__file__).resolve().parent / "data" / "subject_samples.json"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def sentences(data: Path) -> list[tuple[str, int, int, str]]:
    """Every body sentence of six or more words in the tune clusters: file, start, end, text."""
    found: list[tuple[str, int, int, str]] = []
    for name in TUNE_CLUSTERS:
        for article in cluster_articles(data / "clusters" / name):
            file = f"{name}/{Path(article.path).name}"
            for sentence in segment(article.text):
                if sentence.kind == "text" and len(sentence.text.split()) >= 6:
                    found.append((file, sentence.start, sentence.end, sentence.text))
    return found


def sample(data: Path, seed: int, n: int) -> list[tuple[str, int, int, str]]:
    """The first ``n`` of the tune sentences shuffled with ``seed``."""
    pool = sentences(data)
    random.Random(seed).shuffle(pool)
    return pool[:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--text", action="store_true", help="print the sentences (terminal)")
    parser.add_argument("--judged", action="store_true", help="score the judged samples")
    args = parser.parse_args(argv)
    if cluster_folders(args.data) is None:
        return 0
    if args.judged:
        return _score(args.data)
    for number, (file, start, end, text) in enumerate(sample(args.data, args.seed, args.n)):
        clause = read_clause(text)
        core = clause.core
        print(
            f"{number:2d} {file} {start}-{end} {_sha(text)} "
            f"subject={clause.subject or '-'}({clause.kind or '-'}) verb={clause.verb or '-'} "
            f"claims={core.subject or '-'}/{core.verb or '-'}"
        )
        if args.text:
            print(f"   {text}")
    return 0


def _score(data: Path) -> int:
    """Per judged sample: how many subjects the current reader gets right, and the kinds."""
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))
    for seed, items in judged.items():
        chosen = {(f, s): t for f, s, _, t in sample(data, int(seed), len(items))}
        right = unread = 0
        kinds: Counter[str] = Counter()
        for item in items:
            text = chosen.get((item["file"], item["start"]), "")
            if _sha(text) != item["sha"]:
                print(f"seed {seed}: {item['file']} {item['start']} changed; skipped")
                continue
            read = read_clause(text).subject
            if read is not None and _sha(read) == item["head_sha"]:
                right += 1
                continue
            unread += not read
            kinds[item["kind"]] += 1
        print(
            f"seed {seed}: {right} of {len(items)} subjects right, {unread} not read, "
            f"{len(items) - right - unread} wrong; not right by kind {dict(kinds)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
