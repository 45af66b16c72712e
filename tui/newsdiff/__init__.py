"""newsdiff: compare news articles sentence by sentence, and track quotes across outlets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdiff.blas_idle import let_blas_helpers_sleep

# as every entry point does (newsdiff.blas_idle), for the library and the scripts too: numpy's
# idle BLAS helpers sleep instead of spinning ~0.1 s of CPU beside scoring (no result changes)
let_blas_helpers_sleep()

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
