"""File names in a column too narrow for them: cut on the side that keeps them apart.

A name's distinguishing part is at its start for most libraries (``a/story.txt`` beside
``b/story.txt``: the folder that :func:`newsdiff.core.path_names.distinct_names` added;
``courier.txt`` beside ``harbour.txt``) and at its end for some (``2026-05-01-gazette.txt``
beside ``2026-05-01-herald.txt``). No fixed side serves both, so a column picks the side that
leaves more of its names apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len, get_character_cell_size, set_cell_size


def cut_end(name: str, width: int) -> str:
    """``name`` in ``width`` cells, its end replaced by ``…`` when longer (as a table cell
    with ``overflow="ellipsis"`` shows it)."""
    if cell_len(name) <= width:
        return name
    return set_cell_size(name, max(0, width - 1)) + "…"


def cut_start(name: str, width: int) -> str:
    """``name`` in ``width`` cells, its start replaced by ``…`` when longer."""
    if cell_len(name) <= width:
        return name
    room = width - 1
    kept: list[str] = []
    for char in reversed(name):
        size = get_character_cell_size(char)
        if size > room:
            break
        kept.append(char)
        room -= size
    return "…" + "".join(reversed(kept))


def cut_at_start(names: Iterable[str], width: int) -> bool:
    """Whether a column ``width`` cells wide should cut ``names`` at their start: only when
    that leaves more of them distinct than cutting at the end (a tie keeps the start, where
    the name is read from)."""
    unique = set(names)
    if all(cell_len(name) <= width for name in unique):
        return False
    ends = {cut_end(name, width) for name in unique}
    starts = {cut_start(name, width) for name in unique}
    return len(starts) > len(ends)
