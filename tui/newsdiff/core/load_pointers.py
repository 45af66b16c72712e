"""Pointers for inputs named by mistake: newsdiff's own JSON output, a folder of story folders.

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

SUBFOLDERS_LOOKED_AT = 1000
"""How many sub-folders an empty folder's error message looks into, at most."""


def refuse_saved_report(shown: str, data: bytes) -> None:
    """Refuse newsdiff's own JSON output named as an article (it would load as 1,000 unique
    "sentences" of JSON); a saved comparison is reopened with ``newsdiff open``."""
    found = _SAVED_SCHEMA.match(data[:SAVED_SNIFF])
    if found is None:
        return
    kind = found.group(1).decode("ascii").removeprefix("newsdiff.")
    if kind == "comparison":
        raise ArticleError(
            shown, f"a saved newsdiff comparison, not an article (reopen it: newsdiff open {shown})"
        )
    raise ArticleError(shown, f"a newsdiff {kind} report (JSON), not an article")


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
