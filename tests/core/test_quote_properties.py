"""Properties of quote extraction on arbitrary text: never raises, spans valid, no overlaps."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quote_groups import group_quotes, match_quotes
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

MARKS = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u00ab\u00bb"
quote_heavy = st.text(
    alphabet=st.sampled_from(list(MARKS + " \n\t.,:;!?\u2014-aBcM")), max_size=300
)
quote_words = st.lists(
    st.sampled_from(
        [
            "\u201c",
            "\u201d",
            '"',
            "'",
            "\u2018",
            "\u2019",
            "\u00ab",
            "\u00bb",
            "\u201e",
            "said",
            "Rubio",
            "Mr.",
            "Jane Doe",
            "he",
            "she",
            "according to",
            "told reporters",
            ",",
            ".",
            ":",
            "\u2014",
            "\n",
            "\n\n",
            " ",
            "the plan",
            "New Delhi",
            "who",
            "India\u2019s",
        ]
    ),
    max_size=80,
).map(" ".join)
texts = st.one_of(st.text(max_size=300), quote_heavy, quote_words)


def check(text: str, quotes: tuple[Quote, ...]) -> None:
    sentences = segment(text)
    assert_nested_or_apart(quotes)
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.text == quote.text.strip()
        assert quote.kind in ("full", "fragment")
        assert quote.speaker is None or (isinstance(quote.speaker, str) and quote.speaker)
        if sentences:
            indices = {sentence.index for sentence in sentences}
            assert quote.sentence in indices
            assert set(quote.sentences) <= indices
            assert quote.sentence == quote.sentences[0]


def assert_nested_or_apart(quotes) -> None:
    """Quotes come in reading order; two quotes are apart or one lies inside the other (a
    nested quote), never crossing."""
    for a, b in zip(quotes, quotes[1:], strict=False):
        assert a.start <= b.start
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 : i + 8]:
            apart = b.start >= a.end
            inside = a.start <= b.start and b.end <= a.end
            assert apart or inside, f"quotes cross: {a} / {b}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_spans_are_valid(text: str) -> None:
    quotes = extract_quotes(text, segment(text))
    check(text, quotes)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_extraction_without_sentences_is_valid_too(text: str) -> None:
    quotes = extract_quotes(text, ())
    assert_nested_or_apart(quotes)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text


@settings(max_examples=100, deadline=None)
@given(texts, texts)
def test_matching_and_grouping_never_raise(left_text: str, right_text: str) -> None:
    left = extract_quotes(left_text, segment(left_text))
    right = extract_quotes(right_text, segment(right_text))
    left_matches, right_matches = match_quotes(left, right, (left, right))
    assert [m.quote for m in left_matches] == list(left)
    assert [m.quote for m in right_matches] == list(right)
    for match in (*left_matches, *right_matches):
        assert match.articles >= 1
        for start, end in match.changed:
            assert match.quote.start <= start < end <= match.quote.end
    groups = group_quotes([("a", left), ("b", right)])
    assert sum(len(group.variants) for group in groups) == len(left) + len(right)


WORDS = st.sampled_from(
    "we will rebuild the port and pay for it within a year nobody else has offered to".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=4, max_size=30), st.data())
def test_a_word_for_word_excerpt_is_never_altered(words: list[str], data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(words) - 3))
    stop = data.draw(st.integers(start + 3, len(words)))
    long_text = " ".join(words).capitalize() + "."
    part = " ".join(words[start:stop])
    long = Quote(0, len(long_text), long_text, "Ana Ruiz", "full", 0, (0,))
    short = Quote(0, len(part), part, "Ana Ruiz", "fragment", 0, (0,))
    (left,), (right,) = match_quotes([short], [long], ([short], [long]))
    expected = "verbatim" if stop - start == len(words) else "excerpt"
    assert left.status == right.status == expected
    assert left.changed == right.changed == ()
    (group,) = group_quotes([("a.txt", [short]), ("b.txt", [long])])
    assert group.status == expected
    assert all(changed == () for changed in group.changed)
