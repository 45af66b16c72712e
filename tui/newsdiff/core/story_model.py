"""What a story is, and how to read one: claims, their outlets and variants.

Plain data (:class:`Story`, :class:`Claim`, :class:`PairLink`) and the questions the app and the
reports ask of it (which claims an article carries, in what order to list them, which words a
variant changes). No scoring here, so the screens and writers import it without numpy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsdiff.core.models import Article, CharSpan, Scoring, Sentence, Settings
from newsdiff.core.path_names import distinct_names

if TYPE_CHECKING:
    from newsdiff.core.errors import ArticleError
    from newsdiff.core.story_disagreements import Conflict as StoryConflict

SCHEMA = "newsdiff.story/1"
"""The name and version of the JSON the story exports."""

Position = tuple[int, int]
"""A sentence of the corpus: (article index, sentence index)."""


class StoryCancelled(Exception):
    """Raised inside :func:`build_story` when its ``cancelled`` callback says stop."""


@dataclass(frozen=True, slots=True)
class PairLink:
    """A link between sentence ``a`` and sentence ``b`` of two different articles."""

    a: Position
    b: Position
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class Claim:
    """Sentences of several (or one) articles that state one claim.

    Attributes:
        variants: The sentences: those whose own claim it is, in corpus order (article, then
            sentence), then those that also carry it (:attr:`also`), in corpus order.
        links: The links between the variants that made the claim, and each ``conflict``
            link to a variant that carries the claim by contradicting one of them (a story's
            claims read them from columns they share, one :class:`PairLink` at a time).
        conflict: Whether any two variants conflict (a link labelled ``conflict``).
        also: The variants whose own claim is another: a sentence that states two claims
            (a summary of two remarks) is a variant of both, and belongs to the one it was
            grouped with (:meth:`Story.claim_index`).
        related: The links that leave the claim: one end an own variant of it, the other an
            own variant of another claim, the two sentences in no claim together (average
            linkage outvoted the link). A reader who sees ``≈`` between them in the pair view
            finds them here as a cross-reference (:mod:`newsdiff.core.story_xref`), listed in
            both claims.
    """

    variants: tuple[Position, ...]
    links: Sequence[PairLink] = ()
    conflict: bool = False
    also: tuple[Position, ...] = ()
    related: Sequence[PairLink] = ()

    @property
    def outlets(self) -> tuple[int, ...]:
        """The articles that carry the claim, in corpus order."""
        return tuple(sorted({article for article, _ in self.variants}))

    @property
    def first(self) -> Position:
        """The variant met first reading the corpus in order (first article, first sentence)
        among those whose own claim it is: the claim's reference sentence and label."""
        return self.variants[0]


