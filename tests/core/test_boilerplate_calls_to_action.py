"""A call to action the outlet addresses to its reader is site furniture, not a sentence.

The twelfth user trial found ``Subscribe to our newsletter for more.`` at the end of a saved
page compared as a ``+`` sentence. Such lines are recognised by their shape (a short imperative
opening with a reader's act, addressed to *us*/*our*/*your*/*here*, no named person, figure or
quotation), never by one site's wording. Every sentence here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.boilerplate import is_boilerplate_line
from newsdiff.core.compare import compare_files
from newsdiff.core.serialize import comparison_to_dict

CALLS = [
    "Subscribe to our newsletter for more.",
    "Sign up for our morning briefing.",
    "Follow us on Twitter and Facebook for the latest updates.",
    "Join our WhatsApp channel for breaking news.",
    "Download our app to get alerts.",
    "Get the latest news delivered to your inbox.",
    "Read the full statement here.",
    "Watch the video below.",
    "Stay with us for live updates.",
]

REPORTING = [
    "Follow Ana Ruiz on her tour of the harbour, the council said.",
    "Get out of the water, lifeguards told swimmers at Velmora beach.",
    "Read the 40-page report here.",  # a figure: could be the story's own document
    '"Join us at the pier," said harbour master Ole Brandt.',
    "Subscribers to the ferry pass paid 12 crowns more this year.",
    "Visit the harbour museum, the guide suggested to our reporter.",
    "Stay calm, the mayor urged residents on Monday.",
    "Watch crews worked through the night to repair the pier.",
    "Join talks resumed on Tuesday after a week of strikes.",
]


@pytest.mark.parametrize("line", CALLS)
def test_a_call_to_the_reader_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_that_opens_like_one_stays_a_sentence(line: str) -> None:
    assert not is_boilerplate_line(line)


_NAME = st.sampled_from(["Ana Ruiz", "Ole Brandt", "Mara Quist", "Tomas Veldt"])
_VERB = st.sampled_from(["Follow", "Join", "Read", "Watch", "Share", "Visit"])


@given(verb=_VERB, name=_NAME, tail=st.sampled_from(["", " here", " with us", " today"]))
def test_a_named_person_after_the_verb_keeps_the_sentence(verb: str, name: str, tail: str) -> None:
    assert not is_boilerplate_line(f"{verb} {name}{tail}.")


def test_a_saved_page_s_newsletter_line_is_not_a_unique_sentence(tmp_path: Path) -> None:
    story = (
        "Velmora delays pier vote\n\n"
        "The Velmora council delayed its vote on the north pier until March.\n"
        "Mayor Ana Ruiz said repairs would cost 4 million crowns.\n"
    )
    page = (
        "<!doctype html><html><head><title>Velmora delays pier vote</title></head><body>"
        "<article><h1>Velmora delays pier vote</h1>"
        "<p>The Velmora council delayed its vote on the north pier until March.</p>"
        "<p>Mayor Ana Ruiz said repairs would cost 4 million crowns.</p>"
        "<p>Subscribe to our newsletter for more.</p></article></body></html>"
    )
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "b.html").write_text(page, encoding="utf-8")
    data = json.loads(
        json.dumps(comparison_to_dict(compare_files(tmp_path / "a.txt", tmp_path / "b.html")))
    )
    right = {s["text"]: s for s in data["right"]["sentences"]}
    newsletter = right["Subscribe to our newsletter for more."]
    assert newsletter["boilerplate"] is True
    # shown as furniture (·), not as a + sentence the other article lacks
    assert [
        s["text"] for s in right.values() if s["label"] == "unique" and not s["boilerplate"]
    ] == []


@pytest.mark.parametrize("mark", ["- ", "* ", "• ", "1. ", "2) "])
@pytest.mark.parametrize("line", CALLS[:3])
def test_a_call_to_action_in_a_list_is_furniture_too(mark: str, line: str) -> None:
    # a Markdown file's or a plain page's list keeps its marks; the call under one is the same call
    assert is_boilerplate_line(mark + line)


@pytest.mark.parametrize("mark", ["- ", "• ", "1. "])
@pytest.mark.parametrize("line", REPORTING[:4])
def test_a_listed_sentence_of_reporting_stays_a_sentence(mark: str, line: str) -> None:
    assert not is_boilerplate_line(mark + line)


def test_a_markdown_list_s_newsletter_line_is_furniture(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# Velmora delays pier vote\n\n"
        "The Velmora council delayed its vote on the north pier until March.\n\n"
        "- Residents asked for a survey of the pier.\n"
        "- Subscribe to our newsletter for more.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Velmora delays pier vote\n\nThe council in Velmora put off the pier vote.\n",
        encoding="utf-8",
    )
    data = comparison_to_dict(compare_files(tmp_path / "a.md", tmp_path / "b.txt"))
    flags = {s["text"]: s["boilerplate"] for s in data["left"]["sentences"]}
    assert [text for text, flag in flags.items() if flag] == [
        "- Subscribe to our newsletter for more."
    ]
