"""The per-sentence link cap counts only links that pass the claim check (#19 item 4).

The articles are written for these tests (an imaginary harbour town). A lede has three
look-alike candidates that outscore its true counterpart: three other crews doing other things
to the same crossing. The claim check rejects them, and the lede's one true counterpart, which
scores lowest, is still linked: in the pair view and in the story view alike.
"""

from __future__ import annotations

import numpy as np
import pytest
from newsdiff.core.align import MAX_LINKS_PER_SENTENCE, find_links
from newsdiff.core.claims import ClaimCheck, Evidence
from newsdiff.core.compare import prepare
from newsdiff.core.models import Article, Settings
from newsdiff.core.story import build_story

LEFT = [
    "The storm surge flooded the Marlow Bay crossing overnight.",
    "Ferries stayed in port.",
]
RIGHT = [
    "Two volunteers cleared the Marlow Bay crossing overnight.",
    "A ferry crew inspected the Marlow Bay crossing overnight.",
    "Three engineers repaired the Marlow Bay crossing overnight.",
    "The surge left the Marlow Bay road under water.",
]
LOOKALIKES = (0, 1, 2)
COUNTERPART = 3
SETTINGS = Settings(shared=80.0, paraphrase=30.0)
"""A low paraphrase threshold, as a user may set it: every right sentence is a candidate."""


def _article(path: str, sentences: list[str]) -> Article:
    return Article(path=path, text="\n\n".join(sentences) + "\n", title=sentences[0])


@pytest.fixture(scope="module")
def pair():
    return prepare(_article("tribune.txt", LEFT), _article("herald.txt", RIGHT))


def test_the_lookalikes_outscore_the_counterpart_and_fill_the_cap(pair) -> None:
    """The premise: ranked by score alone, the look-alikes would take all the lede's slots."""
    scores = pair.scores.score[0]
    assert len(LOOKALIKES) >= MAX_LINKS_PER_SENTENCE
    assert all(scores[j] > scores[COUNTERPART] >= SETTINGS.paraphrase for j in LOOKALIKES)
    assert all(pair.check(0, j).outcome == "not linked" for j in LOOKALIKES)
    assert pair.check(0, COUNTERPART).outcome in ("shared", "paraphrased")


def test_pair_view_links_the_true_counterpart_past_rejected_lookalikes(pair) -> None:
    links = pair.comparison(SETTINGS).left.sentences[0].links
    assert [link.index for link in links] == [COUNTERPART]


def test_story_view_links_the_true_counterpart_past_rejected_lookalikes() -> None:
    story = build_story([_article("tribune.txt", LEFT), _article("herald.txt", RIGHT)], SETTINGS)
    linked = {
        link.b[1]
        for claim in story.claims
        for link in claim.links
        if link.a == (0, 0) and link.b[0] == 1
    }
    assert linked == {COUNTERPART}


def test_a_link_dropped_as_far_below_its_best_takes_no_slot() -> None:
    """Right sentence 0's slots: a link at 90 (its best), then three at 50, 49 and 48 whose
    left sentences each have a far better link (95) and that are far below 90 — all three are
    dropped (RELATIVE_KEEP). They must not fill the slots: left sentence 4, whose only
    counterpart is right sentence 0 (47), keeps that link."""
    score = np.zeros((5, 4), dtype=np.float32)
    score[0, 0] = 90.0
    for i, value in zip((1, 2, 3), (50.0, 49.0, 48.0), strict=True):
        score[i, 0] = value
        score[i, i] = 95.0
    score[4, 0] = 47.0

    def check(i: int, j: int) -> ClaimCheck:
        return ClaimCheck("paraphrased", Evidence())

    links = find_links(
        score, np.zeros_like(score), [True] * 5, [True] * 4, Settings(80.0, 45.0), check
    )
    assert {(link.left, link.right) for link in links} == {(0, 0), (1, 1), (2, 2), (3, 3), (4, 0)}
