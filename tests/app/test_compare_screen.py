"""Pilot tests of the compare screen: cursor, counterpart, differences, articles, swap, quotes,
thresholds, back, save, palette and keymap."""

from __future__ import annotations

from pathlib import Path

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.app.widgets.threshold_bar import ThresholdBar

SIZE = (120, 36)


async def open_pair(pilot, *keys: str) -> CompareScreen:
    """From the library: wait for the corpus, press ``keys`` (enter), wait for the worker."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press(*(keys or ("enter",)))
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, CompareScreen)
    return app.screen


def titles(screen: CompareScreen) -> tuple[str, str]:
    """The paths of the articles in the left and right columns."""
    comparison = screen.comparison
    assert comparison is not None
    return comparison.left.article.path, comparison.right.article.path


async def test_enter_compares_highlighted_and_next(seed_paths, fake_engine) -> None:
    """Enter with nothing marked compares the highlighted article with the next one."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        assert titles(screen) == (str(seed_paths[0]), str(seed_paths[1]))
        # Scored by the screen, or ahead of Enter by the library (the pair under its cursor).
        scored = fake_engine.pairs + fake_engine.ahead
        assert set(scored) == {(str(seed_paths[0]), str(seed_paths[1]))}


async def test_cursor_moves_down_and_up_the_column(fake_engine) -> None:
    """j/down and k/up walk the cursor's column in display order; the view follows."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        assert view.cursor == Cursor("left", 0)
        await pilot.press("j")
        assert view.cursor == Cursor("left", 1)
        await pilot.press("down", "down")
        assert view.cursor == Cursor("left", 3)
        await pilot.press("k")
        assert view.cursor == Cursor("left", 2)
        await pilot.press("G")
        assert view.cursor == Cursor("left", 6)
        await pilot.press("g")
        assert view.cursor == Cursor("left", 0)


async def test_counterpart_lights_up_and_enter_jumps_to_it(fake_engine) -> None:
    """The cursor's linked sentences are highlighted; enter jumps there (switching side)."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("j")  # left 1 is linked to right 2
        assert view._highlight == {2}
        await pilot.press("enter")
        assert view.cursor == Cursor("right", 2)
        assert view._highlight == {1}
        await pilot.press("o")
        assert view.cursor == Cursor("left", 1)


async def test_counterpart_of_unique_sentence_notifies(fake_engine) -> None:
    """A unique sentence has no counterpart: the cursor stays and the user is told why."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        view.move_cursor(Cursor("left", 5))
        await pilot.press("enter")
        assert view.cursor == Cursor("left", 5)
        assert any("unique" in n.message for n in app._notifications)


async def test_left_and_right_arrows_switch_column(fake_engine) -> None:
    """right/l moves the cursor to the right column (counterpart or nearest), left/h back."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("right")
        assert view.cursor == Cursor("right", 0)
        await pilot.press("j", "j", "j", "j")
        assert view.cursor == Cursor("right", 4)  # unique: no counterpart
        await pilot.press("h")
        assert view.cursor == Cursor("left", 3)  # the nearest row below that has a left sentence


