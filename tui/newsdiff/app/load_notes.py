"""What loading changed in the library's inputs, said once per file in one notification."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from newsdiff.core.input_notes import input_note
from newsdiff.core.models import Article

MOST_LISTED = 5
"""Files named one per line in the notification; more are counted on a last line."""

TITLE = "Notes on loaded files"
"""The notification's title."""


class LoadNotes:
    """The notes of articles not yet reported: each file is named once, however often the
    library is shown (its first screenful, then all of it)."""

    def __init__(self) -> None:
        self._told: set[str] = set()
        self._lock = threading.Lock()  # asked from worker threads

    def message(self, articles: Iterable[Article]) -> str | None:
        """``FILE: removed N terminal escape sequences`` (and other
        :func:`~newsdiff.core.input_notes.input_note`) lines for the new articles, or ``None``."""
        with self._lock:
            new = [article for article in articles if article.path not in self._told]
            self._told.update(article.path for article in new)
        lines = [f"{article.path}: {note}" for article in new if (note := input_note(article))]
        if not lines:
            return None
        shown = lines[:MOST_LISTED]
        if len(lines) > MOST_LISTED:
            more = len(lines) - MOST_LISTED
            shown.append(f"… and {more} more file{'s' * (more != 1)}")
        return "\n".join(shown)
