"""Other ways of making claims, scored as ``eval_story.py`` scores the story's (pairwise F1).

Each variant changes one thing — how groups merge, or which links there are — and is printed
on the tuning set (seeds) and the two held-out sets, so that a variant is kept only when the
held-out figures do not drop. None of them is the story's method; ``docs/story.md`` reports
the figures and why each was left out.

Variants:

* ``average``: the story's average linkage (the baseline, re-implemented plainly).
* ``outlets``: ``average``, or, for two groups that each span three articles or more, at
  least ``--linkage`` of their pairs of different articles linked (a claim many outlets carry
  as a quotation and as a summary is sparsely linked sentence by sentence, densely outlet by
  outlet).
* ``outlets-leaf``: ``outlets``, and ``leaf``'s rule.
* ``transitive``: average linkage at ``--linkage`` where an unlinked pair counts as linked when
  it scores at least ``--floor`` and both sentences link to one third sentence (support
  through the corpus, which a pair view cannot see).
* ``article-pairs``: linkage over article pairs, not sentence pairs: two groups merge when at
  least ``--linkage`` of their (article, other article) pairs have a link (several variants
  of a claim in one article count once).
* ``leaf``: average linkage, and a single sentence whose every link goes into one group joins
  it (it cannot chain two facts).
* ``soft``: average linkage where an unlinked pair counts ``min(1, score / threshold)`` of a
  link: a sub-threshold score is partial evidence.
* ``either``: merge on the story's link share, or on the ``soft`` share at ``--linkage``.
* ``quotes``: the story's grouping, with one more link wherever two articles carry the same
  quotation (verbatim, excerpt or altered, as the quote sidebar matches them).
* ``quotes-full``: the same, for full quoted statements only (no fragments).
* ``fragment-quotes``: the story's grouping, with the claim check's *two quotations, two
  statements* rule applied only when both sentences hold a full quoted statement (a quotation
  embedded in the writer's clause, ``quote_kind`` "fragment", leaves the claim to the writer).
  It changes the pair view's links too, so it is a candidate for the claim check, measured
  here for the story.
* ``story``: the story exactly as built (its grouping, with :attr:`Claim.also`).
* ``no-also``: the story without :attr:`Claim.also` (each sentence in one claim only).
* ``pair-axis``: the story scored with the pair view's meaning cosine, the main axis of each
  article pair's vectors set aside (``meaning_axis.story_cosine``): the links of
  ``compare A B --corpus`` exactly.
* ``corpus-axis``: the same with one axis, of the whole corpus's vectors.
* ``support``: support from a third outlet, read only where the pair view's own rules allow
  it: a pair that falls short of the link threshold by at most the pair view's
  ``align.CONFLICT_MARGIN`` (15 points), that the claim check passes (not a look-alike), and
  that one sentence of a third article links to from both ends counts as a link for grouping
  (the story's own grouping, with :attr:`Claim.also`; the pair is never one of a claim's
  links). The three articles must report one story two by two (at least
  :data:`STORY_LINKS` links between each two of them), so support never crosses stories in
  a mixed corpus.
* ``support-2``: ``support`` vouched for by sentences of two different third articles.
* ``support-gap``: ``support`` only for a pair that is each sentence's best-scoring sentence in
  the other's article (so neither has a link there: it fills a gap the pair view left).
* ``shared-in-quotes``: the *two quotations, two statements* rule without its ratio of the
  writer's words: it applies unless what the two sentences share (content words other than
  names and speech verbs) lies more outside one sentence's quotations than inside them (then
  the writer's words carry the link, not the quotation). Changes the pair view's links.
* ``no-recheck``: the story without the re-check of finished claims
  (:mod:`newsdiff.core.story_refine`): average linkage's groups as they merged.
* ``recheck-all``: the re-check taking out every variant under the linkage share of its
  finished claim, however many links hold it there (the story takes out only those held by
  one link).

* ``no-inherit``: the story without inherited second claims (``story_also.inherited``: a
  sentence linked inside its own claim to two outlets' sentences that also carry a second
  claim carries it too).
* ``no-rehome``: the story without the re-homing of a variant that fails its finished claim's
  join test and passes another claim's (``story_refine.rehomed``, *Fourteenth round*).
* ``one-link``: the story, and a sentence left a claim of its own whose one link in the
  corpus goes into another claim is carried by that link's other end (as a sentence that
  joined on that link and left at the re-check is).
* ``inherit-any``: inherited second claims without the sign the story asks of the sentence
  itself (a score within ``align.CONFLICT_MARGIN`` of the link threshold against one of that
  claim's own variants in another article, ``story_near.NearScores``).
* ``transitive-strong``: ``support`` where both links to the voucher are strong (at least
  ``--strong``, by default the threshold plus ``align.CONFLICT_MARGIN``: as far above it as
  the near miss may be below it) and neither is a conflict; a near miss the claim check
  labels a conflict is never supported.
* ``pooled``: a sentence that is a claim of one outlet joins a claim it has a link into
  (variants in two other articles or more) when that claim's pooled content words (all its
  variants in other articles) hold half its content (IDF²-weighted stems): a summary of two
  variants is compared with the claim, not with the one variant it links to.
* ``pooled-meaning``: the same with the cosine to the mean of the claim's meaning vectors, at
  ``lookalikes.MEANING_CLOSE``.

``--real`` also builds every same-story cluster of ``../shared/data/real-dev/clusters`` with
each variant and counts the sentence pairs it puts in one claim that the story does not (and
those it no longer does); ``--show N`` prints N of the new ones to read (on the terminal only:
never copy real-dev text into the project).

Usage: ``python scripts/eval_story_variants.py [--linkage 0.34] [--floor 30] [--real] [--show N]
[VARIANT …]``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import eval_story
import numpy as np
from newsdiff.core import (
    align,
    claims,
    lookalikes,
    meaning_axis,
    story,
    story_also,
    story_grouping,
    story_refine,
)
from newsdiff.core.claim import _QUOTE_SPAN as QUOTE_SPAN
from newsdiff.core.claim import SPEECH_STEMS, Claim
from newsdiff.core.compare import PreparedPair
from newsdiff.core.models import Settings
from newsdiff.core.quote_groups import quote_words, relation
from newsdiff.core.quote_marks import QuoteSpan
from newsdiff.core.quotes import quote_kind
from newsdiff.core.story_grouping import LinkTable

ORIGINAL_BUILD = story.build_story
ORIGINAL_GROUP = story._group
ORIGINAL_DIFFERENT_QUOTATIONS = claims.different_quotations
ORIGINAL_BLOCK_COSINE = story._block_cosine
ORIGINAL_ALSO_LINKS = story_also.ALSO_LINKS
ORIGINAL_REFINE = story_grouping.refine_groups
ORIGINAL_REFINE_LINKS = story_refine.ALSO_LINKS
ORIGINAL_INHERITED = story_grouping.inherited
ORIGINAL_REHOMED = story_grouping.rehomed

VARIANTS = (
    "average",
    "article-pairs",
    "leaf",
    "soft",
    "either",
    "quotes",
    "quotes-full",
    "transitive",
    "outlets",
    "outlets-leaf",
    "fragment-quotes",
    "story",
    "no-also",
    "pair-axis",
    "corpus-axis",
    "shared-in-quotes",
    "support",
    "support-2",
    "support-gap",
    "no-recheck",
    "recheck-all",
    "transitive-strong",
    "pooled",
    "pooled-meaning",
    "no-inherit",
    "inherit-any",
    "one-link",
    "no-rehome",
)

STORY_LINKS = 2
"""``support``: two articles report one story when the pair view links at least this many of
their sentence pairs (one link can be a shared phrase of two stories)."""

OWN_SCORING = (
    "story",
    "no-also",
    "no-inherit",
    "pair-axis",
    "corpus-axis",
    "shared-in-quotes",
    "no-recheck",
    "recheck-all",
    "one-link",
    "no-rehome",
)
"""Variants that keep the story's own grouping (they change the links, or nothing)."""

