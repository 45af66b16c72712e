"""Text inputs full of HTML: a page saved as .txt/.md reads as a page; a mostly-markup text is
compared as written and said so in one note line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.app.load_notes import LoadNotes
from newsdiff.core.input_notes import MARKUP_SHARE, input_note, markup_share
from newsdiff.core.load import load_article
from newsdiff.core.long_sentences import MAX_SENTENCE_CHARS
from newsdiff.core.models import Article

Run = Callable[[list[str]], tuple[int, str, str]]

STORY = (
    "Night Trains Return\n\n"
    "The rail operator will run night trains to the coast again from June.\n"
    "Tickets go on sale next week at prices similar to last summer.\n"
)
PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Night Trains Return - Rail Weekly</title></head><body>"
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Night Trains Return</h1>'
    "<p>The rail operator will run night trains to the coast again from June.</p>"
    "<p>Tickets go on sale next week at prices similar to last summer.</p></article>"
    "<footer>Subscribe to our newsletter</footer></body></html>"
)
MOSTLY_MARKUP = "# Night Trains Return\n\n" + "".join(
    f'<div class="row" data-id="{i}"><span style="color: grey">stop {i}</span></div>\n'
    for i in range(40)
)


@pytest.mark.parametrize("name", ["saved.txt", "saved.md", "SAVED.MD"])
def test_a_web_page_saved_as_text_reads_as_the_page(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.text == STORY.replace(".\n", ".\n\n").rstrip("\n") + "\n"
    assert "<" not in article.text and "Subscribe" not in article.text
    assert article.title == "Night Trains Return"


def test_a_mostly_markup_text_is_compared_as_written_and_said_once(
    tmp_path: Path, run_cli: Run
) -> None:
    plain, markup = tmp_path / "plain.md", tmp_path / "stops.md"
    plain.write_text(STORY, encoding="utf-8")
    markup.write_text(MOSTLY_MARKUP, encoding="utf-8")
    share = markup_share(MOSTLY_MARKUP)
    assert share >= MARKUP_SHARE
    note = (  # its 40 hard-wrapped rows are one "sentence" of 2,900 characters: cut, and said
        f"note: {markup}: 1 over-long sentence cut at {MAX_SENTENCE_CHARS:,} characters; "
        f"{share:.0%} of its text is HTML markup, compared as written "
        "(name a saved web page .html to compare its article text)\n"
    )
    for command in (["list"], ["quotes"], ["story"], ["compare", "-f", "json"]):
        code, out, err = run_cli([*command, str(plain), str(markup)])
        assert code == 0, err
        assert err == note, command
    assert '<div class=\\"row\\"' in out  # compared as written: the tags are in the text


def test_a_few_tags_in_a_text_are_not_worth_a_note(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(STORY + "\nMore on <a href='https://example.org/trains'>the timetable</a>.\n")
    assert input_note(load_article(path)) is None


def test_the_app_names_each_noted_file_once() -> None:
    notes = LoadNotes()
    articles = [Article("plain.md", STORY, "x"), Article("stops.md", MOSTLY_MARKUP, "x")]
    message = notes.message(articles)
    assert message is not None and message.startswith("stops.md: ") and "\n" not in message
    assert notes.message(articles) is None


@given(st.text(alphabet=st.characters(blacklist_characters="<")))
def test_text_without_a_tag_has_no_markup(text: str) -> None:
    assert markup_share(text) == 0.0


TAGS = ["<p>", "</div>", "<br/>", "<!-- c -->", '<a href="x">']


@given(st.lists(st.sampled_from([*TAGS, "word", " ", "1 < 2", "3 > 2"])))
def test_the_share_counts_whole_tags_only(pieces: list[str]) -> None:
    text = "".join(pieces)
    share = markup_share(text)
    assert 0.0 <= share <= 1.0
    if text:
        tags = sum(len(piece) for piece in pieces if piece in TAGS)
        assert share * len(text) == pytest.approx(tags)


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>The rail operator will run night trains to the coast again from June. Tickets go "
        "on sale next week at prices similar to last summer.</p>",
        "<div><h2>Night Trains Return</h2><p>The rail operator will run night trains to the "
        "coast again from June.</p><p>Tickets go on sale next week at prices similar to last "
        "summer.</p></div>",
    ],
)
def test_an_html_fragment_reads_as_a_page_body(fragment: str, tmp_path: Path, run_cli: Run) -> None:
    """The twelfth trial: a `.html` file holding `<p>…</p>` alone (copied out of a CMS, no
    `<html>`) was refused, `not a readable web page (no HTML document in it)`. It reads as
    the body of a page, as a browser shows it."""
    path = tmp_path / "fragment.html"
    path.write_text(fragment, encoding="utf-8")
    code, out, err = run_cli(["list", str(path), "--format", "json"])
    assert code == 0, err
    assert err == ""
    (listed,) = json.loads(out)["articles"]
    assert listed["sentences"] >= 2 and listed["words"] >= 23, listed
    assert "rail operator" in listed["title"] or listed["title"] == "Night Trains Return"
