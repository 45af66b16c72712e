"""What the twelfth user trial found in the pair view (#19, #16): the status line cut a figure
or a second link inside itself. The articles are invented."""

from __future__ import annotations

import re

import pytest
from app_factory import build
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.core.claims import Disagreement, Evidence

LEFT = [
    "Harbour officials counted hundreds of thousands of visitors at the Velmora regatta this "
    "summer, the tourism board said on Friday in its yearly report.",
    "The regatta closes on Sunday.",
]
RIGHT = [
    "Some 100,000 visitors came to the regatta.",
    "The Velmora regatta drew record crowds this summer, the tourism board said on Friday.",
    "The regatta closes on Sunday.",
]
FIGURE = Disagreement("figure", "hundreds of thousands", "100,000", (26, 47), (5, 12))
AGREE = ("Velmora", "regatta", "summer", "tourism", "board", "said")


def regatta():
    """L1 disagrees with R1 on a figure and paraphrases R2: two links on one status line."""
    return build(
        LEFT,
        RIGHT,
        links=[
            (0, 0, "conflict", 55.0, Evidence(("visitors", "regatta"), (FIGURE,))),
            (0, 1, "paraphrased", 72.0, Evidence(AGREE)),
            (1, 2, "shared", 100.0),
        ],
        paths=("harbour-post.txt", "velmora-daily.txt"),
    )


async def _status(columns: int) -> str:
    app = NewsDiffApp(comparison=regatta())
    async with app.run_test(size=(columns, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        return screen.query_one(EvidenceLine).render().plain


@pytest.mark.parametrize("columns", range(64, 128, 6))
async def test_the_status_line_never_cuts_a_figure_or_a_link_inside_itself(columns: int) -> None:
    """The trial: ``figure: hundreds of thousands ↔ 100,0… · i: all`` (another figure, as
    read) and ``… | L1 ≈ R4 · s… · i: all``. A line too long drops whole pieces: the links
    after the first (``(+1 more)``), a conflict's score, then whole evidence items."""
    status = await _status(columns)
    assert "figure: hundreds of thousands ↔ 100,000" in status, status
    assert not re.search(r"\w…", status), status  # nothing cut inside a word or figure
    if " | " in status:  # a second link shows whole, or not at all
        assert "L1 ≈ R2 · score 72" in status, status
    else:
        assert "L1 ≈ R2" not in status, status


async def test_a_wide_status_line_is_unchanged() -> None:
    """Where it fits, the line is what it was: both links whole."""
    status = await _status(200)
    assert status == (
        "L1 ≠ R1 · score 55 · figure: hundreds of thousands ↔ 100,000 | L1 ≈ R2 · score 72 · "
        "Velmora, regatta, summer, tourism, board, said"
    ), status


async def test_a_sentence_linked_to_nothing_here_whose_claim_the_other_article_carries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trial (event8, enter on a matrix cell, ``j``): ``L2 + only in this article ·
    carried by 5 of 5: breitbart +4 more``, the other column's outlet among the five. The
    story groups through every article's links, the pair view links this pair's alone; the
    line now says ``not linked in this pair`` and ``i`` names and quotes the other column's
    sentences the claim holds."""
    from dataclasses import replace

    from newsdiff.app import engine
    from newsdiff.app.screens.details import DetailsScreen
    from newsdiff.app.widgets.diff_view import Cursor, DiffView
    from newsdiff.core.story import Claim
    from story_factory import open_story, sample_story

    story = sample_story()
    claims = [c for c in story.claims if c.variants not in (((0, 3),), ((2, 2),))]
    claims.append(Claim(variants=((0, 3), (2, 2))))  # the bakery with the buses
    story = replace(story, claims=tuple(sorted(claims, key=lambda c: c.first)))
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    async with app.run_test(size=(160, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        app.open_comparison(0, 2, articles=screen.articles, focus=("left", 3))
        await app.workers.wait_for_complete()
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen) and compare.comparison is not None
        assert not compare.comparison.left.sentences[3].links, "premise: linked to nothing"
        view = compare.query_one(DiffView)
        view.jump_to(Cursor("left", 3))
        await pilot.pause()
        assert view.carried[("left", 3)] == "2/3", "premise: the story's claim has outlet 3"
        status = compare.query_one(EvidenceLine).render().plain
        assert "only in this article" not in status, status
        assert status.startswith("L4 + not linked in this pair · the story's claim also holds R3")
        await pilot.press("i")
        await pilot.pause()
        box = app.screen
        assert isinstance(box, DetailsScreen)
        shown = "\n".join(label + text for label, text in box.lines)
        assert "Not linked in this pair" in shown and "Only in this article" not in shown
        assert "R3: Buses will run a shuttle across the river from Monday." in shown, shown
        await pilot.press("escape")
        view.jump_to(Cursor("left", 0))  # a sentence of another claim says what it said
        await pilot.pause()
        assert "not linked in this pair" not in compare.query_one(EvidenceLine).render().plain


@pytest.mark.parametrize(("columns", "carried"), [(80, True), (90, True), (100, False)])
async def test_a_conflicts_disagreement_goes_before_the_outlets_carrying_it(
    story_app: NewsDiffApp, columns: int, carried: bool
) -> None:
    """The trial at 80×24 (event9, enter on a matrix cell, ``c``): ``L3 ≠ R7 · figure:
    hundreds…  ·  carried by 4 of 5: breitbart +3 more``: the outlets took the room of what
    disagrees. A conflict's disagreement shows whole, the outlets get what is left; where
    not even ``carried by 3 of 3`` is left (100 columns, the quote sidebar beside the text)
    the gutter's ``3/3`` says it."""
    from newsdiff.app.widgets.diff_view import Cursor, DiffView
    from story_factory import open_story

    app = story_app
    async with app.run_test(size=(columns, 24)) as pilot:
        screen = await open_story(pilot, app)
        app.open_comparison(0, 1, articles=screen.articles, focus=("left", 1))
        await app.workers.wait_for_complete()
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen) and compare.comparison is not None
        (link,) = compare.comparison.left.sentences[1].links
        assert link.label == "conflict", "premise: six weeks against nine"
        view = compare.query_one(DiffView)
        view.jump_to(Cursor("left", 1))
        await pilot.pause()
        status = compare.query_one(EvidenceLine).render().plain
    assert "six weeks ↔ nine weeks" in status, status
    assert ("carried by 3 of 3" in status) == carried, status
    assert not re.search(r"\w…", status), status
