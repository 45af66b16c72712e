"""The pair view's ``carried by 3 of 5: …`` fitted to the room a status line leaves it.

The eleventh trial's line ended ``carried by 5 of 5: breitbart.t… · i: all``: a name cut inside
itself names no outlet. Here a list that does not fit first drops the extension every article
shares (as the story's matrix key does), then the linked claims' note, then whole names from
its end, saying how many it left out (``+2 more``); ``i`` still lists every one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len

from newsdiff.core.sanitize import visible

if TYPE_CHECKING:
    from newsdiff.core.story import Story
    from newsdiff.core.story_model import Provenance


@dataclass(frozen=True, slots=True)
class CarriedNote:
    """One sentence's provenance in pieces, so a short line can cut it at a whole name.

    Attributes:
        head: ``carried by 3 of 5``.
        names: The carrying articles' names as the story names them (``nyt.txt``).
        short: The same names without the extension every article of the story shares.
        linked: `` (claim 56 + linked claim 2)`` when linked claims were counted, else empty.
    """

    head: str
    names: tuple[str, ...]
    short: tuple[str, ...]
    linked: str = ""

    def __str__(self) -> str:
        """The whole note, as :func:`newsdiff.core.story_model.provenance_note` words it."""
        if not self.names:  # a note given whole, not in pieces
            return self.head + self.linked
        return f"{self.head}: {', '.join(self.names)}{self.linked}"

    def least(self) -> int:
        """The cells of the shortest form that names an outlet (``carried by 5 of 5: nyt
        +4 more``): what the status line keeps for it before it cuts the evidence further."""
        if not self.names:
            return cell_len(str(self))
        more = f" +{len(self.short) - 1} more" if len(self.short) > 1 else ""
        return cell_len(f"{self.head}: {self.short[0]}{more}")

    def fit(self, cells: int) -> str:
        """The note in at most ``cells`` cells when it can be: whole; without the shared
        extension; without the linked claims' note; then the first names whole and
        ``+N more``; then the bare count. Never a name cut inside itself (only when not even
        ``carried by 3 of 5`` fits is it cut, with an ellipsis, by the caller)."""
        if not self.names or cell_len(str(self)) <= cells:
            return str(self)
        for linked in (self.linked, ""):
            line = f"{self.head}: {', '.join(self.short)}{linked}"
            if cell_len(line) <= cells:
                return line
        for kept in range(len(self.short) - 1, 0, -1):
            line = f"{self.head}: {', '.join(self.short[:kept])} +{len(self.short) - kept} more"
            if cell_len(line) <= cells:
                return line
        return self.head


def carried_note(story: Story, provenance: Provenance) -> CarriedNote:
    """The provenance of one sentence of ``story`` in pieces (see :class:`CarriedNote`)."""
    from newsdiff.app.widgets.story_variants import without_shared_extension
    from newsdiff.core.path_names import distinct_names
    from newsdiff.core.story_model import provenance_parts

    every = [_flat(name) for name in distinct_names([a.path for a in story.articles])]
    short = without_shared_extension(every)
    head, outlets, linked = provenance_parts(story, provenance)
    return CarriedNote(
        head,
        tuple(every[k] for k in outlets),
        tuple(short[k] for k in outlets),
        _flat(linked) and " " + _flat(linked),
    )


def _flat(text: str) -> str:
    return " ".join(visible(text).split())
