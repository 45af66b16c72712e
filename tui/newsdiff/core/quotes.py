"""Quote extraction and speaker attribution. (Stub: the real one is issue 4.)"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.models import Quote, Sentence


def extract_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Every span inside quotation marks in ``text``, with speaker and kind."""
    return ()
