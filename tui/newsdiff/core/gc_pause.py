"""Python's cyclic garbage collector held off while a comparison builds its objects.

A long comparison allocates a few hundred thousand small objects (claims, word tuples, quote
records) that all stay alive until it is done, and none of which form cycles: every
collection the allocations trigger scans them and frees nothing. At 5,000 × 5,000 sentences
the collector took 0.3–0.45 s of a 3.3 s comparison (six full collections of ~50 ms, the rest
young ones). Reference counting still frees everything as usual; only the search for cycles
waits until the comparison is over (docs/benchmarks.md).
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
                gc.enable()
