"""Evidence keeps a hyphenated compound whole: *Dunmore-Mart* agrees as one word, not *Dunmore*
and *Mart*, and emphasis marks the whole compound on both sides (#19, evidence). Scoring and
the claim check still read the parts (so scores do not change). Every text is invented."""

from __future__ import annotations

import re

from app_factory import build
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.claims import Evidence, check_claims, read_claim
from newsdiff.core.emphasis import emphasis
from newsdiff.core.evidence import agree_as_written

LEFT = "Dunmore-Mart shoppers filed a class-action suit against the state-run ferry company."
RIGHT = "A class action suit was filed against Dunmore-Mart by shoppers and the ferry company."


def agree(left: str, right: str) -> tuple[str, ...]:
    return check_claims(read_claim(left), read_claim(right), verbatim=30.0).evidence.agree


def test_a_compound_both_write_is_one_agreeing_word() -> None:
    words = agree(LEFT, RIGHT)
    assert "Dunmore-Mart" in words and "class-action" in words
    assert not {"Dunmore", "Mart", "class", "action"} & set(words)
    # written as the other sentence writes it, hyphen or space
    assert "class action" in agree_as_written(words, RIGHT)
    assert "class-action" in agree(RIGHT, LEFT) or "class action" in agree(RIGHT, LEFT)
    # an abbreviation's compound too, and the other's part of a compound is not its word
    words = agree("Envoy calls the visit harmful to U.K.-Norway ties.", "U.K.-Norway ties fray.")
    assert "U.K.-Norway" in words and "Norway" not in words
    seen = agree_as_written(("state",), "Two states sued the state-run pier company.")
    assert seen == ("states",)


def test_a_part_of_a_compound_the_other_does_not_write_is_no_evidence() -> None:
    """*state-run* / no *state*: *run* and *state* are parts, not the other's words."""
    words = agree(LEFT, RIGHT)
    assert not {"state", "run", "state-run"} & {w.casefold() for w in words}
    assert "ferry" in words and "company" in words  # the plain words still agree


def test_emphasis_covers_the_whole_compound_on_both_sides() -> None:
    left = "Dunmore-Mart faces a class-action suit, the harbour paper reported on Friday."
    right = "Lawyers for shoppers brought the class action against Dunmore-Mart this spring."
    words = agree(left, right)
    comparison = build([left], [right], [(0, 0, "paraphrased", 60.0, Evidence(words))])
    for side, text in (("left", left), ("right", right)):
        found = emphasis(comparison, side, 0)
        assert found.kind == "evidence"
        marked = {text[s:e] for s, e in found.spans}
        assert "Dunmore-Mart" in marked
        assert ("class-action" if side == "left" else "class action") in marked


PLAIN = ["shoppers", "ferry", "company", "suit", "harbour", "council", "filed", "against", "the"]
COMPOUNDS = [
    "Dunmore-Mart",
    "class-action",
    "state-run",
    "son-in-law",
    "pier-side",
    "two-thirds",
    "U.K.-Norway",
]
SPLIT = [
    "Dunmore Mart",
    "class action",
    "state",
    "states",
    "run",
    "son",
    "law",
    "pier",
    "side",
    "two",
    "Norway",
    "U.K. Norway",
]
_HYPHENS = "\\-\u2010\u2011"


def _whole_in(word: str, text: str) -> bool:
    """``word`` stands in ``text`` as whole words, with no hyphen or word character beside it."""
    pattern = rf"(?<![\w{_HYPHENS}]){re.escape(word.casefold())}(?![\w{_HYPHENS}])"
    return re.search(pattern, text.casefold()) is not None


SENTENCE = st.lists(st.sampled_from(PLAIN + COMPOUNDS + SPLIT), min_size=2, max_size=12).map(
    lambda words: " ".join(words) + "."
)


@settings(max_examples=200, deadline=None)
@given(SENTENCE, SENTENCE)
def test_every_agreeing_word_is_a_whole_word_of_both_sentences(left: str, right: str) -> None:
    """Each agreeing word is written whole in the left sentence, and as the right sentence
    writes it, whole there: never a fragment of a hyphenated word on either side."""
    words = agree(left, right)
    for word in words:
        assert _whole_in(word, left), (word, left)
    for theirs in agree_as_written(words, right):
        assert _whole_in(theirs, right), (theirs, right)
