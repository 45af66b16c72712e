"""Word differences: spans are absolute, slice to whole words, and cover both sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Sentence
from newsdiff.core.worddiff import word_diff, word_spans
from newsdiff.core.words import normalize


def _sentence(text: str, index: int, prefix: str) -> tuple[str, Sentence]:
    full = prefix + text
    return full, Sentence(index, len(prefix), len(full), text)


def test_changed_words_are_reported_with_absolute_spans() -> None:
    left_text, left = _sentence("Rubio met Jaishankar on Monday.", 0, "Headline.\n")
    right_text, right = _sentence("Rubio met “Jaishankar” on Sunday.", 3, "Other.\nMore.\n")
    diff = word_diff(left, right)
    assert (diff.left, diff.right) == (0, 3)
    assert [left_text[a:b] for a, b in diff.left_changed] == ["Monday"]
    assert [right_text[a:b] for a, b in diff.right_changed] == ["Sunday"]
    # quote marks and case are not differences
    assert "Jaishankar" not in [right_text[a:b] for a, b in diff.right_changed]


def test_inserted_and_deleted_words_have_empty_opposite_spans() -> None:
    left_text, left = _sentence("the more we sell them", 0, "")
    right_text, right = _sentence("obviously the more we sell", 0, "")
    diff = word_diff(left, right)
    tags = {op.tag for op in diff.ops}
    assert {"insert", "delete"} <= tags
    for op in diff.ops:
        if op.tag == "insert":
            assert op.left[0] == op.left[1]
            assert right_text[op.right[0] : op.right[1]] == "obviously"
        if op.tag == "delete":
            assert op.right[0] == op.right[1]
            assert left_text[op.left[0] : op.left[1]] == "them"


_words = st.lists(
    st.sampled_from(["Rubio", "said", "India’s", "U.S.", "19%", "ties", "“deep”", "—", "and"]),
    min_size=0,
    max_size=10,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_words, _words, st.text(max_size=5))
def test_spans_slice_to_words_and_cover_every_word(left: str, right: str, prefix: str) -> None:
    left_text, left_sentence = _sentence(left, 0, prefix)
    right_text, right_sentence = _sentence(right, 1, "")
    diff = word_diff(left_sentence, right_sentence)
    left_words = word_spans(left_sentence)
    right_words = word_spans(right_sentence)
    covered_left = covered_right = 0
    for op in diff.ops:
        for (start, end), text, sentence in (
            (op.left, left_text, left_sentence),
            (op.right, right_text, right_sentence),
        ):
            assert sentence.start <= start <= end <= sentence.end
            piece = text[start:end]
            assert piece == piece.strip()
        covered_left += sum(1 for _, (a, b) in left_words if op.left[0] <= a and b <= op.left[1])
        covered_right += sum(
            1 for _, (a, b) in right_words if op.right[0] <= a and b <= op.right[1]
        )
        if op.tag == "equal":
            assert normalize(left_text[op.left[0] : op.left[1]]) == normalize(
                right_text[op.right[0] : op.right[1]]
            )
    assert covered_left == len(left_words)
    assert covered_right == len(right_words)
