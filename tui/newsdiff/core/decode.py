"""Bytes → text: byte-order marks, UTF-8, legacy encodings, and refusing binary data.

The order was chosen by measurement (``tests/benchmarks/decode_bench.py``):

1. A byte-order mark decides (UTF-8, UTF-16, UTF-32), strictly.
2. NUL bytes mean binary data (named by its signature: PNG, JPEG, PDF, ZIP/Office, …), except
   BOM-less UTF-16, recognised by its NULs all sitting on one byte parity. RTF is refused.
3. Strict UTF-8: right for almost every file today, exact, and far faster than detection. Text
   that merely starts like a signature (``BZh…``, ``ID3 tags…``) is still text; a signature
   on bytes that are not UTF-8 is binary.
4. Otherwise the candidates are charset-normalizer's best guess, Windows-1252 (the legacy
   encoding of Western news text, and the WHATWG default for ``latin-1``), and UTF-8 with its
   few invalid bytes read as Windows-1252 (text pasted together from two sources). The least
   "messy" decoding wins by charset-normalizer's own mess measure; then the one that keeps
   words whole (no symbol inside a word where another reading has a letter); remaining ties go
   to Windows-1252, because on short Western texts the detector alone picks look-alike code
   pages (cp1250, cp1125) that turn curly quotes and accents into wrong letters.

Line ends are not touched here; :func:`newsdiff.core.load.load_article` normalizes them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/ODF document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable program"),
    (b"RIFF", "audio or image data (RIFF)"),
    (b"OggS", "audio data (Ogg)"),
    (b"ID3", "audio data (MP3)"),
)

_RTF = b"{\\rtf"

_SAMPLE_CHARS = 65_536
"""How much decoded text the mess measure looks at (it is linear in the text)."""

_MAX_CONTROL_SHARE = 0.3
"""Above this share of control characters a decoding is binary data, not text."""

_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Every control character (category Cc, fixed by Unicode as U+0000–U+001F and U+007F–U+009F)
but the text ones (tab, line feed, vertical tab, form feed, carriage return): counted by one
regular-expression scan, not a category lookup per character (300 articles: 2.4 million
lookups, ~0.15 s before the library's rows)."""

_WORD_BREAKING = frozenset({"Sm", "Sc", "Sk", "So", "No"})

_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


class DecodeError(ValueError):
    """The bytes are not usable text; ``str(error)`` is a one-line description for the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and the name of the encoding it was read as."""

    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of a text file, or raise :class:`DecodeError` saying why it is not text.

    The BOM is removed; line ends are left as they are.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, bom, codec)
    if data.startswith(_RTF):
        raise DecodeError("an RTF document, not plain text (save it as .txt)")
    kind = binary_kind(data)  # trusted only when the bytes are not clean text anyway
    if b"\x00" in data:
        utf16 = None if kind else _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise DecodeError(f"binary file ({kind or 'contains NUL bytes'}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        if control_share(text[:_SAMPLE_CHARS]) > _MAX_CONTROL_SHARE:
            raise DecodeError(f"binary file ({kind or 'mostly control characters'}), not text")
        return Decoded(text, "utf-8")
    if kind is not None:
        raise DecodeError(f"binary file ({kind}), not text")
    best = _best_legacy(data)
    if best is None:
        bad = data[utf8_error.start]
        raise DecodeError(
            f"cannot decode the text: not UTF-8 (byte 0x{bad:02X} at offset {utf8_error.start}) "
            "and no other encoding fits"
        )
    return best


_NOT_FOR_ARTICLES = frozenset({"undefined", "idna", "punycode"})
"""Codecs Python calls text encodings that no article is written in (they refuse or mangle)."""


def text_encoding(name: str) -> str:
    """The canonical name of the text encoding ``name`` (``"UTF8"`` → ``"utf-8"``).

    Raises :class:`DecodeError` for an unknown name, and for codecs that are not text encodings
    (``rot13``, ``base64``, ``zlib``, ``hex``… transform bytes to bytes or str to str).
    """
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        raise DecodeError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FOR_ARTICLES:
        raise DecodeError(f"{name!r} is not a text encoding (try utf-8, cp1252 or latin-1)")
    return info.name


def decode_as(data: bytes, encoding: str) -> Decoded:
    """Decode with an encoding the user named (a BOM of that family is dropped), strictly.

    Raises :class:`DecodeError` for an unknown or non-text encoding, or bytes that do not fit.
    """
    name = text_encoding(encoding)
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"cannot decode the text as {name}: byte 0x{data[error.start]:02X} at offset "
            f"{error.start} does not fit"
        ) from None
    except UnicodeError as error:  # a codec that refuses without naming a byte
        raise DecodeError(f"cannot decode the text as {name}: {error}") from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text or control_share(text[:_SAMPLE_CHARS]) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"binary file (control characters when read as {name}), not text")
    return Decoded(text, name)


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts with (``"a PNG image"``), or ``None``."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def control_share(text: str) -> float:
    """The share of control characters in ``text``, not counting tabs and line breaks."""
    if not text:
        return 0.0
    controls = len(_CONTROLS.findall(text))
    return controls / len(text)


