"""Arbitrary Unicode through load → segment → compare → quotes → every exporter."""

from __future__ import annotations

import json
import tempfile
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_texts
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import load_article
from newsdiff.export.render import render

QUOTES = "\"“”‘’«»„'"
PIECES = st.sampled_from(
    [
        "The minister said ",
        "“We will not back down,” ",
        "he said. ",
        "U.S. officials met Mr. Smith. ",
        "\n\n",
        "\n- ",
        "# Heading\n",
        "[bold]",
        "\x1b[2J",
        "\u202e",
        "<script>",
        "**",
        "外交",
        "😀",
        "3.5% ",
    ]
)
TEXT = st.lists(
    st.one_of(PIECES, st.text(alphabet=st.characters(codec="utf-8"), max_size=30)),
    max_size=25,
).map("".join)


class _StrictParser(HTMLParser):
    """Collects script tags: article text must never become one."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(left=TEXT, right=TEXT)
def test_any_text_compares_and_exports_cleanly(left: str, right: str) -> None:
    comparison = compare_texts(left, right)
    for side, text in ((comparison.left, left), (comparison.right, right)):
        shown = side.article.text
        previous_end = 0
        for aligned in side.sentences:
            sentence = aligned.sentence
            assert previous_end <= sentence.start < sentence.end <= len(shown)
            assert shown[sentence.start : sentence.end] == sentence.text
            previous_end = sentence.end
            if aligned.label == "unique":
                assert not aligned.links
            else:
                assert aligned.links
        for match in side.quotes:
            assert shown[match.quote.start : match.quote.end] == match.quote.text
        assert "\r" not in shown or "\r" not in text
    left_count = len(comparison.left.sentences)
    right_count = len(comparison.right.sentences)
    assert sorted(r.left for r in comparison.rows if r.left is not None) == list(range(left_count))
    assert sorted(r.right for r in comparison.rows if r.right is not None) == list(
        range(right_count)
    )
    data = json.loads(render(comparison, "json"))
    assert data["schema"] == "newsdiff.comparison/2"
    html = render(comparison, "html")
    parser = _StrictParser()
    parser.feed(html)
    assert parser.scripts == 0
    ElementTree.fromstring(render(comparison, "svg"))
    markdown = render(comparison, "md")
    assert "<script>" not in markdown
    assert "\x1b" not in render(comparison, "text")


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_load_or_are_refused_with_article_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_bytes(data)
        try:
            article = load_article(path)
        except ArticleError as error:
            assert str(path) in str(error)
            assert "\n" not in str(error)
        else:
            assert "\r" not in article.text
            assert article.text.strip()
