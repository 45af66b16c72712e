"""One BLAS thread while scoring's matrix products run beside Python work.

Scoring computes the meaning cosines (a matrix product and a power iteration) in a thread of
its own while the main thread reads words and claims. OpenBLAS, which numpy's wheels carry,
splits each product over worker threads of its own, which then busy-wait for the next one:
on two cores that spinning competes with the Python thread and costs ~0.1 s of CPU per long
pair. :func:`one_blas_thread` sets OpenBLAS to one thread for the time of a block and back
after it (OpenBLAS's setting is for the whole process, so nested and concurrent blocks are
counted: the last one out restores it). OpenBLAS divides a product's rows and columns among
its threads, never the sum of one entry, so each entry is computed by the same kernel in the
same order either way: the results are the same to the bit
(``tests/core/test_scoring_shortcuts.py``). Where numpy uses another BLAS, nothing changes.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

_GET = (
    "scipy_openblas_get_num_threads64_",
    "openblas_get_num_threads64_",
    "openblas_get_num_threads",
)
_SET = (
    "scipy_openblas_set_num_threads64_",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)

_lock = threading.Lock()
_controls: list[tuple[Callable[[], int], Callable[[int], None]] | None] = []
_inside = 0
_before = 0


def _library_folders() -> list[Path]:
    """Where numpy's wheels keep their BLAS: ``numpy.libs`` (Linux, Windows), ``.dylibs``."""
    import numpy

    package = Path(numpy.__file__).resolve().parent
    return [package.parent / "numpy.libs", package / ".dylibs"]


def _find_controls() -> tuple[Callable[[], int], Callable[[int], None]] | None:
    """OpenBLAS's thread count getter and setter (``None`` when numpy carries no OpenBLAS)."""
    for folder in _library_folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if "openblas" not in path.name.lower():
                continue
            try:
                library = ctypes.CDLL(str(path))  # loaded by numpy already: the same copy
            except OSError:
                continue
            get = next((getattr(library, n) for n in _GET if hasattr(library, n)), None)
            put = next((getattr(library, n) for n in _SET if hasattr(library, n)), None)
            if get is not None and put is not None:
                get.restype = ctypes.c_int
                get.argtypes = []
                put.restype = None
                put.argtypes = [ctypes.c_int]
                return get, put
    return None


def _blas_controls() -> tuple[Callable[[], int], Callable[[int], None]] | None:
    if not _controls:
        try:
            _controls.append(_find_controls())
        except Exception:  # an unusual numpy layout: leave BLAS as it is
            _controls.append(None)
    return _controls[0]


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Inside, BLAS products run on one thread; the thread count is restored after."""
    global _inside, _before
    with _lock:
        controls = _blas_controls()
        if controls is not None:
            if _inside == 0:
                _before = controls[0]()
                if _before > 1:
                    controls[1](1)
            _inside += 1
    try:
        yield
    finally:
        if controls is not None:
            with _lock:
                _inside -= 1
                if _inside == 0 and _before > 1:
                    controls[1](_before)
