"""A comparison as the versioned JSON contract ``newsdiff.comparison/2`` (docs/design.md §4)."""

from __future__ import annotations

import json

from newsdiff.core.models import Comparison, comparison_to_dict
from newsdiff.core.sanitize import escape_json_unsafe


def render_json(comparison: Comparison, *, version: str) -> str:
    """The comparison as pretty-printed JSON (UTF-8 text, non-ASCII kept but every
    character a terminal would act on escaped as ``\\uXXXX``), ending in a newline.

    ``newsdiff open`` reads it back with :func:`newsdiff.core.serialize.comparison_from_dict`.
    """
    text = json.dumps(comparison_to_dict(comparison, version), ensure_ascii=False, indent=2)
    return escape_json_unsafe(text) + "\n"
