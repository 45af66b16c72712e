"""The README's story paragraph gives the speed a user can expect, as docs/story.md measures it."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _story_paragraph() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index("**The whole story.**")
    return " ".join(text[start : text.index("\n\n", start)].split())


def test_the_story_paragraph_gives_the_benchmark_figures_and_growth() -> None:
    """5, 30 and 300 articles, the largest with its peak RSS, and the fitted growth: the 300
    articles' CPU seconds and peak RSS and the exponents are docs/story.md's."""
    paragraph = _story_paragraph()
    found = re.search(
        r"5 articles take [\d.]+ s, 30 about [\d.]+ s, 300 about (\d+) CPU s at (\d+) MB peak "
        r"\(time ∝ sentences\^([\d.]+), memory \^([\d.]+)\)",
        paragraph,
    )
    assert found, paragraph
    cpu, rss, time_power, memory_power = found.groups()
    docs = (REPO / "docs" / "story.md").read_text(encoding="utf-8")
    row = re.search(r"^\| 300 articles \|.*$", docs, re.MULTILINE)
    assert row is not None
    cells = [cell.strip() for cell in row.group(0).strip("|").split("|")]
    assert cells[5] == f"{cpu} s" and cells[6] == f"{rss} MB", cells
    assert f"CPU time ∝ sentences^{time_power}" in docs
    assert f"peak RSS ∝ sentences^{memory_power}" in docs
