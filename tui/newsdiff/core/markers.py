"""The symbols every view marks sentences, links and quotes with, defined once.

The app's gutter, the text, HTML, Markdown and SVG reports, the status line and the command
line all read them from here, so a sentence looks the same wherever it is shown and the
meaning survives without colour.
"""

from __future__ import annotations

MARKERS: dict[str, str] = {"shared": "=", "paraphrased": "≈", "conflict": "≠", "unique": "+"}
"""Gutter marker per sentence label (:data:`newsdiff.core.models.LABELS`)."""

LINK_MARKERS: dict[str, str] = {
    "shared": MARKERS["shared"],
    "paraphrased": MARKERS["paraphrased"],
    "conflict": MARKERS["conflict"],
}
"""The marker of a link label, as in the gutter."""

MOVED_MARKER = "↕"
"""Gutter marker of a linked sentence that sits out of order."""

BOILERPLATE_MARKER = "·"
"""Gutter marker of site furniture (newsletter pitches, bylines), which is never compared."""

QUOTE_MARKERS: dict[str, str] = {
    "verbatim": "=",
    "excerpt": "⊂",
    "altered": "≈",
    "only here": "+",
}
"""Marker per quote status: the same words, a word-for-word part, words changed, only here."""

SPEAKER_DIFFERS_MARKER = MARKERS["conflict"]
"""Marker of a quote the other article gives to another speaker (a speaker conflict)."""

SPEAKER_DIFFERS_NOTE = "other speaker"
"""The words every view shows beside that marker."""
