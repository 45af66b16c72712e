"""Cyclic garbage collection paused while the app starts, so its first frame comes sooner.

Starting the app allocates some 60,000 long-lived objects (Textual's modules, classes, styles
and widgets). With the collector on, they are scanned again and again on the way to the first
frame (~10–17 ms of a ~250 ms start); almost none of them is garbage (~1,600 objects, a few
hundred kilobytes). So ``newsdiff`` pauses the collector before it imports the app, and the app
resumes it once its first frame is painted, handing what was allocated by then to the oldest
generation at once (``gc.freeze()`` then ``gc.unfreeze()``, as ``core.gc_pause`` does after a
comparison) rather than to the first young collection, which would scan all of it. Nothing is
left frozen: the startup's garbage goes with the next full collection.

``core.gc_pause`` holds collection off around a comparison, a block that ends where it began;
this pause ends elsewhere, at the first frame.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused = False


@contextmanager
def paused() -> Iterator[None]:
    """Pause collection for the block; it resumes at :func:`resume` or when the block ends.

    Does nothing when collection is already off (the caller's choice is kept).
    """
    global _paused
    if not gc.isenabled():
        yield
        return
    gc.disable()
    _paused = True
    try:
        yield
    finally:
        resume()


def resume() -> None:
    """Collect again, if :func:`paused` paused it; what is allocated so far goes to the oldest
    generation unscanned (unless something else froze objects: unfreezing would undo that)."""
    global _paused
    if not _paused:
        return
    _paused = False
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    gc.enable()


def is_paused() -> bool:
    """Whether collection is paused by :func:`paused` (and not resumed yet)."""
    return _paused
