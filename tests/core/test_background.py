"""Same background, different claim: two sentences that share who and where but not what.

Every sentence here is written for these tests (an imaginary harbour town and its council).
"""

from __future__ import annotations

import numpy as np
import pytest
from newsdiff.core import semantic
from newsdiff.core.background import background_spans, core_words
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.compare import prepare
from newsdiff.core.load import article_from_bytes
from newsdiff.core.words import stem

# Two sentences of one story: the same place and the same inquiry in the background, two
# different facts in the foreground.
PROTEST = (
    "Outside the Marlow Harbour courthouse, where the planning inquiry opened, forty fishermen "
    "blocked the quay with their boats and sounded their horns for an hour."
)
HEARING = (
    "The planning inquiry has opened at the Marlow Harbour courthouse and will hear objections "
    "from residents until the end of the month, a council spokesman said."
)
# The same fact as PROTEST in other words.
PROTEST_AGAIN = (
    "Dozens of fishermen moored their boats across the quay and sounded their horns as the "
    "inquiry began at the Marlow Harbour courthouse."
)


def _check(left: str, right: str, meaning: float | None):
    return check_claims(read_claim(left), read_claim(right), meaning=meaning)


def test_background_is_set_aside() -> None:
    text = (
        "HARBOURTON — Councillor Ada Brin, a former harbour pilot, who chairs the inquiry, "
        "said (on Monday) the quay will close."
    )
    spans = background_spans(text)
    kept = "".join(c for k, c in enumerate(text) if not any(a <= k < b for a, b in spans))
    assert "HARBOURTON" not in kept
    assert "former harbour pilot" not in kept
    assert "chairs the inquiry" not in kept
    assert "Monday" not in kept
    assert "the quay will close" in kept


def test_core_words_leave_out_titles_attribution_and_background() -> None:
    words = core_words(read_claim(HEARING))
    assert {stem("objections"), stem("residents"), stem("month")} <= words
    assert stem("spokesman") not in words  # a title says who, not what
    assert stem("said") not in words  # the attribution
    assert stem("inquiry") not in core_words(read_claim(PROTEST))  # only in its where-clause


def test_same_background_different_claim_is_not_linked() -> None:
    result = _check(PROTEST, HEARING, meaning=0.3)
    assert result.outcome == "not linked"
    assert result.evidence.note == "same background, different claim"


def test_close_meaning_keeps_a_paraphrase_in_other_words() -> None:
    # few core words in common, but the meaning vectors say one fact: linked
    assert _check(PROTEST, PROTEST_AGAIN, meaning=0.7).outcome == "paraphrased"
    # and the same pair with vectors far apart is read as two claims only when the words
    # barely meet: these share fishermen, boats, quay, horns
    assert _check(PROTEST, PROTEST_AGAIN, meaning=0.3).outcome == "paraphrased"


def test_without_the_meaning_signal_the_rule_does_not_apply() -> None:
    assert (
        _check(PROTEST, HEARING, meaning=None).evidence.note != "same background, different claim"
    )


def test_a_quoted_word_in_common_keeps_the_pair_for_the_other_rules() -> None:
    left = (
        "Speaking at the quay on Monday, Councillor Brin called the closure a "
        "“painful, necessary step” and promised grants to the boat owners."
    )
    right = (
        "Speaking before the council vote, Councillor Brin conceded the fishermen were angry "
        "but said both sides were “necessary” partners in the harbour's future."
    )
    assert _check(left, right, meaning=0.3).evidence.note != "same background, different claim"


def test_short_sentences_say_too_little_to_be_read_as_two_claims() -> None:
    result = _check("The inquiry opened.", "The fishermen blocked the quay.", meaning=0.1)
    assert result.evidence.note != "same background, different claim"


def test_prepared_pair_reads_the_meaning_of_a_pair_from_the_kept_vectors() -> None:
    left = article_from_bytes("left.txt", (PROTEST + "\n\n" + HEARING).encode())
    right = article_from_bytes("right.txt", (PROTEST_AGAIN + "\n").encode())
    prepared = prepare(left, right)
    texts_left = [s.text for s in prepared.left_sentences]
    texts_right = [s.text for s in prepared.right_sentences]
    expected = semantic.cosine_matrix(texts_left, texts_right)
    if expected is None:  # the meaning signal is off here: nothing is kept, nothing is read
        assert prepared.scores.meaning(0, 0) is None
        return
    for i in range(len(texts_left)):
        for j in range(len(texts_right)):
            found = prepared.scores.meaning(i, j)
            assert found is not None
            assert found == pytest.approx(float(expected[i, j]), abs=1e-5)
    assert np.isfinite(expected).all()
