"""What the eleventh user trial left on the Story screen (#16, appfix12): outlet names cut
inside themselves on the pair view's status line and in the 80-column matrix key, the story's
status line without the cursor's place, claim lines cut inside a word."""

from __future__ import annotations

from dataclasses import replace

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.core.story import Story
from story_factory import open_story, wire_story
from textual.widgets import DataTable, OptionList

NAMES = ["harbourgazette.txt", "nyt.txt", "valleycourier.txt", "foxnews.txt", "usatoday.txt"]


def named_wire_story(names: list[str] = NAMES) -> Story:
    """:func:`wire_story` of ``len(names)`` outlets, each file named after an outlet."""
    story = wire_story(len(names))
    articles = tuple(
        replace(article, path=name) for article, name in zip(story.articles, names, strict=True)
    )
    return replace(story, articles=articles)


async def _story_app(monkeypatch: pytest.MonkeyPatch, story: Story) -> NewsDiffApp:
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    return NewsDiffApp(theme="textual-dark")


@pytest.mark.parametrize("columns", [80, 100, 120])
async def test_the_pair_views_status_line_never_cuts_an_outlet_name(
    monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """The trial (120 columns, enter on a matrix cell): ``carried by 5 of 5: breitbart.t… ·
    i: all``. The names go without the extension all five share, a cut list ends at a whole
    name and says how many it left out."""
    story = named_wire_story()
    app = await _story_app(monkeypatch, story)
    async with app.run_test(size=(columns, 30)) as pilot:
        screen = await open_story(pilot, app, story)
        matrix = screen.query_one("#matrix", DataTable)
        matrix.focus()
        await pilot.press("enter")  # the first pair: 1 against 2
        await app.workers.wait_for_complete()
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        status = compare.query_one(EvidenceLine).render().plain
    assert "carried by 5 of 5" in status, status
    listed = status.split("carried by 5 of 5", 1)[1].removesuffix(" · i: all")
    assert "…" not in listed and ".txt" not in listed, status
    short = [name.removesuffix(".txt") for name in NAMES]
    names = listed.removeprefix(": ").split(" +")[0].split(", ") if listed else []
    assert all(name in short for name in names), status
    left = len(short) - len(names)
    assert (f" +{left} more" in listed) == (0 < left < len(short)), status


async def test_at_80_columns_the_matrix_key_gives_the_names_room_before_the_titles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trial at 80×24: the key cut the names to 5 cells (``breit…``) and kept 20 for the
    titles. A name is what enter compares; the names go whole (without the extension they all
    share) and the titles get what is left."""
    story = named_wire_story()
    app = await _story_app(monkeypatch, story)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(pilot, app, story)
        widget = screen.query_one("#matrix-key")
        key = str(widget.render()).split("\n")
    shown = [line.split()[1] for line in key]
    assert shown == [name.removesuffix(".txt") for name in NAMES], key


def long_claims_story(count: int = 6) -> Story:
    """:func:`wire_story` of ``count`` outlets whose own sentences are long, each a few
    characters longer than the last, so a line cut at any width falls inside some word."""
    story = wire_story(count)
    sentences = []
    for k, own in enumerate(story.sentences):
        words = (
            f"Outlet {k + 1} reported that the Harrowgate spillway gates opened at dawn while "
            f"farmers below Kelsby moved {7 * (k + 1) ** 3} cattle to the northern pastures"
        )
        sentences.append((own[0], replace(own[1], text=words + ".")))
    return replace(story, sentences=tuple(sentences))


@pytest.mark.parametrize("size", [(80, 24), (120, 30), (200, 50)])
async def test_a_claim_line_is_cut_at_a_word(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """The trial: claim lines ended ``…Netanyahu sa…`` at every width. A line too long for the
    list ends after its last whole word."""
    story = long_claims_story()
    app = await _story_app(monkeypatch, story)
    async with app.run_test(size=size) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        rows = [claims.render_line(y).text.rstrip() for y in range(claims.option_count)]
        prompts = [claims.get_option_at_index(y).prompt.plain for y in range(len(rows))]
    cut = 0
    for row, prompt in zip(rows, prompts, strict=True):
        sentence = prompt.split("] ", 1)[1]
        if not row.endswith("…"):
            assert row == prompt.rstrip(), row
            continue
        cut += 1
        shown = row.split("] ", 1)[1].removesuffix("…").rstrip()
        assert sentence.startswith(shown) and sentence[len(shown)] == " ", (row, sentence)
    assert cut, "premise: some line too long for the list"


async def test_the_story_status_line_says_where_the_cursor_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trial: ``103 of 103 claims`` whatever the claim highlighted; moving with ``j``
    showed no place in the list. The status line counts the cursor's row, and with a filter
    on, of how many shown."""
    story = long_claims_story()
    total = len(story.claims)
    app = await _story_app(monkeypatch, story)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        status = screen.query_one("#story-status")
        await pilot.press("j", "j")
        await pilot.pause()
        assert f"row 3 of {total} claims" in str(status.render())
        await pilot.press("1")  # only claims in one outlet: the wire claim hidden
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert f"row 2 of {total - 1} shown ({total} claims)" in str(status.render())


async def test_both_heads_show_their_file_names_alike_at_100_columns(seed_paths) -> None:
    """The lead at 100×30 on the bundled articles, the quote sidebar open: the left head read
    ``001_9da1c0d15292406f`` (the extension dropped: its column is a cell narrower), the right
    ``002_e581e7a8d02f329a.txt``. Both heads drop it, as the eleventh trial meant."""
    from newsdiff.app.widgets.column_header import ColumnHeads

    app = NewsDiffApp()
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        app.open_comparison(1, 2, articles=app.articles)
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        sources = str(app.screen.query_one(ColumnHeads).render()).split("\n")[1].split("│")
    stems = [path.stem for path in seed_paths[1:3]]
    shown = [part.split()[0] for part in sources]
    assert shown == stems, sources
