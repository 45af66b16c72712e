"""The claim check's and the link bookkeeping's shortcuts give what the plain computation gives.

Figures read only when both sentences state one, each claim's distinct content words kept per
sentence, claims re-made without :func:`dataclasses.replace`, the meaning cosine read only by
the rule that asks, titles looked for only where one can start, one-word name runs skipped, and
candidates ordered by a stable sort, the context sets made without empty differences: each
must leave every result as it was.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import claims, people, referents
from newsdiff.core.align import best_first
from newsdiff.core.claim import read_claim, replaced
from newsdiff.core.conversions import find_conversions
from newsdiff.core.disagreements import (
    SAME_CONTEXT,
    figure_check,
    same_context,
    shared_context,
    values_in_common,
)
from newsdiff.core.role_titles import TITLES

VOCABULARY = (
    "the minister said 12 workers were killed and 30 injured at the Kessing dock on Monday "
    "while Harbour Master Ana Ruiz told reporters that fares would rise by 4 per cent to £4.5m "
    "or $5.7m over 20 miles not 32 km he denied the report and the company did not confirm it "
    "Ana Ruiz Tom Hale attorney general prime minister"
).split()

SENTENCE = st.lists(st.sampled_from([*VOCABULARY, ".", ",", '"']), min_size=1, max_size=20).map(
    " ".join
)


def plain_agreeing_words(left: claims.Claim, right: claims.Claim) -> tuple[str, ...]:
    """The definition: the left content words, first of each stem, whose stem the right uses."""
    seen: dict[str, str] = {}
    for stemmed, start, end in left.content:
        if stemmed in right.stems and stemmed not in seen:
            seen[stemmed] = left.text[start:end]
    return tuple(seen.values())[: claims.MAX_AGREE]


@settings(max_examples=150, deadline=None)
@given(SENTENCE, SENTENCE)
def test_figures_are_read_as_in_full_and_agreeing_words_as_defined(left: str, right: str) -> None:
    a, b = read_claim(left), read_claim(right)
    agreeing, disagreeing, different_things = figure_check(a, b)
    shared = values_in_common(a, b)
    expected = (agreeing or shared, disagreeing, different_things)
    assert claims._figure_readings(a, b) == expected
    if not a.figures or not b.figures:
        assert find_conversions(a, b) == ()  # what the check skips reading
    for _ in range(2):  # read, then kept
        assert claims._agreeing_words(a, b) == plain_agreeing_words(a, b)
    agreeing_words = claims._agreeing_words(a, b)
    assert len(set(agreeing_words)) == len(agreeing_words)  # the check uses them as they are
    # a claim of the same text whose words differ (made by hand) is not read from the kept ones
    other = replaced(a, content=a.content[::-1])
    assert claims._agreeing_words(other, b) == plain_agreeing_words(other, b)


@settings(max_examples=80, deadline=None)
@given(SENTENCE, SENTENCE, st.floats(min_value=-1.0, max_value=1.0) | st.none())
def test_a_meaning_read_on_demand_gives_the_checks_of_a_meaning_given(
    left: str, right: str, meaning: float | None
) -> None:
    a, b = read_claim(left), read_claim(right)
    for verbatim in (0.0, 45.0, 90.0):
        given_now = claims.check_claims(a, b, verbatim=verbatim, meaning=meaning)
        asked = claims.check_claims(a, b, verbatim=verbatim, meaning=lambda: meaning)
        assert asked == given_now


@settings(max_examples=60, deadline=None)
@given(SENTENCE, st.sampled_from(["speakers", "referent", "quoted"]))
def test_a_replaced_claim_is_what_dataclasses_replace_makes(text: str, name: str) -> None:
    claim = read_claim(text)
    value = {"speakers": ("Ana Ruiz",), "referent": "ana ruiz", "quoted": ("fares",)}[name]
    made = replaced(claim, **{name: value})
    assert made == dataclasses.replace(claim, **{name: value})
    assert made.referent_reader is claim.referent_reader


TITLE_WORDS = sorted({word for title in TITLES for word in title} | {"the", "he", "said"})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=8), st.data())
def test_a_title_is_found_where_the_plain_search_finds_it(
    found: list[str], data: st.DataObject
) -> None:
    words = [(word, word, 0, 0) for word in found]
    k = data.draw(st.integers(0, len(words) - 1))
    plain = any(
        tuple(word for word, *_ in words[k : k + size]) in TITLES
        for size in range(2, referents._LONGEST_TITLE + 1)
    )
    assert referents._titled_at(words, k) == plain


NAME_PIECES = st.sampled_from(
    ["Ana", "Ruiz", "Rep.", "O’Neil", "T.", " ", "\u00a0", "\n", "-", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME_PIECES, max_size=10).map("".join))
def test_a_name_run_without_white_space_is_one_word(text: str) -> None:
    for run in people._NAME_RUN.finditer(text):
        if len(run.group(0).split(None, 1)) < 2:  # what people() skips as one word
            assert len(people._NAME_TOKEN.findall(run.group(0))) == 1


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 12),
    st.integers(1, 12),
    st.data(),
)
def test_candidates_come_best_first_in_lexsort_order(n: int, m: int, data: st.DataObject) -> None:
    # few distinct values: many ties, which the order must break by row, then column
    values = data.draw(st.lists(st.sampled_from([0.0, 50.0, 61.5, 80.0]), min_size=n * m))
    mask = data.draw(st.lists(st.booleans(), min_size=n * m, max_size=n * m))
    score = np.array(values[: n * m], dtype=np.float32).reshape(n, m)
    chosen = np.array(mask, dtype=bool).reshape(n, m)
    rows, cols = np.nonzero(chosen)
    order = np.lexsort((cols, rows, -score[rows, cols]))
    got_rows, got_cols = best_first(score, chosen)
    assert got_rows.tolist() == rows[order].tolist()
    assert got_cols.tolist() == cols[order].tolist()


def plain_shared_context(
    left: claims.Claim, right: claims.Claim, contested: frozenset[str], names: bool
) -> bool:
    """``disagreements.shared_context`` as first written (every set made)."""
    nouns = {f.noun for f in left.figures + right.figures if f.noun}
    a = left.claim_words - nouns - contested
    b = right.claim_words - nouns - contested
    if names:
        a = a | (left.who - contested)
        b = b | (right.who - contested)
    common = len(a & b)
    return common >= 2 and common >= SAME_CONTEXT * min(len(a), len(b))


def plain_same_context(left: claims.Claim, right: claims.Claim, share: float, names: bool) -> bool:
    """``disagreements.same_context`` as first written."""
    nouns = {f.noun for f in left.figures + right.figures if f.noun}
    a = left.claim_words - nouns
    b = right.claim_words - nouns
    if names:
        a, b = a | left.who, b | right.who
    if not a or not b:
        return False
    return len(a & b) >= share * min(len(a), len(b))


CONTESTED = st.frozensets(
    st.sampled_from(["minist", "worker", "far", "deny", "ruiz", "ana", "kill"])
)


@settings(max_examples=200, deadline=None)
@given(SENTENCE, SENTENCE, CONTESTED, st.sampled_from(["", "ruiz", "ana ruiz"]))
def test_the_shared_context_is_the_plain_set_comparison(
    left: str, right: str, contested: frozenset[str], referent: str
) -> None:
    a, b = read_claim(left), replaced(read_claim(right), referent=referent)
    for one, other in ((a, b), (b, a)):
        for names in (False, True):
            assert shared_context(one, other, contested, names=names) == plain_shared_context(
                one, other, contested, names
            )
            for share in (SAME_CONTEXT, 0.7):
                assert same_context(one, other, share, names=names) == plain_same_context(
                    one, other, share, names
                )
