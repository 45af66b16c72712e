"""In Title Case a capital says nothing: a *State-Run* or *Long-Term* of a headline is no
compound of names, so its part is no evidence word where the other
sentence writes that word on its own; a pair of names whatever the case (an acronym, a
country) still is one. Every sentence here was written for these tests."""

from __future__ import annotations

from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.emphasis import word_spans

BODY = "The State took over the Leith ferry on Monday, ending a long dispute with its crews."


def agree(left: str, right: str) -> tuple[str, ...]:
    return check_claims(read_claim(left), read_claim(right), verbatim=30.0).evidence.agree


def test_a_title_case_headlines_compound_is_no_pair_of_names() -> None:
    words = agree("Leith Ferry Gets Long-Term Deal", "The Term ends in June, the Leith ferry said.")
    assert "Term" not in words and "ferry" in {w.casefold() for w in words}
    words = agree("Leith Seizes State-Run Ferry After Long Dispute", BODY)
    assert "State" not in words and "ferry" in {w.casefold() for w in words}
    assert "State" not in agree(BODY, "Leith Seizes State-Run Ferry After Long Dispute")


def test_a_pair_of_names_before_a_capitalised_word_in_a_body_stays_one() -> None:
    """*Dunmore-Mart Stores* in a body sentence: a name in a name, not Title Case."""
    text = "Crews of the Dunmore-Mart Stores walked out in Leith on Monday."
    assert "Mart" in agree(text, "Mart crews walked out on Monday.")


def test_emphasis_marks_no_part_of_a_title_case_compound() -> None:
    left = "Leith Seizes State-Run Ferry After Long Dispute"
    assert word_spans(left, 0, ("State", "Ferry")) == ((left.index("Ferry"), left.index(" After")),)
    body = "Crews said the Varnia-Ostel ferry talks went on."
    at = body.index("Ostel")
    assert word_spans(body, 0, ("Ostel",)) == ((at, at + 5),)  # a pair of names in a body


def test_a_pair_of_names_whatever_the_case_stays_one() -> None:
    """An acronym and a country are names in a headline too; a body's *Varnia-Ostel* too."""
    assert "India" in agree("US-India Talks Stall Over Ferry Tariffs", "India said talks stalled.")
    assert "Ostel" in agree("The Varnia-Ostel talks resumed in Karsk.", "Ostel said so.")
