"""File names in a column too narrow for them: cut on the side that keeps them apart.

A name's distinguishing part is at its start for most libraries (``a/story.txt`` beside
``b/story.txt``: the folder that :func:`newsdiff.core.path_names.distinct_names` added;
``courier.txt`` beside ``harbour.txt``) and at its end for some (``2026-05-01-gazette.txt``
beside ``2026-05-01-herald.txt``). No fixed side serves both, so a column picks the side that
leaves more of its names apart. :func:`cut_names` cuts a whole column at once and may keep both
ends (``2026-05-01…gazette.txt``) when neither side alone keeps the names apart, or when the
end cut would hide the file name of a name in a folder. The library's File column, ``newsdiff
list`` and the story's key all cut this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len, chop_cells, get_character_cell_size, set_cell_size


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


def cut_middle(name: str, head: int, tail: int) -> str:
    """``name`` in ``head + 1 + tail`` cells when longer: its first ``head`` and last ``tail``
    cells kept, ``…`` between them (``head`` 0 is :func:`cut_start`, ``tail`` 0 :func:`cut_end`)."""
    width = head + 1 + tail
    if name.isascii() and name.isprintable():  # a cell a character: slices, ten times faster
        return name if len(name) <= width else name[:head] + "…" + name[len(name) - tail :]
    if cell_len(name) <= width:
        return name
    if tail == 0:
        return cut_end(name, width)
    if head == 0:
        return cut_start(name, width)
    start = chop_cells(name, head)[0] if name else ""
    kept = cell_len(start)
    # a wide character the head could not hold: its cell goes to the tail
    end = cut_start(name, tail + 1 + (head - kept))[1:]
    return start + "…" + end


def cut_names(names: Sequence[str], width: int) -> list[str]:
    """Each of ``names`` in ``width`` cells, all cut the same way: the way that keeps the most
    of them apart (:func:`cut_head`). Names that fit stay whole."""
    if width < 1:
        return ["" for _ in names]
    head = cut_head(names, width)
    if head is None:
        return list(names)
    return [cut_middle(name, head, width - 1 - head) for name in names]


def cut_head(names: Sequence[str], width: int) -> int | None:
    """The cells of each name's start that :func:`cut_names` keeps (the rest of ``width``, less
    the ``…``, is its end), or None when every name fits. The end is cut first (the name is
    read from its start), then the start, then ever less of the start kept with the end
    (``2026-05-01…gazette.txt``): the first that keeps every name apart, else the one keeping
    most apart. Among the cuts keeping as many apart, one that keeps the file name of a name
    in a folder wins (``regional-de…ight/nyt.txt``, not ``regional-desk-event-eig…``):
    the outlet's file name is what a user knows an article by."""
    if width < 1 or all(cell_len(name) <= width for name in names):
        return None
    heads = [width - 1, 0, *range(width - 2, 0, -1)]
    unique = len(set(names))
    best, apart = heads[0], 0
    for head in heads:
        count = len({cut_middle(name, head, width - 1 - head) for name in names})
        if count > apart:
            best, apart = head, count
            if count == unique:
                break
    return _keeping_file_names(names, width, best, apart)


def _keeping_file_names(names: Sequence[str], width: int, head: int, apart: int) -> int:
    """``head``, or, when it loses the ``/file name`` of a cut name in a folder, the cut that
    keeps every such file name and ``apart`` names apart, its folder's start and end sharing
    the cells left (``regional-de…ight/nyt.txt``: who the folder is, and where it differs)."""
    cut = [name for name in names if cell_len(name) > width]
    need = max((cell_len(name[name.rindex("/") :]) for name in cut if "/" in name), default=0)
    if not need or width - 1 - head >= need or need > width - 1:
        return head
    most = width - 1 - need
    even = min(most, (width - 1) // 2)
    for other in sorted(range(most + 1), key=lambda h: (abs(h - even), -h)):
        if len({cut_middle(name, other, width - 1 - other) for name in names}) == apart:
            return other
    return head


def distinct_width(names: Sequence[str], floor: int = 1) -> int:
    """The fewest cells (at least ``floor``) in which :func:`cut_names` keeps ``names`` as far
    apart as they are whole: the narrowest column that still tells every name from the others."""
    longest = max((cell_len(name) for name in names), default=0)
    unique = len(set(names))
    for width in range(min(floor, longest), longest):
        if len(set(cut_names(names, width))) == unique:
            return width
    return longest
