"""newsdiff: compare news articles sentence by sentence, and track quotes across outlets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
