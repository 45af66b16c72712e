"""Polarity's fast path for plain words gives what the plain reading gives.

``predicate_signs`` reads a word that neither negates, doubts nor is passed over after a
negator straight as a predicate when no negator waits; the plain reading (as first written,
below) asks every rule of every word. Both must give the same signs and spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import polarity as P
from newsdiff.core.words import stem

WORDS = (
    "the council did not confirm denied that fares rise fell would never approve rejected plan "
    "no one body nobody won't isn't hardly refused to decline a an any been is was has had "
    "officially publicly likely unlikely if and or think believe consultation meeting 12 x "
    "opened closed strike union ferry questions questioned his of be yet hopes plans seeking "
    "wants to close reopen but"
).split() + ["no one", "no body", "did not", "have not been"]
"""Words, and phrases a negator opens."""


def plain_predicate_signs(
    words: Sequence[tuple[str, str, int, int]], quoted: Sequence[tuple[int, int]] = ()
) -> tuple[dict[str, int], dict[str, tuple[int, int]]]:
    """Each predicate concept's sign: negators and antonyms flip it; mixed signs give 0.

    A concept inside quotation marks is kept apart (``q:`` prefix) from one in the writer's
    words, and a predicate in doubt (after "would", "if", "expected", or an intention's "to",
    with what it wants done before it or not) is not recorded.
    """
    polarity: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    negate_at = -1
    negator_start = 0
    doubt_at = -10
    wish_at = -10
    for k, (word, stemmed, start, end) in enumerate(words):
        intends = word in P.INTENTIONS and k + 2 < len(words) and words[k + 1][0] == "to"
        if word in P.INTENTIONS:
            wish_at = k
        elif word in P._COORDINATORS or word == "but":
            wish_at = -10
        elif word == "to" and k - wish_at <= P._WISH_REACH:
            doubt_at = k  # "hopes to reopen", "wants the route to reopen": in doubt
        if word in P._IRREALIS or (word in P._COORDINATORS and k - doubt_at <= P._DOUBT_REACH + 2):
            doubt_at = k  # "unlikely to change his mind and allow imports": both in doubt
            continue
        no_one = word == "no" and k + 1 < len(words) and words[k + 1][0] in ("one", "body")
        if word in P._NEGATORS or word.endswith("n't") or word in P._NEGATING_VERBS or no_one:
            negate_at = k
            negator_start = start
            continue
        if negate_at >= 0 and word in P._DETERMINERS:
            negate_at = -1  # "had never had a veto": the negation does not reach a noun phrase
            continue
        if word in P._SKIP_AFTER_NEGATOR or (negate_at >= 0 and word.endswith("ly")):
            continue
        negated = negate_at >= 0 and k - negate_at <= 4
        negate_at = -1  # the first word past the auxiliaries takes the negation
        if negated and stemmed in P._NEG_RAISING:
            return {}, {}
        if (
            not P.is_content_word(word)
            or (word.endswith(P._NOMINAL) and not intends)
            or k - doubt_at <= P._DOUBT_REACH
        ):
            continue
        if not negated and k and words[k - 1][0] in P._NOUN_MARKERS:
            continue  # "the questions": a noun, not the predicate "questioned"
        in_quote = any(a <= start < b for a, b in quoted)
        concepts = P._ANTONYM_OF.get(word, ((stemmed, 1),))
        if word == "close" and k and words[k - 1][0] in P._VERB_CLOSE:
            concepts = P._ANTONYM_OF["closes"]
        if intends and P.is_content_word(words[k + 2][0]):
            concepts, end = P._intended(P.INTENTIONS[word], words, k + 2), words[k + 2][3]
        for concept, sign in concepts:
            if in_quote:
                concept = "q:" + concept
            if negated:
                sign = -sign
            if concept in polarity and polarity[concept] != sign:
                polarity[concept] = 0
            else:
                polarity[concept] = sign
                if concept not in spans or negated or sign < 0:
                    spans[concept] = (negator_start if negated else start, end)
    return polarity, spans


@st.composite
def sentences(draw: st.DrawFn) -> tuple[list[tuple[str, str, int, int]], list[tuple[int, int]]]:
    chosen = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=24))).split()
    words, at = [], 0
    for word in chosen:
        words.append((word, stem(word) if word[0].isalpha() else word, at, at + len(word)))
        at += len(word) + 1
    bounds = st.integers(0, max(at, 1))
    spans = draw(st.lists(st.tuples(bounds, bounds), max_size=2))
    return words, [(min(a, b), max(a, b)) for a, b in spans]


@settings(max_examples=500, deadline=None)
@given(sentences())
def test_predicate_signs_are_the_plain_reading(
    case: tuple[list[tuple[str, str, int, int]], list[tuple[int, int]]],
) -> None:
    words, quoted = case
    assert P.predicate_signs(words, quoted) == plain_predicate_signs(words, quoted)
