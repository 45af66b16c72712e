"""A capitalised compound adjective is no pair of names (people24, left by people23).

*State-Run*, *Saudi-Led*, *Kremlin-Backed* written with capitals in a body sentence (a name's
part, *the Velmora State-Run Broadcaster*, or a sentence's first word) were read as two names,
so *State* agreed as a name with another sentence's *the State* and emphasis marked it inside
the compound. A compound whose last part heads a compound adjective (a participle such as
*run*, *led*, *backed*; *term*, *level*, *wide*) is a modifier however it is capitalised. Every
sentence here was written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.compounds import names_at
from newsdiff.core.emphasis import word_spans

OTHER = "The State took over the Leith ferry on Monday, ending a long dispute with its crews."


def agree(left: str, right: str) -> tuple[str, ...]:
    return check_claims(read_claim(left), read_claim(right), verbatim=30.0).evidence.agree


def compound_at(text: str, compound: str) -> tuple[int, int]:
    start = text.index(compound)
    return start, start + len(compound)


def test_a_capitalised_modifier_in_a_body_name_is_no_pair_of_names() -> None:
    body = "Crews of the Leith State-Run Ferry Company walked out on Monday in a long dispute."
    assert not names_at(body, *compound_at(body, "State-Run"))
    assert "State" not in agree(body, OTHER)
    assert word_spans(body, 0, ("State",)) == ()
    first = "Saudi-Led forces struck the port of Karsk on Monday, the ministry said."
    assert not names_at(first, *compound_at(first, "Saudi-Led"))


def test_pairs_of_names_stay_names() -> None:
    for text, compound in (
        ("Crews of the Dunmore-Mart Stores walked out in Leith on Monday.", "Dunmore-Mart"),
        ("Crews said the Varnia-Ostel ferry talks went on.", "Varnia-Ostel"),
        ("The US-India talks ended in Karsk on Friday.", "US-India"),
    ):
        assert names_at(text, *compound_at(text, compound)), text
    body = "Crews said the Varnia-Ostel ferry talks went on."
    at = body.index("Ostel")
    assert word_spans(body, 0, ("Ostel",)) == ((at, at + 5),)


@given(
    first=st.sampled_from(["State", "Kremlin", "Saudi", "Council", "Velmora", "Family"]),
    head=st.sampled_from(["run", "led", "backed", "owned", "funded", "controlled", "term", "wide"]),
)
def test_no_capitalised_modifier_is_a_pair_of_names(first: str, head: str) -> None:
    compound = f"{first}-{head.capitalize()}"
    text = f"Crews of the Leith {compound} Ferry Company walked out on Monday."
    assert not names_at(text, *compound_at(text, compound))