async def test_next_and_previous_difference_visit_every_non_shared_sentence(fake_engine) -> None:
    """n walks every paraphrased, unique or moved sentence of both columns in row order; N back."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        comparison = screen.comparison
        assert comparison is not None
        visited = []
        for _ in range(12):
            await pilot.press("n")
            visited.append(view.cursor)
        stops = list(dict.fromkeys(visited))
        expected = []
        for row in comparison.rows:
            for side in ("left", "right"):
                index = getattr(row, side)
                if index is None:
                    continue
                aligned = getattr(comparison, side).sentences[index]
                if not aligned.boilerplate and (aligned.label != "shared" or aligned.moved):
                    expected.append(Cursor(side, index))
        assert expected[0] == Cursor("left", 0)  # the cursor starts on the first difference
        assert stops == expected[1:]
        assert any("No more differences" in n.message for n in app._notifications)
        await pilot.press("N")
        assert view.cursor == expected[-2]


async def test_next_and_previous_article_in_the_right_column(seed_paths, fake_engine) -> None:
    """] puts the next corpus article on the right (skipping the left one); [ goes back."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        paths = [str(p) for p in seed_paths]
        await pilot.press("right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(screen) == (paths[0], paths[2])
        await pilot.press("left_square_bracket", "left_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(screen) == (paths[0], paths[4])  # wraps past the left article
        assert isinstance(app.screen, CompareScreen)


async def test_next_and_previous_article_in_the_left_column(seed_paths, fake_engine) -> None:
    """} and { change the left column without leaving the comparison."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        paths = [str(p) for p in seed_paths]
        await pilot.press("right_curly_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(screen) == (paths[2], paths[1])
        await pilot.press("left_curly_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(screen) == (paths[0], paths[1])


async def test_swap_exchanges_columns_and_keeps_the_sentence(seed_paths, fake_engine) -> None:
    """s swaps left and right; the cursor stays on the same sentence, now on the other side."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("j")
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(screen) == (str(seed_paths[1]), str(seed_paths[0]))
        assert view.cursor == Cursor("right", 1)


async def test_quote_sidebar_jumps_and_hides(fake_engine) -> None:
    """Choosing a quote moves the cursor to its sentence; q hides and shows the sidebar."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        sidebar = screen.query_one(QuoteSidebar)
        view = screen.query_one(DiffView)
        assert [e.status for e in sidebar.entries] == ["altered", "only here"]
        await pilot.press("tab")  # focus the quote list
        await pilot.press("down", "enter")
        assert view.cursor == Cursor("left", 2)
        await pilot.press("down", "enter")
        assert view.cursor == Cursor("left", 5)
        await pilot.press("q")
        assert not sidebar.display
        await pilot.press("q")
        assert sidebar.display


async def test_quote_click_jumps(fake_engine) -> None:
    """Clicking a quote in the sidebar moves both columns to it."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        option_list = screen.query_one("#quote-list")
        await pilot.click(option_list, offset=(2, 1))  # line 0 is the speaker heading
        await pilot.pause()
        assert view.cursor == Cursor("left", 2)


async def test_thresholds_relabel_at_once(fake_engine) -> None:
    """Raising the paraphrase threshold past a link's score turns the pair unique at once."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        assert screen.comparison is not None
        assert screen.comparison.left.sentences[0].label == "paraphrased"  # score 62
        await pilot.press("t")
        bar = screen.query_one(ThresholdBar)
        assert bar.display
        await pilot.press("down", "right", "right", "right")  # paraphrase 50 -> 65
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.settings.paraphrase == 65
        assert screen.comparison.settings.paraphrase == 65
        assert screen.comparison.left.sentences[0].label == "unique"
        assert "paraphrase: score ≥ 65" in screen.sub_title
        # Re-labelled, not re-prepared (prepared once: by the screen or ahead by the library).
        assert len(fake_engine.pairs + fake_engine.ahead) == 1
        await pilot.press("up", "left", "left")  # shared 80 -> 70: lower bound paraphrase
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.settings.shared == 70
        await pilot.press("escape")
        assert bar.has_class("hidden")
        assert screen.query_one(DiffView).has_focus


async def test_loading_indicator_while_the_worker_runs(fake_engine) -> None:
    """A comparison still running after ``LOADING_DELAY`` shows a loading indicator until the
    worker's message lands."""
    import threading

    from newsdiff.app.screens.compare import LOADING_DELAY

    fake_engine.gate = threading.Event()
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        # Not the pair under the cursor at first: the library scored that one ahead of Enter.
        await pilot.press("down", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        await pilot.pause(LOADING_DELAY + 0.1)
        assert screen.query_one(DiffView).loading
        fake_engine.gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.query_one(DiffView).loading
        assert screen.comparison is not None


async def test_escape_goes_back_to_the_library(fake_engine) -> None:
    """escape returns to the library, marks and filter kept."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await open_pair(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_ctrl_q_quits_from_the_comparison(fake_engine) -> None:
    """ctrl+q quits from anywhere."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await open_pair(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_save_opens_dialog_or_says_unavailable(fake_engine) -> None:
    """ctrl+s opens the save dialog; without the export module it says so instead of crashing."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_pair(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        try:
            from newsdiff.app.screens.save_dialog import SaveDialog
        except ImportError:
            assert app.screen is screen
            assert any("not available" in n.message for n in app._notifications)
        else:
            assert isinstance(app.screen, SaveDialog)


async def test_saved_comparison_opens_straight_on_the_compare_screen() -> None:
    """NewsDiffApp(comparison=...) shows that comparison without computing anything."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.comparison == sample()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert len(app.screen.articles) == 2


async def test_command_palette_runs_screen_actions(seed_paths, fake_engine) -> None:
    """ctrl+p lists the screen's actions by name: "Swap columns" swaps."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"swap columns")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(screen) == (str(seed_paths[1]), str(seed_paths[0]))


async def test_keymap_remaps_a_binding(no_user_config: Path, fake_engine) -> None:
    """[keys] next-difference = "d" in the config makes d the next-difference key."""
    no_user_config.parent.mkdir(parents=True)
    no_user_config.write_text('[keys]\nnext-difference = "d"\n', encoding="utf-8")
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("n")
        assert view.cursor == Cursor("left", 0)
        await pilot.press("d")
        assert view.cursor == Cursor("right", 0)


async def test_bad_keymap_is_reported_not_raised(no_user_config: Path) -> None:
    """A broken config file is a warning, never a crash."""
    no_user_config.parent.mkdir(parents=True)
    no_user_config.write_text("[keys\n", encoding="utf-8")
    app = NewsDiffApp()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert any("config" in (n.title or "").lower() for n in app._notifications) or any(
            str(no_user_config) in n.message for n in app._notifications
        )


async def test_theme_argument_and_switching() -> None:
    """theme= picks a Textual theme (light and ANSI ones included); ctrl+t opens the picker."""
    app = NewsDiffApp(comparison=sample(), theme="textual-light")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"
        app.theme = "ansi-dark"
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        assert view.render_line(0).cell_length == view.scrollable_content_region.width
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"


async def test_click_puts_the_cursor_on_a_sentence(fake_engine) -> None:
    """A click on the right column's first sentence moves the cursor there."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        await pilot.click(view, offset=(view.size.width - 10, 0))
        assert view.cursor == Cursor("right", 0)


async def test_palette_puts_any_article_in_a_column(seed_paths, fake_engine) -> None:
    """ctrl+p lists "Left column: <title>" / "Right column: <title>" for every article."""
    from newsdiff.core.load import load_article

    target = load_article(seed_paths[3])
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*f"right column: {target.title[:25]}")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert titles(screen) == (str(seed_paths[0]), str(seed_paths[3]))


async def test_resize_rewraps_and_keeps_the_cursor_visible(fake_engine) -> None:
    """A terminal narrower than 100 columns switches to the one-column layout (each left
    sentence above its counterpart); the cursor's row stays on screen."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("G")
        wide = view.line_layout
        assert wide is not None
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        narrow = view.line_layout
        assert narrow is not None and narrow.geometry.width < wide.geometry.width
        assert narrow.one_column and not wide.one_column
        row = narrow.row_of("left", 6)
        assert row is not None
        top = narrow.row_top[row]
        assert view.scroll_offset.y <= top < view.scroll_offset.y + view.size.height


async def test_a_failing_comparison_is_reported_not_raised(monkeypatch) -> None:
    """If the aligner raises, the user gets a notification and the app keeps running, back
    in the library (no empty compare screen: appfix17)."""
    from newsdiff.app import engine

    def broken(left, right, corpus):
        raise ValueError("scores went wrong")

    monkeypatch.setattr(engine, "prepare_pair", broken)
    app = NewsDiffApp()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert any("scores went wrong" in n.message for n in app._notifications)


async def test_page_keys_move_about_a_screen(fake_engine) -> None:
    """pagedown/space and pageup/b move the cursor by about one screen of rows."""
    from app_factory import long_pair

    app = NewsDiffApp(comparison=long_pair(300))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        await pilot.press("pagedown")
        after_one = view.cursor
        assert after_one is not None and after_one.side == "left" and 3 <= after_one.index <= 30
        await pilot.press("space")
        assert view.cursor is not None and view.cursor.index > after_one.index
        await pilot.press("b", "pageup")
        assert view.cursor == Cursor("left", 0)


async def test_narrow_terminal_starts_without_the_sidebar() -> None:
    """Below 100 columns the sidebar starts hidden so the columns keep their width; q shows it."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        sidebar = app.screen.query_one(QuoteSidebar)
        assert not sidebar.display
        await pilot.press("q")
        assert sidebar.display


async def test_the_screen_says_when_the_meaning_signal_is_off(monkeypatch, seed_paths) -> None:
    """Scores made without the meaning vectors differ: the subtitle and a notice say so."""
    from newsdiff.core import semantic

    monkeypatch.setenv("NEWSDIFF_SEMANTIC", "0")
    semantic.reset()
    try:
        app = NewsDiffApp(seed_paths[:2])
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_pair(pilot)
            assert screen.sub_title.endswith("· meaning signal off")
            assert any("Meaning signal off" in n.message for n in app._notifications)
    finally:
        semantic.reset()


async def test_the_first_comparison_is_computed_and_laid_out_once(monkeypatch, fake_engine) -> None:
    """The screen starts its first comparison when the view gets a width or at the next
    refresh, whichever comes first, never both; its layout is built once, at that width."""
    from newsdiff.app.widgets import diff_layout

    widths = []
    original = diff_layout.DiffLayout.__init__

    def counted(self, comparison, width, **options):  # type: ignore[no-untyped-def]
        widths.append(width)
        original(self, comparison, width, **options)

    monkeypatch.setattr(diff_layout.DiffLayout, "__init__", counted)
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_pair(pilot, "down", "enter")  # not the pair scored ahead
        await pilot.pause(0.1)
        assert screen.comparison is not None
        assert len(fake_engine.pairs) == 1
        assert widths == [screen.query_one(DiffView).layout_width]
