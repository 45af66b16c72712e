"""Comparisons built by hand from the model classes, so app tests do not depend on the aligner."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from newsdiff.core.claims import Disagreement, Evidence
from newsdiff.core.models import (
    AlignedSentence,
    Article,
    ComparedArticle,
    Comparison,
    Link,
    Quote,
    QuoteMatch,
    Row,
    Sentence,
    Settings,
    WordDiff,
    WordOp,
)

LinkSpec = tuple  # (left, right, label, score) or (left, right, label, score, Evidence)
"""``(left index, right index, "shared" | "paraphrased" | "conflict", score[, evidence])``."""


def article(path: str, sentences: Sequence[str]) -> tuple[Article, tuple[Sentence, ...]]:
    """An article whose text is ``sentences`` one per line, and its sentences with offsets."""
    text = "\n".join(sentences) + "\n"
    result = []
    position = 0
    for index, sentence in enumerate(sentences):
        result.append(Sentence(index, position, position + len(sentence), sentence))
        position += len(sentence) + 1
    return Article(path=path, text=text, title=sentences[0][:80]), tuple(result)


def _words(sentence: Sentence) -> list[tuple[str, int, int]]:
    return [
        (m.group(0).lower(), sentence.start + m.start(), sentence.start + m.end())
        for m in re.finditer(r"\w+", sentence.text)
    ]


def word_diff(left: Sentence, right: Sentence) -> WordDiff:
    """Words of one side missing from the other, as replace/insert/delete ops (set-based)."""
    left_words, right_words = _words(left), _words(right)
    left_set = {w for w, _, _ in left_words}
    right_set = {w for w, _, _ in right_words}
    ops = [
        WordOp("delete", (s, e), (right.start, right.start))
        for w, s, e in left_words
        if w not in right_set
    ]
    ops += [
        WordOp("insert", (left.start, left.start), (s, e))
        for w, s, e in right_words
        if w not in left_set
    ]
    return WordDiff(left.index, right.index, tuple(ops))


def build(
    left_sentences: Sequence[str],
    right_sentences: Sequence[str],
    links: Sequence[LinkSpec],
    *,
    moved: Sequence[tuple[int, int]] = (),
    boilerplate: Sequence[tuple[str, int]] = (),
    quotes: Sequence[tuple[str, int, str, str | None]] = (),
    paths: tuple[str, str] = ("left.txt", "right.txt"),
    settings: Settings | None = None,
) -> Comparison:
    """A comparison with exactly the given links.

    Links below ``settings.paraphrase`` are dropped and ``shared`` links below
    ``settings.shared`` become ``paraphrased``, like the real thresholds.

    Args:
        links: Linked pairs; those not in ``moved`` must be in order on both sides.
        moved: Linked pairs that are out of order (each gets rows of its own).
        boilerplate: ``(side, index)`` sentences to mark as boilerplate.
        quotes: ``(side, sentence, quoted words, speaker)``; equal words on both sides are
            verbatim, the same speaker with other words is altered, the rest only here.
    """
    left_article, left_sents = article(paths[0], left_sentences)
    right_article, right_sents = article(paths[1], right_sentences)
    settings = settings or Settings()
    evidence = {(spec[0], spec[1]): spec[4] for spec in links if len(spec) > 4}

    def relabel(label: str, score: float) -> str:
        if label == "conflict":
            return label
        return "shared" if label == "shared" and score >= settings.shared else "paraphrased"

    links = [
        (a, b, relabel(label, score), score)
        for a, b, label, score, *_ in links
        if score >= settings.paraphrase
    ]
    moved = [pair for pair in moved if any((a, b) == pair for a, b, _, _ in links)]
    left_links: dict[int, list[Link]] = {}
    right_links: dict[int, list[Link]] = {}
    for l_index, r_index, label, score in links:
        why = evidence.get((l_index, r_index), Evidence())
        left_links.setdefault(l_index, []).append(Link(r_index, label, score, why))  # type: ignore[arg-type]
        right_links.setdefault(r_index, []).append(Link(l_index, label, score, why))  # type: ignore[arg-type]
    moved_set = set(moved)
    moved_left = {a for a, _ in moved_set}
    moved_right = {r for _, r in moved_set}
    dull = set(boilerplate)

    def aligned(side: str, sents, table, moved_ids) -> tuple[AlignedSentence, ...]:
        result = []
        for sentence in sents:
            own = tuple(table.get(sentence.index, ()))
            label = "unique"
            if own:
                label = "shared" if any(link.label == "shared" for link in own) else "paraphrased"
                if any(link.label == "conflict" for link in own):
                    label = "conflict"
            result.append(
                AlignedSentence(
                    sentence,
                    label,  # type: ignore[arg-type]
                    moved=sentence.index in moved_ids,
                    boilerplate=(side, sentence.index) in dull,
                    links=own,
                )
            )
        return tuple(result)

    pairs = sorted((a, b) for a, b, _, _ in links if (a, b) not in moved_set)
    rows: list[Row] = []
    paired_left = {a for a, _ in pairs}
    paired_right = {r for _, r in pairs}
    li = ri = 0
    for l_index, r_index in pairs + [(len(left_sents), len(right_sents))]:
        while li < l_index:
            if li not in paired_left:
                rows.append(Row(li, None))
            li += 1
        while ri < r_index:
            if ri not in paired_right:
                rows.append(Row(None, ri))
            ri += 1
        if l_index < len(left_sents):
            rows.append(Row(l_index, r_index))
            li, ri = l_index + 1, r_index + 1
    diffs = {(a, b): word_diff(left_sents[a], right_sents[b]) for a, b, _, _ in links}

    def make_quotes(side: str, sents) -> list[Quote]:
        found = []
        for q_side, index, words, speaker in quotes:
            if q_side != side:
                continue
            sentence = sents[index]
            start = sentence.start + sentence.text.index(words)
            found.append(Quote(start, start + len(words), words, speaker, "full", index, (index,)))
        return found

    left_quotes, right_quotes = make_quotes("left", left_sents), make_quotes("right", right_sents)

    def matches(mine: list[Quote], theirs: list[Quote]) -> tuple[QuoteMatch, ...]:
        result = []
        for quote in mine:
            same = next((q for q in theirs if q.text == quote.text), None)
            near = next((q for q in theirs if q.speaker and q.speaker == quote.speaker), None)
            if same is not None:
                result.append(QuoteMatch(quote, "verbatim", same, (), 2))
            elif near is not None:
                theirs_words = set(re.findall(r"\w+", near.text.lower()))
                changed = tuple(
                    (quote.start + m.start(), quote.start + m.end())
                    for m in re.finditer(r"\w+", quote.text)
                    if m.group(0).lower() not in theirs_words
                )
                result.append(QuoteMatch(quote, "altered", near, changed, 2))
            else:
                result.append(QuoteMatch(quote, "only here", None, (), 1))
        return tuple(result)

    return Comparison(
        left=ComparedArticle(
            left_article,
            aligned("left", left_sents, left_links, moved_left),
            matches(left_quotes, right_quotes),
        ),
        right=ComparedArticle(
            right_article,
            aligned("right", right_sents, right_links, moved_right),
            matches(right_quotes, left_quotes),
        ),
        rows=tuple(rows),
        word_diffs=diffs,
        settings=settings,
    )


def sample(settings: Settings | None = None) -> Comparison:
    """A small two-outlet story with every label, a moved pair, boilerplate and three quotes."""
    left = [
        "Minister Jane Roe visits the port city.",
        "Jane Roe arrived on Monday for talks on trade.",
        '"We will open the market next year," Roe said.',
        "Officials expect an agreement by spring.",
        "The talks follow months of tension over tariffs.",
        'Critics called the plan "a gift to importers".',
        "Subscribe to our newsletter.",
    ]
    right = [
        "Roe in port city for trade talks.",
        "The talks follow months of tension over tariffs.",
        "Jane Roe arrived on Monday for talks about trade.",
        '"We will open the markets soon," Roe told reporters.',
        "Local traders were hopeful.",
        "An agreement is expected in the spring, officials said.",
        "Advertisement",
    ]
    return build(
        left,
        right,
        links=[
            (0, 0, "paraphrased", 62.0),
            (1, 2, "shared", 91.0),
            (2, 3, "paraphrased", 70.0),
            (3, 5, "paraphrased", 66.0),
            (4, 1, "shared", 100.0),
        ],
        moved=[(4, 1)],
        boilerplate=[("left", 6), ("right", 6)],
        quotes=[
            ("left", 2, "We will open the market next year,", "Jane Roe"),
            ("right", 3, "We will open the markets soon,", "Jane Roe"),
            ("left", 5, "a gift to importers", None),
        ],
        paths=("outlet-a.txt", "outlet-b.txt"),
        settings=settings,
    )


def conflict_sample(settings: Settings | None = None) -> Comparison:
    """A small story whose outlets disagree on a figure and on a denial, plus a paraphrase."""
    left = [
        "Harbour bridge to close for repairs.",
        "The bridge will be closed for 6 weeks from Monday.",
        "The council did not dispute the engineers' report.",
        "Repairs will cost about £4m, the mayor said.",
    ]
    right = [
        "Harbour bridge shuts for repairs.",
        "The bridge will be closed for 9 weeks from Monday.",
        "The council disputed the engineers' report.",
        "The mayor put the repair bill at roughly £4m.",
        "Ferries will run every hour.",
    ]
    figure = Disagreement("figure", "6 weeks", "9 weeks", (30, 37), (30, 37))
    polarity = Disagreement("polarity", "not dispute", "disputed", (16, 27), (12, 20))
    return build(
        left,
        right,
        links=[
            (0, 0, "paraphrased", 71.0, Evidence(("bridge", "repairs"))),
            (1, 1, "conflict", 96.0, Evidence(("bridge", "closed", "Monday"), (figure,))),
            (2, 2, "conflict", 93.0, Evidence(("council", "report"), (polarity,))),
            (3, 3, "paraphrased", 64.0, Evidence(("£4m", "repairs", "mayor"))),
        ],
        paths=("bridge-a.txt", "bridge-b.txt"),
        settings=settings,
    )


WORDS = (
    "minister talks trade port agreement tariffs officials market reporters spring "
    "delegation summit treaty border council budget election court ruling protest"
).split()


def long_pair(count: int = 2000, settings: Settings | None = None) -> Comparison:
    """Two generated articles of ``count`` sentences: two in three linked, the rest unique."""

    def sentence(index: int, variant: str) -> str:
        words = [WORDS[(index * 7 + k * 3) % len(WORDS)] for k in range(8 + index % 9)]
        return f"{variant} {index}: " + " ".join(words) + "."

    left = [sentence(i, "Report") for i in range(count)]
    right = [sentence(i, "Report" if i % 3 == 0 else "Story") for i in range(count)]
    links = [
        (i, i, "shared" if i % 3 == 0 else "paraphrased", 95.0 if i % 3 == 0 else 65.0)
        for i in range(count)
        if i % 3 != 2
    ]
    return build(left, right, links, paths=("long-a.txt", "long-b.txt"), settings=settings)


class FakePrepared:
    """Stands in for ``core.compare.PreparedPair``: the sample story, wearing the real articles."""

    def __init__(self, left: Article, right: Article) -> None:
        self.left = left
        self.right = right

    def comparison(self, settings: Settings) -> Comparison:
        """The sample comparison at ``settings`` with this pair's articles in the heads."""
        base = sample(settings)
        return dataclasses.replace(
            base,
            left=dataclasses.replace(base.left, article=self.left),
            right=dataclasses.replace(base.right, article=self.right),
        )


def shared_story() -> Comparison:
    """Eight shared sentences between a paraphrase at the top and a unique one at the end;
    the last left sentence is boilerplate."""
    shared = [f"The council met on day {n} to discuss the harbour budget." for n in range(8)]
    left = ["The mayor opened the harbour.", *shared, "Critics were not invited."]
    right = ["The harbour was opened by the mayor.", *shared]
    links = [(0, 0, "paraphrased", 66.0)] + [(n, n, "shared", 100.0) for n in range(1, 9)]
    return build(left, right, links, boilerplate=[("left", 9)])