SUPPORT = ("support", "support-2", "support-gap", "transitive-strong")
"""Variants that count supported pairs as links in the story's own grouping."""

FLOOR = 30.0

STRONG = 50.0 + align.CONFLICT_MARGIN
"""``transitive-strong``: a link this far above the link threshold (as far as the band below
it reaches) is a strong link."""


Position = story.Position


class Scores:
    """Every cross-article sentence pair's score of the story being built (for ``soft``)."""

    def __init__(self) -> None:
        self.paths: dict[str, int] = {}
        self.values: dict[tuple[Position, Position], float] = {}

    def record(self, prepared: PreparedPair) -> None:
        a, b = self.paths[prepared.left.path], self.paths[prepared.right.path]
        score = prepared.scores.score
        for i, j in zip(*np.nonzero(score > 0), strict=True):
            value = float(score[i, j])
            self.values[((a, int(i)), (b, int(j)))] = value
            self.values[((b, int(j)), (a, int(i)))] = value


def quote_links(prepared: PreparedPair, full_only: bool) -> list[tuple[int, int, str, float]]:
    """A link between the sentences of two articles that carry the same quotation."""
    found = []
    for left in prepared.left_quotes:
        for right in prepared.right_quotes:
            if full_only and (left.quote.kind != "full" or right.quote.kind != "full"):
                continue
            if relation(quote_words(left.quote), quote_words(right.quote)) is None:
                continue
            i, j = left.quote.sentence, right.quote.sentence
            if not (prepared.left_boilerplate[i] or prepared.right_boilerplate[j]):
                found.append((i, j, "paraphrased", Settings().paraphrase))
    return found


