"""Short names for article paths that still tell every article apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath


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
