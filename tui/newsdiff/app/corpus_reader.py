"""Reading the library's articles in two steps: a screenful at once, the rest after it is shown.

The first screenful is read on a thread started as the app starts (before its first frame), so
the library can list it in that frame even for a folder of thousands of articles; the rest is
read afterwards, from the same sequence, by the app's loading worker.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article


class CorpusReader:
    """The corpus of ``paths``, read ``first`` articles ahead on a thread of its own.

    Nothing is shared while a thread reads: :meth:`wait_first` joins the first thread, and
    :meth:`read_rest` runs after it, so the lists are only touched by one thread at a time.
    """

    def __init__(self, paths: Sequence[str | Path], first: int) -> None:
        from newsdiff.core.load import iter_corpus

        self.articles: list[Article] = []
        self.errors: list[ArticleError] = []
        self.problem: ArticleError | None = None
        """A bad setting, or an unexpected error, that stopped the reading."""
        self.done = False
        """Whether every input has been read (or reading stopped on ``problem``)."""
        self._items = iter_corpus(paths)
        self._first = max(1, first)
        self._thread = threading.Thread(target=self._read, name="newsdiff-first-rows", daemon=True)
        self._thread.start()

    def wait_first(self, timeout: float | None) -> bool:
        """Wait up to ``timeout`` seconds for the first screenful; whether it is read."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def read_rest(self) -> None:
        """Read everything after the first screenful (waits for it first)."""
        self._thread.join()
        self._read(until=None)

    def _read(self, until: int | None = -1) -> None:
        limit = self._first if until == -1 else until
        if self.done:
            return
        try:
            for loaded in self._items:
                if isinstance(loaded, ArticleError):
                    self.errors.append(loaded)
                    continue
                self.articles.append(loaded)
                if limit is not None and len(self.articles) >= limit:
                    return
        except ArticleError as error:  # a bad setting (NEWSDIFF_ENCODING, NEWSDIFF_MAX_BYTES)
            self.problem = error
        except Exception as error:  # noqa: BLE001 - the library says so instead of spinning
            self.problem = ArticleError("loading", f"unexpected {type(error).__name__}: {error}")
        self.done = True
