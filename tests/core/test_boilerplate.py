"""Site furniture is recognised by general patterns; story sentences are not."""

from __future__ import annotations

import pytest
from newsdiff.core.boilerplate import boilerplate_flags, is_boilerplate_line
from newsdiff.core.models import Sentence


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored content",
        "Latest Post",
        "Related Stories",
        "Read more",
        "Also read: Rubio lands in Kuala Lumpur",
        "Share this article",
        "Follow us on X",
        "Subscribe to our newsletter",
        "© 2025 DailyDigest360",
        "Copyright 2024 The Example Times. All rights reserved.",
        "About   •   Terms   •   Privacy",
        "Home | World | Politics | Business",
        "By Jane Doe",
        "By Jane Doe and John Roe",
        "Written By",
        "Updated: Oct 26, 2025 10:00 IST",
        "Published on 26 October 2025",
    ],
)
def test_furniture_is_recognised(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the talks had collapsed.",
        "Updated figures show the economy grew 3% last year.",
        "Register to vote by Friday, officials urged.",
        "Rubio said he would share the details with Congress.",
        "Read the full transcript, he told reporters, and you will see.",
        "Context: US-Pakistan Engagement",
        "Trade, tariffs and energy were on the agenda.",
        "The ad campaign cost $2 million.",
    ],
)
def test_story_sentences_are_not_furniture(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_author_blurb_after_written_by_is_furniture() -> None:
    text = (
        "The talks resumed.\n\nWritten By\n"
        "Aryan Singh is a political reporter. He covers elections.\nAdvertisement\n"
    )
    spans = [
        ("The talks resumed.", "text"),
        ("Written By", "text"),
        ("Aryan Singh is a political reporter.", "text"),
        ("He covers elections.", "text"),
        ("Advertisement", "text"),
    ]
    sentences = []
    for index, (sentence, kind) in enumerate(spans):
        start = text.index(sentence)
        sentences.append(Sentence(index, start, start + len(sentence), sentence, kind))  # type: ignore[arg-type]
    assert boilerplate_flags(text, sentences) == (False, True, True, True, True)


def test_segments_marked_as_bylines_are_furniture() -> None:
    text = "Staff Writer"
    sentence = Sentence(0, 0, len(text), text, "byline")
    assert boilerplate_flags(text, [sentence]) == (True,)
