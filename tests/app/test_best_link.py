"""Pilot test: enter jumps to the counterpart a sentence's label speaks of (its best link)."""

from __future__ import annotations

from app_factory import build
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import evidence_text
from newsdiff.core.link_evidence import Disagreement, Evidence

LEFT = [
    "Harbour bridge to close.",
    "The bridge will be closed for 6 weeks, the council said.",
    "Ferries will run.",
]
RIGHT = [
    "Harbour bridge shuts.",
    "The council said the bridge will be closed.",
    "It will stay closed for 9 weeks.",
    "Buses will run.",
]


def _figure() -> Disagreement:
    mine, theirs = LEFT[1].index("6 weeks"), RIGHT[2].index("9 weeks")
    return Disagreement("figure", "6 weeks", "9 weeks", (mine, mine + 7), (theirs, theirs + 7))


async def test_enter_on_a_conflict_jumps_to_the_disagreeing_sentence_not_the_closer_one() -> None:
    comparison = build(
        LEFT,
        RIGHT,
        links=[
            (0, 0, "paraphrased", 71.0),
            (1, 1, "paraphrased", 88.0),  # scores higher, but agrees
            (1, 2, "conflict", 70.0, Evidence(("closed",), (_figure(),))),
        ],
    )
    assert comparison.left.sentences[1].label == "conflict"
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(DiffView)
        view.move_cursor(Cursor("left", 1))
        await pilot.pause()
        assert evidence_text(comparison, Cursor("left", 1)).startswith("L2 ≠ R3")
        await pilot.press("enter")
        assert view.cursor == Cursor("right", 2)
        await pilot.press("enter")  # and back: right 3's only link is the conflict
        assert view.cursor == Cursor("left", 1)
