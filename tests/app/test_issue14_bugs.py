"""Regression pilot tests for the app bugs of #14: the footer's stray letter at 80 columns,
row colours on a 256-colour terminal, and (in test_save_dialog.py) Enter, Enter overwriting."""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.key_footer import KeyFooter
from rich.color import ColorSystem
from textual.widgets._footer import FooterKey


async def test_palette_key_covers_the_last_footer_column_at_80_columns() -> None:
    """At 80 columns the compare screen's keys overflow under the docked palette key; its
    right margin left the last column showing a letter of a hidden key (`^p palettev`)."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        footer = app.screen.query_one(KeyFooter)
        palette = [key for key in footer.query(FooterKey) if "palette" in key.description]
        assert len(palette) == 1
        assert palette[0].region.right == footer.region.right


def _text_background(view: DiffView, side: str, index: int) -> int | None:
    """The 256-colour palette entry behind the text of sentence ``index`` of ``side``."""
    layout = view.layout
    assert layout is not None
    row = layout.row_of(side, index)
    assert row is not None
    y = layout.row_top[row] - int(view.scroll_offset.y)
    segments = list(view.render_line(y))
    start = layout.geometry.gutter + 1 if side == "left" else layout.geometry.right_start + 1
    start += layout.geometry.gutter
    position = 0
    for segment in segments:
        if position + len(segment.text) > start and segment.text.strip():
            color = segment.style.bgcolor if segment.style else None
            return color.downgrade(ColorSystem.EIGHT_BIT).number if color else None
        position += len(segment.text)
    raise AssertionError("no text on the line")


async def test_paraphrased_rows_keep_their_colour_on_256_colours_with_and_without_focus() -> None:
    """TERM=tmux-256color, Tab: the paraphrased rows took the unique rows' palette colour,
    because their 10% tint rounded differently once the view lost its 3% focus tint."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 36)) as pilot:
        app.console._color_system = ColorSystem.EIGHT_BIT  # noqa: SLF001 - as tmux-256color
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        seen = []
        for _ in range(2):
            view.notify_style_update()
            paraphrased = _text_background(view, "left", 3)
            unique = _text_background(view, "left", 5)
            shared = _text_background(view, "right", 2)
            seen.append((view.has_focus, paraphrased, unique))
            assert len({paraphrased, unique, shared}) == 3, seen
            await pilot.press("tab")
            await pilot.pause()
        assert {focus for focus, _, _ in seen} == {True, False}
        assert seen[0][1:] == seen[1][1:]  # the same palette colours whatever has focus


async def test_the_save_dialog_remembers_the_last_folder_and_format(tmp_path) -> None:
    """The next ctrl+s offers the folder and format of the last save."""
    from newsdiff.app.screens.save_dialog import SaveDialog
    from textual.widgets import Input, RadioButton

    folder = tmp_path / "reports"
    folder.mkdir()
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SaveDialog)
        await pilot.click("#save-format-md")
        path_input = dialog.query_one("#save-path", Input)
        path_input.value = str(folder / "check.md")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert (folder / "check.md").exists()
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, SaveDialog)
        assert again.fmt == "md" and again.query_one("#save-format-md", RadioButton).value
        assert again.query_one("#save-path", Input).value.startswith(str(folder))
        assert again.query_one("#save-path", Input).value.endswith(".md")
