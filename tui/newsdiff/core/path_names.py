"""Short names for article paths that still tell every article apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath

OPTION_LEAD = "-"
"""What a command-line option starts with; a relative file name that starts with it cannot be
pasted back into a command as it is."""


def typable_path(path: str | PurePath) -> str:
    """``path`` as a user can name it on a command line: ``./`` before a relative name that
    starts with ``-`` (``-dash.txt`` reads as an option, ``-`` as standard input). pathlib and a
    folder's listing drop the ``./`` that ``./-dash.txt`` was named with.

    The string ``"-"`` is standard input and stays as it is; a path object ``-`` is a file.
    """
    shown = str(path)
    if shown.startswith(OPTION_LEAD) and (isinstance(path, PurePath) or shown != OPTION_LEAD):
        return f"./{shown}"
    return shown


def distinct_names(paths: Sequence[str]) -> list[str]:
    """Each path's file name, with as many of its folders as it takes to tell apart the names
    that collide (``event8/nyt.txt`` beside ``basil-1/nyt.txt``); a unique name stays bare.

    Several folders of the same outlets are the usual layout (``story1/nyt.txt``,
    ``story2/nyt.txt``): a key of bare names listed ``nyt.txt`` twice with no way to tell which.
    """
    parts = [PurePath(path).parts or (path,) for path in paths]
    depth = [1] * len(paths)
    while True:
        names = ["/".join(p[-d:]) for p, d in zip(parts, depth, strict=True)]
        seen = Counter(names)
        deeper = [k for k, name in enumerate(names) if seen[name] > 1 and depth[k] < len(parts[k])]
        if not deeper:
            return names
        for k in deeper:
            depth[k] += 1
