"""A function run in a thread of its own while the caller does other work.

Scoring and the claim check are pure Python in the caller's thread; numpy and rapidfuzz work
that needs no GIL (matrix products, the word-order matrix, the candidate masks) runs beside
it in such a thread, so the second core is used without a second process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """``function(*args)`` run in a thread of its own (a pool would import ``logging``)."""

    def __init__(self, function: Callable[..., T], *args: object) -> None:
        name = f"newsdiff-{getattr(function, '__name__', 'scoring')}"
        self._value: list[T] = []
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value.append(function(*args))
            except BaseException as error:  # handed to the caller by result()
                self._error = error

        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()

    def result(self) -> T:
        """The function's value, once it has finished (its exception, if it raised one)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value[0]
