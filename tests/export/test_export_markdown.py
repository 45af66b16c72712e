"""The Markdown report, rendered by a real CommonMark+GFM parser: article text stays text."""

from __future__ import annotations

from datetime import UTC, datetime

from export_fixtures import hostile_comparison
from htmltree import parse
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from newsdiff.core.emphasis import too_different
from newsdiff.export.common import one_line, revealed
from newsdiff.export.markdown import md_escape, render_markdown

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def to_html(markdown: str) -> str:
    """What GitHub-like renderers make of the Markdown (HTML blocks allowed, as on GitHub)."""
    return (
        MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(markdown)
    )


def test_report_renders_to_the_expected_structure() -> None:
    comparison = hostile_comparison()
    markdown = render_markdown(comparison, version="9.9.9", now=NOW)
    root = parse(to_html(markdown))
    headings = [node.text() for node in root.find_all("h2")]
    assert headings[0] == "Summary"
    assert any(heading.startswith("= Shared (2") for heading in headings)
    assert any(heading.startswith("≈ Paraphrased (2") for heading in headings)
    assert any(heading.startswith("↕ Moved") for heading in headings)
    assert headings[-1] == "Quotes"
    (title,) = root.find_all("h1")
    assert title.text() == "newsdiff: Talks <b>resume</b> *now* vs Talks [bold]restart[/] #2"
    # Article text never became markup.
    assert not root.find_all("script") and not root.find_all("a") and not root.find_all("code")
    assert not root.find_all("b") and not root.find_all("i")
    # Changed words: ~~old~~ **new**.
    struck = [node.text() for node in root.find_all("s")]
    strong = [node.text() for node in root.find_all("strong")]
    assert "resume" in struck and "restart" in strong
    assert "real" in strong
    text = root.text()
    assert "<script>alert('x')</script> Talks **" in text
    assert "# Not a heading _under_ `code` ~~strike~~ $x$ <!-- c --> &amp; \\* end" in text
    assert "Invoice ⟨U+202E⟩txt.exe⟨U+202C⟩ renamed" in text
    assert "altered" in text


def test_summary_table_counts_match_the_model() -> None:
    comparison = hostile_comparison()
    root = parse(to_html(render_markdown(comparison, version="1", now=NOW)))
    tables = root.find_all("table")
    summary_rows = tables[1].find_all("tr")[1:]
    summary = comparison.summary()
    for row, side in zip(summary_rows, ("left", "right"), strict=True):
        cells = [cell.text() for cell in row.find_all("td")]
        assert cells[0].lower() == side
        assert [int(cell) for cell in cells[1:]] == [
            summary[side][name] for name in ("shared", "paraphrased", "conflict", "unique", "moved")
        ]


def test_no_control_characters_in_the_report() -> None:
    markdown = render_markdown(hostile_comparison(), version="1", now=NOW)
    for control in ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200b"]:
        assert control not in markdown


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_escaped_text_renders_as_itself(text: str) -> None:
    """Any article text, escaped, renders (inside a list item) to exactly that text."""
    root = parse(to_html(f"- x {md_escape(text)}\n"))
    items = root.find_all("li")
    assert len(items) == 1
    assert items[0].text().strip() == f"x {one_line(revealed(text))}".strip()
    assert [node.tag for node in items[0].iter()] == ["li"]


WORDS = st.sampled_from(
    [
        "talks",
        "*resume*",
        "_now_",
        "[x](y)",
        "<b>",
        "`c`",
        "~~s~~",
        "$m$",
        "a|b",
        "\\",
        "&amp;",
        "“quoted”",
        "U.S.",
        "#2",
        "!",
        "--",
        "\x1b[2J",
        "\u202e",
        "x\u200by",
        "外交",
        "🇺🇸",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12), st.lists(st.booleans(), min_size=12, max_size=12))
def test_marked_sentence_keeps_its_text_and_marks_only_changed_words(
    words: list[str], changed: list[bool]
) -> None:
    """However the changed words fall, the rendered item reads as the sentence, and exactly the
    changed words are struck through."""
    from newsdiff.export.markdown import _marked

    text = " ".join(words)
    spans = []
    position = 0
    for word, flag in zip(words, changed, strict=False):
        if flag:
            spans.append((100 + position, 100 + position + len(word)))
        position += len(word) + 1
    root = parse(to_html(f"- x {_marked(text, 100, tuple(spans), '~~')}\n"))
    (item,) = root.find_all("li")
    assert " ".join(item.text().split()) == " ".join(f"x {one_line(revealed(text))}".split())
    struck = " ".join(" ".join(node.text() for node in item.find_all("s")).split())
    expected = " ".join(
        one_line(revealed(word))
        for word, flag in zip(words, changed, strict=False)
        if flag and one_line(revealed(word))
    )
    assert struck == expected
    assert {node.tag for node in item.iter()} <= {"li", "s"}


EDITS = st.lists(
    st.tuples(WORDS, st.sampled_from(["equal", "replace", "delete", "insert"]), WORDS),
    min_size=1,
    max_size=10,
)


