"""The reports mark sentences as the app's gutter does: `·` for boilerplate, every marker keyed."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

from export.export_fixtures import hostile_comparison
from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER
from newsdiff.core.models import Comparison
from newsdiff.export.render import render

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def with_boilerplate(comparison: Comparison, index: int) -> Comparison:
    """``comparison`` with left sentence ``index`` flagged as site furniture."""
    sentences = list(comparison.left.sentences)
    sentences[index] = dataclasses.replace(sentences[index], boilerplate=True)
    left = dataclasses.replace(comparison.left, sentences=tuple(sentences))
    return dataclasses.replace(comparison, left=left)


def test_html_gutter_marks_boilerplate_with_the_apps_dot() -> None:
    base = hostile_comparison()
    index = len(base.left.sentences) - 1
    comparison = with_boilerplate(base, index)
    page = render(comparison, "html", now=NOW)
    gutter = re.search(
        rf'<td class="gutter left [^"]*" title="[^"]*">([^<]*)</td><td class="sentence left '
        rf'[^"]*" id="L{index + 1}"',
        page,
    )
    assert gutter is not None and gutter.group(1) == BOILERPLATE_MARKER
    before = render(base, "html", now=NOW)
    assert f'id="L{index + 1}"' in before
    assert f"{BOILERPLATE_MARKER}</td>" not in before  # no boilerplate there: no dot


def test_html_caption_keys_every_marker_the_gutter_can_show() -> None:
    page = render(hostile_comparison(), "html", now=NOW)
    caption = re.search(r"<caption>The two articles aligned.*?</caption>", page, re.S)
    assert caption is not None
    for shown in (*MARKERS.values(), MOVED_MARKER, BOILERPLATE_MARKER):
        assert f"{shown} " in caption.group(0), shown


def test_svg_gutter_marks_boilerplate_with_the_apps_dot() -> None:
    base = hostile_comparison()
    comparison = with_boilerplate(base, 0)
    picture = render(comparison, "svg", now=NOW)
    plain = render(base, "svg", now=NOW)
    assert picture.count(f">{BOILERPLATE_MARKER}<") == plain.count(f">{BOILERPLATE_MARKER}<") + 1
