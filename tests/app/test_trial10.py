"""Tenth user trial: what misled or blocked a fact-checker (docs/app.md, "tenth trial")."""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar


async def test_narrowing_the_terminal_does_not_lay_the_sidebar_over_the_text() -> None:
    """At 120 columns the quote sidebar stands beside the text; resized to 80 it stayed shown,
    now as an overlay over the one-column text (every sentence cut at its middle) while the
    comparison under it kept the keys. It goes when the terminal narrows and comes back when
    it is wide again."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        sidebar = app.screen.query_one(QuoteSidebar)
        if not sidebar.display:
            await pilot.press("q")
        assert sidebar.display and not sidebar.has_class("-overlay")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert view.one_column
        covered = sidebar.display and sidebar.region.overlaps(view.region)
        assert not covered, (sidebar.region, view.region)
        assert view.has_focus
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert sidebar.display and not sidebar.has_class("-overlay")

        # Hidden by the reader while wide, it stays hidden; q still opens it over the text.
        await pilot.press("q")
        assert not sidebar.display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not sidebar.display
        await pilot.press("q")
        assert sidebar.display and sidebar.has_class("-overlay") and sidebar.has_focus_within
        await pilot.press("escape")
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert not sidebar.display  # closed by the reader: a wider terminal does not reopen it


async def test_the_saved_svg_pictures_the_comparison_without_the_notices_over_it() -> None:
    """The SVG is "a picture of the comparison as shown on screen": saved a few seconds after
    another save, it had the `Saved HTML to …` notice burnt in over the text."""
    from newsdiff.app.screens.save_dialog import SaveDialog

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Saved HTML to Quokkareport.html", title="Saved", timeout=30)
        await pilot.pause(0.3)
        assert "Quokka" in app.export_screenshot()  # the notice is on screen
        await pilot.press("ctrl+s")
        for _ in range(10):
            await pilot.pause()
            if isinstance(app.screen, SaveDialog):
                break
        assert isinstance(app.screen, SaveDialog)
        svg = app.screen.svg
        assert svg is not None
        assert "Quokka" not in svg
        assert "Roe" in svg  # the comparison is in the picture
        await pilot.press("escape")
        await pilot.pause()
        assert "Quokka" in app.export_screenshot()  # the notice came back
