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


def test_an_article_over_the_sentence_limit_is_skipped_not_fatal(newsdiff, tmp_path) -> None:
    """One file of 20,002 sentences among good ones: `newsdiff story` refused them all (exit 2);
    it is now one skipped input, `error:` line and exit 3, as an unreadable file is, and the
    others make the story."""
    long = tmp_path / "long.txt"
    lines = ["A long list", ""] + [f"Item {k} was noted." for k in range(20_001)]
    long.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = newsdiff("story", long, *PATHS, "--color", "never", "--width", "120")
    assert done.returncode == 3, done.stderr
    assert done.stderr.splitlines() == [
        f"error: {long}: too long to compare (20,002 sentences; newsdiff compares articles of "
        "up to 20,000 sentences)"
    ]
    assert done.stdout.startswith("2 articles, 3 claims"), done.stdout
