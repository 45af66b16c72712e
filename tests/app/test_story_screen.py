"""The Story screen: the library key, Enter on a matrix cell and on a claim, sort and filters."""

from __future__ import annotations

import re

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.story import StoryScreen
from newsdiff.app.widgets.diff_view import DiffView
from story_factory import open_story, sample_story
from textual.widgets import DataTable, OptionList


async def test_s_opens_the_story_and_enter_on_a_cell_compares_that_pair(story_app) -> None:
    async with story_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        table = screen.query_one("#matrix", DataTable)
        table.focus()
        table.move_cursor(row=2, column=2)  # article 3 against article 2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(story_app.screen, CompareScreen)
        assert (story_app.screen.left_index, story_app.screen.right_index) == (2, 1)
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        # provenance: the cursor sentence's claim, counted over the corpus
        assert "carried by" in story_app.screen.sub_title
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(story_app.screen, StoryScreen)


async def test_enter_on_a_claim_compares_at_its_sentence(story_app) -> None:
    async with story_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("c")  # conflicts only: the six / nine weeks claim
        await pilot.pause()
        assert claims.option_count == 1
        await pilot.press("enter")
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        compare = story_app.screen
        assert isinstance(compare, CompareScreen)
        assert (compare.left_index, compare.right_index) == (0, 1)
        cursor = compare.query_one(DiffView).cursor
        assert cursor is not None and (cursor.side, cursor.index) == ("left", 1)


async def test_sort_and_filters(story_app) -> None:
    async with story_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        story = sample_story()
        assert [len(story.claims[k].outlets) for k in screen.shown][:2] == [3, 3]
        await pilot.press("o")  # conflicts first
        assert story.claims[screen.shown[0]].conflict
        await pilot.press("o")  # reading order
        assert screen.shown == list(range(len(story.claims)))
        await pilot.press("1")
        assert all(len(story.claims[k].outlets) == 1 for k in screen.shown)
        assert len(screen.shown) == 3
        await pilot.press("1", "c")
        assert [story.claims[k].conflict for k in screen.shown] == [True]


async def test_progress_shows_and_escape_cancels_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from newsdiff.core.story import StoryCancelled
    from textual.widgets import ProgressBar

    started = threading.Event()
    stopped = threading.Event()

    def slow(articles, settings, progress, cancelled):
        progress(0.25)
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        stopped.set()
        raise StoryCancelled

    monkeypatch.setattr(engine, "build_story", slow)
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.articles = sample_story().articles
        await pilot.press("s")
        assert started.wait(5)
        await pilot.pause(0.1)
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        assert screen.query_one(ProgressBar).progress == 25
        await pilot.press("escape")
        assert stopped.wait(5)
        await pilot.pause()
        assert not isinstance(app.screen, StoryScreen)


