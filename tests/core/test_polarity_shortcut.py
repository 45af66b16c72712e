"""The polarity check skips reading a sentence that neither negates nor uses an antonym when the
other sentence denies none of its words: it must find exactly what the full reading finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import disagreements
from newsdiff.core.claim import forget_polarity, read_claim

SUBJECTS = ["the harbour council", "Mayor Ines Karlsson", "ferry officials", "the union"]
NEGATIONS = ["", "", "did not", "never", "refused to", "would not", "no one", "has not been"]
VERBS = [
    "meet",
    "met",
    "visit",
    "visited",
    "sign",
    "signed",
    "seen",
    "confirm",
    "denied",
    "approve",
]
TAILS = [
    "the port strike deal on Friday",
    "the port strike deal since Friday",
    "'the port strike deal' on Friday",
    "the new port strike deal in Nordby",
    "the strike",
]
PREDICATE = st.tuples(st.sampled_from(NEGATIONS), st.sampled_from(VERBS)).map(
    lambda parts: " ".join(part for part in parts if part)
)
SENTENCE = st.tuples(
    st.sampled_from(SUBJECTS),
    st.one_of(PREDICATE, PREDICATE.map(lambda p: f'"{p}"'), PREDICATE.map(lambda p: f"‘{p}’")),
    st.sampled_from(TAILS),
    st.sampled_from(["", ", he said", ", 'we will not'", " and accepted it"]),
).map(lambda parts: " ".join(parts) + ".")


@settings(max_examples=300, deadline=None)
@given(SENTENCE, SENTENCE)
def test_polarity_conflicts_are_those_of_the_full_reading(left: str, right: str) -> None:
    a, b = read_claim(left), read_claim(right)
    forget_polarity()
    fast = disagreements.polarity_disagreements(a, b)
    original = disagreements._may_oppose
    disagreements._may_oppose = lambda left, right: True  # read both sentences, always
    try:
        forget_polarity()
        full = disagreements.polarity_disagreements(a, b)
    finally:
        disagreements._may_oppose = original
    assert fast == full


def test_a_plain_sentence_still_conflicts_with_its_denial() -> None:
    affirmed = read_claim("The harbour council visited the port strike union on Friday.")
    denied = read_claim("The harbour council did not visit the port strike union on Friday.")
    assert not affirmed.polar and denied.polar
    assert [d.kind for d in disagreements.polarity_disagreements(affirmed, denied)] == ["polarity"]
    assert [d.kind for d in disagreements.polarity_disagreements(denied, affirmed)] == ["polarity"]
