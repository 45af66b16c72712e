"""Decoding article bytes: BOMs, UTF-8, legacy code pages, and refusing binary data."""

from __future__ import annotations

import codecs

import pytest
from newsdiff.core.decode import DecodeError, decode_bytes

ENGLISH = (
    "The minister said \u201cwe made real progress\u201d on Tuesday \u2014 and the talks, "
    "which resumed in Geneva, will continue next week. "
    "\u2018It\u2019s a start,\u2019 an aide said.\n"
)
FRENCH = "L’été à Genève : « Nous avançons », a dit le ministre.\n"
RUSSIAN = (
    "\u00abМы добились прогресса\u00bb, \u2014 заявил во вторник министр иностранных дел в "
    "Женеве. Переговоры продолжатся на следующей неделе.\n"
)
GREEK = "«Σημειώσαμε πρόοδο», δήλωσε την Τρίτη ο υπουργός Εξωτερικών στη Γενεύη.\n"
POLISH = "„Zrobiliśmy postęp” – powiedział we wtorek minister. Może jutro, są rozmowy.\n"
JAPANESE = "外務大臣は火曜日、ジュネーブで「進展があった」と述べた。協議は来週再開される予定だ。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ENGLISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + ENGLISH.encode("utf-32-le"), "utf-32-le"),
        (ENGLISH.encode("cp1252"), "cp1252"),
    ],
)
def test_unicode_and_cp1252_decode_exactly_without_bom(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == ENGLISH
    assert decoded.encoding == encoding


@pytest.mark.parametrize(
    "text",
    [
        "He said \u201cno\u201d.",  # tiny: the detector alone reads this as cp1125 (У…Ф)
        "Officials said \u201cwe made progress\u201d in talks on Tuesday.\n",
        "\u201cIt\u2019s over,\u201d she said \u2014 and left. \u2026 Later: \u2018maybe\u2019.\n",
    ],
)
def test_cp1252_curly_quotes_and_dashes_come_out_right(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")).text == text


def test_latin1_accents_decode_as_western_text() -> None:
    text = "L'\u00e9t\u00e9 \u00e0 Gen\u00e8ve, o\u00f9 les n\u00e9gociations ont repris."
    assert decode_bytes(text.encode("latin-1")).text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "cp1252"),
        (RUSSIAN, "cp1251"),
        (GREEK, "cp1253"),
        (POLISH, "cp1250"),
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc-jp"),
    ],
    ids=[
        "french-cp1252",
        "russian-cp1251",
        "greek-cp1253",
        "polish-cp1250",
        "japanese-sjis",
        "japanese-eucjp",
    ],
)
def test_other_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


def test_utf8_with_a_few_cp1252_bytes_keeps_both() -> None:
    good = "Caf\u00e9 talks in Z\u00fcrich \u2014 \u201cfine\u201d, he said. "
    data = good.encode("utf-8") + "Later: \u201cyes\u201d.".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == good + "Later: \u201cyes\u201d."
    assert decoded.encoding == "utf-8+cp1252"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    decoded = decode_bytes(ENGLISH.encode(codec))
    assert decoded.text == ENGLISH
    assert decoded.encoding == codec


def test_bom_is_removed_and_line_ends_left_alone() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + b"Title\r\nBody.\r")
    assert decoded.text == "Title\r\nBody.\r"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"text\x00with\x00nul\x00bytes\x00 here\n", "NUL bytes"),
        (bytes(range(256)) * 8, "NUL bytes"),
    ],
)
def test_binary_data_is_refused_with_its_kind(data: bytes, words: str) -> None:
    with pytest.raises(DecodeError, match="binary file") as caught:
        decode_bytes(data)
    assert words in str(caught.value)


def test_bytes_no_encoding_fits_are_refused_with_the_offset() -> None:
    with pytest.raises(DecodeError, match=r"cannot decode.*0x80 at offset 0"):
        decode_bytes(bytes(range(0x80, 0x100)) * 40)


def test_invalid_utf16_after_a_bom_is_refused() -> None:
    with pytest.raises(DecodeError, match="utf-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00b\x00\x00\xdc")  # lone low surrogate


def test_messages_are_one_line() -> None:
    for data in (b"\x00\x01\x02", bytes(range(0x80, 0x100)) * 4, b"\x89PNG\r\n\x1a\n"):
        with pytest.raises(DecodeError) as caught:
            decode_bytes(data)
        assert "\n" not in str(caught.value)


def test_mostly_control_characters_is_binary_even_as_valid_utf8() -> None:
    with pytest.raises(DecodeError, match="control characters"):
        decode_bytes(bytes(range(1, 32)) * 10)


def test_text_with_some_escape_sequences_is_still_text() -> None:
    text = "Clear \x1b[2J\x1b[H screen. Title \x1b]0;pwned\x07 set. Bell \x07 ring.\n"
    assert decode_bytes(text.encode()).text == text


@pytest.mark.parametrize("start", ["BZh", "ID3", "RIFF", "OggS", "GIF89a"])
def test_text_that_merely_starts_like_a_signature_is_text(start: str) -> None:
    text = f"{start} officials said on Tuesday that the talks would resume.\n"
    assert decode_bytes(text.encode()).text == text


def test_rtf_is_refused_with_advice() -> None:
    with pytest.raises(DecodeError, match="RTF document.*save it as"):
        decode_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello.}")


def test_control_share_counts_exactly_the_unicode_control_characters() -> None:
    """The table of dropped controls is category Cc minus tab and line breaks, all of it."""
    import unicodedata

    from hypothesis import given, settings
    from hypothesis import strategies as st
    from newsdiff.core import decode

    expected = {
        code
        for code in range(0x110000)
        if unicodedata.category(chr(code)) == "Cc" and chr(code) not in "\t\n\r\f\v"
    }
    assert {code for code in range(0x110000) if decode._CONTROLS.match(chr(code))} == expected

    @given(st.text(max_size=200))
    @settings(max_examples=200, deadline=None)
    def same_as_per_character(text: str) -> None:
        counted = sum(
            1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc"
        )
        assert decode.control_share(text) == (counted / len(text) if text else 0.0)

    same_as_per_character()
