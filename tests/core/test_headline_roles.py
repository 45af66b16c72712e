"""A Title Case headline teaches no role (people24, left by people23).

``Former Mayor Warns Of Costly Flood Barrier``: its capitals read ``Mayor Warns`` as a mayor
named *Warns*, and the article's first-role table then gave the body's ``the mayor said`` to
*Warns*. The article's Title Case headline teaches the role tables nothing; a body sentence
still does, even one made of capitalised names. Invented examples."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

QUOTE = "We were told twelve million, and now it is forty,"


def speaker(text: str) -> str | None:
    (quote,) = [q for q in extract_quotes(text, segment(text)) if q.text == QUOTE]
    return quote.speaker


def test_a_title_case_headline_gives_the_mayor_no_name() -> None:
    text = (
        "Former Mayor Warns Of Costly Flood Barrier\n\n"
        "The flood barrier planned for Velmora will cost far more than the council says.\n\n"
        f"\u201c{QUOTE}\u201d the mayor said on Monday.\n"
    )
    assert speaker(text) == "the mayor"


def test_a_body_sentence_still_names_the_mayor() -> None:
    text = (
        "Former Mayor Warns Of Costly Flood Barrier\n\n"
        "Mayor Tom Hale spoke in Velmora on Monday about the flood barrier.\n\n"
        f"\u201c{QUOTE}\u201d the mayor said.\n"
    )
    assert speaker(text) == "Tom Hale"
    later = text.replace("Mayor Tom Hale spoke", "The council met").replace(
        "the mayor said.\n", "the mayor said.\n\nMayor Tom Hale has held the post since May.\n"
    )
    assert speaker(later) == "Tom Hale"  # the first one written with the role, further on
    names = text.replace(
        "Mayor Tom Hale spoke in Velmora on Monday about the flood barrier.",
        "Mayor Tom Hale met Senator Ann Pike in Velmora on Monday.",
    )
    assert speaker(names) == "Tom Hale"  # a body sentence of names is no headline


@given(
    role=st.sampled_from(["Mayor", "Senator", "Governor", "Minister", "Judge"]),
    verb=st.sampled_from(["Warns", "Slams", "Urges", "Rejects", "Backs"]),
)
def test_no_headline_verb_becomes_a_name(role: str, verb: str) -> None:
    text = (
        f"Former {role} {verb} Of Costly Flood Barrier\n\n"
        "The flood barrier planned for Velmora will cost far more than the council says.\n\n"
        f"\u201c{QUOTE}\u201d the {role.lower()} said on Monday.\n"
    )
    assert speaker(text) == f"the {role.lower()}"
