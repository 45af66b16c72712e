"""The compounds' lazy reading gives the evidence the eager one gave (#19, speed17).

A compound's names (and the Title Case reading they need) are read only when a check asks,
and the agreeing words keep the plain path when no shared stem sits inside a compound (of
the left, or written by the right only inside one). Both are for speed alone: on generated
hyphenated text (invented names, hyphens of three kinds, any capitalisation, headlines)
every answer must be the one the eager reading gives. Every text is invented.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import claims, compounds
from newsdiff.core.claim import Claim, read_claim
from newsdiff.core.compounds import compounds_of, names_alone, names_at

PARTS = (
    "Dunmore Mart Varnia Ostel Norway U.K. US state run class action led pro anti "
    "ferry shoppers coalition year old long term harbour Kessing"
).split()
WORDS = (
    "the ferry shoppers filed a suit against state company Varnia Ostel Norway said "
    "class action run talks on Monday and were led by"
).split()
HYPHEN = st.sampled_from(["-", "\u2010", "\u2011"])
CASE = st.sampled_from([str, str.lower, str.title, str.upper])


@st.composite
def _compound(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(PARTS), min_size=2, max_size=3))
    return draw(HYPHEN).join(draw(CASE)(part) for part in parts)


TOKEN = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS).map(str.title), _compound())


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(TOKEN, min_size=2, max_size=14))
    if draw(st.booleans()):  # a headline: every word capitalised
        words = [word[:1].upper() + word[1:] for word in words]
    return " ".join(words) + draw(st.sampled_from([".", "", ":"]))


SENTENCE = _sentence()


def eager_agreeing_words(left: Claim, right: Claim) -> tuple[str, ...]:
    """The agreeing words as read before: the compounds' path whenever a sentence writes a
    compound, with every compound's names read up front."""
    mine = compounds_of(left.text, left.words)
    theirs = compounds_of(right.text, right.words)
    for found in (mine, theirs):
        if found is not None:
            for k in range(len(found.spans)):
                found.of_names(k)
            assert found.named_alone == names_alone(found.text, found.tokens, found.spans)
    if mine is None and theirs is None:
        seen: dict[str, str] = {}
        for stemmed, start, end in left.content:
            if stemmed in right.stems and stemmed not in seen:
                seen[stemmed] = left.text[start:end]
        return tuple(seen.values())[: claims.MAX_AGREE]
    return claims._agreeing_compounds(left, right, mine, theirs)


@settings(max_examples=400, deadline=None)
@given(SENTENCE, SENTENCE)
def test_the_lazy_reading_gives_the_eager_evidence(left: str, right: str) -> None:
    compounds._READ.clear()
    a, b = read_claim(left), read_claim(right)
    lazy = claims._agreeing_words(a, b), claims._agreeing_words(b, a)
    lazy_check = claims.check_claims(a, b, verbatim=40.0)
    compounds._READ.clear()  # fresh readings: nothing read lazily is reused
    eager = eager_agreeing_words(a, b), eager_agreeing_words(b, a)
    assert lazy == eager
    with mock.patch.object(claims, "_agreeing_words", eager_agreeing_words):
        assert claims.check_claims(a, b, verbatim=40.0) == lazy_check
    for text, claim in ((left, a), (right, b)):
        found = compounds_of(text, claim.words)
        for k, (first, last) in enumerate(found.spans if found else ()):
            assert found is not None and found.of_names(k) == names_at(text, first, last)


def test_no_names_are_read_when_no_shared_word_sits_in_a_compound() -> None:
    """Two sentences that share only words outside their compounds: the evidence is the
    plain words, and no compound's names (nor Title Case) are read."""
    left = read_claim("Varnia-Ostel ferry shoppers filed a suit on Monday.")
    right = read_claim("The ferry company met shoppers from a state-run harbour.")
    compounds._READ.clear()
    with mock.patch.object(compounds, "names_at", side_effect=names_at) as reading:
        assert claims._agreeing_words(left, right) == ("ferry", "shoppers")
        assert claims.check_claims(left, right, verbatim=40.0).evidence.agree[:2] == (
            "ferry",
            "shoppers",
        )
    assert reading.call_count == 0


def test_names_are_read_when_a_shared_word_sits_in_a_compound() -> None:
    """A name inside a compound of names the other writes alone still agrees as that name."""
    left = read_claim("Varnia-Ostel talks were led by shoppers on Monday.")
    right = read_claim("Ostel shoppers said the talks ended.")
    compounds._READ.clear()
    assert claims._agreeing_words(left, right) == ("Ostel", "talks", "shoppers")
