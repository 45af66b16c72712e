"""A link the claim check made below the threshold says what linked it, not a score that did not.

A pair stating one quantity with two figures is read by the claim check whatever its score
(``disagreeing_fact_pairs``), so a conflict can be linked at score 47 or 7: the score then says
only how differently the rest is worded, and ``score 7`` beside ``≠`` read as "barely linked".
The status line, ``i``, and the HTML hover and print line now say ``linked by its figure``;
JSON keeps the score. The two articles of ``tests/fixtures/disagreements/`` are invented; their
third sentences give one count two figures (3,000 / more than 9,000) at a score under 50.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.details import DetailsScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine, details_text, evidence_text
from newsdiff.core.compare import compare_files
from newsdiff.core.evidence import describe_scores, linked_by
from newsdiff.core.link_evidence import Disagreement, Evidence
from newsdiff.core.models import Comparison, Link, Settings
from newsdiff.export.html import render_html
from newsdiff.export.json_export import render_json

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "disagreements"
LEFT, RIGHT = FIXTURES / "marrow_ledger.txt", FIXTURES / "selby_herald.txt"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_files(LEFT, RIGHT)


def _routed(comparison: Comparison) -> tuple[int, Link]:
    """The left sentence and its conflict linked under the threshold (the fixture has one)."""
    found = [
        (aligned.sentence.index, link)
        for aligned in comparison.left.sentences
        for link in aligned.links
        if link.label == "conflict" and link.score < comparison.settings.paraphrase
    ]
    assert len(found) == 1, found
    return found[0]


def test_the_status_line_says_linked_by_its_figure_not_the_score(comparison) -> None:
    index, link = _routed(comparison)
    line = evidence_text(comparison, Cursor("left", index))
    head = f"L{index + 1} ≠ R{link.index + 1}"
    assert line.startswith(f"{head} · linked by its figure · figure: 3,000 ↔ More than 9,000")
    assert f"score {link.score:.0f}" not in line
    right = evidence_text(comparison, Cursor("right", link.index))
    assert right.startswith(f"R{link.index + 1} ≠ L{index + 1} · linked by its figure · ")


def test_a_link_over_the_threshold_keeps_its_score(comparison) -> None:
    lines = [evidence_text(comparison, Cursor("left", k)) for k in range(3, 7)]
    assert all(" · score " in line and "linked by" not in line for line in lines), lines


def test_details_give_the_score_and_why_it_did_not_link(comparison) -> None:
    index, link = _routed(comparison)
    text = details_text(comparison, Cursor("left", index))
    assert "linked by its figure · figure: 3,000 ↔ More than 9,000" in text
    wording = f"wording: score {link.score:.0f}, under the paraphrase threshold (50): the wording"
    assert wording in text


def test_html_hover_and_print_say_what_linked_it_and_json_keeps_the_score(comparison) -> None:
    index, link = _routed(comparison)
    html = render_html(comparison, version="0")
    cell = html.split(f'id="L{index + 1}"')[1].split("</td>")[0]
    hover = cell.split('title="')[1].split('"')[0]
    assert hover.startswith("conflict · linked by its figure · figure: 3,000")
    assert "score" not in hover
    printed = f"L{index + 1} ≠ R{link.index + 1} · linked by its figure · figure:"
    assert f'<span class="evidence disagree">{printed}' in cell
    saved = json.loads(render_json(comparison, version="0"))
    links = saved["left"]["sentences"][index]["links"]
    assert [x["score"] for x in links] == [pytest.approx(link.score, abs=0.01)]


def test_the_kind_that_linked_it_and_a_conversion() -> None:
    settings = Settings()
    title = Disagreement("title", "minister", "deputy minister", (0, 8), (0, 15))
    assert linked_by(Link(2, "conflict", 12.0, Evidence((), (title,))), settings) == (
        "linked by its title"
    )
    converted = Link(2, "paraphrased", 41.0, Evidence(("£5m ≈ $6.3m",), (), "figures converted"))
    assert describe_scores(converted, settings) == "linked by its figures"
    assert describe_scores(converted) == "score 41"  # no settings: as before
    assert linked_by(Link(2, "conflict", 50.0), settings) is None


async def test_the_pair_view_shows_it_under_the_cursor(comparison) -> None:
    index, _ = _routed(comparison)
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        screen.query_one(DiffView).move_cursor(Cursor("left", index))
        await pilot.pause()
        assert "· linked by its figure ·" in screen.query_one(EvidenceLine)._text
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
