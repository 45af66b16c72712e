"""The look-alike kinds in two whole articles (``tests/fixtures/lookalike_kinds``, written for
these tests): each look-alike pair is a candidate by its score, and the claim check unlinks it;
each paraphrase next to it stays linked."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.core.compare import prepare
from newsdiff.core.load import load_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "lookalike_kinds"


@pytest.fixture(scope="module")
def pair():
    left = load_article(FIXTURES / "marlow_tribune.txt")
    right = load_article(FIXTURES / "bay_herald.txt")
    return prepare(left, right)


def _index(sentences, start: str) -> int:
    return next(i for i, s in enumerate(sentences) if s.text.startswith(start))


def _linked(pair, li: int, ri: int) -> str | None:
    for link in pair.comparison().left.sentences[li].links:
        if link.index == ri:
            return link.label
    return None


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("The storm surge", "Two volunteers", "different actions"),
        (
            "MARLOW BAY — The council approved",
            "If the council",
            "shared words only in the background",
        ),
        (
            "Councillor Ada Brin",
            "MARLOW BAY — Councillor Ada Brin",
            "one speaker, different statements",
        ),
        ("The mayor and the harbour trust", "Thursday's meeting", "another time"),
    ],
)
def test_lookalikes_are_candidates_and_not_linked(pair, left: str, right: str, note: str) -> None:
    li, ri = _index(pair.left_sentences, left), _index(pair.right_sentences, right)
    assert pair.scores.score[li, ri] >= 40  # scoring alone would read them as a candidate
    check = pair.check(li, ri)
    assert check.outcome == "not linked" and check.evidence.note.startswith(note)
    assert _linked(pair, li, ri) is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The storm surge", "Floodwater from the storm surge"),
        ("Harbour Trust chairman Owen Pike", "Owen Pike, who chairs"),
    ],
)
def test_paraphrases_next_to_them_stay_linked(pair, left: str, right: str) -> None:
    li, ri = _index(pair.left_sentences, left), _index(pair.right_sentences, right)
    assert _linked(pair, li, ri) in {"paraphrased", "shared"}