def group(
    variant: str,
    positions: Sequence[Position],
    links: Sequence[story.PairLink],
    linkage: float,
    scores: Scores,
    floor: float = FLOOR,
) -> tuple[story.Claim, ...]:
    """Claims by ``variant``'s merge rule (merges visited strongest link first)."""
    where = {p: k for k, p in enumerate(positions)}
    members: dict[int, list[Position]] = {k: [p] for k, p in enumerate(positions)}
    ordered = sorted(
        {(x.a, x.b): x for x in links if x.a in where and x.b in where}.values(),
        key=lambda x: (-x.score, x.a, x.b),
    )
    near: dict[Position, set[Position]] = {}
    for x in ordered:
        near.setdefault(x.a, set()).add(x.b)
        near.setdefault(x.b, set()).add(x.a)
    threshold = Settings().paraphrase

    def share(first: list[Position], second: list[Position], soft: bool) -> float:
        cross = [(p, q) for p in first for q in second if p[0] != q[0]]
        if not cross:
            return 0.0
        total = 0.0
        for p, q in cross:
            if q in near.get(p, ()):
                total += 1.0
            elif (
                variant == "transitive"
                and scores.values.get((p, q), 0.0) >= floor
                and near.get(p, set()) & near.get(q, set())
            ):
                total += 1.0
            elif soft:
                total += min(1.0, scores.values.get((p, q), 0.0) / threshold)
        return total / len(cross)

    def article_share(first: list[Position], second: list[Position]) -> float:
        pairs = {frozenset((p[0], q[0])) for p in first for q in second if p[0] != q[0]}
        hit = {frozenset((p[0], q[0])) for p in first for q in second if q in near.get(p, ())}
        return len(hit) / len(pairs) if pairs else 0.0

    def joins(ga: int, gb: int) -> bool:
        first, second = members[ga], members[gb]
        if variant == "article-pairs":
            return article_share(first, second) + 1e-9 >= linkage
        if variant in ("soft", "transitive"):
            return share(first, second, soft=variant == "soft") + 1e-9 >= linkage
        if share(first, second, soft=False) + 1e-9 >= story.LINKAGE:
            return True
        if variant.startswith("outlets"):
            spans = min(len({p[0] for p in first}), len({q[0] for q in second}))
            if spans >= 3 and article_share(first, second) + 1e-9 >= linkage:
                return True
        if variant == "either":
            return share(first, second, soft=True) + 1e-9 >= linkage
        if variant in ("leaf", "outlets-leaf"):
            for one, other in ((ga, gb), (gb, ga)):
                if len(members[one]) == 1:
                    outside = {where[q] for q in near.get(members[one][0], ())}
                    if outside == {other}:
                        return True
        return False

    for x in ordered:
        ga, gb = where[x.a], where[x.b]
        if ga == gb or not joins(ga, gb):
            continue
        for p in members[gb]:
            where[p] = ga
        members[ga].extend(members.pop(gb))
    claims = []
    for number, variants in members.items():
        inside = set(variants)
        own = tuple(x for x in links if x.a in inside and x.b in inside and where[x.a] == number)
        claims.append(story.Claim(tuple(sorted(variants)), own))
    return tuple(sorted(claims, key=lambda claim: claim.first))


