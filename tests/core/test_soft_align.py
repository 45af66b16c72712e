"""Soft word alignment (core/soft_align.py): BERTScore-style matching with static word vectors.

The sentences are invented for these tests (a harbour town's council, its bridge and library).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import semantic, soft_align
from newsdiff.core.soft_align import align_pairs, alignment, word_similarities
from newsdiff.core.words import stem

BRIDGE = (
    "Councillor Tom Hale said the harbour bridge would reopen to traffic on Tuesday after repairs."
)
BRIDGE_REWORDED = (
    "Tom Hale said the bridge reopens to vehicles Tuesday when the repairs are finished."
)
BRIDGE_TOLL = "Tom Hale said the harbour bridge toll would rise on Tuesday."
BRIDGE_CRASH = "Tom Hale said the harbour bridge was closed on Tuesday after a crash."
BUDGET = "The council cut the library budget by a fifth."
BUDGET_REWORDED = "The council reduced library funding by a fifth."
BUDGET_OTHER = "The council praised the library staff by name."


def f(left: str, right: str) -> float:
    found = alignment(left, right)
    assert found is not None  # the word vectors ship with the package
    return found


def test_the_word_vectors_are_on() -> None:
    assert semantic.status() == "on"


@pytest.mark.parametrize(
    ("sentence", "paraphrase", "lookalike"),
    [
        (BRIDGE, BRIDGE_REWORDED, BRIDGE_TOLL),
        (BRIDGE, BRIDGE_REWORDED, BRIDGE_CRASH),
        (BUDGET, BUDGET_REWORDED, BUDGET_OTHER),
    ],
)
def test_a_reworded_paraphrase_aligns_better_than_a_same_names_lookalike(
    sentence: str, paraphrase: str, lookalike: str
) -> None:
    assert f(sentence, paraphrase) > f(sentence, lookalike)


def test_near_synonyms_match_in_part_and_unrelated_words_not_at_all() -> None:
    vectors = semantic.sentence_vectors(["reduced", "cut", "funding", "budget", "praised"])
    assert vectors is not None
    table = word_similarities(vectors, vectors).astype(int)
    reduced, cut, funding, budget, praised = range(5)
    assert table[reduced, reduced] == soft_align.LEVELS
    assert table[funding, budget] > table[funding, praised]
    assert 0 < table[reduced, cut] < soft_align.LEVELS


def test_a_name_matches_only_itself() -> None:
    # two councillors are close as word vectors, not the same person
    assert f(
        "Councillor Hale voted against the plan.", "Councillor Ortiz voted against the plan."
    ) < f("Councillor Hale voted against the plan.", "Councillor Hale voted against the plan.")
    assert f("The vote went to Hale.", "The vote went to Ortiz.") < 1.0


def test_a_figure_matches_only_itself() -> None:
    assert f("The repairs cost 40 million.", "The repairs cost 40 million.") == 1.0
    assert f("The repairs cost 40 million.", "The repairs cost 90 million.") < 1.0


def test_weights_follow_rarity() -> None:
    # the words the two sentences put differently weigh more: the alignment is lower
    left, right = "council library budget", "council library funding"
    rare = {stem(w): 3.0 for w in ("budget", "funding")}
    common = {stem(w): 0.1 for w in ("council", "library")}
    weighted = alignment(left, right, rare | common)
    assert weighted is not None and 0.0 < weighted < f(left, right) < 1.0


def test_pairs_of_two_lists_are_aligned_at_once() -> None:
    left = [BRIDGE, BUDGET, ""]
    right = [BUDGET_REWORDED, BRIDGE_REWORDED]
    rows = np.array([0, 0, 1, 1, 2])
    cols = np.array([0, 1, 0, 1, 1])
    found = align_pairs(left, right, rows, cols)
    assert found is not None
    precision, recall = found
    for k, (i, j) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        one = align_pairs([left[i]], [right[j]], np.zeros(1, int), np.zeros(1, int))
        assert one is not None
        assert precision[k] == pytest.approx(one[0][0], abs=1e-6)
        assert recall[k] == pytest.approx(one[1][0], abs=1e-6)
    assert precision[4] == recall[4] == 0.0  # an empty sentence aligns with nothing


def test_no_pairs_no_work() -> None:
    found = align_pairs([BRIDGE], [BUDGET], np.zeros(0, int), np.zeros(0, int))
    assert found is not None
    assert found[0].shape == found[1].shape == (0,)


def test_switched_off_with_the_meaning_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDIFF_SEMANTIC", "0")
    semantic.reset()
    try:
        assert alignment(BRIDGE, BRIDGE_REWORDED) is None
    finally:
        monkeypatch.delenv("NEWSDIFF_SEMANTIC")
        semantic.reset()


WORDS = st.sampled_from(
    "the council harbour bridge Bridge Tom Hale reopened closed traffic 40 million cut library"
    " budget funding said not , . “ ” — 2024 Tuesday".split()
)
SENTENCES = st.lists(WORDS, max_size=14).map(" ".join) | st.text(max_size=40)


@settings(max_examples=60, deadline=None)
@given(SENTENCES, SENTENCES)
def test_bounded_and_symmetric_for_any_text(left: str, right: str) -> None:
    one = align_pairs([left], [right], np.zeros(1, int), np.zeros(1, int))
    other = align_pairs([right], [left], np.zeros(1, int), np.zeros(1, int))
    assert one is not None and other is not None
    for value in (*one, *other):
        assert 0.0 <= float(value[0]) <= 1.0
    # the precision one way is the recall the other way (up to the byte a similarity is kept in)
    assert float(one[0][0]) == pytest.approx(float(other[1][0]), abs=2 / soft_align.LEVELS)
    assert float(one[1][0]) == pytest.approx(float(other[0][0]), abs=2 / soft_align.LEVELS)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_a_sentence_aligns_fully_with_itself_or_not_at_all(text: str) -> None:
    assert f(text, text) in (0.0, pytest.approx(1.0))
