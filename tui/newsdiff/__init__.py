"""newsdiff: compare news articles sentence by sentence, and track quotes across outlets."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# OpenBLAS's idle workers busy-wait 2^28 CPU cycles (~0.1 s) after each matrix product before
# they sleep: beside scoring's Python work on two cores that is ~0.1 s of CPU taken from it.
# 2^20 cycles (~0.4 ms) still spans the gaps between the products of one computation. Read
# when numpy loads (a value already set wins); no result changes (docs/benchmarks.md).
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "20")

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from newsdiff.core.compare import compare_files, compare_texts

__all__ = ["__version__", "compare_files", "compare_texts"]


def __getattr__(name: str) -> Any:
    """Import the public API lazily, so ``import newsdiff`` stays cheap."""
    if name in ("compare_files", "compare_texts"):
        from newsdiff.core import compare

        return getattr(compare, name)
    raise AttributeError(name)
