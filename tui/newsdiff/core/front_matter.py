"""YAML front matter: the metadata block a static-site or notes Markdown file starts with.

``---`` on the first line, ``key: value`` lines, then ``---`` (or ``...``). It says what the
site needs (title, date, tags, layout), not what the outlet wrote: compared as sentences it
made three rows of its own (``---``, ``title: … author: …``, ``---``), its ``title:`` line linked
as a paraphrase of the other article's headline. The loader blanks it instead (its ``title:``
still gives the article's title, see :func:`newsdiff.core.load.make_title`; its site, author,
date and address the article's :class:`~newsdiff.core.models.ArticleMeta`).
"""

from __future__ import annotations

import re

from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.models import ArticleMeta

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


META_KEYS: dict[str, tuple[str, ...]] = {
    "outlet": ("sitename", "site_name", "site", "outlet", "publisher", "source", "hostname"),
    "author": ("author", "authors", "byline"),
    "date": ("date", "published", "pubdate", "date_published", "published_at"),
    "url": ("url", "canonical", "canonical_url", "source_url", "link"),
}
"""The keys each :class:`ArticleMeta` field is read from, the first one given winning (what
``trafilatura --markdown --with-metadata`` writes, and the usual static-site names)."""

META_CHARS = 200
"""The longest value kept (a site's description is not an outlet's name)."""

_FIELD = lazy_compile(r"([A-Za-z_][\w.-]{0,60})[ \t]*:[ \t]*(.*)")
_DATE = lazy_compile(r"\d{4}-\d{2}-\d{2}")


def front_matter_meta(text: str) -> ArticleMeta:
    """The outlet, author, date and address the front matter of ``text`` gives (each ``None``
    when it gives none): a page saved as Markdown with its metadata keeps them, as the page
    itself would. A date is cut to ``YYYY-MM-DD``; an address must be ``http(s)://``."""
    end = front_matter_end(text)
    if not end:
        return ArticleMeta()
    fields = _fields(text[:end].split("\n")[1:-2])
    found = {
        name: next((fields[key] for key in keys if fields.get(key)), None)
        for name, keys in META_KEYS.items()
    }
    date, url = found["date"], found["url"]
    if date is not None and _DATE.match(date):
        date = date[:10]
    if url is not None and not url.lower().startswith(("http://", "https://")):
        url = None
    return ArticleMeta(outlet=found["outlet"], author=found["author"], date=date, url=url)


def _fields(lines: list[str]) -> dict[str, str]:
    """The top-level ``key: value`` pairs of front-matter ``lines``, keys in lower case; a list
    (``[a, b]`` or ``- a`` lines under the key) as ``a, b``."""
    fields: dict[str, str] = {}
    key: str | None = None
    items: list[str] = []
    for line in [*lines, "end:"]:
        item = line.strip()
        if key is not None and item.startswith("- "):
            items.append(_scalar(item[2:]))
            continue
        if key is not None and items:
            fields.setdefault(key, ", ".join(part for part in items if part))
        key, items = None, []
        match = _FIELD.fullmatch(line)
        if match is None:
            continue
        name, value = match.group(1).lower(), match.group(2).strip()
        if not value:
            key = name
        elif value.startswith("[") and value.endswith("]"):
            fields.setdefault(name, ", ".join(_scalar(v) for v in value[1:-1].split(",") if v))
        else:
            fields.setdefault(name, _scalar(value))
    return {name: value[:META_CHARS] for name, value in fields.items() if value}


def _scalar(value: str) -> str:
    """A YAML scalar as text: its quotes removed; ``null``, ``~`` and a block (``|``, ``>``: its
    lines follow, indented) empty."""
    value = value.strip()
    if value[:1] in ("|", ">"):
        return ""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    return "" if value in ("null", "~", "Null", "NULL") else " ".join(value.split())
