"""core.emphasis: a word diff while two sentences are mostly alike, only the evidence after."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import Evidence
from newsdiff.core.emphasis import MAX_CHANGED_SHARE, changed_share, emphasis, word_spans

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from app_factory import build  # noqa: E402


def _pair(left: str, right: str, agree: tuple[str, ...] = ()):
    return build([left], [right], [(0, 0, "paraphrased", 60.0, Evidence(agree))])


def test_a_light_edit_keeps_the_word_diff() -> None:
    comparison = _pair(
        "Jane Roe arrived on Monday for talks on trade.",
        "Jane Roe arrived on Monday for talks about trade.",
    )
    assert changed_share(comparison, 0, 0) < MAX_CHANGED_SHARE
    found = emphasis(comparison, "right", 0)
    assert found.kind == "changed"
    right = comparison.right.sentences[0].sentence
    assert [right.text[s - right.start : e - right.start] for s, e in found.spans] == ["about"]


def test_a_rewrite_emphasizes_only_the_shared_evidence_words() -> None:
    comparison = _pair(
        "Minister Jane Roe visits the port city.",
        "Roe in port city for trade talks.",
        agree=("Roe", "port", "city"),
    )
    assert changed_share(comparison, 0, 0) > MAX_CHANGED_SHARE
    for side in ("left", "right"):
        found = emphasis(comparison, side, 0)
        sentence = getattr(comparison, side).sentences[0].sentence
        words = [sentence.text[s - sentence.start : e - sentence.start] for s, e in found.spans]
        assert found.kind == "evidence"
        assert sorted(words) == ["Roe", "city", "port"]


WORDS = st.lists(st.sampled_from("trade talks port city harbour mayor spring budget".split()))


@given(WORDS, WORDS)
def test_changed_share_is_a_share_and_zero_for_identical_sentences(a, b) -> None:
    left = " ".join(["Roe", *a]) + "."
    right = " ".join(["Roe", *b]) + "."
    comparison = _pair(left, right)
    share = changed_share(comparison, 0, 0)
    assert 0.0 <= share <= 1.0
    if a == b:
        assert share == 0.0


@given(st.lists(st.sampled_from(["£4m", "Roe", "port", "U.S.", "6"]), min_size=1))
def test_word_spans_cover_exactly_the_words_asked_for(words) -> None:
    text = "Roe said the U.S. port would cost £4m over 6 weeks, Roe added."
    spans = word_spans(text, 10, tuple(words))
    wanted = {word.casefold() for word in words}
    for start, end in spans:
        assert text[start - 10 : end - 10].casefold() in wanted
    for word in wanted:
        assert any(text[s - 10 : e - 10].casefold() == word for s, e in spans)
