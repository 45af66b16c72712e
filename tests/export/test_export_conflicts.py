"""Conflicts in every export: ≠, the disagreeing words emphasized on both sides, the evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.core.compare import compare_files
from newsdiff.export.html import render_html
from newsdiff.export.markdown import render_markdown
from newsdiff.export.svg import render_svg
from newsdiff.export.text import render_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "claims"


@pytest.fixture(scope="module")
def comparison():
    return compare_files(FIXTURES / "harbour_gazette.txt", FIXTURES / "dale_courier.txt")


def test_text_marks_conflicts_and_says_what_disagrees(comparison) -> None:
    text = " ".join(render_text(comparison, color=False, width=400).split())
    assert "≠ conflict" in text  # the legend
    assert f"{comparison.summary()['left']['conflict']} conflict" in text
    assert "≠ polarity: not dispute ↔ disputed" in text
    assert "≠ polarity: disputed ↔ not dispute" in text  # from the right sentence's side


def test_text_in_colour_emphasizes_the_disagreeing_figures(comparison) -> None:
    coloured = render_text(comparison, color=True, width=200)
    assert "\x1b[" in coloured
    assert "6 weeks" in coloured and "nine weeks" in coloured


def test_markdown_lists_conflicts_with_bold_figures_and_evidence(comparison) -> None:
    markdown = render_markdown(comparison, version="0")
    section = markdown.split("## ≠ Conflicts")[1].split("\n## ")[0]
    assert "closed for **6 weeks** from Monday" in section
    assert "closed for **nine weeks** from Monday" in section
    assert "  - Disagree: figure: 6 weeks ↔ nine weeks" in section
    # under a paraphrased pair: a conversion in the pair's order, each side's own words
    assert (
        "  - Agree: left: £4.5m ≈ \\$5.7m, Repairs, roads, budget; "
        "right: £4.5m ≈ \\$5.7m, repair, roads, budget (figures converted)"
    ) in markdown
    assert "  - Agree: 12 miles ≈ 19 km, detour, adds, journey (figures converted)" in markdown


def test_html_outlines_disagreeing_words_and_shows_evidence_on_hover_and_in_print(
    comparison,
) -> None:
    html = render_html(comparison, version="0")
    assert '<mark class="disagree">6 weeks</mark>' in html
    assert '<mark class="disagree">nine weeks</mark>' in html
    assert 'title="conflict · score' in html and "figure: 6 weeks ↔ nine weeks" in html
    (link,) = [x for x in comparison.left.sentences[1].links if x.label == "conflict"]
    line = f"L2 ≠ R2 · score {link.score:.0f} · figure: 6 weeks ↔ nine weeks"  # every label scored
    assert f'<span class="evidence disagree">{line}</span>' in html
    assert '<span class="evidence agree">' in html
    print_css = html.split("@media print")[1]
    assert ".evidence.agree { display: block; }" in print_css
    assert 'td class="gutter left conflict"' in html


def test_svg_shows_the_conflict_marker(comparison) -> None:
    svg = render_svg(comparison, version="0")
    assert "≠" in svg