def _states_quotation(claim: Claim) -> bool:
    """Whether the sentence holds a full quoted statement, not only a quoted fragment."""
    for match in QUOTE_SPAN.finditer(claim.text):
        group = 1 if match.group(1) is not None else 2
        span = QuoteSpan(match.start(), match.end() - 1, match.start(group), match.end(group))
        if quote_kind(claim.text, span) == "full":
            return True
    return False


def _statements_only() -> None:
    """The claim check's ``different_quotations`` only between two full quoted statements."""
    plain = lookalikes.different_quotations

    def different_quotations(left: Claim, right: Claim) -> bool:
        return plain(left, right) and _states_quotation(left) and _states_quotation(right)

    claims.different_quotations = different_quotations


def _shared_in_quotes() -> None:
    """The claim check's ``different_quotations`` without the writer's-words ratio: it does
    not apply when what the sentences share lies mostly outside one's quotations."""
    plain = lookalikes.different_quotations
    ratio = lookalikes.WRITERS_SHARE

    def carried_by_writer(claim: Claim, other: Claim) -> bool:
        inside = outside = 0
        for stemmed, start, _ in claim.content:
            if stemmed in claim.names or stemmed in SPEECH_STEMS or stemmed not in other.stems:
                continue
            if any(a <= start < b for a, b in claim.quoted_spans):
                inside += 1
            else:
                outside += 1
        return outside > inside

    def different_quotations(left: Claim, right: Claim) -> bool:
        lookalikes.WRITERS_SHARE = float("inf")  # the ratio is what this variant replaces
        try:
            found = plain(left, right)
        finally:
            lookalikes.WRITERS_SHARE = ratio
        return found and not carried_by_writer(left, right) and not carried_by_writer(right, left)

    claims.different_quotations = different_quotations


def _axis_cosine(per_pair: bool):  # type: ignore[no-untyped-def]
    """``story._block_cosine`` with the main axis of the vectors set aside: of each article
    pair (as the pair view does) or of the whole corpus."""

    def cosine(vectors, starts, a0, a1):  # type: ignore[no-untyped-def]
        if vectors is None:
            return None
        rows = slice(starts[a0], starts[a1])
        if not per_pair:
            return meaning_axis.story_cosine(vectors, vectors)[rows, starts[a0] :]
        found = np.zeros((rows.stop - rows.start, len(vectors) - starts[a0]), dtype=np.float32)
        for a in range(a0, a1):
            r = slice(starts[a] - starts[a0], starts[a + 1] - starts[a0])
            for b in range(a + 1, len(starts) - 1):
                c = slice(starts[b] - starts[a0], starts[b + 1] - starts[a0])
                found[r, c] = meaning_axis.story_cosine(
                    vectors[starts[a] : starts[a + 1]], vectors[starts[b] : starts[b + 1]]
                )
        return found

    return cosine


def near_misses(
    prepared: PreparedPair, settings: Settings, gap_only: bool, excluded: tuple[str, ...] = ()
) -> list[tuple[int, int, float]]:
    """``support``: the pairs of a prepared article pair that fall short of the link
    threshold by at most ``align.CONFLICT_MARGIN`` and that the claim check passes (story
    sentences only, no section headings), as ``(left, right, score)``."""
    score = prepared.scores.score
    threshold = settings.paraphrase
    near = (score >= threshold - align.CONFLICT_MARGIN) & (score < threshold)
    left_on = np.array(
        [
            not flag and s.kind != "heading"
            for s, flag in zip(prepared.left_sentences, prepared.left_boilerplate, strict=True)
        ],
        dtype=bool,
    )
    right_on = np.array(
        [
            not flag and s.kind != "heading"
            for s, flag in zip(prepared.right_sentences, prepared.right_boilerplate, strict=True)
        ],
        dtype=bool,
    )
    near &= left_on[:, None] & right_on[None, :]
    if gap_only and near.any():
        near &= score >= score.max(axis=1, keepdims=True)
        near &= score >= score.max(axis=0, keepdims=True)
    return [
        (int(i), int(j), float(score[i, j]))
        for i, j in zip(*np.nonzero(near), strict=True)
        if prepared.check(int(i), int(j)).outcome not in ("not linked", *excluded)
    ]


