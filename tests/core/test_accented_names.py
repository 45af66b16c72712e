"""A name whose accent is written as a combining mark (``Jose\u0301``, text in decomposed
form) or misdecoded (``FranÃ§ois``: UTF-8 read as Latin-1, common in scraped pages) is still
one name: its quotation has a speaker. (Main cut the word at the mark and gave such a
quotation nobody; a tune article of PolNeAR has one. The names here are invented.)"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def _speaker(name: str) -> str | None:
    text = (
        "Leaders met in Leith.\n\n"
        f'"We must be able to defend ourselves," Prime Minister {name} said Friday as he '
        "entered the talks.\n"
    )
    return extract_quotes(text, segment(text))[0].speaker


def test_a_decomposed_accent_keeps_the_name_whole() -> None:
    assert _speaker("Rene\u0301 Lemaire") is not None
    assert "Lemaire" in (_speaker("Rene\u0301 Lemaire") or "")


def test_a_misdecoded_letter_keeps_the_name_whole() -> None:
    assert "Lemaire" in (_speaker("Fran\u00c3\u00a7ois Lemaire") or "")
    assert "Lemaire" in (_speaker("Fran\u00c3\u0083\u00c2\u00a7ois Lemaire") or "")


def test_a_no_break_space_still_parts_two_words() -> None:
    """Near miss: a no-break space is no letter: the two words are still two (as on main)."""
    assert _speaker("Ren\u00e9\u00a0Lemaire") == "Ren\u00e9 Lemaire"


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["Rene", "Jose", "Noe", "Zoe", "Andre"]),
    st.sampled_from(["\u0301", "\u0300", "\u0308"]),
    st.sampled_from(["Lemaire", "Ortega", "Brant"]),
)
def test_a_composed_or_decomposed_name_speaks_alike(first: str, mark: str, last: str) -> None:
    """The same name in composed and decomposed form gives the same speaker."""
    decomposed = f"{first}{mark} {last}"
    composed = unicodedata.normalize("NFC", decomposed)
    found = _speaker(decomposed)
    assert found is not None and last in found
    assert unicodedata.normalize("NFC", found) == unicodedata.normalize(
        "NFC", _speaker(composed) or ""
    )
