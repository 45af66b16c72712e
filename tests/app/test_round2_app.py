"""Hardening round 2 (issue 13) in the app: markup in names, a file compared with itself, the
save dialog's odd paths, a hostile keymap, loaded articles never overwritten, crash status."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.keymap import load_keymap, valid_key
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.screens.save_dialog import SaveDialog
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.core.compare import compare_texts
from newsdiff.core.models import Comparison
from newsdiff.core.sanitize import is_safe, visible
from newsdiff.core.serialize import load_comparison
from textual.pilot import Pilot
from textual.widgets import Input, Static

SIZE = (120, 36)
TEXT = (
    "Council approves the bridge\n\n"
    'The council voted on Tuesday to fund the bridge. "It is a good day," the mayor said.\n'
)
MARKUP_NAMES = ["[link=x:y]a.txt", "[@click=app.quit]b.txt"]


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def messages(app: NewsDiffApp) -> list[str]:
    return [notification.message for notification in app._notifications]


def with_paths(comparison: Comparison, left: str, right: str) -> Comparison:
    return dataclasses.replace(
        comparison,
        left=dataclasses.replace(
            comparison.left, article=dataclasses.replace(comparison.left.article, path=left)
        ),
        right=dataclasses.replace(
            comparison.right, article=dataclasses.replace(comparison.right.article, path=right)
        ),
    )


# --- item 4: every string from a file or path is text ---------------------------------------


async def test_markup_in_a_file_name_is_shown_literally_when_comparing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdiff.app import engine

    for name in MARKUP_NAMES:
        (tmp_path / name).write_text(TEXT, encoding="utf-8")

    def failing(left, right, corpus):  # the error message quotes the file names
        raise ValueError(f"cannot read {left.path} and {right.path}")

    monkeypatch.setattr(engine, "prepare_pair", failing)
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        # back in the library: the pair never showed (appfix17)
        assert app.is_running and isinstance(app.screen, LibraryScreen)
        (failure,) = [m for m in messages(app) if m.startswith("Could not compare")]
        assert all(name in failure for name in MARKUP_NAMES)


@pytest.mark.parametrize(
    "message", ["[link=x:y]boom", "[@click=app.quit]x", "[bold", "\x1b]0;PWNED\x07 title\x9b2J"]
)
async def test_no_notification_is_markup_or_carries_a_control(message: str) -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        app.notify(message, title=message)  # markup=True by default in Textual
        app.screen.notify(message, markup=True)
        await pilot.pause()
        await pilot.pause()
        assert app.is_running
        shown = list(app._notifications)
        assert len(shown) == 2
        assert all(not n.markup and is_safe(n.message) and is_safe(n.title) for n in shown)
        assert all(n.message == visible(message) for n in shown)  # literal, one for one


# --- item 5: reopening a comparison of a file with itself -----------------------------------


async def test_a_saved_comparison_of_a_file_with_itself_reopens() -> None:
    comparison = compare_texts(TEXT, TEXT)
    same = with_paths(comparison, "story.txt", "story.txt")
    app = NewsDiffApp(comparison=same)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, CompareScreen)
        assert app.screen.comparison == same
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one(ArticleTable).row_count == 1


# --- the save dialog --------------------------------------------------------------------------


async def open_save(pilot: Pilot[None]) -> SaveDialog:
    await settle(pilot)
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SaveDialog)
    return pilot.app.screen


async def type_path(pilot: Pilot[None], path: str) -> None:
    pilot.app.screen.query_one("#save-path", Input).value = path
    await pilot.pause()
    await pilot.click("#save")
    await settle(pilot)


def dialog_message(app: NewsDiffApp) -> str:
    return str(app.screen.query_one("#save-message", Static).render())


@pytest.mark.parametrize("path", ["~nosuchuser-newsdiff/x.html", "~no such user/x.html", "a\0b"])
async def test_a_save_path_that_names_no_file_is_an_error_in_the_dialog(path: str) -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        await open_save(pilot)
        await type_path(pilot, path)
        assert app.is_running and isinstance(app.screen, SaveDialog)
        assert "-error" in app.screen.query_one("#save-message").classes
        assert is_safe(dialog_message(app))


@pytest.mark.parametrize("fmt", ["html", "md", "svg", "json"])
async def test_a_comparison_of_non_utf8_file_names_saves_in_every_format(
    fmt: str, tmp_path: Path
) -> None:
    comparison = with_paths(sample(), "in/bad\udcffname.txt", "in/\udcfe\udcfd.txt")
    app = NewsDiffApp(comparison=comparison)
    target = tmp_path / f"report.{fmt}"
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_save(pilot)
        await pilot.click(f"#save-format-{fmt}")
        await type_path(pilot, str(target))
        assert not isinstance(app.screen, SaveDialog), dialog_message(app)
    content = target.read_bytes().decode("utf-8")  # valid UTF-8 throughout
    if fmt == "svg":  # the screenshot: well-formed, the name shown with a visible stand-in
        ElementTree.fromstring(content)
    else:
        assert "bad\\xffname.txt" in content.replace("\\\\", "\\")
    if fmt == "json":
        assert json.loads(content)["left"]["path"] == "in/bad\\xffname.txt"
        assert load_comparison(target).left.article.path == "in/bad\\xffname.txt"


# --- item 11: the app never saves over a loaded article ---------------------------------------


async def test_save_refuses_to_write_over_a_loaded_article_even_when_confirmed(
    tmp_path: Path,
) -> None:
    for name, text in (
        ("a.txt", TEXT),
        ("b.txt", TEXT.replace("Tuesday", "Monday")),
        ("c.txt", TEXT),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "link.html").symlink_to(tmp_path / "c.txt")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await open_save(pilot)
        for path in ("a.txt", "b.txt", str(tmp_path / "c.txt"), "link.html"):
            app.screen.folder = tmp_path
            await type_path(pilot, path)
            await pilot.click("#save")  # pressing again never turns into "Overwrite"
            await settle(pilot)
            assert isinstance(app.screen, SaveDialog)
            assert "an article loaded in newsdiff" in dialog_message(app)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == TEXT


# --- item 12: a hostile keymap -----------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["\x1b]0;PWNED\x07", "[link=x:y]", "\x9b2J", "a b", "ctrl+\x1b", "", "x" * 300, "\u0301"]
)
def test_a_hostile_key_is_not_valid(key: str) -> None:
    assert not valid_key(key)


@pytest.mark.parametrize(
    "key", ["d", "ctrl+q", "question_mark", "f10", "?", "G", "ctrl+shift+left"]
)
def test_ordinary_keys_are_valid(key: str) -> None:
    assert valid_key(key)


async def test_a_hostile_keymap_is_reported_and_nothing_of_it_reaches_the_screen(
    no_user_config: Path,
) -> None:
    no_user_config.parent.mkdir(parents=True)
    no_user_config.write_text(
        "[keys]\n"
        'quit = "\\u001b]0;PWNED\\u0007"\n'
        'help = "[link=x:y]"\n'
        '"[link=a:b]" = "x"\n'
        'next-difference = "d"\n',
        encoding="utf-8",
    )
    keymap, problem = load_keymap()
    assert keymap == {"next-difference": "d"}
    assert problem is not None and is_safe(problem) and "quit" in problem
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert app.is_running
        footer = app.screen.query_one("KeyFooter")
        painted = " ".join(str(child.render()) for child in footer.children)
        assert "PWNED" not in painted and "\x1b" not in painted and "link=" not in painted
        assert any("Key configuration" in n.title for n in app._notifications)
