"""Every writer on the bundled articles, compared by the real engine."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime
from pathlib import Path

import pytest
from htmltree import parse
from markdown_it import MarkdownIt
from newsdiff.core.evidence import quoted_elsewhere
from newsdiff.core.models import Comparison
from newsdiff.core.serialize import comparison_from_json
from newsdiff.export.common import revealed
from newsdiff.export.html import render_html
from newsdiff.export.json_export import render_json
from newsdiff.export.markdown import render_markdown
from newsdiff.export.svg import render_svg

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PAIRS = list(itertools.combinations(sorted(SEEDS.glob("*.txt")), 2))[:4]


@pytest.fixture(
    scope="module", params=PAIRS, ids=lambda pair: f"{pair[0].stem[:3]}-{pair[1].stem[:3]}"
)
def comparison(request: pytest.FixtureRequest) -> Comparison:
    from newsdiff.core.compare import compare_files

    left, right = request.param
    return compare_files(left, right)


def test_html_holds_every_sentence_once_with_its_label(comparison: Comparison) -> None:
    root = parse(render_html(comparison, version="1", now=NOW))
    assert not root.find_all("script")
    cells = {
        cell.attrs["id"]: cell
        for cell in root.find_all("td", "sentence")
        if "empty" not in cell.classes
    }
    for prefix, side in (("L", comparison.left), ("R", comparison.right)):
        for aligned in side.sentences:
            cell = cells.pop(f"{prefix}{aligned.sentence.index + 1}")
            assert cell.attrs["data-label"] == aligned.label
            assert cell.find_all("span", "text")[0].text() == revealed(aligned.sentence.text)
    assert cells == {}
    assert len(root.find_all("tr", "row")) == len(comparison.rows)


def test_markdown_lists_every_unique_sentence(comparison: Comparison) -> None:
    markdown = render_markdown(comparison, version="1", now=NOW)
    html = (
        MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(markdown)
    )
    root = parse(html)
    items = [item.text() for item in root.find_all("li")]
    for prefix, side_name in (("L", "left"), ("R", "right")):
        for aligned in comparison.side(side_name).sentences:
            if aligned.label == "unique" and not aligned.boilerplate:
                expected = f"{prefix}{aligned.sentence.index + 1} " + " ".join(
                    revealed(aligned.sentence.text).split()
                )
                # a quote the other article carries is named after it (pairview11)
                where = quoted_elsewhere(comparison, side_name, aligned.sentence.index)
                if where:
                    expected += f" (no sentence linked; its quote {where})"
                assert expected in items
    assert not root.find_all("script") and not root.find_all("a")


def test_svg_is_well_formed(comparison: Comparison) -> None:
    root = ElementTree.fromstring(render_svg(comparison, version="1", now=NOW))
    assert root.tag.endswith("svg")
    text = "".join(root.itertext()).replace("\xa0", " ")
    assert comparison.left.sentences[0].sentence.text.split()[0] in text


def test_json_round_trips(comparison: Comparison) -> None:
    again = comparison_from_json(render_json(comparison, version="1"))
    assert again.rows == comparison.rows
    assert again.settings == comparison.settings
    assert again.word_diffs == comparison.word_diffs
    for side in ("left", "right"):
        before, after = getattr(comparison, side), getattr(again, side)
        assert after.article == before.article
        assert [(a.sentence, a.label, a.moved, a.boilerplate) for a in after.sentences] == [
            (a.sentence, a.label, a.moved, a.boilerplate) for a in before.sentences
        ]
        assert [[link.index for link in a.links] for a in after.sentences] == [
            [link.index for link in a.links] for a in before.sentences
        ]
        assert after.quotes == before.quotes
