"""The status line and the exports name the number that decided a link's label: the word-order
score chooses shared over paraphrased, so it is shown next to the link score."""

from __future__ import annotations

import dataclasses
import json

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor
from newsdiff.app.widgets.evidence_line import EvidenceLine, evidence_text
from newsdiff.core.compare import prepare
from newsdiff.core.load import load_article
from newsdiff.core.models import Comparison, Settings
from newsdiff.core.serialize import comparison_from_dict, comparison_to_dict
from newsdiff.export.html import render_html


def _with_orders(comparison: Comparison, orders: dict[tuple[int, int], float]) -> Comparison:
    """``comparison`` with the word-order score ``orders[(left, right)]`` on those links."""

    def side(compared, mine: str):
        sentences = []
        for aligned in compared.sentences:
            links = []
            for link in aligned.links:
                key = (
                    (aligned.sentence.index, link.index)
                    if mine == "left"
                    else (link.index, aligned.sentence.index)
                )
                links.append(dataclasses.replace(link, order=orders.get(key)))
            sentences.append(dataclasses.replace(aligned, links=tuple(links)))
        return dataclasses.replace(compared, sentences=tuple(sentences))

    return dataclasses.replace(
        comparison, left=side(comparison.left, "left"), right=side(comparison.right, "right")
    )


def test_a_paraphrase_scored_over_the_shared_threshold_shows_its_word_order_score() -> None:
    # a paraphrase whose link score (62, raised to 85 here) passes the shared threshold (80):
    # its word order (41) is what kept it from "shared", and the line says so
    base = sample()
    link = base.left.sentences[0].links[0]
    comparison = _with_orders(base, {(0, 0): 41.0})
    left = comparison.left.sentences[0]
    raised = dataclasses.replace(left.links[0], score=85.0)
    comparison = dataclasses.replace(
        comparison,
        left=dataclasses.replace(
            comparison.left,
            sentences=(dataclasses.replace(left, links=(raised,)), *comparison.left.sentences[1:]),
        ),
    )
    assert link.label == "paraphrased"
    text = evidence_text(comparison, Cursor("left", 0))
    assert text == "L1 ≈ R1 · score 85 · order 41"
    html = render_html(comparison, version="test")
    assert "paraphrased · score 85 · order 41" in html  # the same words as the status line


async def test_the_status_line_and_the_html_evidence_name_the_same_scores() -> None:
    comparison = _with_orders(sample(), {(1, 2): 93.0, (2, 3): 38.0})
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        line = screen.query_one(EvidenceLine)
        await pilot.press("j")
        assert line._text.startswith("L2 = R3 · score 91 · order 93")
        await pilot.press("j")
        assert line._text.startswith("L3 ≈ R4 · score 70 · order 38")
        assert "shared: order ≥ 80" in screen.sub_title
    html = render_html(comparison, version="test")
    assert "shared · score 91 · order 93" in html
    assert "paraphrased · score 70 · order 38" in html


def test_the_real_engine_labels_shared_exactly_when_the_word_order_reaches_the_threshold(
    seed_paths,
) -> None:
    settings = Settings()
    left, right = (load_article(str(path)) for path in seed_paths[:2])
    comparison = prepare(left, right).comparison(settings)
    seen = 0
    for aligned in comparison.left.sentences:
        for link in aligned.links:
            assert link.order is not None
            if link.label != "conflict":
                seen += 1
                assert (link.label == "shared") == (link.order >= settings.shared)
    assert seen > 0
    saved = json.loads(json.dumps(comparison_to_dict(comparison)))
    reopened = comparison_from_dict(saved)
    assert [link.order for s in reopened.left.sentences for link in s.links] == [
        round(link.order or 0, 2) for s in comparison.left.sentences for link in s.links
    ]
