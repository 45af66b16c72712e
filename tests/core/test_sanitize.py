"""Display safety: no control, escape or hidden character from an article reaches a terminal."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.sanitize import UNSAFE, is_safe, visible, visible_line


@given(st.text())
def test_visible_keeps_length_so_offsets_stay_valid(text: str) -> None:
    shown = visible(text)
    assert len(shown) == len(text)
    for original, replaced in zip(text, shown, strict=True):
        assert replaced == original or not is_safe(original)


@given(st.text())
def test_visible_leaves_no_control_or_format_character_a_terminal_acts_on(text: str) -> None:
    shown = visible_line(text)
    assert len(shown) == len(text)
    for ch in shown:
        assert unicodedata.category(ch) != "Cc", repr(ch)
    assert not UNSAFE.search(visible(text))


def test_escape_sequences_lose_their_escape_character() -> None:
    text = "Clear \x1b[2J\x1b[H, title \x1b]0;pwned\x07, clipboard \x1b]52;c;cHduZWQ=\x07."
    shown = visible(text)
    assert "\x1b" not in shown and "\x07" not in shown
    assert shown == text.replace("\x1b", "\u241b").replace("\x07", "\u2407")


def test_c1_controls_including_eight_bit_csi_are_replaced() -> None:
    for code in range(0x80, 0xA0):
        assert visible(f"a{chr(code)}b") == "a\u2426b"


def test_bidi_overrides_and_isolates_are_shown() -> None:
    text = "Invoice \u202etxt.exe\u202c and \u2066abc\u2069 \u200e\u200f"
    shown = visible(text)
    assert shown == "Invoice \u21c4txt.exe\u21c4 and \u21c4abc\u21c4 \u21c4\u21c4"


def test_zero_width_characters_are_shown() -> None:
    for ch in "\u200b\u200c\u200d\u2060\ufeff":
        assert visible(f"a{ch}b") == "a\u2423b"


def test_ordinary_text_is_unchanged() -> None:
    text = "Rubio said: “It’s [bold]fine[/bold]” — 外交部 🇺🇸 قال Zürich\tend\n"
    assert visible(text) == text
    assert is_safe(text)


def test_visible_line_makes_one_line() -> None:
    assert visible_line("a\nb\tc\r") == "a\u240ab\u2409c\u240d"
    assert visible("a\nb\tc") == "a\nb\tc"


def test_lone_surrogates_from_undecodable_file_names_become_printable() -> None:
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    shown = visible_line(name)
    assert shown == "caf\ufffd.txt"
    shown.encode("utf-8")  # printable on any UTF-8 terminal, no UnicodeEncodeError
