"""Every link the tool makes between two outlets of the tune clusters, as offsets and notes.

Run: ``python scripts/tune_cluster_links.py [--out FILE] [--text]``. Each tune cluster's
articles are compared pair by pair (the cluster as the corpus, as ``scripts/eval_claims.py``
does) and every link is written as one JSON line: the two sentences' files and offsets, the
label, the score, the evidence note and the agreeing words. Two runs (before and after a
rule) diffed with ``--diff OLD NEW`` list every link a rule removed (``-> -``) or let in
(``- ->``, a freed link slot); ``--evidence`` with ``--diff`` lists the links whose agreeing
words changed too; ``--text`` prints both sentences to the terminal for reading (never write
the text into the project). ``--without EXCEPTION`` dumps the links with one exception of the
who-rules switched off (``possessive``: a possessive of the other's act; ``mutual``: each
sentence names the other's subject; ``mentions``: a subject-phrase word the other sentence
uses; the guards: ``generic``, a role or group subject that may stand for a named party;
``state``, a speaker's reported state; ``pronoun``, a pronoun subject read as a thing;
``there``, an existential *there* (a pronoun before lookalike8); ``initial``, a capitalised
opening word named only when the other sentence writes it), so that a diff against a normal
run lists every link that exception keeps. The tune clusters are the tune side of the
look-alike split: the clusters of the tune halves of rounds 1-2, and round 4's. Needs
``../shared``; skipped without.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from realdev_clusters import DATA, cluster_articles, cluster_folders

TUNE_CLUSTERS = (
    # rounds 1-2, tune halves
    "basil-08bb9bee basil-1b96a5db basil-2058ec60 basil-22b6e900 basil-2b9468af "
    "basil-2b95d2cf basil-65cb14cb basil-8dac6c12 basil-ae243a95 basil-be026bd1 "
    "basil-ed8c136f newswcl50-event9 "
    # round 4 (read freely as tune)
    "basil-576116e5 basil-6f95dcb9 basil-9879bbc0 basil-b764f81f basil-d4a4bc34 "
    "newswcl50-event8"
).split()


def _key(row: dict) -> tuple:
    return (row["left"], row["ls"], row["right"], row["rs"])


def dump(data: Path) -> list[dict]:
    """Every link between two outlets of the tune clusters."""
    rows: list[dict] = []
    for name in TUNE_CLUSTERS:
        articles = cluster_articles(data / "clusters" / name)
        for left, right in itertools.combinations(articles, 2):
            comparison = compare_articles(left, right, corpus=articles)
            lf = f"{name}/{Path(left.path).name}"
            rf = f"{name}/{Path(right.path).name}"
            for aligned in comparison.left.sentences:
                ours = aligned.sentence
                for link in aligned.links:
                    theirs = comparison.right.sentences[link.index].sentence
                    rows.append(
                        {
                            "left": lf,
                            "ls": ours.start,
                            "le": ours.end,
                            "right": rf,
                            "rs": theirs.start,
                            "re": theirs.end,
                            "label": link.label,
                            "score": round(float(link.score), 1),
                            "note": link.evidence.note if link.evidence else "",
                            "agree": list(link.evidence.agree) if link.evidence else [],
                        }
                    )
    return rows


WITHOUT = ("possessive", "mutual", "mentions", "generic", "state", "pronoun", "there", "initial")


def switch_off(exception: str) -> None:
    """Switch one exception of the who-rules off, for this process only (a diagnosis)."""
    import newsdiff.core.actors as actors
    import newsdiff.core.lookalikes as lookalikes

    if exception == "possessive":
        lookalikes.possessive_act = lambda name, text: False  # type: ignore[assignment]
    elif exception == "mutual":
        lookalikes.names_as_party = lambda name, text: False  # type: ignore[assignment]
    elif exception == "mentions":
        actors._mentions = lambda clause, other_stems: False  # type: ignore[assignment]
    elif exception == "generic":
        actors.GENERIC_SUBJECTS = frozenset()  # type: ignore[misc]
        actors._GENERIC_STEMS = frozenset()  # type: ignore[misc]
    elif exception == "state":
        import newsdiff.core.speaker_statements as statements

        statements.LIGHT = frozenset()  # type: ignore[misc]
    elif exception in ("pronoun", "there"):
        _pronoun_as_noun(actors, there=exception == "there")
    elif exception == "initial":
        actors._named = lookalikes._named = lambda clause, other: clause.kind == "name"  # type: ignore[assignment]


def _pronoun_as_noun(actors: object, *, there: bool) -> None:
    """Read a pronoun subject ("they", or only "there") as a common noun in the who-rules."""
    from dataclasses import replace

    from newsdiff.core.clauses import Clause

    who = actors.who_clause  # type: ignore[attr-defined]

    def as_noun(clause: Clause) -> Clause:
        if clause.kind == "pronoun" and (clause.subject == "there") == there:
            clause = replace(clause, kind="noun")
        if clause.reported is not None:
            clause = replace(clause, reported=as_noun(clause.reported))
        return clause

    actors.who_clause = lambda claim: as_noun(who(claim))  # type: ignore[attr-defined]


def _agree(row: dict | None) -> list[str]:
    return list((row or {}).get("agree", []))


def _text(data: Path, file: str, start: int, end: int) -> str:
    return load_article(data / "clusters" / file).text[start:end]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, help="write the links as JSON lines here")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("OLD", "NEW"))
    parser.add_argument("--text", action="store_true", help="print the sentences (terminal)")
    parser.add_argument(
        "--evidence", action="store_true", help="--diff: also changed agreeing words"
    )
    parser.add_argument("--without", choices=WITHOUT, help="switch one who-rule exception off")
    args = parser.parse_args(argv)
    if args.without:
        switch_off(args.without)
    if cluster_folders(args.data) is None:
        return 0
    if args.diff:
        old, new = ({_key(r): r for r in map(json.loads, p.open())} for p in args.diff)
        changed = [
            (old.get(k), new.get(k))
            for k in sorted(old.keys() | new.keys())
            if (old.get(k) or {}).get("label") != (new.get(k) or {}).get("label")
            or (args.evidence and _agree(old.get(k)) != _agree(new.get(k)))
        ]
        for before, after in changed:
            row = before or after
            assert row is not None
            was = before["label"] if before else "-"
            now = after["label"] if after else "-"
            note = (after or {}).get("note", "")
            print(f"{was:>11} -> {now:<11} {row['score']:5.1f} {note}")
            if args.evidence and _agree(before) != _agree(after):
                print(f"    agree: {', '.join(_agree(before))} -> {', '.join(_agree(after))}")
            print(
                f"    {row['left']}:{row['ls']}-{row['le']}  {row['right']}:{row['rs']}-{row['re']}"
            )
            if args.text:
                print("    L:", _text(args.data, row["left"], row["ls"], row["le"]))
                print("    R:", _text(args.data, row["right"], row["rs"], row["re"]))
        print(f"{len(changed)} links changed")
        return 0
    rows = dump(args.data)
    linked = sum(r["label"] != "not linked" for r in rows)
    print(
        f"{linked} links between outlets of {len(TUNE_CLUSTERS)} tune clusters ({len(rows)} rows)"
    )
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
