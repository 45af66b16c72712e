"""YAML front matter: the metadata block a static-site or notes Markdown file starts with.

``---`` on the first line, ``key: value`` lines, then ``---`` (or ``...``). It says what the
site needs (title, date, tags, layout), not what the outlet wrote: compared as sentences it
made three rows of its own (``---``, ``title: … author: …``, ``---``), its ``title:`` line linked
as a paraphrase of the other article's headline. The loader blanks it instead (its ``title:``
still gives the article's title, see :func:`newsdiff.core.load.make_title`).
"""

from __future__ import annotations

import re

from newsdiff.core.lazy_regex import lazy_compile

FRONT_MATTER = lazy_compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
"""The block at the very start of a text (line ends already ``\\n``)."""

SCAN_CHARS = 4_000
"""Front matter is looked for in this many first characters (as the title is)."""

_KEY = lazy_compile(r"[A-Za-z_][\w.-]{0,60}[ \t]*:(?:[ \t]|$)")
"""A YAML mapping key at the start of a line: ``title:``, ``og.image: …``."""


def front_matter_end(text: str) -> int:
    """Where the front matter at the start of ``text`` ends (0 when there is none).

    Every line inside must read as YAML (a ``key:``, an indented or ``-`` continuation, a
    ``#`` comment or a blank line) and one at least as a key, so an article that opens with a
    ``---`` rule and a paragraph is not taken for metadata.
    """
    match = FRONT_MATTER.match(text[:SCAN_CHARS])
    if match is None:
        return 0
    lines = match.group(1).split("\n")
    keyed = False
    for line in lines:
        if _KEY.match(line):
            keyed = True
        elif line.strip() and not line.startswith((" ", "\t", "-", "#")):
            return 0
    return match.end() if keyed else 0


def blank_front_matter(text: str) -> str:
    """``text`` with its front matter turned into spaces, line ends kept: the text keeps its
    length, so every offset into it is an offset into the file as decoded (a saved
    comparison's sentences still slice out of the original text)."""
    end = front_matter_end(text)
    if not end:
        return text
    return re.sub(r"[^\n]", " ", text[:end]) + text[end:]