@dataclass(frozen=True, slots=True)
class Story:
    """A corpus read at once: articles, their sentences, pair overlap and claims.

    Attributes:
        articles: The articles, in corpus order.
        sentences: Each article's sentences.
        boilerplate: Per article and sentence: is it site furniture (left out of claims)?
        matrix: ``matrix[a][b]``: the share of article ``a``'s story sentences that article
            ``b`` carries (shared, paraphrased or conflict); 1.0 on the diagonal.
        claims: Every claim, each story sentence the own variant of exactly one (and a
            variant of any other it also carries, :attr:`Claim.also`).
        settings: The thresholds the links were made at.
        scoring: What the scores were made with.
    """

    articles: tuple[Article, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    boilerplate: tuple[tuple[bool, ...], ...]
    matrix: tuple[tuple[float, ...], ...]
    claims: tuple[Claim, ...]
    settings: Settings = field(default_factory=Settings)
    scoring: Scoring = field(default_factory=Scoring)

    def claim_index(self) -> dict[Position, int]:
        """Each story sentence's own claim (an index into :attr:`claims`; a sentence that
        also carries other claims is a variant of those too, :attr:`Claim.also`)."""
        return {
            position: number
            for number, claim in enumerate(self.claims)
            for position in claim.variants
            if position not in claim.also
        }


def variant_changes(story: Story, claim: Claim) -> list[tuple[CharSpan, ...]]:
    """Per variant of ``claim``: the spans of its words that the first variant does not use.

    The first variant is the reference (nothing emphasized). Words are compared as the pair
    view's word diff compares them (case, quote marks and dashes folded) but as a bag, not in
    order: paraphrases reorder freely, and what a reader checks is which words and figures an
    outlet adds or changes. Function words and reporting verbs are never emphasized. A claim
    of one variant has nothing to compare: its words are not read.
    """
    if len(claim.variants) < 2:
        return [()] * len(claim.variants)
    from newsdiff.core.worddiff import word_spans
    from newsdiff.core.words import STOPWORDS

    reference_article, reference_index = claim.first
    reference = story.sentences[reference_article][reference_index]
    known = {key for key, _ in word_spans(reference)}
    result: list[tuple[CharSpan, ...]] = [()]
    for article, index in claim.variants[1:]:
        sentence = story.sentences[article][index]
        spans: list[CharSpan] = []
        for key, (start, end) in word_spans(sentence):
            if key in known or key in STOPWORDS:
                continue
            gap = story.articles[article].text[spans[-1][1] : start] if spans else "x"
            if spans and not gap.strip():
                spans[-1] = (spans[-1][0], end)  # "External Affairs Minister" is one run
            else:
                spans.append((start, end))
        result.append(tuple(spans))
    return result


def variants_by_outlet(story: Story, claim: Claim) -> list[tuple[Position, tuple[CharSpan, ...]]]:
    """The variants of ``claim`` as a reader is shown them, each with its changed words
    (:func:`variant_changes`): the first variant (the reference) and the rest of its outlet
    first, then each other outlet's variants together, in corpus order.

    One outlet can carry a claim twice (a headline and its own lead say the same thing, or a
    sentence that also carries the claim, :attr:`Claim.also`, listed after the claim's own
    variants): its variants are shown one under the other, never apart, and count one outlet.
    """
    changes = variant_changes(story, claim)
    reference = claim.first[0]
    also = set(claim.also)
    order = sorted(
        range(len(claim.variants)),
        key=lambda k: (
            claim.variants[k][0] != reference,
            claim.variants[k][0],
            claim.variants[k] in also,
            claim.variants[k][1],
        ),
    )
    return [(claim.variants[k], changes[k]) for k in order]


def variant_tag(claim: Claim, position: Position) -> str:
    """`` S9`` after the outlet of a variant whose article gives ``claim`` two variants or more
    (a headline and its lead, or a sentence that also carries the claim), else ``""``: two
    lines ``1 breitbart:`` did not say which sentence each is. Numbered from 1, as the pair
    view and the cross-reference lines number sentences."""
    article, index = position
    twice = sum(1 for where, _ in claim.variants if where == article) > 1
    return f" S{index + 1}" if twice else ""


def variant_label(claim: Claim, position: Position) -> str:
    """:func:`variant_tag`, then `` (also)`` for a variant whose own claim is another: the one
    label the story screen's variants pane and the story reports put after a variant's outlet
    (the thirteenth trial: an outlet counted through such a sentence was unexplained)."""
    return variant_tag(claim, position) + (" (also)" if position in claim.also else "")


def sorted_claims(story: Story, order: str = "coverage") -> list[int]:
    """Claim indices in ``order``: ``coverage`` (most outlets first), ``conflicts`` (conflicting
    claims first, then by coverage) or ``reading`` (first carrier, then sentence)."""
    numbers = range(len(story.claims))
    claims = story.claims
    if order == "reading":
        return list(numbers)
    if order == "conflicts":
        return sorted(numbers, key=lambda k: (not claims[k].conflict, -len(claims[k].outlets), k))
    if order == "coverage":
        return sorted(numbers, key=lambda k: (-len(claims[k].outlets), k))
    raise ValueError(f"unknown order {order!r}: choose coverage, conflicts or reading")


def claims_of(story: Story, article: int) -> dict[int, int]:
    """Per story sentence of ``article``: its claim (an index into ``story.claims``; furniture
    has no entry)."""
    return {
        sentence: number
        for number, claim in enumerate(story.claims)
        for where, sentence in claim.variants
        if where == article and (where, sentence) not in claim.also
    }


def outlet_ranges(outlets: Sequence[int]) -> str:
    """Article indices as 1-based numbers with runs joined: ``(0, 1, 2, 4)`` → ``1–3,5``.

    Thirty outlets of one wire story are ``1–30``, not eighty characters that push the claim's
    words out of a line."""
    runs: list[list[int]] = []
    for number in sorted(outlets):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ",".join(
        str(run[0] + 1)
        if len(run) == 1
        else f"{run[0] + 1},{run[-1] + 1}"
        if len(run) == 2
        else f"{run[0] + 1}–{run[-1] + 1}"
        for run in runs
    )


def first_conflict(claim: Claim) -> PairLink | None:
    """The conflict link of ``claim`` met first in reading order (by its earlier end), or
    ``None``: the pair a reader of a conflicting claim must see."""
    found = [link for link in claim.links if link.label == "conflict"]
    if not found:
        return None
    ordered = [(min(link.a, link.b), max(link.a, link.b)) for link in found]
    a, b = min(ordered)
    return next(link for link in found if {link.a, link.b} == {a, b})


def conflicting(claim: Claim) -> frozenset[Position]:
    """The variants of ``claim`` at either end of a conflict link: which outlets disagree
    (the claim's ``≠`` says only that two do)."""
    if not claim.conflict:
        return frozenset()
    return frozenset(
        end for link in claim.links if link.label == "conflict" for end in (link.a, link.b)
    )


def conflicts_with(claim: Claim) -> dict[Position, tuple[int, ...]]:
    """Each variant of ``claim`` at an end of a conflict link, with the outlets (article
    indices, sorted) at the other ends: when three or more outlets disagree on one claim,
    ``≠`` alone does not say who contradicts whom."""
    found: dict[Position, set[int]] = {}
    if claim.conflict:
        for link in claim.links:
            if link.label == "conflict":
                found.setdefault(link.a, set()).add(link.b[0])
                found.setdefault(link.b, set()).add(link.a[0])
    return {position: tuple(sorted(outlets)) for position, outlets in found.items()}


def with_disagreements(
    story: Story,
    variants: Sequence[tuple[Position, tuple[CharSpan, ...]]],
    conflicts: Iterable[StoryConflict],
) -> list[tuple[Position, tuple[CharSpan, ...]]]:
    """``variants`` (:func:`variants_by_outlet`) with, on each end of ``conflicts``, the words
    it disagrees on (``six weeks`` against ``nine weeks``) among its emphasized spans: the
    first variant changes no word against itself, so its side of a conflict showed plain."""
    extra: dict[Position, list[CharSpan]] = {}
    for conflict in conflicts:
        for item in conflict.evidence.disagree:
            for (article, index), (start, end) in (
                (conflict.left, item.left_span),
                (conflict.right, item.right_span),
            ):
                offset = story.sentences[article][index].start
                extra.setdefault((article, index), []).append((offset + start, offset + end))
    return [(where, (*spans, *extra.get(where, ()))) for where, spans in variants]


def story_inputs(
    articles: Iterable[Article],
) -> tuple[tuple[Article, ...], tuple[ArticleError, ...]]:
    """The ``articles`` a story can take, and one error for each it cannot: an article over the
    pair view's sentence limit (:data:`newsdiff.core.compare.MAX_SENTENCES`) is an input to
    skip, as an unreadable file is, not the end of the whole story (the fourteenth user
    trial: one 300,000-sentence file among good ones refused them all)."""
    from newsdiff.core.article_cache import sentence_count
    from newsdiff.core.compare import check_size
    from newsdiff.core.errors import ArticleError

    kept: list[Article] = []
    refused: list[ArticleError] = []
    for article in articles:
        try:
            check_size(article, sentence_count(article.text), article, 1)
        except ArticleError as error:
            refused.append(error)
        else:
            kept.append(article)
    return tuple(kept), tuple(refused)


def linked_note(linked: Sequence[int]) -> str:
    """``linked in 2 more (1, 3)``: the outlets (numbered from 1) the pair view links a claim
    to beyond those that carry it; ``""`` for none."""
    if not linked:
        return ""
    return f"linked in {len(linked)} more ({', '.join(str(k + 1) for k in linked)})"


def outlets_note(story: Story, claim: int) -> str:
    """``carried by 3 of 5: a.txt, c.txt, d.txt`` for claim number ``claim``; a file name that
    two folders share keeps the folder that tells them apart (``story2/nyt.txt``)."""
    outlets = story.claims[claim].outlets
    every_name = distinct_names([article.path for article in story.articles])
    names = ", ".join(every_name[k] for k in outlets)
    return f"carried by {len(outlets)} of {len(story.articles)}: {names}"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who carries a sentence, as the pair view of two articles shows it.

    Attributes:
        claim: The sentence's own claim (an index into ``Story.claims``).
        linked: The other claims the pair view links the sentence to on this pair: the own
            claims of the sentences its links reach, when the two share no claim (the story's
            cross-references, :attr:`Claim.related`, of this pair's links). Sorted.
        outlets: The articles that carry :attr:`claim` or one of :attr:`linked`, sorted.
    """

    claim: int
    linked: tuple[int, ...]
    outlets: tuple[int, ...]


def pair_provenance(
    story: Story, left: int, right: int, links: Iterable[tuple[int, int]]
) -> dict[Position, Provenance]:
    """Per story sentence of articles ``left`` and ``right``: who carries it, counting the
    claims the pair view's ``links`` (``(left sentence, right sentence)``) join it to.

    Average linkage can put two linked sentences in two claims (a lone link outvoted), and the
    pair view of their two articles shows them on one row: counting the sentence's own claim
    alone there said ``carried by 1 of 5: nyt.txt`` beside a link into huffpost. Each link
    whose two sentences share no claim (own or carried, :attr:`Claim.also`) adds the other
    end's own claim to the count: the story lists such a link as a cross-reference of both
    claims (:attr:`Claim.related`), or, for the few links the story's scoring does not make
    (the pair view's meaning nudge, docs/story.md *Accuracy* (b)), the row still shows it. A
    link inside one claim adds nothing (its outlets are counted already). Only this pair's
    links: the count is what the rows on screen show.
    """
    own = story.claim_index()
    ends = (left, right)
    member: dict[Position, set[int]] = {}
    for number, claim in enumerate(story.claims):
        for position in claim.variants:
            if position[0] in ends:
                member.setdefault(position, set()).add(number)
    linked: dict[Position, set[int]] = {}
    for i, j in links:
        a, b = (left, i), (right, j)
        if a not in own or b not in own or member[a] & member[b]:
            continue
        linked.setdefault(a, set()).add(own[b])
        linked.setdefault(b, set()).add(own[a])
    found: dict[Position, Provenance] = {}
    for position, number in own.items():
        if position[0] not in ends:
            continue
        others = tuple(sorted(linked.get(position, set()) - {number}))
        outlets = set(story.claims[number].outlets)
        for other in others:
            outlets.update(story.claims[other].outlets)
        found[position] = Provenance(number, others, tuple(sorted(outlets)))
    return found


def provenance_parts(story: Story, provenance: Provenance) -> tuple[str, tuple[int, ...], str]:
    """The pieces of :func:`provenance_note`: ``carried by 3 of 5``, the carrying articles'
    indices, and the linked claims' note (`` (claim 56 + linked claim 2)``, else empty), so a
    status line can cut the list at a whole name and say how many it left out."""
    if not provenance.linked:
        outlets = tuple(story.claims[provenance.claim].outlets)
        return f"carried by {len(outlets)} of {len(story.articles)}", outlets, ""
    others = ", ".join(str(k + 1) for k in provenance.linked)
    plural = "s" if len(provenance.linked) > 1 else ""
    return (
        f"carried by {len(provenance.outlets)} of {len(story.articles)}",
        provenance.outlets,
        f" (claim {provenance.claim + 1} + linked claim{plural} {others})",
    )


def provenance_note(story: Story, provenance: Provenance) -> str:
    """``carried by 3 of 5: a.txt, c.txt, d.txt``; with linked claims, which claims were
    counted after the names (a short status line cuts it first): ``carried by 5 of 5: a.txt,
    … (claim 56 + linked claim 2)``, numbered from 1 as the story screen and the reports number
    claims."""
    if not provenance.linked:
        return outlets_note(story, provenance.claim)
    head, outlets, linked = provenance_parts(story, provenance)
    every_name = distinct_names([article.path for article in story.articles])
    return f"{head}: {', '.join(every_name[k] for k in outlets)}{linked}"


def carried_note(story: Story, article: int, sentence: int) -> str | None:
    """``carried by 3 of 5: a.txt, c.txt, d.txt`` for one sentence, ``None`` for furniture."""
    claim = story.claim_index().get((article, sentence))
    return None if claim is None else outlets_note(story, claim)