def _pair_from_edits(edits: list[tuple[str, str, str]]):  # noqa: ANN202 - test helper
    """A one-pair comparison whose word ops come from ``edits`` (word, tag, other word)."""
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

    left_words: list[tuple[str, int, int]] = []
    right_words: list[tuple[str, int, int]] = []
    ops = []
    lpos = rpos = 0
    for word, tag, other in edits:
        lspan = rspan = None
        if tag in ("equal", "replace", "delete"):
            lspan = (lpos, lpos + len(word))
            left_words.append((word, *lspan))
            lpos += len(word) + 1
        if tag in ("equal", "replace", "insert"):
            shown = word if tag == "equal" else other
            rspan = (rpos, rpos + len(shown))
            right_words.append((shown, *rspan))
            rpos += len(shown) + 1
        ops.append(WordOp(tag, lspan or (lpos, lpos), rspan or (rpos, rpos)))
    assume(left_words and right_words)
    left_text = " ".join(w for w, _, _ in left_words)
    right_text = " ".join(w for w, _, _ in right_words)
    left = Article("l.txt", left_text, "L")
    right = Article("r.txt", right_text, "R")
    link = (Link(0, "shared", 90.0),)
    return Comparison(
        ComparedArticle(
            left,
            (AlignedSentence(Sentence(0, 0, len(left_text), left_text), "shared", links=link),),
        ),
        ComparedArticle(
            right,
            (AlignedSentence(Sentence(0, 0, len(right_text), right_text), "shared", links=link),),
        ),
        (Row(0, 0),),
        {(0, 0): WordDiff(0, 0, tuple(ops))},
    )


def _without(node, tag: str) -> str:  # noqa: ANN001
    parts = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag != tag:
            parts.append(_without(child, tag))
        else:
            parts.append(" ")
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(EDITS)
def test_merged_shared_pair_reads_as_either_side(edits: list[tuple[str, str, str]]) -> None:
    """In ``~~old~~ **new**``: drop the struck words and it reads as the right sentence; drop
    the strong ones and it reads as the left one. A pair the edit script would mostly mark
    (#14) is written as two sentences instead, each as it reads."""
    comparison = _pair_from_edits(edits)
    markdown = render_markdown(comparison, version="1", now=NOW)
    root = parse(to_html(markdown))
    (item,) = [li for li in root.find_all("li") if li.text().startswith("L1 = R1")]
    if too_different(comparison, 0, 0):
        assert "<del>" not in to_html(markdown) and "~~" not in markdown.split("## ≈")[0]
        sides = {
            li.text().split(":", 1)[0]: li.text().split(":", 1)[1] for li in item.find_all("li")
        }
        left, right = comparison.left.article.text, comparison.right.article.text
        assert one_line(sides["Left"]).split() == one_line(revealed(left)).split()
        assert one_line(sides["Right"]).split() == one_line(revealed(right)).split()
        return
    (label,) = [
        node for node in item.children if not isinstance(node, str) and node.text() == "L1 = R1"
    ]
    item.children.remove(label)

    def words(text: str) -> list[str]:
        return one_line(text).split()

    left, right = comparison.left.article.text, comparison.right.article.text
    assert words(_without(item, "s")) == words(revealed(right))
    assert words(_without(item, "strong")) == words(revealed(left))


def test_long_sections_fold_into_details_and_short_ones_stay_open(seed_paths) -> None:
    """A report on two long articles stays scannable: long lists are one click away."""
    from newsdiff.core.compare import compare_files
    from newsdiff.export.markdown import FOLD_AFTER

    comparison = compare_files(seed_paths[0], seed_paths[2])
    markdown = render_markdown(comparison, version="9.9.9", now=NOW)
    root = parse(to_html(markdown))
    folded = markdown.count("<details>")
    assert folded >= 1 and folded == markdown.count("</details>")
    # Every long section is folded and still renders as Markdown inside <details>.
    unique_right = sum(
        1 for a in comparison.right.sentences if a.label == "unique" and not a.boilerplate
    )
    assert unique_right > FOLD_AFTER
    section = markdown.split(f"Only in the right article ({unique_right})")[1].split("\n## ")[0]
    assert section.lstrip().startswith("<details>")
    assert f"<summary>Show all {unique_right}</summary>" in section
    items = [node.text() for node in root.find_all("li")]
    assert any(text.startswith("R") for text in items)  # list items, not raw text
    # The headings stay outside, so the outline is unchanged; the summary never folds.
    assert [h.text() for h in root.find_all("h2")][0] == "Summary"
    assert "<details>" not in markdown.split("## Summary")[1].split("\n## ")[0]
    short = hostile_comparison()
    assert "<details>" not in render_markdown(short, version="9.9.9", now=NOW)


def test_section_counts_agree_with_their_number() -> None:
    """The sixth trial: a report with one conflict was headed `Conflicts (1 pairs)`."""
    from newsdiff import compare_texts

    left = (
        "Ferry fares\n\nThe island ferry fare will rise to 4 dollars on Monday, the council said.\n"
    )
    right = (
        "Ferry fares\n\nThe island ferry fare will rise to 6 dollars on Monday, the council said.\n"
    )
    report = render_markdown(compare_texts(left, right), version="0")
    headings = [line for line in report.splitlines() if line.startswith("## ")]
    counted = [line for line in headings if "pair" in line]
    assert len(counted) == 3, headings
    for heading in counted:
        number = int(heading.split("(")[1].split()[0])
        assert heading.endswith("(1 pair)" if number == 1 else f"({number} pairs)"), heading
    assert any(heading.endswith("(1 pair)") for heading in counted), headings
