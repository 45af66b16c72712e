"""The save dialog, driven with the Pilot in a tiny host app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export.export_fixtures import hostile_comparison
from newsdiff.app.screens import save_dialog as dialog_module
from newsdiff.app.screens.save_dialog import SaveDialog
from newsdiff.core.serialize import load_comparison
from newsdiff.export.atomic import SaveError
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, Input, RadioButton, Static

OLD = "an older report\n"
DEFAULT_HTML = "newsdiff-talks-b-resume-b-now-vs-talks-bold-restart-2.html"


class Host(App[None]):
    """Opens the dialog on mount and records what it returned."""

    def __init__(self, dialog: SaveDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.results: list[Path | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, callback=self.results.append)


async def settle(pilot: Pilot[None]) -> None:
    """Let the save worker finish and its result land on the UI thread."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def messages(app: App[None]) -> list[str]:
    return [notification.message for notification in app._notifications]


def shown(app: App[None]) -> str:
    return str(app.screen.query_one("#save-message", Static).render())


async def test_default_html_is_saved_in_the_folder_with_a_slugged_name(tmp_path: Path) -> None:
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        path_input = app.screen.query_one("#save-path", Input)
        assert path_input.value == str(tmp_path / DEFAULT_HTML)
        await pilot.press("enter")
        await settle(pilot)
        target = tmp_path / DEFAULT_HTML
        assert app.results == [target]
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert any(str(target) in message for message in messages(app))
        assert not isinstance(app.screen, SaveDialog)


@pytest.mark.parametrize(("button", "suffix"), [("md", ".md"), ("json", ".json"), ("svg", ".svg")])
async def test_choosing_a_format_changes_the_extension_and_the_content(
    tmp_path: Path, button: str, suffix: str
) -> None:
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click(f"#save-format-{button}")
        await settle(pilot)
        value = app.screen.query_one("#save-path", Input).value
        assert value.endswith(suffix)
        await pilot.click("#save")
        await settle(pilot)
        (target,) = app.results
        assert target is not None and target.suffix == suffix
        content = target.read_text(encoding="utf-8")
    if suffix == ".json":
        assert load_comparison(target) == hostile_comparison()
        assert json.loads(content)["schema"] == "newsdiff.comparison/2"
    elif suffix == ".md":
        assert content.startswith("# newsdiff: ")
    else:
        assert content.lstrip().startswith("<svg")


