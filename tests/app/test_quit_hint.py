"""Ctrl+C does not quit; it says which key does, as plain words (not raw markup)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp

TEXT = "Harbour Reopens\n\nThe harbour reopened on Monday after a week of repairs.\n"


async def test_ctrl_c_names_the_quit_key_without_markup(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        hints = [n for n in app._notifications if n.title == "Do you want to quit?"]
        assert len(hints) == 1
        assert hints[0].message == "Press ctrl+q to quit the app"
        assert app.is_running
