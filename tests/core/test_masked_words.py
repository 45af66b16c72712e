"""Outlets mask a swear word each their own way; the masks are the same word (people24).

``f***ing`` and ``F**king`` were read as four words (``f``, ``ing``, ``f``, ``king``), so one
remark quoted by two outlets, each masking it its own way, was ``altered`` where nothing was
changed. A masked word is now one word: its first and last letters and its length. The texts are
invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quote_groups import match_quotes, quote_words


def q(text: str, start: int = 0) -> Quote:
    return Quote(start, start + len(text), text, "Tom Hale", "full", 0, (0,))


def status(mine: str, theirs: str) -> str:
    (match,), _ = match_quotes([q(mine)], [q(theirs, 300)])
    return match.status


def test_two_masks_of_one_word_are_the_same_words() -> None:
    body = "I am not paying for that f***ing bridge!"
    headline = "I Am Not Paying For That F**king Bridge"
    assert status(body, headline) == "verbatim"
    assert status(headline, body) == "verbatim"
    assert status("that f***ing bridge!", headline) == "excerpt"
    assert len(quote_words(q(body)).words) == 8


def test_what_is_not_the_same_mask_stays_a_change() -> None:
    body = "I am not paying for that f***ing bridge!"
    # the word written out, or masked to another length: not shown to be the same word
    assert status(body, "I am not paying for that freaking bridge!") == "altered"
    assert status(body, "I am not paying for that f**k bridge!") == "altered"
    # a footnote star is no mask
    assert quote_words(q("the cost* of the bridge")).words == ("the", "cost", "of", "the", "bridge")


@settings(max_examples=60, deadline=None)
@given(
    word=st.text(alphabet="abcdefghij", min_size=4, max_size=9),
    hide=st.lists(st.booleans(), min_size=9, max_size=9),
)
def test_any_mask_keeping_the_ends_and_the_length_is_the_word(word: str, hide: list[bool]) -> None:
    inner = "*" + "".join("*" if hide[k] else c for k, c in enumerate(word[2:-1]))
    masked = word[0] + inner + word[-1]  # at least one letter hidden, the ends kept
    other = word[0] + "*" * (len(word) - 2) + word[-1]
    assert (
        status(f"we will not pay for the {masked} wall", f"We will not pay for the {other} wall")
        == "verbatim"
    )
