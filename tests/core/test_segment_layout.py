"""The layout pass of segmentation: line kinds, wrap width, datelines, heading-like lines."""

from __future__ import annotations

import textwrap

import pytest
from newsdiff.core.layout import (
    blocks,
    is_dateline,
    looks_like_heading,
    scan_lines,
    wrap_width,
)

PARAGRAPH = (
    "The harbour authority said on Monday that the new container terminal would open in the "
    "spring, two years later than planned, because of delays in dredging the channel and a "
    "shortage of cranes. Shipping lines have already moved some routes to other ports."
)


def test_line_kinds() -> None:
    text = "# Title\n- item\n12. numbered\n---\nAdvertisement\nPlain text line."
    assert [line.kind for line in scan_lines(text)] == [
        "heading",
        "bullet",
        "bullet",
        "rule",
        "boilerplate",
        "text",
    ]


def test_bullet_body_starts_after_the_marker() -> None:
    text = "  - first item"
    (line,) = scan_lines(text)
    assert text[line.start : line.end] == "- first item"
    assert text[line.body :] == "first item"


@pytest.mark.parametrize("width", [50, 72, 90])
def test_wrap_width_of_a_hard_wrapped_text(width: int) -> None:
    text = "\n\n".join([textwrap.fill(PARAGRAPH, width)] * 3)
    measured = wrap_width(scan_lines(text))
    assert measured is not None
    assert width - 12 <= measured <= width


def test_text_with_long_unwrapped_lines_is_not_hard_wrapped() -> None:
    text = "\n".join([PARAGRAPH] * 5)
    assert wrap_width(scan_lines(text)) is None


def test_a_few_short_lines_are_not_a_hard_wrap() -> None:
    text = "Written By\nAna Lee is a reporter.\nAdvertisement\nAbout • Terms\n© 2025 Example"
    assert wrap_width(scan_lines(text)) is None


def test_blocks_cover_every_non_blank_line_in_order() -> None:
    text = "Title Here\n\n" + textwrap.fill(PARAGRAPH, 60) + "\n\n- a\n- b\n"
    found = blocks(text)
    assert [b.kind for b in found] == ["text", "text", "bullet", "bullet"]
    assert found[1].lines == len(textwrap.fill(PARAGRAPH, 60).splitlines())
    assert all(a.end < b.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("WASHINGTON (AP) —", True),
        ("NEW DELHI:", True),
        ("RIO DE JANEIRO, Brazil (Reuters) -", False),  # mixed case outside the brackets
        ("Key points:", False),
        ("The talks ended —", False),
    ],
)
def test_is_dateline(line: str, expected: bool) -> None:
    assert is_dateline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trade and Energy Discussions", True),
        ("Background: Water and Power Costs", True),
        ("Latest Post", True),
        ("What Happens Next?", True),
        ("At the time, the mayor claimed that", False),
        ("He Said No.", False),
        ("The committee will meet again next week to discuss the findings", False),
        ("Rubio acknowledged the concerns and noted this:", False),
    ],
)
def test_looks_like_heading(line: str, expected: bool) -> None:
    assert looks_like_heading(line) is expected