def supported(
    near: Sequence[tuple[Position, Position, float]],
    links: Sequence[story.PairLink],
    vouchers: int,
    strong: float = 0.0,
) -> list[tuple[Position, Position, float]]:
    """``support``: the near misses that sentences of ``vouchers`` different third articles
    link to from both ends, among articles that report one story two by two."""
    between: dict[frozenset[int], int] = {}
    near_by: dict[Position, set[Position]] = {}
    for link in links:
        key = frozenset((link.a[0], link.b[0]))
        between[key] = between.get(key, 0) + 1
        if link.score < strong or link.label == "conflict":
            continue
        near_by.setdefault(link.a, set()).add(link.b)
        near_by.setdefault(link.b, set()).add(link.a)

    def one_story(a: int, b: int) -> bool:
        return between.get(frozenset((a, b)), 0) >= STORY_LINKS

    found = []
    for p, q, score in near:
        if not one_story(p[0], q[0]):
            continue
        third = {
            r[0]
            for r in near_by.get(p, set()) & near_by.get(q, set())
            if one_story(r[0], p[0]) and one_story(r[0], q[0])
        }
        if len(third) >= vouchers:
            found.append((p, q, score))
    return found


POOL_SHARE = 0.5
"""``pooled``: the share of a lone sentence's content (IDF²-weighted stems) that the claim's
pooled content words must hold."""


def pooled_joins(
    claims_made: Sequence[story.Claim], table: LinkTable, texts: Sequence[str], meaning: bool
) -> tuple[story.Claim, ...]:
    """``pooled`` / ``pooled-meaning``: a sentence that is a claim of one outlet joins a claim
    it has a link into (a claim of two other articles or more) when the claim's pooled content
    — the content words of all its variants in other articles, or the mean of their meaning
    vectors — covers it: half its weighted content words, or a cosine of
    ``lookalikes.MEANING_CLOSE``. A sentence that summarises two variants is compared with the
    claim, not with the one variant it links to."""
    from newsdiff.core.similarity import idf_weights
    from newsdiff.core.words import features

    number = {position: k for k, position in enumerate(table.positions)}
    feats = [features(text) for text in texts]
    idf = idf_weights(f.content for f in feats if f.content)
    vectors = meaning_vectors(texts) if meaning else None
    own: dict[Position, int] = {}
    for k, claim in enumerate(claims_made):
        for position in claim.variants:
            if position not in claim.also:
                own[position] = k
    lone = {
        claim.variants[0] for claim in claims_made if len(claim.variants) - len(claim.also) == 1
    }
    linked: dict[Position, set[int]] = {}
    for k in range(len(table)):
        link = table.link(k)
        for x, y in ((link.a, link.b), (link.b, link.a)):
            if x in lone and y in own:
                linked.setdefault(x, set()).add(own[y])
    added: dict[int, list[Position]] = {}
    for x, targets in linked.items():
        best, best_value = None, 0.0
        for k in targets:
            others = [v for v in claims_made[k].variants if v[0] != x[0]]
            if len({v[0] for v in others}) < 2:
                continue
            if vectors is not None:
                centre = vectors[[number[v] for v in others]].mean(axis=0)
                norm = float(np.linalg.norm(centre))
                value = float(vectors[number[x]] @ centre) / norm if norm else 0.0
                enough = value >= lookalikes.MEANING_CLOSE
            else:
                pool = set().union(*(feats[number[v]].content for v in others))
                mine = feats[number[x]].content
                total = sum(idf.get(w, 0.0) ** 2 for w in mine)
                value = sum(idf.get(w, 0.0) ** 2 for w in mine & pool) / total if total else 0.0
                enough = value >= POOL_SHARE
            if enough and value > best_value:
                best, best_value = k, value
        if best is not None:
            added.setdefault(best, []).append(x)
    return tuple(
        replace(claim, variants=claim.variants + tuple(added.get(k, ())))
        for k, claim in enumerate(claims_made)
    )


def meaning_vectors(texts: Sequence[str]) -> np.ndarray | None:
    """The meaning vectors of ``texts`` (unit length), as the story reads them."""
    from newsdiff.core import semantic

    return semantic.sentence_vectors(list(texts))


