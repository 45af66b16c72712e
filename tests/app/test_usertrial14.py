"""The fourteenth user trial's app fixes: what a fact-checker met on the Story screen and in the
save dialog."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.load import load_article
from newsdiff.core.story import build_story
from story_factory import app_building, open_story
from textual.widgets import OptionList

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_first_variant"


def _emphasized(variants: OptionList, words: str, figure: str) -> list[tuple[str, bool]]:
    """Each rendered line of the pane holding ``words``: the line, and whether its ``figure``
    is drawn in reverse video (the pane's emphasis)."""
    found = []
    for y in range(variants.size.height):
        strip = variants.render_line(y)
        if words not in strip.text:
            continue
        reverse = any(
            figure in segment.text and segment.style is not None and bool(segment.style.reverse)
            for segment in strip
        )
        found.append((strip.text, reverse))
    return found


async def _settle(pilot, app, rounds: int) -> None:
    """Let the app's workers (loading, counting, the story) finish, ``rounds`` times over."""
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def test_the_first_variant_of_a_conflict_shows_its_figure_emphasized(monkeypatch) -> None:
    """Six weeks (the claim's first variant, outlet 1) against nine weeks (outlet 2): both
    figures stand out in the variants pane, not only the one that differs from the first."""
    story = build_story([load_article(path) for path in sorted(FIXTURES.glob("*.txt"))])
    app = app_building(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("c")
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        first = _emphasized(variants, "six weeks while", "six")
        other = _emphasized(variants, "nine weeks while", "nine")
        assert first and other, [variants.render_line(y).text for y in range(12)]
        assert all(reverse for _, reverse in other), other
        assert all(reverse for _, reverse in first), first


async def test_a_story_that_fails_says_why_on_the_status_line(monkeypatch) -> None:
    """An article too long to compare: the Story screen stops showing a bar at 0 % and
    `esc cancels` (as if still working) and says, on its status line, what the command line
    says, without the exception's class name."""
    from newsdiff.core.errors import ArticleError
    from textual.widgets import ProgressBar, Static

    def too_long(articles, settings, progress, cancelled):
        raise ArticleError("long.txt", "too long to compare (30,000 sentences)")

    app = app_building(monkeypatch, too_long)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        status = str(app.screen.query_one("#story-status", Static).render())
        assert "long.txt: too long to compare (30,000 sentences)" in status, status
        assert "ArticleError" not in status and "esc cancels" not in status, status
        assert not app.screen.query_one(ProgressBar).display
        await pilot.press("o", "1", "c", "ctrl+s")  # nothing to sort or save: no crash
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "LibraryScreen"


async def test_a_click_on_a_claim_highlights_it_and_a_second_click_opens_it(story_app) -> None:
    """A click on a claim shows its variants and stays on the Story screen (it opened a
    comparison at once); a click on the highlighted claim opens it, as `enter` does and as a
    second click on a matrix cell or a library row does. The variants pane alike."""
    from newsdiff.app.screens.compare import CompareScreen
    from newsdiff.app.screens.story import StoryScreen

    async with story_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        claims = screen.query_one("#claims", OptionList)
        assert claims.highlighted == 0
        await pilot.click("#claims", offset=(5, 2))
        await pilot.pause()
        assert isinstance(story_app.screen, StoryScreen)
        assert claims.highlighted == 1 and screen.current == int(claims.get_option_at_index(1).id)
        variants = screen.query_one("#variants", OptionList)
        await pilot.click("#variants", offset=(5, 2))
        await pilot.pause()
        assert isinstance(story_app.screen, StoryScreen)
        await pilot.click("#claims", offset=(5, 2))
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(story_app.screen, CompareScreen), variants.highlighted


async def test_the_story_help_says_what_enter_and_a_click_open(story_app) -> None:
    """`?` on the Story screen listed o, 1, c, x, ctrl+s and esc, but not `enter` (it opens a
    pair from the matrix, a claim or a variant, each its own way), the mouse, or what a claim's
    `4/5` and `[1–3,5 +1 linked]` mean."""
    from newsdiff.app.screens.help import HelpText

    async with story_app.run_test(size=(120, 60)) as pilot:
        await open_story(pilot, story_app)
        await pilot.press("question_mark")
        await pilot.pause()
        text = story_app.screen.query_one(HelpText).render().plain
        for row in ("enter on a cell", "enter on a claim", "enter on a variant", "+1 linked"):
            assert row in text, text
        mouse = text[text.index("Mouse") :]
        assert "click it again to open it" in mouse, mouse


async def test_choosing_json_with_the_arrows_shows_the_whole_extension(tmp_path: Path) -> None:
    """Offered Markdown (the last format saved), shift+tab, →: the name grew from `….md` to
    `….json` while the field stayed scrolled where it was, so it showed `….jso` as if the
    extension were wrong."""
    from export.export_fixtures import hostile_comparison
    from newsdiff.app.screens.save_dialog import SaveDialog
    from test_save_dialog import Host, settle
    from textual.widgets import Input

    app = Host(SaveDialog(hostile_comparison(), folder=tmp_path, fmt="md"))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        path = app.screen.query_one("#save-path", Input)
        await pilot.press("shift+tab", "right")
        await pilot.pause()
        await pilot.pause()
        assert path.value.endswith(".json")
        assert path.scroll_x == path.max_scroll_x  # scrolled to the end: `.json` in view


async def test_the_story_leaves_out_an_article_over_the_sentence_limit(
    monkeypatch, tmp_path: Path
) -> None:
    """An article over the sentence limit (here lowered to 5) among good ones: the Story screen
    failed as a whole; it now shows the story of the others, says which was left out, and
    numbers the articles as the story does (a matrix cell opens the pair it shows)."""
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.screens.story import StoryScreen
    from newsdiff.core import compare

    monkeypatch.setattr(compare, "MAX_SENTENCES", 5)
    long = tmp_path / "long.txt"
    long.write_text("".join(f"Item {k} was noted. " for k in range(8)), encoding="utf-8")
    app = NewsDiffApp([long, *sorted(FIXTURES.glob("*.txt"))], theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        await _settle(pilot, app, 2)
        await pilot.press("s")
        await _settle(pilot, app, 3)
        screen = app.screen
        assert isinstance(screen, StoryScreen) and screen.story is not None
        assert [Path(a.path).name for a in screen.story.articles] == [
            "elmfield_echo.txt",
            "river_post.txt",
        ]
        assert screen.articles == screen.story.articles
        assert "1 left out" in screen.sub_title
        notes = [str(n.message) for n in app._notifications]
        assert any("Left out of the story" in n and "long.txt" in n for n in notes), notes


async def test_the_library_filter_reads_accents_as_their_letters(tmp_path: Path) -> None:
    """`/citta` found nothing where a file was named `Città news.txt` (and `/Citta` no title
    `Città…`): the filter folds accents as it folds case."""
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.widgets.article_table import ArticleTable

    named = tmp_path / "Città news.txt"
    named.write_text("Council backs bridge repair\n\nThe work starts in March.\n", "utf-8")
    other = tmp_path / "harbour.txt"
    other.write_text("Québec harbour reopens\n\nShips came back on Monday.\n", "utf-8")
    app = NewsDiffApp([named, other], theme="textual-dark")
    async with app.run_test(size=(120, 30)) as pilot:
        await _settle(pilot, app, 2)
        table = app.screen.query_one(ArticleTable)
        await pilot.press("slash", *"citta")
        await pilot.pause()
        assert table.row_count == 1 and "Città" in str(table.get_row_at(0))
        await pilot.press(*["backspace"] * 5, *"QUEBEC")
        await pilot.pause()
        assert table.row_count == 1 and "Québec" in str(table.get_row_at(0))


async def test_escape_after_a_cross_reference_returns_to_the_claim_left(monkeypatch) -> None:
    """`x` (or enter on an Also linked line) goes to the linked claim; escape then went to the
    library, and the claim being read was lost. It now goes back to that claim; a second escape
    goes to the library."""
    from newsdiff.app.screens.library import LibraryScreen
    from newsdiff.app.screens.story import StoryScreen
    from story_factory import story_with_cross_reference

    story, headline, weeks = story_with_cross_reference()
    app = app_building(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        claims.highlighted = screen.shown.index(headline)
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert screen.shown[claims.highlighted or 0] == weeks
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        assert screen.shown[claims.highlighted or 0] == headline and screen.current == headline
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