def _decode_with_bom(data: bytes, bom: bytes, codec: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        name = codecs.lookup(codec).name
        raise DecodeError(
            f"cannot decode the text: it starts with a {name} byte-order mark but has "
            f"invalid bytes at offset {error.start}"
        ) from None
    if codec != "utf-8-sig" and text.startswith("\ufeff"):
        text = text[1:]  # the utf-16/utf-32 codecs keep nothing, but be exact either way
    name = codec if codec == "utf-8-sig" else _bom_codec_name(bom)
    if "\x00" in text or control_share(text[:_SAMPLE_CHARS]) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"binary file (control characters after a {name} mark), not text")
    return Decoded(text, name)


def _bom_codec_name(bom: bytes) -> str:
    return {
        codecs.BOM_UTF32_LE: "utf-32-le",
        codecs.BOM_UTF32_BE: "utf-32-be",
        codecs.BOM_UTF16_LE: "utf-16-le",
        codecs.BOM_UTF16_BE: "utf-16-be",
    }[bom]


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: every NUL on the same byte parity, and the decoding reads as text."""
    if len(data) % 2:
        return None
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    if even_nul and odd_nul:
        return None
    if max(even_nul, odd_nul) < max(2, len(data) // 10):
        return None  # UTF-16 of Latin-script text has a NUL in most code units, not a stray one
    codec = "utf-16-le" if odd_nul else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    from charset_normalizer.md import mess_ratio  # only for files that are not plain UTF-8

    sample = text[:_SAMPLE_CHARS]
    if "\x00" in text or control_share(sample) > 0.01 or mess_ratio(sample, 1.0) > 0.1:
        return None
    return Decoded(text, codec)


def _best_legacy(data: bytes) -> Decoded | None:
    """The least messy of the detector's guess, Windows-1252, and UTF-8 mixed with Windows-1252.

    Between two single-byte readings with the same mess, the one that keeps more words whole
    wins (see :func:`_broken_words`); remaining ties go to Windows-1252.
    """
    from charset_normalizer import from_bytes  # only for files that are not plain UTF-8
    from charset_normalizer.md import mess_ratio

    candidates: list[tuple[float, int, Decoded]] = []

    def consider(text: str, encoding: str, preference: int) -> None:
        sample = text[:_SAMPLE_CHARS]
        if control_share(sample) > _MAX_CONTROL_SHARE:
            return
        candidates.append((round(mess_ratio(sample, 1.0), 3), preference, Decoded(text, encoding)))

    if _has_utf8_multibyte(data):
        consider(utf8_with_cp1252(data), "utf-8+cp1252", 0)
    try:
        consider(data.decode("cp1252"), "cp1252", 1)
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data).best()
    if guess is not None:
        encoding = codecs.lookup(guess.encoding).name
        if encoding not in ("cp1252", "utf-8"):
            try:
                consider(data.decode(encoding), encoding, 2)
            except (UnicodeDecodeError, LookupError):
                pass
    if not candidates:
        return None
    texts = [decoded.text[:_SAMPLE_CHARS] for _, _, decoded in candidates]
    broken = [
        sum(_broken_words(text, other) for other in texts if other is not text) for text in texts
    ]
    ranked = sorted(
        zip(candidates, broken, strict=True),
        key=lambda item: (item[0][0], item[1], item[0][1]),
    )
    (mess, _, best), _ = ranked[0]
    if mess >= 0.5:
        return None
    return best


def _broken_words(text: str, other: str) -> int:
    """Places where ``text`` puts a symbol right after a letter and ``other`` puts a letter.

    Symbols are Unicode categories S* and No (``³``, ``¹``, ``¼``, ``¤``); punctuation such as a
    closing quote after a word is normal and does not count.

    Only for two single-byte readings of the same bytes (equal lengths, character for
    character). ``powiedzia³`` (Windows-1252) against ``powiedział`` (Windows-1250) counts one
    against Windows-1252; ``m²`` counts for neither, since no reading makes a letter of ``²``.
    """
    if len(text) != len(other):
        return 0
    count = 0
    for index in range(1, len(text)):
        ch = text[index]
        if ch.isascii() or not other[index].isalpha() or not text[index - 1].isalpha():
            continue
        if unicodedata.category(ch) in _WORD_BREAKING:
            count += 1
    return count


def _has_utf8_multibyte(data: bytes) -> bool:
    """Whether ``data`` holds at least two well-formed multi-byte UTF-8 sequences."""
    found = 0
    text = data.decode("utf-8", errors="ignore")
    for ch in text:
        if ord(ch) > 0x7F:
            found += 1
            if found >= 2:
                return True
    return False


def utf8_with_cp1252(data: bytes) -> str:
    """``data`` as UTF-8 whose stray bytes are Windows-1252 (text pasted from two sources):
    U+FFFD only for the five bytes Windows-1252 leaves undefined."""
    return data.decode("utf-8", errors=_MIXED_HANDLER)


def _mixed_handler(error: UnicodeError) -> tuple[str, int]:
    """Read bytes that are not UTF-8 as Windows-1252 (U+FFFD where it defines nothing)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return (
        "".join(
            "\ufffd" if byte in _CP1252_UNDEFINED else bytes([byte]).decode("cp1252")
            for byte in chunk
        ),
        error.end,
    )


_MIXED_HANDLER = "newsdiff-utf8-cp1252"
codecs.register_error(_MIXED_HANDLER, _mixed_handler)