def _one_link_kept(groups, first, second, article, share, *rest):  # type: ignore[no-untyped-def]
    """``one-link``: the re-check, and a sentence left a claim of its own whose one link in
    the corpus goes to another claim is carried by that link's other end, as a sentence that
    joined on that link and left it at the re-check is."""
    groups, departed = ORIGINAL_REFINE(groups, first, second, article, share, *rest)
    ends = np.concatenate((first, second))
    degree = np.bincount(ends, minlength=len(groups))
    size = np.bincount(groups, minlength=len(groups))
    for x, y in zip(first.tolist(), second.tolist(), strict=True):
        for one, other in ((x, y), (y, x)):
            if degree[one] == 1 and size[groups[one]] == 1:
                departed.append((one, other))
    return groups, departed


def install(variant: str, linkage: float, floor: float = FLOOR) -> None:
    """Make ``story.build_story`` (as ``eval_story`` calls it) use ``variant``."""
    claims.different_quotations = ORIGINAL_DIFFERENT_QUOTATIONS
    story._block_cosine = ORIGINAL_BLOCK_COSINE
    story_also.ALSO_LINKS = ORIGINAL_ALSO_LINKS
    story_grouping.refine_groups = ORIGINAL_REFINE
    story_refine.ALSO_LINKS = ORIGINAL_REFINE_LINKS
    story_grouping.inherited = ORIGINAL_INHERITED
    if variant == "no-inherit":
        story_grouping.inherited = lambda *_, **__: {}
    if variant == "no-recheck":
        story_grouping.refine_groups = lambda groups, *_, **__: (groups, [])
    if variant == "recheck-all":
        story_refine.ALSO_LINKS = sys.maxsize
    story_grouping.rehomed = ORIGINAL_REHOMED
    if variant == "one-link":
        story_grouping.refine_groups = _one_link_kept
    if variant == "no-rehome":
        story_grouping.rehomed = lambda *_, **__: None
    if variant == "fragment-quotes":
        _statements_only()
    if variant == "shared-in-quotes":
        _shared_in_quotes()
    if variant == "no-also":
        story_also.ALSO_LINKS = sys.maxsize
    if variant in ("pair-axis", "corpus-axis"):
        story._block_cosine = _axis_cosine(variant == "pair-axis")
    scores = Scores()
    near: list[tuple[Position, Position, float]] = []
    inner: list = [story.pair_links]
    build = ORIGINAL_BUILD
    make_claims = ORIGINAL_GROUP

    def linker(prepared: PreparedPair, settings: Settings) -> list[tuple[int, int, str, float]]:
        scores.record(prepared)
        found = inner[0](prepared, settings)
        if variant in SUPPORT:
            a, b = scores.paths[prepared.left.path], scores.paths[prepared.right.path]
            near.extend(
                ((a, i), (b, j), value)
                for i, j, value in near_misses(
                    prepared,
                    settings,
                    variant == "support-gap",
                    ("conflict",) if variant == "transitive-strong" else (),
                )
            )
        if variant.startswith("quotes"):
            have = {(i, j) for i, j, _, _ in found}
            extra = quote_links(prepared, full_only=variant == "quotes-full")
            found += [link for link in extra if link[:2] not in have]
        return found

    def grouped(positions, table, at, texts=None, near_link=None, keys=None):  # type: ignore[no-untyped-def]
        if variant in SUPPORT and at != 0.0:
            links = [table.link(k) for k in range(len(table))]
            vouchers = 2 if variant == "support-2" else 1
            strong = STRONG if variant == "transitive-strong" else 0.0
            extra = supported(near, links, vouchers, strong)
            number = {position: k for k, position in enumerate(table.positions)}
            widened = LinkTable(table.positions)
            widened.add(0, 0, [(number[x.a], number[x.b], x.label, x.score) for x in links])
            widened.add(0, 0, [(number[p], number[q], "supported", v) for p, q, v in extra])
            made = make_claims(positions, widened, at, texts, near_link, keys)
            return tuple(  # a supported pair counts for grouping, it is not a link
                replace(claim, links=tuple(x for x in claim.links if x.label != "supported"))
                for claim in made
            )
        if variant == "inherit-any" and at != 0.0:  # no sign asked of the sentence itself
            return make_claims(positions, table, at, texts, None, keys)
        if variant.startswith("pooled") and at != 0.0:
            made = make_claims(positions, table, at, texts, near_link, keys)
            return pooled_joins(made, table, texts, meaning=variant == "pooled-meaning")
        if (
            at == 0.0
            or variant.startswith("quotes")
            or variant in ("fragment-quotes", *OWN_SCORING)
        ):  # the story's own grouping
            return make_claims(
                positions, table, at, texts, near_link, keys
            )  # linkage 0: the "links" reading
        links = [table.link(k) for k in range(len(table))]
        return group(variant, positions, links, linkage, scores, floor)

    def built(articles, settings=None, **options):  # type: ignore[no-untyped-def]
        scores.paths = {article.path: k for k, article in enumerate(articles)}
        scores.values = {}
        near.clear()
        inner[0] = options.pop("linker", story.pair_links)  # eval_story's, which records
        return build(articles, settings, linker=linker, **options)

    story._group = grouped  # type: ignore[assignment]
    eval_story.build_story = built  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    """Print each variant's pairwise figures on the tuning and held-out sets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=list(VARIANTS))
    parser.add_argument("--linkage", type=float, default=story.LINKAGE)
    parser.add_argument("--floor", type=float, default=FLOOR, help="for transitive")
    parser.add_argument("--gold", type=Path, default=eval_story.REPO.parent / "shared" / "gold")
    parser.add_argument("--strong", type=float, default=STRONG, help="for transitive-strong")
    parser.add_argument("--real", action="store_true", help="new same-claim pairs on real-dev")
    parser.add_argument("--show", type=int, default=0, help="print N new real-dev pairs")
    parser.add_argument(
        "--tune-only", action="store_true", help="the seeds alone (report sets not totalled)"
    )
    args = parser.parse_args(argv)
    globals()["STRONG"] = args.strong
    unknown = sorted(set(args.variants) - set(VARIANTS))
    if unknown:
        print(f"error: unknown variant {unknown[0]}: choose from {', '.join(VARIANTS)}")
        return 2
    real = eval_story.REPO.parent / "shared" / "data" / "real-dev" / "clusters"
    baseline: dict[str, set[frozenset[Position]]] = {}
    if args.real and real.is_dir():
        install("story", args.linkage, args.floor)
        baseline = _real_pairs(real)
    for variant in args.variants:
        install(variant, args.linkage, args.floor)
        results = eval_story.run(
            args.gold,
            eval_story.REPO / "seeds",
            story.LINKAGE,
            verbose=False,
            tune_only=args.tune_only,
        )
        line = "  ".join(
            f"{label.split(' (')[0]}: F1 {readings['direct'][2]:.3f}"
            f" (P {readings['direct'][0]:.3f} R {readings['direct'][1]:.3f})"
            for label, readings in results.items()
        )
        if baseline:
            line += "  " + _real_changes(real, baseline, args.show)
        print(f"{variant:14} {args.linkage:.2f}  {line}", flush=True)
    return 0


def _real_pairs(root: Path) -> dict[str, set[frozenset[Position]]]:
    """Per real-dev cluster: the pairs of sentences of two articles that share a claim."""
    from newsdiff.core.load import load_corpus

    found: dict[str, set[frozenset[Position]]] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        built = eval_story.build_story(load_corpus([folder]).articles)
        pairs: set[frozenset[Position]] = set()
        for claim in built.claims:
            for k, x in enumerate(claim.variants):
                pairs.update(frozenset((x, y)) for y in claim.variants[k + 1 :] if x[0] != y[0])
        found[folder.name] = pairs
    return found


def _real_changes(root: Path, baseline: dict[str, set[frozenset[Position]]], show: int) -> str:
    """``real-dev: +N −M pairs in K clusters`` against the story; ``show`` new pairs printed."""
    from newsdiff.core.load import load_corpus

    now = _real_pairs(root)
    added = {name: now[name] - baseline[name] for name in now}
    lost = sum(len(baseline[name] - now[name]) for name in now)
    shown = 0
    for name, pairs in added.items():
        if shown >= show or not pairs:
            continue
        articles = load_corpus([root / name]).articles
        from newsdiff.core.article_cache import analyse

        texts = [analyse(article.text).sentences for article in articles]
        for pair in sorted(pairs, key=sorted)[: show - shown]:
            x, y = sorted(pair)
            print(f"  {name} {x} ~ {y}")
            for a, i in (x, y):
                print(f"      {texts[a][i].text[:150]!r}")
            shown += 1
    changed = sum(1 for pairs in added.values() if pairs)
    return f"real-dev: +{sum(map(len, added.values()))} -{lost} pairs ({changed} clusters)"


if __name__ == "__main__":
    sys.exit(main())
