"""Same who, same whom, another verb: the tune pairs near the threshold read by their predicate.

Run: ``python scripts/diagnose_predicates.py [--low 25] [--older] [--clusters] [--text]``.

For every tune pair (rounds 4, 7 and 11: paraphrases and look-alikes; ``--older`` adds the
``tune`` split of rounds 1 and 2; round 11's sentences judged unique against every candidate in
the right article) scoring in ``[low, 50)`` that the claim check does not reject, prints what
the claim reader reads (the core clause's subject, a "he" read as whom it stands for, and its
verb) and the object span (the content words after the verb up to the clause's end), whether
the two share a subject and an object stem, and the WordLlama cosines of the two verbs (alone,
and each with its object span) with the verb's margin over its best match among the other
article's other verbs. The summary counts, per kind, the pairs read on both sides, with one
subject, and with one subject and a shared object stem. ``--clusters`` lists instead every
pair of two outlets of the tune clusters in the band that a rule keyed on the predicate would
read: one subject, a shared object stem, the claim check passing. ``--text`` prints both
sentences, in the terminal only (real-dev text never goes into the repository). Tune only:
no report round or cluster is read.

Measured, not adopted (docs/conflicts.md, *Same who, same whom, another verb*): nothing the app
runs uses this reading. The rule it was written for (such pairs scoring within a band under the
threshold made candidates for the claim check) is commit ``8f951153``, behind
``NEWSDIFF_PREDICATE=band=B,verb=V`` or ``band=B,phrase=P``; it was reverted in the next.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_claims import DATA, ITEMS, _comparison, _prepared, _sentence  # noqa: E402
from newsdiff.core import semantic  # noqa: E402
from newsdiff.core.claim import Claim  # noqa: E402
from newsdiff.core.clause_words import LIGHT, SPEECH  # noqa: E402
from newsdiff.core.clauses import Clause  # noqa: E402
from newsdiff.core.lookalikes import _resolved as resolved_core  # noqa: E402
from newsdiff.core.referred_subjects import who_clause  # noqa: E402
from newsdiff.core.speaker_statements import speaker_or_core  # noqa: E402
from newsdiff.core.verb_forms import verb_base  # noqa: E402
from newsdiff.core.words import STOPWORDS, stem  # noqa: E402

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d[\d,.]*|[—–―]|--|[,;:\"“”‘’()]")
"""Words, numbers, dashes and the punctuation that ends an object span."""

_STOPS = frozenset(",;:()—–―-") | {"--"}
"""Tokens that end the object span (a quotation mark does not: *blamed "progressivism"*)."""

_OPENERS = frozenset(
    "that which who whom whose because after before when while although though if unless "
    "since until as but whereas so saying said says according".split()
)
"""Words that open the next clause: the object span ends before them."""

OBJECT_WORDS = 10
"""At most this many tokens after the verb are read as its object span."""


@dataclass(frozen=True, slots=True)
class Predicate:
    """Who did what in a sentence, as far as it can be read.

    Attributes:
        subject: The core clause's subject head, folded (a referent's surname for a "he").
        names: The subject's name words, folded.
        verb: The core verb as written (folded), ``""`` when not found in the text.
        base: The core verb's base form (the clause reader's).
        object: The content stems of the object span (after the verb, up to the clause end).
        object_words: The object span's content words as written (folded).
    """

    subject: str
    names: frozenset[str]
    verb: str
    base: str
    object: frozenset[str]
    object_words: tuple[str, ...]


def predicate(text: str, frame: Clause, core: Clause) -> Predicate | None:
    """The sentence's :class:`Predicate`: ``core``'s subject and verb (``frame`` is the whole
    sentence's clause, ``core`` the one that tells the deed), the verb found in ``text`` past
    the frame's own verb when the deed is reported; ``None`` without a subject or a verb, or
    with a light verb (*be*, *have*, *do* say no deed)."""
    if not core.subject or not core.verb or core.verb in LIGHT or core.verb in SPEECH:
        return None
    found = _verb_and_object(text, core.verb, frame.verb if core is not frame else "")
    if found is None:
        return None
    verb, words = found
    stems = frozenset(stem(w) for w in words)
    return Predicate(core.subject, core.names, verb, core.verb, stems, words)


@lru_cache(maxsize=4096)
def _verb_and_object(text: str, base: str, after: str) -> tuple[str, tuple[str, ...]] | None:
    tokens = _TOKEN.findall(text)
    start = 0
    if after and after != base:
        start = next(
            (k + 1 for k, t in enumerate(tokens) if t[:1].islower() and verb_base(t) == after), 0
        )
    for k in range(start, len(tokens)):
        token = tokens[k]
        if token[:1].islower() and verb_base(token) == base:
            return token.casefold(), _object_words(tokens, k + 1)
    return None


def _object_words(tokens: list[str], k: int) -> tuple[str, ...]:
    words: list[str] = []
    for token in tokens[k : k + OBJECT_WORDS]:
        folded = token.casefold()
        if token in _STOPS or folded in _OPENERS:
            break
        if folded[:1].isalpha() and folded not in STOPWORDS and len(folded) > 2:
            words.append(folded)
    return tuple(words)


@dataclass(frozen=True, slots=True)
class PairReading:
    """Two sentences' predicates and whether they share who acts and on what.

    Attributes:
        left: The left sentence's predicate.
        right: The right sentence's predicate.
        who: One subject (a name, or one noun head; a pronoun only as whom it stands for).
        whom: The object spans share a content stem.
        loose: One object span shares a content stem with the other sentence.
    """

    left: Predicate
    right: Predicate
    who: bool
    whom: bool
    loose: bool = False


def sentence_predicate(claim: Claim) -> Predicate | None:
    """The claim's :class:`Predicate`, its pronoun or role subject read as whom it stands for
    (the look-alike rules' who-reading: :func:`~newsdiff.core.referred_subjects.who_clause`)."""
    frame = who_clause(claim)
    core = speaker_or_core(frame, resolved_core(frame))
    if core.kind == "pronoun":
        return None  # whom "they" or "it" stands for is not read: no who to compare
    return predicate(claim.text, frame, core)


def read_pair(left: Claim, right: Claim) -> PairReading | None:
    """Both sentences' predicates and what they share, ``None`` when either is unread."""
    lp = sentence_predicate(left)
    if lp is None:
        return None
    rp = sentence_predicate(right)
    if rp is None:
        return None
    return _pair_reading(lp, rp, left, right)


def _pair_reading(lp: Predicate, rp: Predicate, left: Claim, right: Claim) -> PairReading:
    who = lp.subject == rp.subject or bool(lp.names & rp.names)
    loose = bool(lp.object & right.stems) or bool(rp.object & left.stems)
    return PairReading(lp, rp, who, bool(lp.object & rp.object), loose)


@dataclass(frozen=True, slots=True)
class Similarity:
    """How close two predicates are in meaning (WordLlama cosines).

    Attributes:
        verb: The two verbs as written, alone.
        phrase: Each verb with its object span.
    """

    verb: float
    phrase: float


def similarity(left: Predicate, right: Predicate) -> Similarity | None:
    """The cosines of the two verbs and of the two verb phrases (``None`` when the meaning
    signal is off)."""
    texts = [
        left.verb,
        right.verb,
        " ".join((left.verb, *left.object_words)),
        " ".join((right.verb, *right.object_words)),
    ]
    vectors = semantic.sentence_vectors(texts)
    if vectors is None:
        return None
    return Similarity(float(vectors[0] @ vectors[1]), float(vectors[2] @ vectors[3]))


TUNE_ROUNDS = (4, 7, 11)
THRESHOLD = 50.0


def _pairs(items: dict, low: float, older: bool = False) -> list[tuple[str, dict, int, int, float]]:
    """(kind, item, left index, right index, score) of every tune pair in the band."""
    out = []
    for item in items["items"]:
        tune = item.get("round") in TUNE_ROUNDS or (
            older and item.get("split") == "tune" and item.get("round") in (None, 1, 2)
        )
        if not tune or item["label"] not in ("paraphrase", "lookalike"):
            continue
        left, right = item["left"], item["right"]
        pair = _prepared(str(DATA), left["file"], right["file"])
        comparison = _comparison(str(DATA), left["file"], right["file"])
        li = _sentence(comparison, "left", left["start"], left["end"])
        ri = _sentence(comparison, "right", right["start"], right["end"])
        if li is None or ri is None:
            continue
        score = float(pair.scores.score[li, ri])
        if low <= score < THRESHOLD:
            out.append((item["label"], item, li, ri, score))
    for item in items.get("unique", []):
        left = item["left"]
        pair = _prepared(str(DATA), left["file"], item["right"]["file"])
        comparison = _comparison(str(DATA), left["file"], item["right"]["file"])
        li = _sentence(comparison, "left", left["start"], left["end"])
        if li is None:
            continue
        row = pair.scores.score[li]
        band = np.flatnonzero((row >= low) & (row < THRESHOLD))
        for ri in band.tolist():
            out.append(("unique", item, li, int(ri), float(row[ri])))
    return out


_VERBS: dict[tuple[int, str], list[str]] = {}


def _side_verbs(pair: object, side: str) -> list[str]:
    """The distinct core verbs (as written) of one article's sentences."""
    key = (id(pair), side)
    if key not in _VERBS:
        count = len(pair.left_sentences if side == "left" else pair.right_sentences)  # type: ignore[attr-defined]
        found = (sentence_predicate(pair._claim(side, k)) for k in range(count))  # type: ignore[attr-defined]
        _VERBS[key] = sorted({p.verb for p in found if p is not None})
    return _VERBS[key]


def _margin(pair: object, lp: Predicate, rp: Predicate, li: int, ri: int) -> float:
    """cos(left verb, right verb) minus each verb's best cosine with the other article's
    other verbs (the smaller of the two sides' margins)."""
    margins = []
    for verb, other, side in ((lp.verb, rp.verb, "right"), (rp.verb, lp.verb, "left")):
        rest = [v for v in _side_verbs(pair, side) if v != other and v != verb]
        vectors = semantic.sentence_vectors([verb, other, *rest])
        if vectors is None:
            return 0.0
        sims = vectors[2:] @ vectors[0]
        margins.append(float(vectors[0] @ vectors[1]) - (float(sims.max()) if len(rest) else 0.0))
    return min(margins)


def cluster_candidates(low: float, text: bool) -> Counter[str]:
    """Every pair of two outlets of the tune clusters that the rule would read: score in
    ``[low, 50)``, both sentences active, the claim check passing, one subject and a shared
    object stem; printed with their cosines (``text``: both sentences)."""
    import itertools

    from newsdiff.core.compare import prepare
    from realdev_clusters import cluster_articles
    from tune_cluster_links import TUNE_CLUSTERS

    counts: Counter[str] = Counter()
    for name in TUNE_CLUSTERS:
        articles = cluster_articles(DATA / "clusters" / name)
        for left, right in itertools.combinations(articles, 2):
            pair = prepare(left, right, corpus=articles)
            score = pair.scores.score
            rows, cols = np.nonzero((score >= low) & (score < THRESHOLD))
            for li, ri in zip(rows.tolist(), cols.tolist(), strict=True):
                if pair.left_boilerplate[li] or pair.right_boilerplate[ri]:
                    continue
                counts["band"] += 1
                reading = read_pair(pair._claim("left", li), pair._claim("right", ri))
                if reading is None or not reading.who or not reading.whom:
                    continue
                counts["who+whom"] += 1
                if pair.check(li, ri).outcome == "not linked":
                    continue
                counts["passes"] += 1
                lp, rp = reading.left, reading.right
                sims = similarity(lp, rp)
                print(
                    f"{name} {Path(left.path).name}:{li} {Path(right.path).name}:{ri}"
                    f" {float(score[li, ri]):5.1f}"
                    f" | {lp.subject}:{lp.verb} ~ {rp.subject}:{rp.verb}"
                    + (f" | verb {sims.verb:.2f} v+o {sims.phrase:.2f}" if sims else "")
                )
                if text:
                    print(f"      L: {pair.left_sentences[li].text}")
                    print(f"      R: {pair.right_sentences[ri].text}")
    print("tune clusters:", dict(counts))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--low", type=float, default=25.0)
    parser.add_argument(
        "--older", action="store_true", help="also the older tune items (split tune, rounds 1, 2)"
    )
    parser.add_argument(
        "--clusters", action="store_true", help="every qualifying pair of the tune clusters"
    )
    parser.add_argument("--text", action="store_true", help="print both sentences (terminal)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (needs ../shared)")
        return 0
    if args.clusters:
        cluster_candidates(args.low, args.text)
        return 0
    items = json.loads(ITEMS.read_text(encoding="utf-8"))
    counts: Counter[tuple[str, str]] = Counter()
    for kind, item, li, ri, score in _pairs(items, args.low, args.older):
        pair = _prepared(str(DATA), item["left"]["file"], item["right"]["file"])
        check = pair.check(li, ri)
        counts[(kind, "band")] += 1
        if check.outcome == "not linked":
            continue
        counts[(kind, "passes")] += 1
        reading = read_pair(pair._claim("left", li), pair._claim("right", ri))
        where = f"r{item.get('round')} {kind:9} {score:5.1f}"
        if reading is None:
            print(f"{where} | unread")
            continue
        lp, rp, same_who, same_whom = reading.left, reading.right, reading.who, reading.whom
        counts[(kind, "read")] += 1
        if same_who:
            counts[(kind, "who")] += 1
        if same_who and same_whom:
            counts[(kind, "who+whom")] += 1
        if same_who and reading.loose:
            counts[(kind, "who+loose")] += 1
        sims = similarity(lp, rp)
        margin = _margin(pair, lp, rp, li, ri)
        print(
            f"{where} | {lp.subject}:{lp.verb}[{' '.join(lp.object_words)}]"
            f" ~ {rp.subject}:{rp.verb}[{' '.join(rp.object_words)}]"
            f" | who {int(same_who)} whom {int(same_whom)} loose {int(reading.loose)}"
            + (
                f" | verb {sims.verb:.2f} v+o {sims.phrase:.2f} margin {margin:+.2f}"
                if sims
                else ""
            )
        )
        if args.text:
            print(f"      L: {pair.left_sentences[li].text}")
            print(f"      R: {pair.right_sentences[ri].text}")
    for kind in ("paraphrase", "lookalike", "unique"):
        row = {
            k: counts[(kind, k)] for k in ("band", "passes", "read", "who", "who+whom", "who+loose")
        }
        print(kind, row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
