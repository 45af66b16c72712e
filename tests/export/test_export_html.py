"""The HTML export: one self-contained, well-formed file where article text is only ever text."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from export_fixtures import hostile_comparison
from htmltree import Node, parse
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.markers import MARKERS, MOVED_MARKER
from newsdiff.core.models import (
    AlignedSentence,
    Article,
    ComparedArticle,
    Comparison,
    Link,
    Row,
    Sentence,
    WordDiff,
    WordOp,
)
from newsdiff.export.common import revealed
from newsdiff.export.html import render_html

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
CONTROLS = ["\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069", "\u200b"]


def sentence_cells(root: Node) -> list[Node]:
    return [cell for cell in root.find_all("td", "sentence") if "empty" not in cell.classes]


def test_hostile_text_is_escaped_and_never_markup() -> None:
    comparison = hostile_comparison()
    document = render_html(comparison, version="9.9.9", now=NOW)
    root = parse(document)
    tags = {node.tag for node in root.iter()}
    assert "script" not in tags
    assert not root.find_all("b") and not root.find_all("i")
    # The only links are the in-page counterpart anchors.
    for anchor in root.find_all("a"):
        assert re.fullmatch(r"#[LR]\d+", anchor.attrs["href"]), anchor.attrs
    assert "<script>alert" not in document
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in document
    for control in CONTROLS:
        assert control not in document, repr(control)


def test_each_row_and_sentence_is_there_with_its_label_and_marker() -> None:
    comparison = hostile_comparison()
    root = parse(render_html(comparison, version="9.9.9", now=NOW))
    rows = root.find_all("tr", "row")
    assert len(rows) == len(comparison.rows)
    for row, model_row in zip(rows, comparison.rows, strict=True):
        cells = [child for child in row.children if isinstance(child, Node)]
        assert len(cells) == 4
        for gutter, body, index, side in (
            (cells[0], cells[1], model_row.left, comparison.left),
            (cells[2], cells[3], model_row.right, comparison.right),
        ):
            if index is None:
                assert "empty" in body.classes and body.text() == "" and gutter.text() == ""
                continue
            aligned = side.sentences[index]
            assert body.attrs["data-label"] == aligned.label
            assert aligned.label in body.classes
            assert ("moved" in body.classes) == aligned.moved
            expected = MOVED_MARKER if aligned.moved else MARKERS[aligned.label]
            assert gutter.text() == expected
            (text,) = body.find_all("span", "text")
            assert text.text() == revealed(aligned.sentence.text)


def test_changed_words_are_emphasized_on_each_side() -> None:
    comparison = hostile_comparison()
    root = parse(render_html(comparison, version="9.9.9", now=NOW))
    left_first = root.find_all("td", "sentence")[0]
    deleted = [node.text() for node in left_first.find_all("del")]
    assert deleted == ["resume"]
    right = {cell.attrs["id"]: cell for cell in sentence_cells(root) if "right" in cell.classes}
    assert [node.text() for node in right["R1"].find_all("ins")] == ["restart"]
    assert "real" in [node.text() for node in right["R4"].find_all("ins")]
    # A verbatim moved pair has nothing to emphasize.
    assert not right["R2"].find_all("ins")


def test_header_legend_and_quotes() -> None:
    comparison = hostile_comparison()
    root = parse(render_html(comparison, version="9.9.9", now=NOW))
    (header,) = root.find_all("header")
    text = header.text()
    for expected in (
        "Talks <b>resume</b> *now*",
        "Talks [bold]restart[/] #2",
        "in/<b>left</b> & “odd”.txt",
        "2026-11-22 09:30 UTC",
        "shared ≥ 82.5",
        "paraphrase ≥ 47",
        "newsdiff 9.9.9",
    ):
        assert expected in text, expected
    summary = comparison.summary()
    (legend,) = root.find_all("table", "legend")
    for side in ("left", "right"):
        (row,) = legend.find_all("tr", side)
        counts = {
            name: int(cell.text())
            for cell in row.find_all("td", "count")
            for name in ("shared", "paraphrased", "conflict", "unique", "moved")
            if name in cell.classes
        }
        assert counts == summary[side]
    (quotes,) = root.find_all("table", "quotes")
    body_rows = quotes.find_all("tr", "altered")
    assert len(body_rows) == 1
    row_text = body_rows[0].text()
    assert "[bold red]we made progress[/]" in row_text
    assert "Minister <i>X</i>" in row_text
    assert [node.text() for node in body_rows[0].find_all("ins")] == ["real"]


def test_self_contained_no_network_no_scripts() -> None:
    document = render_html(hostile_comparison(), version="9.9.9", now=NOW)
    root = parse(document)
    for node in root.iter():
        assert "src" not in node.attrs
        assert not any(name.startswith("on") for name in node.attrs), node.attrs
        if node.tag == "link":
            raise AssertionError("external stylesheet")
    assert "@import" not in document and "url(" not in document
    (style,) = root.find_all("style")
    css = style.text()
    assert "prefers-color-scheme: dark" in css
    assert "@media print" in css
    assert root.find_all("meta")[0].attrs.get("charset") == "utf-8"


def _single(text: str, other: str) -> Comparison:
    left = Article("l.txt", text, text[:20] or "left")
    right = Article("r.txt", other, other[:20] or "right")
    ls = Sentence(0, 0, len(text), text)
    rs = Sentence(0, 0, len(other), other)
    return Comparison(
        ComparedArticle(
            left, (AlignedSentence(ls, "paraphrased", links=(Link(0, "paraphrased", 60),)),)
        ),
        ComparedArticle(
            right, (AlignedSentence(rs, "paraphrased", links=(Link(0, "paraphrased", 60),)),)
        ),
        (Row(0, 0),),
        {(0, 0): WordDiff(0, 0, (WordOp("replace", (0, len(text) // 2), (0, len(other))),))},
    )


@settings(max_examples=120, deadline=None)
@given(
    st.text(min_size=1, max_size=80).filter(lambda s: s.strip() == s and s),
    st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s and s),
)
def test_any_text_comes_back_as_the_same_text(text: str, other: str) -> None:
    """Whatever an article contains, the cell's text content is that text (controls revealed)."""
    root = parse(render_html(_single(text, other), version="1", now=NOW))
    cells = sentence_cells(root)
    assert [cell.find_all("span", "text")[0].text() for cell in cells] == [
        revealed(text),
        revealed(other),
    ]
    allowed = {"span", "del", "ins"}
    for cell in cells:
        for node in cell.find_all("span", "text")[0].iter()[1:]:
            assert node.tag in allowed


def test_landmarks_caption_and_labelled_gutter_columns() -> None:
    """A screen reader finds the report's main part, the table's purpose and each column's name."""
    comparison = hostile_comparison()
    root = parse(render_html(comparison, version="9.9.9", now=NOW))
    (main,) = root.find_all("main")
    (table,) = main.find_all("table", "compare")
    captions = table.find_all("caption")
    assert len(captions) == 1
    assert "shared" in captions[0].text() and MOVED_MARKER in captions[0].text()
    headers = table.find_all("thead")[0].find_all("th")
    assert [h.attrs.get("scope") for h in headers] == ["col"] * 4
    assert [h.text().strip() for h in headers][0::2] == ["Left label", "Right label"]
    assert all(h.text().strip() for h in headers)
    assert root.find_all("footer")[0] not in main.iter()
