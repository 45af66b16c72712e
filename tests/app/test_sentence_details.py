"""Pilot tests: the status line says when it is cut, and ``i`` shows the cursor sentence's
evidence and provenance in full (the tooltip that had the whole list needs a mouse)."""

from __future__ import annotations

import pytest
from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.details import DetailsScreen
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.evidence_line import DETAILS_HINT, EvidenceLine
from newsdiff.app.widgets.hanging_text import HangingText
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from story_factory import sample_story
from textual.widgets import OptionList

FULL_LIST = "carried by 3 of 3: outlet-1.txt, outlet-2.txt, outlet-3.txt"


def _details(app: NewsDiffApp) -> str:
    screen = app.screen
    assert isinstance(screen, DetailsScreen)
    return screen.query_one("#details-text", HangingText).text


@pytest.mark.parametrize("size", [(80, 24), (104, 30)])
async def test_i_shows_the_provenance_the_status_line_cuts(story_app, size) -> None:
    async with story_app.run_test(size=size) as pilot:
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        story_app.articles = sample_story().articles
        await pilot.press("s")
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        story_app.screen.query_one("#claims", OptionList).focus()
        await pilot.press("enter")  # the closure claim: in all three outlets
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        compare = story_app.screen
        assert isinstance(compare, CompareScreen)
        if size[0] < 100:
            await pilot.press("q", "escape")  # the overlay sidebar opened and closed
        else:
            assert compare.query_one(QuoteSidebar).display  # the sidebar takes its room
        compare.query_one(DiffView).focus()
        await pilot.pause()
        status = compare.query_one(EvidenceLine).render().plain
        assert FULL_LIST not in status  # too long for the line here
        assert status.endswith(DETAILS_HINT.strip())  # ... and the line says so
        await pilot.press("i")
        await pilot.pause()
        text = _details(story_app)
        assert FULL_LIST[1:] in text  # "Carried by 3 of 3: …", every outlet
        assert "L" in text.splitlines()[0]
        await pilot.press("escape")
        await pilot.pause()
        assert story_app.screen is compare


async def test_i_lists_every_link_with_all_its_words() -> None:
    comparison = sample()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("j", "j", "i")  # L3, a paraphrase
        await pilot.pause()
        text = _details(app)
        aligned = comparison.left.sentences[2]
        assert aligned.sentence.text in text
        for link in aligned.links:
            assert f"L3 ≈ R{link.index + 1} · score {link.score:.0f}" in text
            for word in link.evidence.agree:
                assert word in text
        await pilot.press("i")  # the same key closes it
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


async def test_a_line_that_fits_carries_no_hint() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(160, 36)) as pilot:
        await pilot.pause()
        status = app.screen.query_one(EvidenceLine).render().plain
        assert status.startswith("L1 ")
        assert DETAILS_HINT.strip() not in status


def _long_details_pair():
    from app_factory import build
    from newsdiff.core.claims import Evidence

    words = tuple(f"harbourword{n}" for n in range(30))
    left = ["The harbour council approved the long repair plan for the old bridge on Monday."]
    right = ["On Monday the council of the harbour approved a long plan to repair the bridge."]
    folder = "coverage/" + "a-very-long-folder-name-for-the-regional-desk/" * 2
    return build(
        left,
        right,
        links=[(0, 0, "paraphrased", 72.0, Evidence(agree=words))],
        paths=(folder + "left.txt", folder + "right.txt"),
    )


@pytest.mark.parametrize("width", [80, 120])
async def test_a_long_details_line_wraps_under_its_text_not_its_label(width: int) -> None:
    app = NewsDiffApp(comparison=_long_details_pair())
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        box = app.screen.query_one("#details-text", HangingText)
        from textual.geometry import Region

        size = box.size
        rows = [strip.text.rstrip() for strip in box.render_lines(Region(0, 0, *size))]
        label = "    all shared words: "
        first = next(i for i, row in enumerate(rows) if row.startswith(label))
        continuation = rows[first + 1]
        assert continuation.startswith(" " * len(label)), rows  # under the words, not at 0
        assert continuation.strip().startswith("harbourword")
        words = " ".join(rows[first:]).replace(label.strip(), "")
        assert all(f"harbourword{n}" in words for n in range(30))  # nothing cut
        header = next(i for i, row in enumerate(rows) if row.startswith("L1 · "))
        if len(rows[header]) >= size.width - 2:  # the long path wrapped: under "paraphrased"
            assert rows[header + 1].startswith("     ") and rows[header + 1].strip()
        assert all(len(row) <= size.width for row in rows)


def test_hanging_lines_fall_back_to_the_edge_when_the_label_leaves_no_room() -> None:
    from newsdiff.app.widgets.hanging_text import hanging_lines

    rows = [r.plain for r in hanging_lines([("a label of thirty characters: ", "x " * 40)], 40)]
    assert all(len(row) <= 40 for row in rows) and not rows[1].startswith(" ")
    rows = [r.plain for r in hanging_lines([("label: ", "word " * 30)], 40)]
    assert rows[0].startswith("label: word") and all(r.startswith("       w") for r in rows[1:])
