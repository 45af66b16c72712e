"""A word added after punctuation is written after it in the merged Markdown line (eighth
user trial: `shut it **said** ," council` for `shut it," said council`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from newsdiff.core.compare import compare_texts
from newsdiff.export.markdown import render_markdown

NOW = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)

PAIRS = [
    (
        '"We had no choice but to shut the Kestrel bridge," council leader Mara Voss told'
        " reporters on Monday.",
        '"We have no choice but to shut the Kestrel bridge," said council leader Mara Voss'
        " on Monday.",
    ),
    (
        "Ferries will run every twenty minutes from the quay; traders on Pell Street are worried"
        " about the summer.",
        "Ferries will run every twenty minutes from the quay; local traders on Pell Street are"
        " worried about the summer.",
    ),
    (
        "The Orrin valley line reopens on 4 May, the rail operator said in a statement.",
        "The Orrin valley line reopens on 4 May, the regional rail operator said in a statement.",
    ),
    (
        '"Kestrel ferries will run all summer from the north quay," the operator said on Friday.',
        '"New Kestrel ferries will run all summer from the north quay," the operator said on'
        " Friday.",
    ),
]


def _reads(line: str, drop: str, keep: str) -> str:
    """The merged line with the ``drop`` marks' words removed and the ``keep`` marks undone."""
    line = re.sub(rf"{re.escape(drop)}.+?{re.escape(drop)}", " ", line)
    line = line.replace(keep, "")
    line = re.sub(r"\\(.)", r"\1", line)
    return re.sub(r'(^|\s)(["“]) ', r"\1\2", " ".join(line.split()))  # `"**New** Kestrel`


@pytest.mark.parametrize(("left", "right"), PAIRS)
def test_the_merged_line_reads_as_each_side_with_its_punctuation(left: str, right: str) -> None:
    comparison = compare_texts(left, right)
    assert comparison.left.sentences[0].label == "shared"
    markdown = render_markdown(comparison, version="1", now=NOW)
    (line,) = [row for row in markdown.splitlines() if row.startswith("- **L1 = R1** ")]
    merged = line.removeprefix("- **L1 = R1** ")
    assert _reads(merged, "~~", "**") == right, merged
    assert _reads(merged, "**", "~~") == left, merged
