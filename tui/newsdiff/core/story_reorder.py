"""A story computed for one order of its articles, told in another order.

The claims do not depend on the order the articles are named in (ties are broken by what an
article is: :func:`newsdiff.core.story._article_keys`); what does is how the story is told:
reading order (a claim's first carrier, its place in the list), the order of each claim's
variants and links, which end of a link is ``a``, the matrix rows. :func:`reordered` retells a
cached story in the user's order exactly as :func:`~newsdiff.core.story.build_story` would
have told it, so the story cache can be keyed by the set of texts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from newsdiff.core.models import Article
from newsdiff.core.story_grouping import ClaimLinks, LinkColumns
from newsdiff.core.story_model import Claim, PairLink, Position, Story

_Columns = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def text_hash(article: Article) -> str:
    """The SHA-256 of an article's text (what the story cache keys a story by)."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def matching(cached: Sequence[Article], articles: Sequence[Article]) -> list[int] | None:
    """For each of ``articles``, the index of the cached article with the same text, or
    ``None`` when the two lists do not hold the same texts.

    Copies of one text are matched by the order of their paths (then places), the order the
    grouping breaks their ties in, so the cached claims read as a fresh computation's.
    """
    if len(cached) != len(articles):
        return None

    def by_text(items: Sequence[Article]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for k, article in enumerate(items):
            found.setdefault(text_hash(article), []).append(k)
        for places in found.values():
            places.sort(key=lambda k: (items[k].path, k))
        return found

    old, new = by_text(cached), by_text(articles)
    if {key: len(v) for key, v in old.items()} != {key: len(v) for key, v in new.items()}:
        return None
    order = [0] * len(articles)
    for key, places in new.items():
        for place, source in zip(places, old[key], strict=True):
            order[place] = source
    return order


def reordered(story: Story, articles: Sequence[Article], order: Sequence[int]) -> Story:
    """``story`` told for ``articles``, where ``articles[k]`` is the story's article
    ``order[k]`` (same text; the path may differ)."""
    from newsdiff.core.story import _article_keys

    count = len(order)
    place = [0] * count
    for k, source in enumerate(order):
        place[source] = k
    sentences = tuple(story.sentences[source] for source in order)
    starts = np.zeros(count + 1, dtype=np.int64)
    starts[1:] = np.cumsum([len(segs) for segs in sentences])
    keys = _article_keys(articles)
    # each corpus sentence's place in the order equal-score links are visited in
    intrinsic = sorted(
        ((a, s) for a in range(count) for s in range(len(sentences[a]))),
        key=lambda p: (keys[p[0]], p[0], p[1]),
    )
    rank = np.zeros(int(starts[-1]), dtype=np.int64)
    for k, (a, s) in enumerate(intrinsic):
        rank[starts[a] + s] = k
    labels: list[str] = []
    where: dict[int, np.ndarray] = {}
    told: list[tuple[Position, tuple[Position, ...], tuple[Position, ...], Claim, _Columns]] = []
    leaving: list[_Columns] = []
    for claim in story.claims:
        own = sorted((place[a], s) for a, s in claim.variants if (a, s) not in claim.also)
        extra = tuple(sorted((place[a], s) for a, s in claim.also))
        columns = _link_columns(claim.links, place, starts, labels, where)
        told.append((own[0], tuple(own), extra, claim, columns))
    told.sort(key=lambda item: item[0])
    for *_, claim, _columns in told:  # a claim's cross-references after every claim's links
        leaving.append(_link_columns(claim.related, place, starts, labels, where))
    positions = [(a, s) for a in range(count) for s in range(len(sentences[a]))]
    parts: list[tuple[np.ndarray, ...]] = []
    spans: list[tuple[int, int] | None] = []
    size = 0
    for columns in [item[-1] for item in told] + leaving:
        ends, other, label, score = columns
        if not len(ends):
            spans.append(None)
            continue
        sequence = np.lexsort((rank[other], rank[ends]))
        parts.append((ends[sequence], other[sequence], label[sequence], score[sequence]))
        spans.append((size, size + len(ends)))
        size += len(ends)
    joined = [
        np.concatenate([part[k] for part in parts]) if parts else np.zeros(0) for k in range(4)
    ]
    store = LinkColumns(
        positions,
        labels,
        joined[0].astype(np.intc),
        joined[1].astype(np.intc),
        joined[2].astype(np.uint8),
        joined[3].astype(np.float64),
    )
    claims = tuple(
        Claim(
            variants=(*own, *extra),
            links=() if span is None else ClaimLinks(store, *span),
            conflict=claim.conflict,
            also=extra,
            related=() if apart is None else ClaimLinks(store, *apart),
        )
        for (_, own, extra, claim, _), span, apart in zip(
            told, spans[: len(told)], spans[len(told) :], strict=True
        )
    )
    return replace(
        story,
        articles=tuple(articles),
        sentences=sentences,
        boilerplate=tuple(story.boilerplate[source] for source in order),
        matrix=tuple(tuple(story.matrix[r][c] for c in order) for r in order),
        claims=claims,
        scoring=replace(story.scoring, corpus=tuple(article.path for article in articles)),
    )


def _link_columns(
    links: Sequence[PairLink],
    place: Sequence[int],
    starts: np.ndarray,
    labels: list[str],
    where: dict[int, np.ndarray],
) -> _Columns:
    """A claim's links as columns in the new order: corpus sentence numbers of each end (the
    end in the earlier article first, as the story lists a pair), label codes into ``labels``
    (extended as new labels turn up), scores. ``where`` keeps each shared store's positions
    as an array, read once a story."""
    if isinstance(links, ClaimLinks):
        store, rows = links._store, slice(links._start, links._stop)
        found = where.get(id(store))
        if found is None:
            found = where[id(store)] = np.array(store.positions, dtype=np.int64).reshape(-1, 2)
        moved = np.array(place, dtype=np.int64)
        a_at, b_at = found[store.a[rows]], found[store.b[rows]]
        a_art, b_art = moved[a_at[:, 0]], moved[b_at[:, 0]]
        a = starts[a_art] + a_at[:, 1]
        b = starts[b_art] + b_at[:, 1]
        codes = [_code(labels, label) for label in store.labels]
        label = np.array(codes, dtype=np.int64)[store.label[rows]] if codes else store.label[rows]
        score = np.asarray(store.score[rows], dtype=np.float64)
    else:
        a = np.array([starts[place[x.a[0]]] + x.a[1] for x in links], dtype=np.int64)
        b = np.array([starts[place[x.b[0]]] + x.b[1] for x in links], dtype=np.int64)
        a_art = np.array([place[x.a[0]] for x in links], dtype=np.int64)
        b_art = np.array([place[x.b[0]] for x in links], dtype=np.int64)
        label = np.array([_code(labels, x.label) for x in links], dtype=np.int64)
        score = np.array([x.score for x in links], dtype=np.float64)
    swap = a_art > b_art
    first, second = np.where(swap, b, a), np.where(swap, a, b)
    return first, second, label, score


def _code(labels: list[str], label: str) -> int:
    if label not in labels:
        labels.append(label)
    return labels.index(label)
