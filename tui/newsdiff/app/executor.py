"""Thread workers that never hold up quitting.

Textual runs thread workers on the event loop's default executor, a ``ThreadPoolExecutor``:
``asyncio.run`` waits for it to shut down, and the interpreter joins its threads at exit, so
ctrl+q during a long comparison left the terminal restored but the process running until the
analysis ended. :class:`DaemonExecutor` runs each job on a daemon thread and does not wait for
them on shutdown: the analysis is abandoned (it changes nothing outside its own objects) and
the process ends at once. Saving does not run here alone: a save in progress is finished or
its temporary file removed by ``newsdiff.export.atomic``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class DaemonExecutor(ThreadPoolExecutor):
    """Run every submitted call on a new daemon thread; ``shutdown`` never waits.

    A ``ThreadPoolExecutor`` only because asyncio accepts nothing else as a default executor;
    its pool is never used.
    """

    def __init__(self, name: str = "newsdiff-worker") -> None:
        super().__init__(max_workers=1, thread_name_prefix=name)
        self._name = name

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Start ``fn(*args, **kwargs)`` on a daemon thread; its future."""
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new work after shutdown")
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as error:  # noqa: BLE001 - handed to the future's owner
                future.set_exception(error)
            else:
                future.set_result(result)

        threading.Thread(target=run, name=self._name, daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Refuse new work; running jobs are left to end with the process (never waited for)."""
        with self._shutdown_lock:
            self._shutdown = True
