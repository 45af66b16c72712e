"""The claim check's inputs for one pair of sentences, read one way wherever a check is run.

The pair view (:meth:`newsdiff.core.compare.PreparedPair.check`) and the story's conflicts
(:func:`newsdiff.core.story_disagreements.conflict_evidence`) run the same claim check on two
sentences; both read its inputs here (each sentence's quotes, speakers, claim and subject's
referent; the pair's dates, headline flags and meaning cosine), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from newsdiff.core.claims import Claim, ClaimCheck, check_claims, read_claim
from newsdiff.core.models import Article, Quote, Sentence
from newsdiff.core.referents import with_referent


def sentence_quotes(text: str, sentences: Sequence[Sentence]) -> Sequence[Quote]:
    """The quotes of the article ``text`` over its segments ``sentences``: the article cache's
    when they are the cache's segments, else extracted over the given ones."""
    from newsdiff.core.article_cache import analyse

    analysis = analyse(text)
    if tuple(sentences) == analysis.sentences:
        return analysis.quotes
    from newsdiff.core.quotes import extract_quotes

    return extract_quotes(text, sentences)


def speakers_by_sentence(quotes: Iterable[Quote]) -> dict[int, tuple[str, ...]]:
    """The named speakers of the quotes each sentence carries (from the quote extractor)."""
    found: dict[int, list[str]] = {}
    for quote in quotes:
        if quote.speaker is None:
            continue
        for index in quote.sentences or (quote.sentence,):
            names = found.setdefault(index, [])
            if quote.speaker not in names:
                names.append(quote.speaker)
    return {index: tuple(names) for index, names in found.items()}


def sentence_claim(
    index: int,
    sentences: Sequence[Sentence],
    flags: Sequence[bool],
    speakers: Mapping[int, tuple[str, ...]],
    known: Mapping[str, Claim] | None = None,
) -> Claim:
    """The claim of ``sentences[index]`` as the claim check reads it: with the speakers the
    quote extractor gives the sentence (``speakers``: :func:`speakers_by_sentence`) and whom
    its subject stands for in the article (``flags`` mark furniture; ``known`` holds claims
    already read, by text)."""
    claim = read_claim(sentences[index].text, speakers.get(index, ()), known)
    return with_referent(claim, index, sentences, flags, known)


PairSetting = tuple[tuple[str | None, str | None], tuple[bool, bool]]
"""The two articles' dates and whether each sentence is its article's headline."""


def pair_setting(
    articles: tuple[Article, Article], sentences: tuple[Sentence, Sentence]
) -> PairSetting:
    """What the claim check reads of a sentence pair besides the two claims, their near-verbatim
    score and meaning: the articles' dates (``yesterday`` is read against them) and which
    sentence is a headline. A check kept for a pair of claims is the check of another pair of
    articles only if this is the same."""
    return (
        (articles[0].meta.date, articles[1].meta.date),
        (sentences[0].kind == "headline", sentences[1].kind == "headline"),
    )


def check_pair(
    left: Claim,
    right: Claim,
    *,
    verbatim: float,
    meaning: Callable[[], float | None],
    articles: tuple[Article, Article],
    sentences: tuple[Sentence, Sentence],
) -> ClaimCheck:
    """The claim check of two sentences' claims (:func:`sentence_claim`) of the two
    ``articles``: their near-verbatim score, their meaning cosine (read only if a rule asks),
    and :func:`pair_setting`."""
    written, headlines = pair_setting(articles, sentences)
    return check_claims(
        left, right, verbatim=verbatim, meaning=meaning, written=written, headlines=headlines
    )


def meaning_cosine(
    left_vectors: np.ndarray | None, left: int, right_vectors: np.ndarray | None, right: int
) -> float | None:
    """The cosine of two sentences' unit meaning vectors (``None`` when the signal is off)."""
    if left_vectors is None or right_vectors is None:
        return None
    return float(left_vectors[left] @ right_vectors[right])


__all__ = [
    "PairSetting",
    "check_pair",
    "meaning_cosine",
    "pair_setting",
    "sentence_claim",
    "sentence_quotes",
    "speakers_by_sentence",
]
