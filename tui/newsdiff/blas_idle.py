"""numpy's BLAS helper threads told to sleep when idle: set by every entry point of newsdiff
(``newsdiff``, ``python -m newsdiff``, ``python -m newsdiff.app``) before numpy is imported."""

from __future__ import annotations

import os

BLAS_IDLE = ("OPENBLAS_THREAD_TIMEOUT", "4")
"""numpy's OpenBLAS starts a helper thread per core as numpy is imported, and each spins for
2^28 cycles (~0.1 s) waiting for work before it sleeps: ~0.1 s of CPU in every command, taken
from the command itself on a busy machine. 2^4 cycles lets an idle helper sleep at once. The
number of threads is unchanged, so every result is the same to the bit; a value already set in
the environment is kept (docs/benchmarks.md)."""


def let_blas_helpers_sleep() -> None:
    """Set :data:`BLAS_IDLE` unless the environment sets it; no effect once numpy is imported."""
    os.environ.setdefault(*BLAS_IDLE)
