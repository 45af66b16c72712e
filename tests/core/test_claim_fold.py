"""Folding case and accents, as the claim check compares names."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim import fold


def _by_character(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@given(st.text())
def test_fold_drops_every_combining_mark_and_nothing_else(text: str) -> None:
    assert fold(text) == _by_character(text)


def test_fold_meets_accented_and_plain_names() -> None:
    assert fold("Calderón said “no”") == fold("CALDERON said “no”") == "calderon said “no”"
    assert fold("Ærø, Łódź") == "ærø, łodz"
