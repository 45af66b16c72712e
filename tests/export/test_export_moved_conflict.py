"""A moved conflict keeps ``≠`` in the gutter of the HTML and SVG exports, as in the app.

The app draws ``≠`` for a conflict even when it is moved ("≠ must not be missed"); the HTML
and SVG writers drew ``↕`` there, so a printed page or a picture of a comparison whose
conflicting sentence sat out of order showed no ``≠`` at all for it. Sentences invented.
"""

from __future__ import annotations

from app_factory import build
from newsdiff.core.evidence import disagreeing_spans
from newsdiff.core.link_evidence import Disagreement, Evidence
from newsdiff.export.common import marker
from newsdiff.export.html import render_html
from newsdiff.export.svg import render_svg

LEFT = [
    "Ferry fares on the Orlan crossing will rise in March.",
    "The operator said 40 crew members would lose their jobs.",
    "Passenger numbers fell last winter.",
]
RIGHT = [
    "The operator said 65 crew members would lose their jobs.",
    "Passenger numbers fell last winter.",
    "Ferry fares on the Orlan crossing will rise in March.",
]


def _moved_conflict():
    figure = Disagreement("figure", "40", "65", (18, 20), (18, 20))
    return build(
        LEFT,
        RIGHT,
        links=[
            (0, 2, "paraphrased", 90.0),
            (1, 0, "conflict", 88.0, Evidence(("operator", "crew", "jobs"), (figure,))),
            (2, 1, "shared", 99.0),
        ],
        moved=[(1, 0), (0, 2)],
    )


def test_the_gutter_of_a_moved_conflict_is_a_conflict_marker() -> None:
    comparison = _moved_conflict()
    aligned = comparison.aligned("left", 1)
    assert aligned.moved and aligned.label == "conflict"
    assert disagreeing_spans(comparison, "left", 1)
    assert marker(aligned) == "≠"
    assert marker(comparison.aligned("left", 0)) == "↕"  # a moved paraphrase stays ↕
    html = render_html(comparison, version="0")
    assert 'td class="gutter left conflict moved" title="conflict, moved">≠</td>' in html
    svg = render_svg(comparison, version="0")
    assert "≠" in svg.split("</style>")[-1]
