"""Each article text is analysed once: cached analyses are exactly the computed ones."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import article_cache, disk_cache
from newsdiff.core.compare import prepare
from newsdiff.core.load import load_article
from newsdiff.core.models import Settings
from newsdiff.core.segment import segment

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_memory_and_disk_hits_equal_a_fresh_analysis() -> None:
    text = load_article(SEEDS[1]).text
    fresh = article_cache.compute(text)
    first = article_cache.analyse(text)  # computed and stored
    from_memory = article_cache.analyse(text)
    article_cache.forget()
    from_disk = article_cache.analyse(text)
    assert first == fresh
    assert from_memory is first
    assert from_disk == fresh
    assert from_disk is not first  # really read back, not the object in memory


def test_an_unreadable_entry_is_recomputed(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDIFF_CACHE", str(tmp_path))
    text = "A short article.\n\n“We will rebuild,” the mayor said on Monday."
    key = disk_cache.content_key(article_cache.FORMAT, [text])
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{key}.pickle").write_bytes(b"not a pickle")
    article_cache.forget()
    assert article_cache.analyse(text) == article_cache.compute(text)


def test_a_cached_comparison_equals_the_uncached_one() -> None:
    """prepare() reads both articles from the cache; given segmentations bypass it."""
    left, right = load_article(SEEDS[0]), load_article(SEEDS[2])
    article_cache.forget()
    cached_twice = [prepare(left, right).comparison(Settings()) for _ in range(2)]
    uncached = prepare(
        left, right, left_sentences=segment(left.text), right_sentences=segment(right.text)
    ).comparison(Settings())
    dumped = [json.dumps(c.to_dict(), sort_keys=True) for c in [*cached_twice, uncached]]
    assert dumped[0] == dumped[1] == dumped[2]


def test_kept_scoring_features_are_the_features_of_each_scored_text() -> None:
    from newsdiff.core.words import features

    text = load_article(SEEDS[3]).text
    article_cache.forget()
    analysis = article_cache.analyse(text)
    expected = tuple(
        features("" if flag else sentence.text)
        for sentence, flag in zip(analysis.sentences, analysis.boilerplate, strict=True)
    )
    first = article_cache.scoring_features(text)
    article_cache.forget()
    from_disk = article_cache.scoring_features(text)
    assert first == expected
    assert from_disk == expected and from_disk is not first


def test_kept_counts_are_the_analysis_counts() -> None:
    for path in SEEDS:
        text = load_article(path).text
        analysis = article_cache.compute(text)
        article_cache.forget()
        first = article_cache.counts(text)
        article_cache.forget()
        assert (
            first
            == article_cache.counts(text)
            == (
                len(analysis.sentences),
                len(analysis.quotes),
            )
        )


words = st.sampled_from(["The", "mayor", "said", "“We", "rebuild,”", "Mr.", "Lee", "3.5", "U.S."])


@given(st.lists(st.lists(words, min_size=1, max_size=12), min_size=1, max_size=6))
@settings(max_examples=60, deadline=None)
def test_analysis_is_a_function_of_the_text(paragraphs) -> None:
    text = "\n\n".join(" ".join(p) + "." for p in paragraphs)
    assert article_cache.analyse(text) == article_cache.compute(text)


def test_kept_claims_are_the_claims_of_each_story_sentence() -> None:
    """A comparison of cached articles reads their claims back instead of reading each
    sentence again: what is read back must be exactly what reading gives."""
    from newsdiff.core.claim import read_claim

    text = load_article(SEEDS[2]).text
    article_cache.forget()
    expected = tuple(read_claim(sentence) for sentence in article_cache.analyse(text).story)
    first = article_cache.sentence_claims(text)
    article_cache.forget()
    from_disk = article_cache.sentence_claims(text)
    assert first == expected
    assert from_disk == expected and from_disk is not first


claim_words = st.sampled_from(
    ["The", "minister", "said", "“We", "will", "not", "rebuild,”", "Ms.", "Ruiz", "£3.5bn",
     "1,200", "residents", "on", "Monday", "in", "Leeds", "denied", "it", "didn't"]
)  # fmt: skip


@given(st.lists(claim_words, min_size=1, max_size=20))
@settings(max_examples=80, deadline=None)
def test_a_claim_read_back_from_its_pickle_is_the_same_claim(sentence) -> None:
    import pickle

    from newsdiff.core.claim import read_claim

    claim = read_claim(" ".join(sentence) + ".")
    assert pickle.loads(pickle.dumps(claim, protocol=pickle.HIGHEST_PROTOCOL)) == claim
