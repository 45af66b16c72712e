"""Pointers for inputs named by mistake: newsdiff's own reports, a folder of story folders.

Each turns what would be a confusing result (a thousand "sentences" of JSON; "no files in this
folder" beside 27 folders full of them) into one ``error:`` line that says what to name instead.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Sequence
from pathlib import Path

from newsdiff.core.errors import ArticleError

SAVED_SNIFF = 1_024
"""Bytes at the start of a file searched for a newsdiff schema line."""

_SAVED_SCHEMA = re.compile(rb'\A\s*\{\s*"schema"\s*:\s*"(newsdiff\.[a-z]+)/[0-9]+"')
"""The start of a JSON report newsdiff wrote (``{"schema": "newsdiff.comparison/2", …``)."""

_HEAD_LINES = 12
"""Lines a text report's first title may wrap into before the counts under it (a title of 80
characters and its path at the narrowest --width)."""

_OWN_REPORTS = (
    # `compare` and the app's save dialog: HTML (its generator tag), Markdown, text
    (
        re.compile(
            rb'\A\s*<!DOCTYPE html>.{0,400}?<meta name="generator" content="newsdiff ', re.S
        ),
        "comparison report (HTML)",
    ),
    (
        re.compile(rb"\A# newsdiff: [^\n]*\n\n\| \| Left \| Right \|"),
        "comparison report (Markdown)",
    ),
    (  # the head may wrap (a long title or path, --width) and have a line of page metadata
        re.compile(
            rb"\AL: [^\n]*\n(?:[^\n]*\n){0,%d}?   [0-9,]+\s+shared,\s+[0-9,]+\s+paraphrased,\s"
            % _HEAD_LINES
        ),
        "comparison report (text)",
    ),
    # `story`: HTML, Markdown, text; `quotes`: text
    (
        re.compile(
            rb'\A<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            rb'<meta name="viewport"[^\n]*\n<title>Story: '
        ),
        "story report (HTML)",
    ),
    (
        re.compile(rb"\A# Story: [^\n]*\n\n[0-9,]+ articles, [0-9,]+ claims?: "),
        "story report (Markdown)",
    ),
    (
        re.compile(rb"\A[0-9,]+ articles, [0-9,]+ claims?: [^\n]*\n\nOverlap: "),
        "story report (text)",
    ),
    (
        re.compile(rb"\A[0-9,]+\s+articles?,\s+[0-9,]+\s+quotes?,\s+[0-9,]+\s+remarks?:\s"),
        "quotes report (text)",
    ),
    # `list`: the table (plain or boxed), or under 44 columns a title over its counts
    (re.compile(rb"\ATITLE +WORDS +SENTENCES +QUOTES +PATH *\n"), "list report (text)"),
    (
        re.compile(
            rb"\A[^\n]*\n(?:[^\n]*\n){0,%d}?  [0-9,]+ words?(?:, |\n  )[0-9,]+ sentences?"
            rb"(?:, |\n  )[0-9,]+ quotes?\n" % _HEAD_LINES
        ),
        "list report (text)",
    ),
)
"""The start of each report newsdiff writes as HTML, Markdown or text: a folder the reports were
saved into would otherwise load them as articles that share every sentence."""

_STYLE_CODES = re.compile(rb"\x1b\[[0-9;]*m")
"""The colour and weight codes a coloured report starts its lines with."""

SUBFOLDERS_LOOKED_AT = 1000
"""How many sub-folders an empty folder's error message looks into, at most."""


def refuse_saved_report(shown: str, data: bytes) -> None:
    """Refuse newsdiff's own output named as an article: its JSON (1,000 unique "sentences"
    of JSON; a saved comparison is reopened with ``newsdiff open``) and its HTML, Markdown
    and text reports (copies of the articles they report on, which would share every
    sentence with them)."""
    start = data[:SAVED_SNIFF]
    found = _SAVED_SCHEMA.match(start)
    if found is not None:
        kind = found.group(1).decode("ascii").removeprefix("newsdiff.")
        if kind == "comparison":
            raise ArticleError(
                shown,
                f"a saved newsdiff comparison, not an article (reopen it: newsdiff open {shown})",
            )
        raise ArticleError(shown, f"a newsdiff {kind} report (JSON), not an article")
    kind = own_report_kind(start)
    if kind is not None:
        raise ArticleError(shown, f"a newsdiff {kind}, not an article")


def own_report_kind(start: bytes) -> str | None:
    """``comparison report (HTML)`` when ``start`` (a file's first bytes) begins one of
    newsdiff's HTML, Markdown or text reports, else ``None``."""
    start = _STYLE_CODES.sub(b"", start)  # printed with --color always (or FORCE_COLOR) > FILE
    for pattern, kind in _OWN_REPORTS:
        if pattern.match(start):
            return kind
    return None


def subfolder_hint(folder: str | Path, suffixes: Sequence[str]) -> str:
    """`` (sub-folders are not searched: 3 of them have articles; name them, e.g. a/*/)``.

    Said when a folder of story folders is named instead of the story folders themselves;
    empty when no sub-folder (of the first ``SUBFOLDERS_LOOKED_AT``) has a file ending in one
    of ``suffixes`` (any letter case, hidden files skipped, as a folder's articles are read).
    """
    try:
        with os.scandir(folder) as entries:
            subfolders = [
                entry.path
                for entry in itertools.islice(entries, SUBFOLDERS_LOOKED_AT)
                if not entry.name.startswith(".") and entry.is_dir()
            ]
    except OSError:
        return ""
    with_articles = sum(_has_articles(subfolder, suffixes) for subfolder in subfolders)
    if not with_articles:
        return ""
    which = "it has" if with_articles == 1 else f"{with_articles} of them have"
    pattern = os.path.join(str(folder), "*", "")
    return f" (sub-folders are not searched: {which} articles; name them, e.g. {pattern})"


def _has_articles(folder: str, suffixes: Sequence[str]) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(
                not entry.name.startswith(".")
                and os.path.splitext(entry.name)[1].lower() in suffixes
                for entry in entries
            )
    except OSError:
        return False
