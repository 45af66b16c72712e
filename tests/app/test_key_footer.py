"""The footer: keys in the first frame, it follows focus, a burst of changes rebuilds it once.

Textual's Footer composes empty and rebuilds after a refresh once per "bindings updated" signal,
so the library used to be painted ~100 ms (several frames) before its footer.
"""

from __future__ import annotations

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.key_footer import KeyFooter
from textual.widgets._footer import FooterKey

SIZE = (120, 36)


def footer_keys(screen: LibraryScreen) -> list[str]:
    """The descriptions of the keys the footer shows, in order."""
    return [key.description for key in screen.query_one(KeyFooter).query(FooterKey) if key.display]


async def test_keys_are_painted_before_the_corpus_is_loaded(held_corpus, monkeypatch) -> None:
    """The footer has the app's keys when the screen mounts (before its first frame), and the
    table's keys once the rows are there."""
    at_mount: list[list[str]] = []
    real_on_mount = LibraryScreen.on_mount

    def on_mount(self: LibraryScreen) -> None:
        at_mount.append(footer_keys(self))
        real_on_mount(self)

    monkeypatch.setattr(LibraryScreen, "on_mount", on_mount)
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert not screen.loaded
        assert "Quit" in at_mount[0] and "palette" in at_mount[0]
        held_corpus.set()
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert screen.loaded
        keys = footer_keys(screen)
        assert keys[:3] == ["Help", "Compare", "Mark"]
        assert "Quit" in keys and "palette" in keys


async def test_a_burst_of_binding_changes_rebuilds_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Five changes before a refresh: one rebuild, which shows the last state; the keys shown
    did not change, so nothing is composed again."""
    rebuilds: list[int] = []
    recomposed: list[int] = []
    real_rebuild, real_recompose = KeyFooter._rebuild, KeyFooter.recompose

    async def counting_rebuild(self: KeyFooter) -> None:
        rebuilds.append(1)
        await real_rebuild(self)

    async def counting_recompose(self: KeyFooter) -> None:
        recomposed.append(1)
        await real_recompose(self)

    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        monkeypatch.setattr(KeyFooter, "_rebuild", counting_rebuild)
        monkeypatch.setattr(KeyFooter, "recompose", counting_recompose)
        for _ in range(5):
            screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert len(rebuilds) == 1
        assert not recomposed
        assert footer_keys(screen)[:3] == ["Help", "Compare", "Mark"]


async def test_a_text_field_hides_its_keys_in_place_and_shows_them_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the library's filter has focus, the letters it types are not keys: the footer
    hides them (and shows f1 for help, ? being text) without composing itself again, and shows
    the same keys as before once the filter is closed."""
    recomposed: list[int] = []
    real_recompose = KeyFooter.recompose

    async def counting_recompose(self: KeyFooter) -> None:
        recomposed.append(1)
        await real_recompose(self)

    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        before = footer_keys(screen)
        monkeypatch.setattr(KeyFooter, "recompose", counting_recompose)
        await pilot.press("slash")
        await pilot.pause()
        typing = footer_keys(screen)
        assert "Mark" not in typing and "Quit" in typing
        keys = {key.description: key.key for key in screen.query(FooterKey) if key.display}
        assert keys.get("Help", "f1") == "f1"
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert footer_keys(screen) == before
        assert not recomposed


@pytest.mark.parametrize("width", [80, 120])
async def test_the_help_key_is_in_view_on_a_crowded_compare_footer(width: int) -> None:
    """The compare screen has more keys than 120 columns hold; `? Help`, which lists them all,
    is never the one cut off."""
    from app_factory import sample

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        keys = [key for key in footer.query(FooterKey) if key.display]
        (help_key,) = [key for key in keys if key.description == "Help"]
        assert help_key.region.right <= width and help_key.region.width > 0
        assert help_key.key_display == "?"
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


@pytest.mark.parametrize(
    ("width", "whole"),
    [
        (80, ["Help", "Pair", "Next diff", "Search", "Conflict", "Next right"]),
        (
            120,
            ["Help", "Pair", "Next diff", "Search", "Conflict", "Next right", "Next left"]
            + ["Swap", "Fold", "Filter", "Copy"],
        ),
    ],
)
async def test_the_counterpart_key_is_not_named_like_a_search_match(width, whole) -> None:
    """`enter` jumps to the paired sentence: its label says "Pair", never "Match" (which reads
    as a search match next to `/ Search`), and it is short enough that every key that showed
    whole at 80 and 120 columns still does."""
    from app_factory import sample

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        keys = [key for key in footer.query(FooterKey) if key.display]
        shown = [key.description for key in keys if key.region.right <= width - 12]
        assert "Match" not in [key.description for key in keys]
        (pair,) = [key for key in keys if key.description == "Pair"]
        assert pair.key_display == "⏎"
        for name in whole:
            assert name in shown, (name, shown)
