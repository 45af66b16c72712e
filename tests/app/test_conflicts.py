"""Pilot tests of conflicts in the app: the ≠ gutter, c / C jumps, n stops, the evidence line."""

from __future__ import annotations

from app_factory import conflict_sample, sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.column_header import legend
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine, evidence_text

SIZE = (120, 36)


async def _screen(pilot) -> CompareScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    return screen


async def test_c_and_shift_c_walk_the_conflicts_of_both_columns() -> None:
    """c visits each conflict in row order, once (its left end: appfix17); then a notice;
    C goes back."""
    app = NewsDiffApp(comparison=conflict_sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        visited = []
        for _ in range(2):
            await pilot.press("c")
            visited.append(view.cursor)
        assert visited == [Cursor("left", 1), Cursor("left", 2)]
        await pilot.press("c")
        assert view.cursor == Cursor("left", 2)
        assert any("No more conflicts" in n.message for n in app._notifications)
        await pilot.press("C")
        assert view.cursor == Cursor("left", 1)


async def test_next_difference_stops_on_conflicts() -> None:
    """n stops on every conflict as well as on paraphrases and unique sentences."""
    app = NewsDiffApp(comparison=conflict_sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        seen = set()
        for _ in range(10):
            await pilot.press("n")
            seen.add(view.cursor)
        assert {Cursor("left", 1), Cursor("right", 1), Cursor("left", 2)} <= seen


async def test_no_conflict_says_so() -> None:
    """c on a comparison without conflicts leaves the cursor and says there are none."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        before = view.cursor
        await pilot.press("c")
        assert view.cursor == before
        said = [n.message for n in app._notifications]
        # not "No more conflicts below", which suggests there were some above
        assert any(m.startswith("No conflict (≠) found") for m in said), said
        assert not any("No more" in m for m in said)
        # nor a verdict the claim check cannot give: it reads linked sentences only, and
        # misses some disagreements (thirteenth trial: "The outlets do not disagree anywhere")
        assert not any("do not disagree" in m for m in said), said
        assert any("not proof the outlets agree" in m for m in said), said


async def test_evidence_line_follows_the_cursor() -> None:
    """The status line names the pair (1-based), and for a conflict what disagrees."""
    app = NewsDiffApp(comparison=conflict_sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        line = screen.query_one(EvidenceLine)
        await pilot.press("c")
        assert "L2 ≠ R2 · score 96 · figure: 6 weeks ↔ 9 weeks" in line._text  # every label scored
        assert line.has_class("conflict")
        await pilot.press("l")
        assert "R2 ≠ L2 · score 96 · figure: 9 weeks ↔ 6 weeks" in line._text
        await pilot.press("j", "j")
        # in R4's own words ("the repair bill"), not the left's recorded "repairs" (pairview10)
        assert line._text.startswith("R4 ≈ L4 · score 64 · £4m, repair, mayor")
        assert not line.has_class("conflict")
        await pilot.press("j")
        assert line._text == "R5 + only in this article"


def test_evidence_text_of_a_paraphrase_lists_agreeing_words() -> None:
    """A paraphrase shows its score and the words the two sentences share."""
    text = evidence_text(conflict_sample(), Cursor("left", 0))
    assert text == "L1 ≈ R1 · score 71 · bridge, repairs"


def test_legend_counts_conflicts_and_keeps_names_when_there_are_none() -> None:
    """The legend has a ≠ count; at 40 cells a comparison without conflicts keeps its names."""
    with_conflicts = legend({"shared": 2, "paraphrased": 3, "conflict": 1, "unique": 1})
    assert "≠ 1 conflict" in with_conflicts.plain
    narrow = legend({"shared": 2, "paraphrased": 3, "conflict": 0, "unique": 1, "moved": 1}, 40)
    assert narrow.plain == "=2 shared ≈3 para +1 unique ↕1 moved"


def test_both_columns_legends_take_the_same_form() -> None:
    """When one side's legend needs the short form, the other side's uses it too: the two
    heads read alike (`=2 ≈5 ≠0 +18 ↕1` over both, never `=2 shared ≈6 para` over one)."""
    from newsdiff.app.widgets.column_header import legends

    busy = {"shared": 12, "paraphrased": 15, "conflict": 0, "unique": 118, "moved": 11}
    quiet = {"shared": 2, "paraphrased": 6, "conflict": 0, "unique": 5, "moved": 1}
    width = legend(quiet, 36).cell_length
    alone = [legend(busy, width).plain, legend(quiet, width).plain]
    assert " " in alone[1] and "shared" in alone[1] and "shared" not in alone[0]  # the fault
    left, right = legends([busy, quiet], [width, width])
    assert ("shared" in left.plain) == ("shared" in right.plain)
    assert left.plain.count(" ") == right.plain.count(" ")
    assert left.cell_length <= width and right.cell_length <= width
