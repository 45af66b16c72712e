"""A sentence or quote with its source, ready to paste into a fact-check.

::

    “The bridge will be closed for 6 weeks from Monday.”
    — Harbour Post, “Harbour bridge to close for repairs”, 2026-03-02,
      https://example.org/bridge, sentence 2
"""

from __future__ import annotations

from newsdiff.core.models import Article
from newsdiff.core.sanitize import visible_line


def citation(article: Article, text: str, *, sentence: int, speaker: str | None = None) -> str:
    """``text`` in quotation marks and a source line: outlet, title, date, URL or path, and the
    1-based sentence number (as in every report); ``speaker`` names who is quoted.

    Line breaks inside ``text`` become spaces; unknown parts of the source are left out.
    """
    quoted = visible_line(" ".join(text.split()))
    meta = article.meta
    parts = [
        part
        for part in (
            meta.outlet,
            f"“{' '.join(article.title.split())}”" if article.title.strip() else None,
            meta.date,
            meta.url or article.path,
            f"sentence {sentence + 1}",
        )
        if part
    ]
    said = f"{visible_line(speaker)}: " if speaker else ""
    source = visible_line(", ".join(parts))
    return f"{said}“{quoted}”\n— {source}\n"
