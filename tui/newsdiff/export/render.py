"""Format dispatch: a Comparison rendered as text, JSON, HTML, Markdown or SVG."""

from __future__ import annotations

import json

from newsdiff.core.models import Comparison

FORMATS = ("text", "json", "html", "md", "svg")


def render(comparison: Comparison, fmt: str, *, color: bool = False) -> str:
    """The comparison in format ``fmt`` (one of ``FORMATS``) as a string."""
    if fmt == "json":
        return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        from newsdiff.export.text import render_text

        return render_text(comparison, color=color)
    raise ValueError(f"format {fmt!r} is not available yet")
