"""Templated, near-identical sentences must not link everything to everything."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.align import MAX_LINKS_PER_SENTENCE
from newsdiff.core.compare import compare_texts


def test_templated_lines_keep_a_few_links_per_sentence() -> None:
    left = " ".join(f"Sentence number {i} is short." for i in range(300))
    right = " ".join(f"Sentence number {i} is short." for i in range(0, 300, 2))
    comparison = compare_texts(left, right)
    for side in (comparison.left, comparison.right):
        assert all(len(s.links) <= MAX_LINKS_PER_SENTENCE for s in side.sentences)
    total = sum(len(s.links) for s in comparison.left.sentences)
    assert total <= MAX_LINKS_PER_SENTENCE * len(comparison.right.sentences)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(["The talks resumed.", "Officials met.", "Talks resumed."]), max_size=40
    )
)
def test_no_sentence_exceeds_the_link_cap(pieces: list[str]) -> None:
    text = " ".join(pieces)
    comparison = compare_texts(text, text)
    for side in (comparison.left, comparison.right):
        assert all(len(s.links) <= MAX_LINKS_PER_SENTENCE for s in side.sentences)
