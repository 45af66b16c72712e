"""The text and SVG reports are laid out directly, exactly as Rich laid them out before.

``rich_text_reference`` and ``rich_svg_reference`` are the previous writers (a Rich ``Table``
per report); the direct writers must print the same characters in the same colours.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
import rich_svg_reference
import rich_text_reference
from export_fixtures import hostile_comparison
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_texts
from newsdiff.core.models import Comparison
from newsdiff.export.svg import render_svg
from newsdiff.export.text import render_text
from svg_grid import grid

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
_ESCAPE = re.compile(r"\x1b\[([0-9;]*)m")


def styled_cells(output: str) -> list[tuple[str, str]]:
    """Every character with the escape codes in force: what a terminal shows, whatever the
    boundaries between the escape sequences."""
    cells: list[tuple[str, str]] = []
    codes = ""
    position = 0
    for match in _ESCAPE.finditer(output):
        cells.extend((char, codes) for char in output[position : match.start()])
        codes = "" if match.group(1) in ("", "0") else match.group(1)
        position = match.end()
    cells.extend((char, codes) for char in output[position:])
    return cells


def same_text(comparison: Comparison, *, color: bool, width: int) -> bool:
    expected = rich_text_reference.render_text(comparison, color=color, width=width)
    got = render_text(comparison, color=color, width=width)
    return got == expected if not color else styled_cells(got) == styled_cells(expected)


WORDS = st.sampled_from(
    [
        "the",
        "minister",
        "said",
        "talks",
        "would",
        "resume",
        "on",
        "Monday,",
        "“we",
        "made",
        "progress,”",
        "40%",
        "東京都",  # wide characters take two cells
        "emoji🙂",
        "extraordinarily-long-hyphenated-compound-word-that-must-fold",
        "tab\there",
        "[bold]markup[/]",
    ]
)
SENTENCES = st.lists(st.lists(WORDS, min_size=1, max_size=16), min_size=1, max_size=5)


def _article(sentences: list[list[str]]) -> str:
    return "\n".join(" ".join(words).capitalize() + "." for words in sentences)


@pytest.fixture(scope="module")
def seeds_comparison() -> Comparison:
    from pathlib import Path

    from newsdiff.core.compare import compare_files

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    return compare_files(seeds[0], seeds[2])


@pytest.mark.parametrize("width", [40, 79, 80, 100, 163])
@pytest.mark.parametrize("color", [False, True])
def test_text_is_rich_s_layout_of_the_bundled_pair(
    seeds_comparison: Comparison, width: int, color: bool
) -> None:
    expected = rich_text_reference.render_text(seeds_comparison, color=color, width=width)
    assert render_text(seeds_comparison, color=color, width=width) == expected


@pytest.mark.parametrize("width", [40, 100])
@pytest.mark.parametrize("color", [False, True])
def test_text_of_hostile_input_is_rich_s_layout(width: int, color: bool) -> None:
    comparison = hostile_comparison()
    expected = rich_text_reference.render_text(comparison, color=color, width=width)
    assert render_text(comparison, color=color, width=width) == expected


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SENTENCES, SENTENCES, st.integers(min_value=20, max_value=170), st.booleans())
def test_text_of_any_pair_is_rich_s_layout(
    left: list[list[str]], right: list[list[str]], width: int, color: bool
) -> None:
    comparison = compare_texts(_article(left), _article(right))
    assert same_text(comparison, color=color, width=width)


@pytest.mark.parametrize("width", [40, 100, 140])
def test_svg_draws_what_rich_drew(seeds_comparison: Comparison, width: int) -> None:
    for comparison in (seeds_comparison, hostile_comparison()):
        before = rich_svg_reference.render_svg(comparison, version="1", width=width, now=NOW)
        after = render_svg(comparison, version="1", width=width, now=NOW)
        assert grid(after) == grid(before)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SENTENCES, SENTENCES, st.integers(min_value=30, max_value=160))
def test_svg_of_any_pair_draws_what_rich_drew(
    left: list[list[str]], right: list[list[str]], width: int
) -> None:
    comparison = compare_texts(_article(left), _article(right))
    before = rich_svg_reference.render_svg(comparison, version="1", width=width, now=NOW)
    assert grid(render_svg(comparison, version="1", width=width, now=NOW)) == grid(before)


def test_a_thousandth_sentence_keeps_its_marker() -> None:
    # Rich cut "1000 =" to "1000 …" in a six-cell gutter; the gutter now widens instead.
    text = "\n".join(f"Officials gave update number {n} on the talks." for n in range(1001))
    comparison = compare_texts(text, text)
    lines = render_text(comparison, color=False, width=120).splitlines()
    last = next(line for line in lines if line.startswith("1001 "))
    assert last.startswith("1001 =")
    assert "…" not in last
