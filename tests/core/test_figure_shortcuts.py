"""The figure reader's shortcut gives what the plain computation gives.

Words that no figure can begin with (:data:`~newsdiff.core.figure_starts.FIGURE_OPENERS`) are
passed with one lookup; reading every word in full must find the same figures.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import figures as figures_module
from newsdiff.core.figure_words import CURRENCY_WORDS, HEDGES, NUMBER_WORDS, SCALE_WORDS, UNITS

FIGURE_WORDS = sorted(
    {*NUMBER_WORDS, *SCALE_WORDS, *UNITS, *CURRENCY_WORDS}
    | {word for phrase, _ in HEDGES for word in phrase}
)
PIECES = st.one_of(
    st.sampled_from(FIGURE_WORDS),
    st.sampled_from(
        "a an half of tens hundreds thousands millions dozens per cent % $ £ € Rs USD inr "
        "people schools ago old year-old March 12th 9/11 , . - twenty-three two-dozen one-time "
        "Half A Million Thirty".split()
    ),
    st.from_regex(r"[0-9]{1,4}(,[0-9]{3})?(\.[0-9])?", fullmatch=True),
    st.sampled_from(
        ["half a million", "Half a billion", "a dozen", "an hundred", "a thousand", "USD 20"]
        + ["tens of thousands of", "hundreds of millions of", "dozens of", "Rs 500", "$ 5bn"]
    ),
)
SEPARATORS = st.sampled_from([" ", " ", "", "-", ", "])


class _EveryWord:
    """A set holding every word: the shortcut never passes one."""

    def __contains__(self, word: object) -> bool:
        return True


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(PIECES, SEPARATORS), max_size=16))
def test_figures_are_those_every_word_read_in_full_finds(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in pieces)
    shortcut = figures_module.figures(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(figures_module, "FIGURE_OPENERS", _EveryWord())
        assert figures_module.figures(text) == shortcut
