"""One statement quoted whole by one outlet and in part by another is one claim: the
look-alike tests (another speaker, other quotations) do not apply to it. Sentences are written
for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.lookalikes import quotation_excerpt


def test_a_question_quoted_in_part_is_one_statement() -> None:
    left = (
        '"Who told the harbour board to delay the pier inquiry until after the vote?" reads '
        "one of the questions sent to the council by a resident."
    )
    right = 'Another asks who told the board "to delay the pier inquiry until after the vote."'
    # the quote extractor gives the question to the resident, the excerpt to "Another"
    result = check_claims(read_claim(left, ("Ada Hale",)), read_claim(right, ("Another",)))
    assert result.outcome == "paraphrased"
    assert result.evidence.note == "part of the same quotation"


def test_a_statement_cut_two_ways_is_one_statement() -> None:
    left = '"We will see whether a new harbour deal can be built on solid ground," Calder said.'
    right = (
        "Calder, speaking after a long board meeting that ran past midnight, said the town "
        'would wait, and "whether a new harbour deal can be built on solid ground" was open.'
    )
    result = check_claims(read_claim(left, ("Ines Calder",)), read_claim(right, ("Ines Calder",)))
    assert result.outcome in {"paraphrased", "shared"}


def test_two_statements_sharing_a_stock_phrase_are_not_one() -> None:
    left = '"We have to look at all of the options on the table," Calder said of the pier.'
    right = '"It is one of the best things about this town," Brandt said of the fair.'
    result = check_claims(read_claim(left, ("Ines Calder",)), read_claim(right, ("Tomas Brandt",)))
    assert result.outcome == "not linked"


@given(st.text(max_size=120), st.text(max_size=120))
def test_the_excerpt_test_is_symmetric_and_needs_five_quoted_words(left: str, right: str) -> None:
    a, b = read_claim(f'"{left}" Calder said.'), read_claim(f'"{right}," Brandt said.')
    assert quotation_excerpt(a, b) == quotation_excerpt(b, a)
    if quotation_excerpt(a, b):
        assert len(a.quoted) >= 5 and len(b.quoted) >= 5


def test_a_statement_is_an_excerpt_of_itself() -> None:
    claim = read_claim('"The pier will stay shut until the divers finish," Calder said.')
    assert quotation_excerpt(claim, claim)
