"""Soak: 1,000 seeded random key presses over every screen, on real and hostile articles.

The app must stay alive and consistent: no crash, a screen always showing, the library still
listing every article afterwards, and every saved report inside the folder it was saved to.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hostile import USABLE_CASES
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.load import bundled_seeds_dir

KEYS = [
    # moving and marking in the library; moving in the comparison
    "j", "k", "down", "up", "space", "enter", "g", "G", "pagedown", "pageup",
    # the comparison: columns, counterpart, differences, articles, swap, quotes, thresholds
    "h", "l", "left", "right", "tab", "shift+tab", "n", "N",
    "right_square_bracket", "left_square_bracket", "right_curly_bracket", "left_curly_bracket",
    "s", "q", "t", "minus", "plus",
    # saving, help, theme, filtering, going back
    "ctrl+s", "question_mark", "ctrl+t", "slash", "a", "x", "backspace", "escape", "escape",
]  # fmt: skip

SMALL_HOSTILE = {
    "utf16", "cp1252", "bom", "crlf", "cr", "quotes_unbalanced", "rich_markup", "escapes",
    "bidi_zero_width", "cjk_emoji_rtl", "html_in_text", "name_quote", "name_unicode",
}  # fmt: skip


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    for case in USABLE_CASES:
        if case.name in SMALL_HOSTILE:
            case.make(folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    return folder


async def soak(app: NewsDiffApp, seed: int, presses: int) -> None:
    rng = random.Random(seed)
    async with app.run_test(size=(110, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        article_count = len(app.articles)
        assert article_count > 0
        for step in range(presses):
            await pilot.press(rng.choice(KEYS))
            if step % 50 == 0:
                await app.workers.wait_for_complete()
            assert app.is_running, f"app stopped at step {step}"
            assert app.screen is not None
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(6):  # back out of any dialog and comparison
            if len(app.screen_stack) == 1:
                break
            await pilot.press("escape")
            await pilot.pause()
        assert app.is_running
        assert len(app.screen_stack) == 1
        assert len(app.articles) == article_count


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saves land in a scratch folder; no user config is read."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDIFF_CONFIG", str(tmp_path / "config.toml"))


async def test_soak_on_bundled_articles(tmp_path: Path) -> None:
    await soak(NewsDiffApp([bundled_seeds_dir()], theme="textual-dark"), seed=7, presses=600)
    for saved in tmp_path.rglob("newsdiff-*"):
        assert saved.stat().st_size > 0


async def test_soak_on_hostile_folder(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    await soak(NewsDiffApp([folder], theme="textual-dark"), seed=11, presses=400)
