"""The per-sentence readings' shortcuts give what the plain computation gives (speed15).

A claim's words, content words, names and stems built column by column (``map``, ``zip``,
``compress``) instead of a loop over the words, and the word patterns of scoring and the claim
written with possessive repeats: each must give the plain computation's result, for any text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from newsdiff.core import claim, words

WORDS = (
    "The minister said Ana Ruiz did not attend the Kessing talks on Monday but Tom Hale’s "
    "aide won't confirm it , and U.S. officials can't say $ 4.5m or 12 % of the 2,000 "
    "workers ' Harbour Master ’s O’Neill café São_Paulo never refused isn't no 3rd"
).split()

TEXT = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=24).map(" ".join)


def plain_columns(text: str) -> tuple[object, ...]:
    """The claim's words, content, names, stems and polarity as one loop over the words
    reads them (the code before speed15)."""
    matches = list(claim._WORD.finditer(text))
    raw = [m.group(0) for m in matches]
    word_list: list[tuple[str, str, int, int]] = []
    content_list: list[tuple[str, int, int]] = []
    name_list: list[str] = []
    polar = False
    for k, match in enumerate(matches):
        word, stemmed, negates, is_content = claim._word_reading(raw[k])[:4]
        start, end = match.span()
        word_list.append((word, stemmed, start, end))
        if negates:
            polar = True
        if is_content:
            content_list.append((stemmed, start, end))
            if raw[k][0].isupper() and (k or (len(raw) > 1 and raw[1][:1].isupper())):
                name_list.append(stemmed)
    content = tuple(content_list)
    stems = frozenset(s for s, _, _ in content)
    return tuple(word_list), content, frozenset(name_list), stems, polar


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_claims_columns_are_the_loops(text: str) -> None:
    read = claim._read_claim.__wrapped__(text, ())  # type: ignore[attr-defined]
    words, content, names, stems, polar = plain_columns(text)
    assert read.words == words
    assert read.content == content
    assert read.names == names
    assert read.stems == stems
    assert read.polar == polar
    assert all(type(item) is tuple for item in read.words + read.content)


PROSE = st.lists(
    st.sampled_from(
        ["1", "2,000", "3.5", "%", "'", "’", "ab", "Zé", "_", " ", ".", ",", "-", "$", "£"]
        + ["٣", "²", "ǅ", "\u0301", "\n", '"', "“"]
    ),
    max_size=16,
).map("".join)
"""Glued fragments of prose: letters (accented, title-case, combining), digits (Arabic-Indic,
superscript), the marks that join or end a number or a word, and the signs the claim reads as
words."""

GREEDY_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:'[^\W\d_]+)*")
GREEDY_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*|[$£€₹¥%]")


@settings(max_examples=400, deadline=None)
@given(PROSE | TEXT)
@example("ab'1 2,000.5% 3,.4 Zé’ab ǅ'ab_c 5%%")
def test_the_possessive_word_patterns_match_what_the_greedy_ones_match(text: str) -> None:
    assert words._TOKEN.findall(text) == GREEDY_TOKEN.findall(text)
    spans = [match.span() for match in claim._WORD.finditer(text)]
    assert spans == [match.span() for match in GREEDY_WORD.finditer(text)]