async def test_svg_from_the_app_is_the_screenshot_passed_in(tmp_path: Path) -> None:
    picture = '<svg xmlns="http://www.w3.org/2000/svg"><text>screen</text></svg>'
    app = Host(SaveDialog(hostile_comparison(), svg=picture, folder=tmp_path, fmt="svg"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
    (target,) = app.results
    assert target is not None and target.read_text(encoding="utf-8") == picture


async def test_existing_file_is_never_overwritten_silently(tmp_path: Path) -> None:
    target = tmp_path / DEFAULT_HTML
    target.write_text(OLD)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SaveDialog)
        assert target.read_text() == OLD
        assert "already exists" in shown(app)
        assert str(app.screen.query_one("#save", Button).label).startswith("Overwrite")
        # Pick a new name instead: both files are kept.
        await pilot.click("#save-rename")
        await settle(pilot)
        assert app.screen.query_one("#save-path", Input).value.endswith("-2.html")
        await pilot.click("#save")
        await settle(pilot)
    assert app.results == [target.with_name(target.stem + "-2.html")]
    assert target.read_text() == OLD


async def test_overwrite_after_confirmation(tmp_path: Path) -> None:
    target = tmp_path / DEFAULT_HTML
    target.write_text(OLD)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        await pilot.click("#save")  # now labelled Overwrite
        await settle(pilot)
    assert app.results == [target]
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


async def test_failure_is_shown_and_the_old_file_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text(OLD)

    def full(path: Path, text: str, *, overwrite: bool = False) -> Path:
        raise SaveError(str(path), "the disk is full")

    monkeypatch.setattr(dialog_module, "write_atomic", full)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        path_input = app.screen.query_one("#save-path", Input)
        path_input.value = str(target)
        await pilot.press("enter")  # exists: asks first
        await settle(pilot)
        await pilot.click("#save")
        await settle(pilot)
        assert isinstance(app.screen, SaveDialog)
        assert "the disk is full" in shown(app)
        assert "previous file is unchanged" in shown(app)
        assert any("the disk is full" in message for message in messages(app))
    assert app.results == []
    assert target.read_text() == OLD


async def test_missing_folder_is_reported_in_the_dialog(tmp_path: Path) -> None:
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#save-path", Input).value = "no/such/folder/r.html"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SaveDialog)
        assert "the folder does not exist" in shown(app)
    assert list(tmp_path.iterdir()) == []


async def test_escape_cancels_without_writing(tmp_path: Path) -> None:
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("escape")
        await settle(pilot)
    assert app.results == [None]
    assert list(tmp_path.iterdir()) == []


async def test_save_from_the_app_and_reopen_gives_the_same_comparison(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ctrl+s on the compare screen → JSON → the file reads back as the comparison shown."""
    from newsdiff.app.app import NewsDiffApp

    monkeypatch.chdir(tmp_path)
    app = NewsDiffApp(comparison=hostile_comparison())
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, SaveDialog)
        await pilot.click("#save-format-json")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SaveDialog)
        (saved,) = tmp_path.glob("newsdiff-*.json")
        assert any(str(saved) in message for message in messages(app))
    assert load_comparison(saved) == hostile_comparison()


async def test_a_folder_or_relative_name_is_resolved_in_the_dialog_folder(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path, fmt="md"))
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#save-path", Input).value = "reports"
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [tmp_path / "reports" / DEFAULT_HTML.replace(".html", ".md")]
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path, fmt="json"))
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#save-path", Input).value = "mine.json"
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [tmp_path / "mine.json"]
    assert load_comparison(tmp_path / "mine.json") == hostile_comparison()


async def test_svg_saved_from_the_app_is_the_screen_as_well_formed_xml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xml.etree.ElementTree as ElementTree

    from newsdiff.app.app import NewsDiffApp

    monkeypatch.chdir(tmp_path)
    app = NewsDiffApp(comparison=hostile_comparison())
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.click("#save-format-svg")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
    (saved,) = tmp_path.glob("newsdiff-*.svg")
    document = saved.read_text(encoding="utf-8")
    root = ElementTree.fromstring(document)
    assert root.tag.endswith("svg")
    text = "".join(root.itertext()).replace("\xa0", " ")
    assert "Officials" in text and "Save this comparison" not in text
    for control in ["\x1b", "\x07", "\x9b"]:
        assert control not in document


async def test_saving_runs_in_a_worker_and_the_app_stays_responsive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    gate = threading.Event()
    real = dialog_module.write_atomic

    def slow(path: Path, text: str, *, overwrite: bool = False) -> Path:
        gate.wait(10)
        return real(path, text, overwrite=overwrite)

    monkeypatch.setattr(dialog_module, "write_atomic", slow)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#save", Button).disabled
        assert "Saving HTML" in shown(app)
        await pilot.press("enter")  # a second Enter while saving does nothing
        gate.set()
        await settle(pilot)
    assert app.results == [tmp_path / DEFAULT_HTML]
    assert sorted(path.name for path in tmp_path.iterdir()) == [DEFAULT_HTML]


async def test_closing_the_dialog_during_a_save_still_reports_where_it_went(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    gate = threading.Event()
    real = dialog_module.write_atomic

    def slow(path: Path, text: str, *, overwrite: bool = False) -> Path:
        gate.wait(10)
        return real(path, text, overwrite=overwrite)

    monkeypatch.setattr(dialog_module, "write_atomic", slow)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        gate.set()
        await settle(pilot)
        assert any(str(tmp_path / DEFAULT_HTML) in message for message in messages(app))
    assert app.results == [None]
    assert (tmp_path / DEFAULT_HTML).exists()


async def test_enter_enter_on_an_existing_name_never_overwrites(tmp_path: Path) -> None:
    """Regression (#14): ctrl+s, Enter on an existing name, Enter again replaced the file,
    because focus stayed in the name and the second Enter confirmed. No is the default now."""
    target = tmp_path / DEFAULT_HTML
    target.write_text(OLD)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        assert "already exists" in shown(app)
        assert app.screen.focused is app.screen.query_one("#save-keep", Button)
        for _ in range(3):
            await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, SaveDialog)
    assert target.read_text() == OLD
    assert app.results == []


async def test_ctrl_o_overwrites_only_once_asked(tmp_path: Path) -> None:
    """ctrl+o (the deliberate key) replaces the file the dialog asked about; before the
    question it does nothing."""
    target = tmp_path / DEFAULT_HTML
    target.write_text(OLD)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert target.read_text() == OLD
        await pilot.press("enter")
        await settle(pilot)
        assert target.read_text() == OLD
        await pilot.press("ctrl+o")
        await settle(pilot)
    assert app.results == [target]
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


async def test_no_returns_to_the_name_and_says_nothing_was_written(tmp_path: Path) -> None:
    target = tmp_path / DEFAULT_HTML
    target.write_text(OLD)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # No
        path_input = app.screen.query_one("#save-path", Input)
        assert app.screen.focused is path_input
        assert "nothing was written" in shown(app)
        assert str(app.screen.query_one("#save", Button).label) == "Save"


async def test_the_file_name_end_is_in_view(tmp_path: Path) -> None:
    """A long path is scrolled so its end (the name and extension) shows, not its start."""
    deep = tmp_path / ("a-rather-long-folder-name-" * 4)
    deep.mkdir()
    app = Host(SaveDialog(hostile_comparison(), folder=deep))
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        path_input = app.screen.query_one("#save-path", Input)
        assert path_input.cursor_position == len(path_input.value)
        assert path_input.scroll_offset.x > 0


@pytest.mark.parametrize(
    ("typed", "fmt", "start"),
    [
        ("mine.svg", "svg", "<svg"),
        ("mine.md", "md", "# newsdiff: "),
        ("mine.htm", "html", "<!DOCTYPE"),
    ],
)
async def test_a_typed_extension_chooses_the_format(
    tmp_path: Path, typed: str, fmt: str, start: str
) -> None:
    """Typing `mine.svg` with HTML selected saves an SVG (as `-o mine.svg` does), never HTML."""
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path, fmt="json"))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+u", *typed)
        await settle(pilot)
        assert app.screen.query_one(f"#save-format-{fmt}").value
        assert app.screen.query_one("#save-path", Input).value == typed
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [tmp_path / typed]
    assert (tmp_path / typed).read_text(encoding="utf-8").lstrip().startswith(start)
    assert any(f"to {tmp_path / typed}" in message for message in messages(app))


@pytest.mark.parametrize(
    ("typed", "final"),
    [
        ("report", "report.html"),
        ("report.", "report.html"),
        ("Hale vs. Pike", "Hale vs. Pike.html"),
        ("ferry 2026.12.06", "ferry 2026.12.06.html"),
    ],
)
async def test_a_name_without_extension_gets_the_chosen_formats(
    tmp_path: Path, typed: str, final: str
) -> None:
    """`report` saved as HTML is written as `report.html`, and the dialog says so beforehand."""
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+u", *typed)
        await pilot.pause()
        assert f"Saves as {final}: the HTML extension is added" in shown(app)
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [tmp_path / final]
    assert sorted(path.name for path in tmp_path.iterdir()) == [final]
    assert (tmp_path / final).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert any(f"to {tmp_path / final}" in message for message in messages(app))


async def test_a_name_with_another_extension_is_saved_as_typed_and_says_so(
    tmp_path: Path,
) -> None:
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path, fmt="md"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+u", *"notes.v2")
        await pilot.pause()
        assert "Saves Markdown as notes.v2, the name as typed" in shown(app)
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [tmp_path / "notes.v2"]
    assert (tmp_path / "notes.v2").read_text(encoding="utf-8").startswith("# newsdiff: ")


async def test_the_added_extension_follows_a_format_chosen_after_typing(tmp_path: Path) -> None:
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+u", *"ferry 2026.12.06")
        await pilot.pause()
        app.screen.query_one("#save-format-md", RadioButton).value = True
        await pilot.pause()
        assert app.screen.query_one("#save-path", Input).value == "ferry 2026.12.06.md"
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [tmp_path / "ferry 2026.12.06.md"]
    assert (tmp_path / "ferry 2026.12.06.md").read_text(encoding="utf-8").startswith("# newsdiff")


async def test_the_overwrite_question_is_about_the_name_with_its_extension(tmp_path: Path) -> None:
    (tmp_path / "report.html").write_text(OLD)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+u", *"report", "enter")
        await settle(pilot)
        assert "report.html already exists" in shown(app)
        await pilot.press("enter")  # No
        await settle(pilot)
    assert (tmp_path / "report.html").read_text() == OLD
    assert not (tmp_path / "report").exists()


async def test_a_loaded_article_is_not_written_over_through_the_added_extension(
    tmp_path: Path,
) -> None:
    article = tmp_path / "story.md"
    article.write_text(OLD)
    app = Host(
        SaveDialog(hostile_comparison(), folder=tmp_path, fmt="md", protected=[str(article)])
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+u", *"story", "enter")
        await settle(pilot)
        assert "never written over" in shown(app)
        await pilot.press("ctrl+o")
        await settle(pilot)
    assert article.read_text() == OLD
    assert app.results == []


def filled(app: App[None]) -> list[str]:
    """The formats whose button is drawn filled: what a screen without colour shows chosen."""
    return [
        str(button.id).removeprefix("save-format-")
        for button in app.screen.query(RadioButton)
        if "●" in str(button.render())
    ]


async def test_only_the_chosen_format_is_drawn_filled_so_it_shows_without_colour(
    tmp_path: Path,
) -> None:
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert filled(app) == ["html"]
        app.screen.query_one("#save-format-md", RadioButton).value = True
        await pilot.pause()
        assert filled(app) == ["md"]
        await pilot.press("ctrl+u", *"report.json")
        await pilot.pause()
        assert filled(app) == ["json"]


@pytest.mark.parametrize(("offered", "chosen"), [("md", "json"), ("svg", "md"), ("json", "html")])
async def test_the_arrow_keys_start_from_the_offered_format(
    tmp_path: Path, offered: str, chosen: str
) -> None:
    """The sixth trial: the dialog reopened with the last format (Markdown) chosen, but the
    format row's keyboard cursor sat on HTML, so shift+tab, → and enter chose SVG, not JSON."""
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path, fmt=offered))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("shift+tab", "right", "enter")
        await pilot.pause()
        path = app.screen.query_one("#save-path", Input).value
        assert path.endswith({"json": ".json", "md": ".md", "html": ".html"}[chosen]), path
        assert app.screen.query_one(f"#save-format-{chosen}", RadioButton).value


async def test_no_keep_it_leaves_the_new_name_button_it_tells_you_to_press(
    tmp_path: Path,
) -> None:
    """The twelfth trial: ctrl+s, enter on an existing name, enter (No, keep it) said
    ``Type another name, or press New name.`` over Save and Cancel alone. The button stays
    and gives the next free name; the file kept is untouched."""
    target = tmp_path / DEFAULT_HTML
    target.write_text(OLD)
    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # No, keep it
        await settle(pilot)
        assert "press New name" in shown(app)
        rename = app.screen.query_one("#save-rename", Button)
        assert rename.display, "the message offers a button that is not there"
        await pilot.click("#save-rename")
        await settle(pilot)
        assert app.screen.query_one("#save-path", Input).value.endswith("-2.html")
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [target.with_name(target.stem + "-2.html")]
    assert target.read_text() == OLD
