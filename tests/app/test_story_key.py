"""The story screen's matrix key at 80 columns: every row identifiable by its name and title;
the line under the matrix names the cursor's pair in full."""

from __future__ import annotations

import dataclasses

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.story import Story
from story_factory import open_story, wire_story

TITLES = [
    "Harrowgate dam opens its gates for the first time in forty years",
    "Valley farmers cheer as the Harrowgate reservoir is let go",
    "Water board defends the timing of the dam release",
    "Anglers warn of a silt plume below the Harrowgate dam",
    "Council asks the water board to publish its flood model",
]
HASHES = [
    "5e1c0a9b7d2f4e68",
    "a03b9c1d2e4f5a67",
    "7c2d1e0f9a8b3c45",
    "0f9e8d7c6b5a4321",
    "b1a2c3d4e5f60718",
]


def long_named_story() -> Story:
    """Five outlets named like the bundled articles (``000_<hash>.txt``, 24 characters)."""
    story = wire_story(5)
    articles = tuple(
        dataclasses.replace(a, path=f"/news/{k:03}_{HASHES[k]}.txt", title=TITLES[k])
        for k, a in enumerate(story.articles)
    )
    return dataclasses.replace(story, articles=articles)


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_each_key_row_shows_enough_of_its_title_to_tell_the_rows_apart(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    """At 80 columns a key of whole 24-character names left 2–3 characters of each title;
    now names give up cells (never those that tell them apart) so each title keeps 18 or more."""
    story = long_named_story()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=(width, 24)) as pilot:
        await open_story(pilot, app, story)
        key = app.screen.query_one("#matrix-key")
        region = key.content_region  # what the screen shows of it, an ellipsis's cell left out
        room = min(region.right, width - 1) - region.x - 1
        rows = [row[:room] for row in str(key.render()).splitlines()]
        assert len(rows) == 5
        for k, row in enumerate(rows):
            assert row.startswith(f" {k + 1} ")
            assert TITLES[k][:18] in row, row
        names = [row.split()[1] for row in rows]
        assert len(set(names)) == 5
        if width >= 120:  # room for whole names
            assert names == [f"{k:03}_{HASHES[k]}.txt" for k in range(5)]


async def test_the_line_under_the_matrix_names_the_cursors_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = long_named_story()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_story(pilot, app, story)
        line = app.screen.query_one("#matrix-cell")

        def shown() -> str:
            return str(line.render()).strip()

        assert shown() == f"1 000_{HASHES[0]}.txt → 2 001_{HASHES[1]}.txt: enter compares them"
        await pilot.press("j", "l", "l")
        await pilot.pause()
        assert shown().startswith(f"2 001_{HASHES[1]}.txt → 4 003_{HASHES[3]}.txt")
        await pilot.press("h", "h")
        await pilot.pause()
        assert shown().startswith(f"2 001_{HASHES[1]}.txt: the diagonal")
        await pilot.press("h", "h")  # past column 1: the row numbers
        await pilot.pause()
        assert shown() == f"2 001_{HASHES[1]}.txt: {TITLES[1]}"


async def test_the_key_scrolls_with_the_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twelve articles at 80×24: the matrix scrolls to the cursor's row, and the key's lines
    stay beside their rows (the key kept showing articles 1–7 beside rows 6–12)."""
    story = wire_story(12)
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_story(pilot, app, story)
        matrix = app.screen.query_one("#matrix")
        key = app.screen.query_one("#matrix-key")
        await pilot.press(*["j"] * 11)
        await pilot.pause()
        first = round(matrix.scroll_y)
        assert first > 0
        rows = str(key.render()).splitlines()
        assert rows[0].split()[0] == str(first + 1)
        assert any(row.split()[0] == "12" for row in rows)


@pytest.mark.parametrize("width", [80, 120])
async def test_a_variants_first_line_gives_its_room_to_the_sentence(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    """Five 24-character names (``000_<hash>.txt``): at 120 columns a 20-cell name took 22 of
    the variants pane's 56 cells; now each name keeps 12 cells, still telling the five apart,
    and the first line holds 38 or more cells of the sentence."""
    from textual.widgets import OptionList

    story = long_named_story()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=(width, 44)) as pilot:
        screen = await open_story(pilot, app, story)
        variants = screen.query_one("#variants", OptionList)
        lines = [variants.render_line(y).text for y in range(variants.size.height)]
        firsts = [line for line in lines if line[:3].strip().isdigit()]
        assert len(firsts) == 5, lines
        names = [line[3:].split(": ", 1)[0] for line in firsts]
        assert len(set(names)) == 5 and all(len(name) == 12 for name in names), names
        assert all(name.startswith(f"{k:03}_") for k, name in enumerate(names)), names
        sentence = story.sentences[0][0].text
        assert all(sentence[:38] in line for line in firsts), firsts


def test_short_outlet_names_stay_whole_and_long_ones_keep_what_tells_them_apart() -> None:
    """``foxnews.txt`` and ``nyt.txt`` fit the room whole; two names that differ only past
    their twelfth cell keep the cells that tell them apart, up to the old 20."""
    from newsdiff.app.widgets.story_variants import variant_name_width
    from newsdiff.export.name_cut import cut_names

    assert variant_name_width(["foxnews.txt", "nyt.txt", "huffpost.txt"]) == 12
    assert variant_name_width(["a.txt", "bb.txt"]) == 6
    apart = ["coast-herald-2026-05-01-morning.txt", "coast-herald-2026-05-02-morning.txt"]
    width = variant_name_width(apart)
    assert 12 < width <= 20
    assert len(set(cut_names(apart, width))) == 2


async def test_an_extension_every_outlet_shares_is_not_what_the_pane_spends_cells_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``breitbart.txt`` (13 characters) was cut to ``breitbart.t…`` in the 12-cell room: the
    ``.txt`` every outlet has tells none apart, so the pane drops it and shows ``breitbart``
    whole (the reports and the JSON keep the paths)."""
    from textual.widgets import OptionList

    story = wire_story(3)
    outlets = ["breitbart", "guardian", "washingtonpost"]
    articles = tuple(
        dataclasses.replace(a, path=f"/news/{outlets[k]}.txt") for k, a in enumerate(story.articles)
    )
    story = dataclasses.replace(story, articles=articles)
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        variants = screen.query_one("#variants", OptionList)
        lines = [variants.render_line(y).text for y in range(variants.size.height)]
        firsts = [line for line in lines if line[:3].strip().isdigit()]
        names = [line[3:].split(": ", 1)[0] for line in firsts]
        assert names == ["breitbart", "guardian", "washingtonp…"], names


def test_only_an_extension_all_names_share_is_dropped() -> None:
    from newsdiff.app.widgets.story_variants import without_shared_extension

    assert without_shared_extension(["cnn.txt", "bbc.txt"]) == ["cnn", "bbc"]
    assert without_shared_extension(["cnn.txt", "bbc.html"]) == ["cnn.txt", "bbc.html"]
    assert without_shared_extension(["cnn.txt", "README"]) == ["cnn.txt", "README"]
    assert without_shared_extension([".txt", "a.txt"]) == [".txt", "a.txt"]
    assert without_shared_extension(["one.txt"]) == ["one.txt"]
