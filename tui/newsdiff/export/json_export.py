"""A comparison as the versioned JSON contract ``newsdiff.comparison/2`` (docs/design.md §4)."""

from __future__ import annotations

import json

from newsdiff.core.models import Comparison
from newsdiff.core.sanitize import escape_json_unsafe
from newsdiff.core.serialize import comparison_to_dict


def json_text(data: object) -> str:
    """``data`` as indented JSON ending in a newline: UTF-8 kept readable, but every character
    a terminal would act on escaped (``\\uXXXX``), an undecodable file-name byte as ``\\xNN``.

    Every ``--format json`` output (compare, quotes, list, story) is written by it.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return escape_json_unsafe(text) + "\n"


def render_json(comparison: Comparison, *, version: str) -> str:
    """The comparison as ``newsdiff.comparison/2`` JSON (see :func:`json_text`).

    ``newsdiff open`` reads it back with :func:`newsdiff.core.serialize.comparison_from_dict`.
    """
    return json_text(comparison_to_dict(comparison, version))
