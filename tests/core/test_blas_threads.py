"""A long comparison's BLAS work runs on one thread, and the thread count is restored after."""

from __future__ import annotations

import numpy as np
from newsdiff.core.blas_threads import ONE_THREAD_FROM, one_blas_thread
from threadpoolctl import threadpool_info


def _blas_threads() -> list[int]:
    np.ones((2, 2)) @ np.ones((2, 2))  # BLAS loaded
    return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]


def test_a_long_comparison_uses_one_blas_thread_and_restores_the_count() -> None:
    before = _blas_threads()
    with one_blas_thread(ONE_THREAD_FROM):
        assert all(count == 1 for count in _blas_threads())
    assert _blas_threads() == before


def test_a_short_comparison_leaves_blas_as_it_is() -> None:
    before = _blas_threads()
    with one_blas_thread(ONE_THREAD_FROM - 1):
        assert _blas_threads() == before
