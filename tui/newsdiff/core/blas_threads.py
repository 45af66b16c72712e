"""One BLAS thread for the meaning vectors and cosines of a long comparison.

The only BLAS work of a comparison is in the meaning signal: the sums of each sentence's word
vectors and the all-pairs cosine (:mod:`newsdiff.core.meaning_axis`). On a long pair it runs
while rapidfuzz computes the word-order matrix in another thread, so OpenBLAS's own threads
only compete with it for the cores and spin while they wait for each other: at 5,000 × 5,000
sentences on two cores, scoring took 1.40 s of CPU with two BLAS threads and 1.32 s with one,
in no more wall time (docs/benchmarks.md). One thread also gives the all-pairs product the same
bits on every machine: with several, the column where OpenBLAS splits the work comes out of
another kernel, an ulp apart from one core count to another.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager, nullcontext
from typing import Any

ONE_THREAD_FROM = 1_000_000
"""Comparisons of at least this many sentence pairs (1,000 × 1,000) use one BLAS thread.
Smaller products are left as they are: looking the BLAS library up (threadpoolctl, ~10 ms once
a process) would cost more than it saves."""

_lock = threading.Lock()
_controller: Any = None


def one_blas_thread(pairs: int) -> AbstractContextManager[object]:
    """A context in which BLAS runs on one thread, for a comparison of ``pairs`` sentence pairs
    (a no-op below :data:`ONE_THREAD_FROM`)."""
    global _controller
    if pairs < ONE_THREAD_FROM:
        return nullcontext()
    with _lock:
        if _controller is None:
            from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

            _controller = ThreadpoolController()
        controller = _controller
    limited: AbstractContextManager[object] = controller.limit(limits=1, user_api="blas")
    return limited