def _screen_text(view: DiffView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_pair_view_counts_the_outlets_of_every_sentence(story_app) -> None:
    """Opened from the story, each sentence shows how many articles carry its claim, and the
    status line names them for the cursor sentence."""
    from newsdiff.app.widgets.evidence_line import EvidenceLine

    async with story_app.run_test(size=(160, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("enter")  # the closure claim: in all three outlets, 1 against 2
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        compare = story_app.screen
        assert isinstance(compare, CompareScreen)
        view = compare.query_one(DiffView)
        story = sample_story()
        outlets: dict[tuple[int, int], set[int]] = {}  # own claim's outlets
        own: dict[tuple[int, int], int] = {}
        for number, claim in enumerate(story.claims):
            for position in claim.variants:
                outlets[position] = set(claim.outlets)
                own[position] = number
        counted = {position: set(found) for position, found in outlets.items()}
        comparison = view.comparison
        assert comparison is not None
        for i, aligned in enumerate(comparison.left.sentences):  # a row's link to another
            for link in aligned.links:  # claim counts that claim's outlets too (13th round)
                a, b = (0, i), (1, link.index)
                if a in own and b in own and own[a] != own[b]:
                    counted[a] |= outlets[b]
                    counted[b] |= outlets[a]
        expected = {
            (side, index): f"{len(counted[(article, index)])}/3"
            for side, article in (("left", 0), ("right", 1))
            for where, index in counted
            if where == article
        }
        assert dict(view.carried) == expected
        assert view.carried[("left", 3)] == "1/3"  # the bakery: this outlet alone
        text = _screen_text(view)
        assert "3/3" in text and "1/3" in text and "2/3" in text
        status = compare.query_one(EvidenceLine).render().plain
        assert "carried by 3 of 3: outlet-1.txt, outlet-2.txt, outlet-3.txt" in status
        await pilot.press("j")  # the next sentence: its own claim's outlets
        await pilot.pause()
        cursor = view.cursor
        assert cursor is not None
        count = view.carried[(cursor.side, cursor.index)].split("/")[0]
        assert f"carried by {count} of 3" in compare.query_one(EvidenceLine).render().plain


async def test_pair_view_has_no_count_column_before_a_story_is_known() -> None:
    from app_factory import sample
    from newsdiff.app.widgets.diff_layout import gutter_width
    from newsdiff.app.widgets.evidence_line import EvidenceLine

    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        assert view.carried == {}
        layout = view.line_layout
        assert layout is not None and view.comparison is not None
        assert layout.geometry.gutter == gutter_width(view.comparison)
        assert "carried by" not in app.screen.query_one(EvidenceLine).render().plain


async def _matrix_key(monkeypatch: pytest.MonkeyPatch, story) -> list[str]:
    """The rows of the story screen's matrix key for ``story``."""
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    async with app.run_test(size=(120, 36)) as pilot:
        await open_story(pilot, app, story)
        return str(app.screen.query_one("#matrix-key").render()).splitlines()


async def test_the_matrix_key_cuts_a_long_file_name_with_an_ellipsis_and_aligns_titles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file name longer than the key holds ends in `…` (never cut silently), and the titles
    start in one column just after the longest name shown (no wasted padding)."""
    import dataclasses

    story = sample_story()
    long_name = "outlet-with-a-much-longer-file-name-than-fits.txt"
    first = dataclasses.replace(story.articles[0], path=f"/news/{long_name}")
    story = dataclasses.replace(story, articles=(first, *story.articles[1:]))
    rows = await _matrix_key(monkeypatch, story)
    assert len(rows) == 3
    shown = rows[0].split()[1]
    assert shown.endswith("…") and long_name.startswith(shown[:-1])
    starts = {row.index(a.title[:10]) for row, a in zip(rows, story.articles, strict=True)}
    assert len(starts) == 1
    short = sample_story()
    first_row = (await _matrix_key(monkeypatch, short))[0]
    assert f"outlet-1.txt  {short.articles[0].title[:10]}" in first_row


async def test_an_empty_filtered_list_says_why_and_which_keys_undo_it(story_app) -> None:
    async with story_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        claims = screen.query_one("#claims", OptionList)
        await pilot.press("1", "c")  # one outlet only, and a conflict: none in the sample
        await pilot.pause()
        assert screen.shown == []
        (option,) = claims.options
        assert option.disabled and str(option.prompt) == "No one-outlet claim with a conflict"
        (why,) = screen.query_one("#variants", OptionList).options
        assert why.disabled and "Press 1 and c to show every claim" in str(why.prompt)
        await pilot.press("1")
        await pilot.pause()
        assert screen.shown and all(not option.disabled for option in claims.options)


async def test_the_matrix_key_names_the_folder_of_a_file_name_seen_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two folders with a `nyt.txt` each: the key says which is which (a long name is cut as
    the library's File column cuts it: both ends of the folder, where what tells it apart is,
    and the file name), a name no other file has stays bare."""
    import dataclasses

    story = sample_story()
    first, second, third = story.articles
    articles = (
        dataclasses.replace(first, path="/news/regional-desk-event-eight/nyt.txt"),
        dataclasses.replace(second, path="/news/basil-1/nyt.txt"),
        third,
    )
    rows = await _matrix_key(monkeypatch, dataclasses.replace(story, articles=articles))
    names = [row.split()[1] for row in rows]
    assert names[0] == "regional-de…ight/nyt.txt"
    assert names[1:] == ["basil-1/nyt.txt", "outlet-3.txt"]


async def test_the_variants_of_one_outlet_are_listed_together(monkeypatch) -> None:
    """A claim one outlet carries twice (its headline, and a sentence whose own claim is
    another): the variants pane lists that outlet's two variants one under the other, each
    with its sentence number, and the claim's line counts three outlets, not four variants."""
    from story_factory import story_with_an_outlet_twice

    story, both, _lone = story_with_an_outlet_twice()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        assert isinstance(screen, StoryScreen)
        claims = screen.query_one("#claims", OptionList)
        claims.highlighted = screen.shown.index(both)
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        ids = [variants.get_option_at_index(k).id for k in range(variants.option_count)]
        assert ids == ["0:0", "1:0", "1:1", "2:0"]
        # the outlet's two lines told apart by sentence number (13th round: both read
        # ``2 outlet-2:``); an outlet with one variant keeps its plain name
        heads = [
            str(variants.get_option_at_index(k).prompt).split(":")[0].strip()
            for k in range(variants.option_count)
        ]
        assert heads == ["1 outlet-1", "2 outlet-2 S1", "2 outlet-2 S2 (also)", "3 outlet-3"]
        prompt = str(claims.get_option_at_index(claims.highlighted).prompt)
        assert prompt.lstrip().startswith("3/3")


async def _story_screen(monkeypatch, story, size=(120, 36)):
    """The app with ``story`` as the story of its articles (run it with ``run_test``)."""
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    return app


async def test_a_claim_of_thirty_outlets_still_shows_its_words(monkeypatch) -> None:
    """Thirty outlets carrying one wire sentence: the claim's line says which outlets in a few
    characters (``1–30``) and keeps the sentence's words in view, at 120 and 80 columns."""
    from story_factory import wire_story

    story = wire_story(30)
    for width in (120, 80):
        app = await _story_screen(monkeypatch, story)
        async with app.run_test(size=(width, 36)) as pilot:
            screen = await open_story(pilot, app, story)
            claims = screen.query_one("#claims", OptionList)
            line = claims.render_line(0).text
            assert "30/30" in line and "[1–30]" in line
            assert "The Harrowgate dam" in line, line


async def test_enter_on_a_conflicting_claim_opens_the_pair_that_disagrees(monkeypatch) -> None:
    """Outlets 1 and 2 agree, 3 disagrees with 2: Enter on the claim opens 2 against 3 with the
    cursor on 2's sentence, not the first carrier against an outlet that agrees with it."""
    from story_factory import late_conflict_story

    story = late_conflict_story()
    app = await _story_screen(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("c")
        await pilot.pause()
        assert claims.option_count == 1
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert (compare.left_index, compare.right_index) == (1, 2)
        cursor = compare.query_one(DiffView).cursor
        assert cursor is not None and (cursor.side, cursor.index) == ("left", 1)


async def test_the_variants_that_disagree_are_marked(monkeypatch) -> None:
    """A conflicting claim of three outlets, two of which agree: the variants pane marks the
    two variants of the conflict link with ≠, not the one that agrees."""
    from story_factory import late_conflict_story

    story = late_conflict_story()
    app = await _story_screen(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        await pilot.press("c")
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        lines = [variants.render_line(y).text for y in range(variants.size.height)]
        firsts = [line for line in lines if re.match(r" ?\d+ \S+: ", line)]
        marked = [line.split()[0] for line in firsts if "≠" in line]
        plain = [line.split()[0] for line in firsts if "≠" not in line]
        assert marked == ["2", "3"] and plain == ["1"], lines


async def test_a_variant_that_disagrees_names_the_outlet_it_contradicts(monkeypatch) -> None:
    """Three outlets on one claim: ``≠`` alone does not say who contradicts whom, so each
    marked variant names the outlet at the other end of its conflict link (outlet 3 contradicts
    outlet 2, not the first carrier); the extension every file shares is dropped from the
    names (``outlet-2``, not ``outlet-2.txt``)."""
    from story_factory import late_conflict_story

    story = late_conflict_story()
    app = await _story_screen(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        await pilot.press("c")
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        lines = [variants.render_line(y).text for y in range(variants.size.height)]
        firsts = [line.strip() for line in lines if re.match(r" ?\d+ \S+: ", line)]
        assert [line.split(" · ")[0] for line in firsts[1:]] == [
            "2 outlet-2: ≠ outlet-3",
            "3 outlet-3: ≠ outlet-2",
        ], firsts
        assert firsts[0].startswith("1 outlet-1: ") and "≠" not in firsts[0]


async def test_enter_on_a_variant_that_disagrees_opens_it_against_the_one_it_contradicts(
    monkeypatch,
) -> None:
    """Outlet 3's variant (≠) contradicts outlet 2's, not the first carrier's: Enter on it
    compares 3 with 2, the cursor on 3's sentence."""
    from story_factory import late_conflict_story

    story = late_conflict_story()
    app = await _story_screen(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        await pilot.press("c")
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        variants.focus()
        ids = [variants.get_option_at_index(k).id for k in range(variants.option_count)]
        variants.highlighted = ids.index("2:3")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert (compare.left_index, compare.right_index) == (2, 1)
        cursor = compare.query_one(DiffView).cursor
        assert cursor is not None and (cursor.side, cursor.index) == ("left", 3)


async def test_at_80_columns_a_claims_line_shows_its_words(monkeypatch) -> None:
    """At 80×24 the claims list sits above the variants, so a claim's line shows its outlet
    count, its outlets and most of its words (side by side it kept about 20 characters); from
    100 columns the panes stay side by side."""
    from story_factory import wire_story

    story = wire_story(30)
    for size in ((80, 24), (120, 36)):
        app = await _story_screen(monkeypatch, story)
        async with app.run_test(size=size) as pilot:
            screen = await open_story(pilot, app, story)
            claims = screen.query_one("#claims", OptionList)
            variants = screen.query_one("#variants", OptionList)
            line = claims.render_line(0).text
            assert "30/30" in line and "[1–30]" in line
            assert "The Harrowgate dam released water" in line, line
            if size[0] == 80:
                assert "The Harrowgate dam released water for the first time" in line, line
                assert variants.region.y >= claims.region.bottom
                assert variants.region.height >= 5 and claims.region.height >= 5
            else:
                assert variants.region.x >= claims.region.right


async def test_j_k_h_l_move_the_matrix_and_the_claims_list(story_app) -> None:
    async with story_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        table = screen.query_one("#matrix", DataTable)
        assert screen.focused is table
        table.move_cursor(row=0, column=0)
        await pilot.press("j", "l", "l")
        assert (table.cursor_row, table.cursor_column) == (1, 2)
        await pilot.press("k", "h")
        assert (table.cursor_row, table.cursor_column) == (0, 1)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        claims.highlighted = 0
        await pilot.press("j", "j")
        assert claims.highlighted == 2
        await pilot.press("k")
        assert claims.highlighted == 1
        await pilot.pause()
        first_variant = screen.query_one("#variants", OptionList).get_option_at_index(0)
        story = sample_story()
        article, index = story.claims[screen.shown[1]].variants[0]
        assert story.sentences[article][index].text[:20] in str(first_variant.prompt)
