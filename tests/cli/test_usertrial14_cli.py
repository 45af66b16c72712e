"""The fourteenth user trial: ``newsdiff story`` marks a conflict's words on both of its ends.

``tests/fixtures/story_first_variant/`` (two invented reports): one outlet says the bridge stays
closed six weeks, the other nine. The first variant of a claim changes no word against itself,
so its figure was printed plain while the other outlet's was marked: a reader of the report saw
one side of the disagreement only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_first_variant"
PATHS = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize(
    ("fmt", "six", "nine"),
    [
        ("text", "[six weeks]", "[nine weeks]"),
        ("md", "**six weeks**", "**nine weeks**"),
        ("html", "<mark>six weeks</mark>", "<mark>nine weeks</mark>"),
    ],
)
def test_both_ends_of_a_conflict_have_their_figure_marked(newsdiff, fmt, six, nine) -> None:
    done = newsdiff("story", *PATHS, "--format", fmt, "--color", "never", "--width", "200")
    assert done.returncode == 0, done.stderr
    assert nine in done.stdout, done.stdout
    assert six in done.stdout, done.stdout
