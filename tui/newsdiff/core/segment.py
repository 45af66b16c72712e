"""Text → sentences with offsets. (First cut: lines and full stops; the real one is issue 2.)"""

from __future__ import annotations

import re

from newsdiff.core.models import Sentence

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"”’]?(?=\s)|$)", re.MULTILINE)


def segment(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences whose offsets slice back to their text."""
    sentences: list[Sentence] = []
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped))
    return tuple(sentences)
