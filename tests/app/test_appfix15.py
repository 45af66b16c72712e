"""What usertrial13 left on the Story screen (appfix15).

1. A claim flagged ``≠`` did not say what disagrees: the variants pane now lists each
   conflicting pair of variants with the words the pair view shows (``figure: 800 ↔ 2,500``),
   and the status line says the first, so a reader triaging conflicts need not open each
   pair. Real scoring of the invented ``tests/fixtures/story_conflicts/``.
2. At 80 columns the status line of a claim ``linked in N more (…)`` lost its end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.load import load_article
from newsdiff.core.story import build_story
from story_factory import open_story, story_with_a_linked_single
from textual.geometry import Region
from textual.widgets import OptionList, Static

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_conflicts"


def _row(widget: Static) -> str:
    """The one line the widget paints, as text."""
    (strip,) = widget.render_lines(Region(0, 0, widget.size.width, 1))
    return strip.text.rstrip()


def _app(monkeypatch: pytest.MonkeyPatch, story: object) -> NewsDiffApp:
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    return app


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_a_conflicting_claim_says_what_disagrees(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    story = build_story([load_article(path) for path in sorted(FIXTURES.glob("*.txt"))])
    app = _app(monkeypatch, story)
    opened: list[tuple[object, ...]] = []
    async with app.run_test(size=size) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("c")  # conflicts only: the rally's count
        await pilot.pause()
        # the status line, always in sight, says the first conflict's words whole
        status = _row(screen.query_one("#story-status", Static))
        assert "· claim 1 · ≠ figure: 800 ↔ 2,500 +1 more ·" in status, status
        # the variants pane names each conflicting pair and what it disagrees on
        variants = screen.query_one("#variants", OptionList)
        lines = [str(variants.get_option_at_index(k).prompt) for k in range(variants.option_count)]
        found = [line.strip() for line in lines if line.strip().startswith("Conflict:")]
        assert len(found) == 2, lines
        assert found[0].endswith(" S2 ≠ port_gazette S2 · figure: 800 ↔ 2,500"), found
        assert found[1] == "Conflict: port_gazette S2 ≠ valley_wire S2 · figure: 2,500 ↔ 800"
        # enter on one opens that pair at the sentence it names first
        monkeypatch.setattr(
            app, "open_comparison", lambda *args, **kwargs: opened.append((*args, kwargs))
        )
        variants.focus()
        variants.highlighted = lines.index(next(x for x in lines if "valley_wire S2 ·" in x))
        await pilot.press("enter")
        await pilot.pause()
    assert opened and opened[0][:2] == (1, 2) and opened[0][2]["focus"] == ("left", 1)


async def test_the_status_line_of_a_linked_claim_fits_80_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story, single, _ = story_with_a_linked_single()
    app = _app(monkeypatch, story)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("o", "o")  # reading order
        claims.highlighted = screen.shown.index(single)
        await pilot.pause()
        status = _row(screen.query_one("#story-status", Static))
        assert not status.endswith("…"), status
        assert f"claim {single + 1} · linked in 2 more (1, 2) · " in status, status
        assert status.endswith("reading order"), status
        await pilot.resize_terminal(120, 24)  # room again: the sort said in full
        await pilot.pause()
        status = _row(screen.query_one("#story-status", Static))
        assert status.endswith("sorted by reading order"), status


async def test_the_arrows_choose_a_save_format_where_no_colour_shows_a_highlight(
    tmp_path: Path,
) -> None:
    """3. At 80×24 with NO_COLOR the save dialog's format row moved an invisible highlight
    with ``←``/``→`` and chose only on ``space``: an arrow seemed to do nothing. An arrow now
    chooses (the filled ``●`` moves) and the row keeps the keys; ``enter`` goes back to the
    file name, to save."""
    from export.export_fixtures import hostile_comparison
    from newsdiff.app.screens.save_dialog import SaveDialog
    from test_save_dialog import Host, filled, settle
    from textual.widgets import Input

    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        path = app.screen.query_one("#save-path", Input)
        await pilot.press("shift+tab", "right")
        await pilot.pause()
        assert filled(app) == ["svg"]
        assert path.value.endswith(".svg")
        await pilot.press("right", "right", "left")
        await pilot.pause()
        assert filled(app) == ["md"]
        assert app.screen.focused is app.screen.query_one("#save-format")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.focused is path and path.value.endswith(".md")
    assert app.results == []  # nothing saved yet: enter chose, a second enter saves
