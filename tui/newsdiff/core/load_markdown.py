"""Markdown → the words a browser shows, so a ``.md`` article compares as its reader reads it.

A ``.md`` file used to be compared as written: ``[north pier](https://…)`` kept its link syntax
in the text, ``![photo](pier.jpg)`` made a sentence of its own and ``# Pier vote`` was linked to
the other article's headline as prose. Now the file is read as a web page is
(``core/html_extract.py``): one block per paragraph, heading, list (``- item`` lines) or table
row (cells joined by `` | ``), a blank line between blocks. Links keep their text, images and
code blocks are dropped, emphasis and code marks go, HTML tags go (their words stay). That text
is the article: every offset of the comparison and the JSON indexes it, as for a page. A file
whose text is half HTML tags or more is compared as written, with its note
(``core/input_notes.py``). Parsing is CommonMark by markdown-it-py (installed with Rich;
docs/input.md says why it, not a hand-written reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = (".md", ".markdown")
"""The file name endings read as Markdown (compared case-insensitively)."""

_DROPPED_BLOCKS = frozenset({"fence", "code_block", "hr"})
_TAG = re.compile(r"<!--.*?-->|<[^<>]*>", re.DOTALL)
_SKIPPED_INLINE = frozenset({"image", "html_inline"})


@cache
def _parser(inline: bool = False) -> MarkdownIt:
    """CommonMark with tables and strikethrough: the blocks alone, or (``inline``) for runs."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return parser if inline else parser.disable("inline")


MARKDOWN_LIMIT = 1_000_000
"""A ``.md`` file of more characters is compared as written: no article is that long, and
parsing a hostile 5 MB one (a million table rows, half a million links) takes up to 50 s."""

INLINE_LIMIT = 10_000
"""An inline run (a paragraph, heading, list item or cell) longer than this many characters is
shown as written: no news paragraph is that long, and markdown-it's inline pass over megabytes
of ``[`` or ``*`` takes tens of seconds (1 MB of ``[``: 17 s), past the 60 s that a 5 MB input
is given (docs/robustness.md). Runs are parsed one by one, so the cost stays per run."""


def is_markdown_name(shown: str) -> bool:
    """Whether a file named ``shown`` is Markdown by its ending (``.md``, ``.markdown``)."""
    return shown.lower().endswith(MARKDOWN_SUFFIXES)


def markdown_body(text: str, body: str) -> tuple[str, str]:
    """The shown text of a Markdown file's ``body`` and, for the title, that text after the
    file's own front matter (whose ``title:`` then wins). The front matter stays blanked in
    place at the start, and a final line end stays, as in a text file."""
    from newsdiff.core.front_matter import front_matter_end
    from newsdiff.core.input_notes import MARKUP_SHARE, markup_share

    if markup_share(body) >= MARKUP_SHARE or len(body) > MARKDOWN_LIMIT:  # as written
        return body, text
    end = front_matter_end(text)
    shown = markdown_text(body[end:]) + ("\n" if body.endswith("\n") else "")
    return body[:end] + shown, text[:end] + shown


def markdown_text(source: str) -> str:
    """The text a browser shows for the Markdown ``source``: blocks apart by a blank line.

    Headings, paragraphs and block-quote paragraphs are one block each (soft line breaks
    kept, as a text file's hard wraps are), a list is one block of ``- item`` lines, a table
    one block per row, an HTML block its words; images, code blocks, tags and rules are left out."""
    blocks: list[str] = []
    items: list[str] = []
    row: list[str] = []
    depth = 0  # list nesting
    in_cell = False
    env: dict[str, object] = {}  # reference definitions, for the runs' links
    for token in _parser().parse(source, env):
        kind = token.type
        if kind in _DROPPED_BLOCKS:
            continue
        if kind == "html_block":  # a browser shows the words between the tags
            shown = "\n".join(
                " ".join(line.split()) for line in _TAG.sub(" ", token.content).split("\n")
            )
            if any(ch.isalnum() for ch in shown):
                blocks.append("\n".join(line for line in shown.split("\n") if line))
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0 and items:
                blocks.append("\n".join(items))
                items = []
        elif kind in ("th_open", "td_open", "th_close", "td_close"):
            in_cell = kind.endswith("_open")
        elif kind == "tr_close":
            if any(row):
                blocks.append(" | ".join(cell for cell in row if cell))
            row = []
        elif kind == "inline":
            text = _inline(token, env)
            if in_cell:
                row.append(" ".join(text.split()))
            elif not text.strip():
                continue
            elif depth:
                items.append("- " + " ".join(text.split()))
            else:
                blocks.append(text)
    if items:
        blocks.append("\n".join(items))
    return "\n\n".join(blocks)


_SPACES = re.compile(r"[ \t]+")


def _inline(token: Token, env: dict[str, object]) -> str:
    """The shown text of one inline run: link text, code text, line breaks; no marks."""
    if len(token.content) > INLINE_LIMIT:
        children = [token]  # as written: its content is one text piece
    else:
        children = _parser(inline=True).parseInline(token.content, env)[0].children or []
    pieces: list[str] = []
    for child in children:
        if child is token:
            pieces.append(token.content)
            continue
        kind = child.type
        if kind in ("text", "code_inline"):
            pieces.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            pieces.append("\n")
        elif kind in _SKIPPED_INLINE:
            pieces.append(" " if kind == "html_inline" else "")
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)
