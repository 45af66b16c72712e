"""Python's cyclic garbage collector held off while a comparison builds its objects.

A long comparison allocates a few hundred thousand small objects (claims, word tuples, quote
records) that all stay alive until it is done, and none of which form cycles: every
collection the allocations trigger scans them and frees nothing. At 5,000 × 5,000 sentences
the collector took 0.3–0.45 s of a 3.3 s comparison (six full collections of ~50 ms, the rest
young ones). Reference counting still frees everything as usual; only the search for cycles
waits until the comparison is over (docs/benchmarks.md).

When the pause ends, what the comparison built is handed to the oldest generation at once
(``gc.freeze()`` then ``gc.unfreeze()``, two list splices) instead of waiting for the first young
collection after the pause, which scanned all of it (600,000 objects, 0.15 s at 5,000 × 5,000
sentences) to find ~30 objects of garbage. That garbage is collected with the oldest generation
instead; nothing is left frozen. Skipped when objects were frozen by someone else (unfreezing
would undo their freeze).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Hold off cyclic collection inside the block (nested or from several threads at once:
    the collector resumes when the last block ends, and only if it was on before the first)."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                if gc.get_freeze_count() == 0:
                    gc.freeze()  # every tracked object, young ones included, set aside
                    gc.unfreeze()  # and back, into the oldest generation, unscanned
                gc.enable()
