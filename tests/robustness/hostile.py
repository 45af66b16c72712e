"""Generate a folder of hostile inputs by code (no checked-in blobs).

Each case is a name, how to create it in a folder, and whether newsdiff should load it
(``usable=True``: it must work, with markup and escapes shown literally) or refuse it with a
one-line message (``usable=False``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BASE = (
    "Officials met in Geneva on Tuesday. “We made progress,” the envoy said. "
    "The talks will resume next week.\n"
)


@dataclass(frozen=True)
class Case:
    """One hostile input: a file (or file-like thing) to create, and whether it is usable."""

    name: str
    make: Callable[[Path], Path]
    usable: bool


def _write_bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _write_text(name: str, text: str) -> Callable[[Path], Path]:
    return _write_bytes(name, text.encode("utf-8"))


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _symlink_loop(folder: Path) -> Path:
    a, b = folder / "loop_a.txt", folder / "loop_b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _directory(folder: Path) -> Path:
    path = folder / "a_folder.txt"
    path.mkdir()
    return path


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4

USABLE_CASES: tuple[Case, ...] = (
    Case("utf16", _write_bytes("utf16.txt", BASE.encode("utf-16")), True),
    Case(
        "cp1252",
        _write_bytes(
            "cp1252.txt",
            "Officials said \u201cwe made progress\u201d in talks on Tuesday, the ministry "
            "said in a statement issued late on Tuesday evening.\n".encode("cp1252"),
        ),
        True,
    ),
    Case("bom", _write_bytes("bom.txt", b"\xef\xbb\xbf" + BASE.encode()), True),
    Case("crlf", _write_bytes("crlf.txt", BASE.replace("\n", "\r\n").encode()), True),
    Case("cr", _write_bytes("cr.txt", BASE.replace("\n", "\r").encode()), True),
    Case("long_line", _write_text("long line.txt", ("word " * 200_000) + "\n"), True),
    Case("long_word", _write_text("long-word.txt", "x" * 100_000 + ". " + BASE), True),
    Case(
        "many_sentences",
        _write_text("many.txt", "".join(f"Sentence number {i} is short. " for i in range(20_000))),
        True,
    ),
    Case(
        "quotes_unbalanced",
        _write_text(
            "quotes.txt",
            'He said “yes. She said "no“ and ‘maybe. «Bien» „gut“ ”odd“ '
            + "“" * 5000
            + ' "'
            + "\n",
        ),
        True,
    ),
    Case(
        "rich_markup",
        _write_text(
            "markup.txt",
            "[bold red]Breaking[/] news: [link=https://evil.example]click[/link] "
            "[@click=app.quit]quit[/] and [/] stray. The minister said “[b]no[/b]”.\n",
        ),
        True,
    ),
    Case(
        "escapes",
        _write_text(
            "escapes.txt",
            "Clear \x1b[2J\x1b[H screen. Title \x1b]0;pwned\x07 set. "
            "Clipboard \x1b]52;c;cHduZWQ=\x07 grab. Bell \x07 ring. NUL-free \x1b[31mred\x1b[0m.\n",
        ),
        True,
    ),
    Case(
        "bidi_zero_width",
        _write_text(
            "bidi.txt",
            "Invoice \u202etxt.exe\u202c renamed. Zero\u200bwidth\u200d join\u2060 here. "
            "Isolate \u2066abc\u2069 done.\n",
        ),
        True,
    ),
    Case(
        "cjk_emoji_rtl",
        _write_text(
            "wide.txt",
            "外交部长周二表示，会谈取得了进展。🇺🇸🤝🇮🇳 Leaders met. "
            "قال الوزير إن المحادثات ستستمر. Officials agreed.\n",
        ),
        True,
    ),
    Case(
        "html_in_text",
        _write_text("html.txt", "<script>alert(1)</script> <b>Bold</b> claim.\n"),
        True,
    ),
    Case("name_quote", _write_text('it\'s "quoted".txt', BASE), True),
    Case("name_unicode", _write_text("Zürich–Genève ✓.txt", BASE), True),
    Case("name_dash", _write_text("-leading-dash.txt", BASE), True),
)

REFUSED_CASES: tuple[Case, ...] = (
    Case("empty", _write_bytes("empty.txt", b""), False),
    Case("whitespace", _write_bytes("blank.txt", b"  \n\t\n  \n"), False),
    Case("nul", _write_bytes("nul.txt", b"text\x00with\x00nul bytes\n"), False),
    Case("png", _write_bytes("image.txt", PNG), False),
    Case("fifo", _fifo, False),
    Case("symlink_loop", _symlink_loop, False),
    Case("directory_as_file", _directory, False),
)

EITHER_CASES: tuple[Case, ...] = (
    # Any byte decodes in some legacy single-byte encoding: loading it or refusing it with a
    # clear line are both acceptable, a traceback is not.
    Case("invalid_utf8", _write_bytes("invalid.txt", bytes(range(0x80, 0x100)) * 40), True),
    Case(
        "mixed_encodings",
        _write_bytes("mixed.txt", BASE.encode() + "café naïve".encode("cp1252") + b"\n"),
        True,
    ),
)

HUGE_SIZE = 30 * 1024 * 1024


def make_huge(folder: Path) -> Path:
    """A 30 MB text file (over the default size limit)."""
    path = folder / "huge.txt"
    line = b"The ministry issued another statement about the talks on Tuesday.\n"
    with path.open("wb") as handle:
        for _ in range(HUGE_SIZE // len(line) + 1):
            handle.write(line)
    return path
