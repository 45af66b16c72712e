"""A wrapper that adds the calling thread's CPU time of each call to a named total."""

from __future__ import annotations

import time
from collections.abc import Callable


def thread_timer(
    spent: dict[str, float],
) -> Callable[[str, Callable[..., object]], Callable[..., object]]:
    """``timed(name, function)``: ``function`` adding its thread CPU to ``spent[name]``."""

    def timed(name: str, function: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.thread_time() - start

        return run

    return timed
