"""Tenth user trial: what misled or blocked a fact-checker (docs/app.md, "tenth trial")."""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar


async def test_narrowing_the_terminal_does_not_lay_the_sidebar_over_the_text() -> None:
    """At 120 columns the quote sidebar stands beside the text; resized to 80 it stayed shown,
    now as an overlay over the one-column text (every sentence cut at its middle) while the
    comparison under it kept the keys. It goes when the terminal narrows and comes back when
    it is wide again."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        sidebar = app.screen.query_one(QuoteSidebar)
        if not sidebar.display:
            await pilot.press("q")
        assert sidebar.display and not sidebar.has_class("-overlay")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert view.one_column
        covered = sidebar.display and sidebar.region.overlaps(view.region)
        assert not covered, (sidebar.region, view.region)
        assert view.has_focus
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert sidebar.display and not sidebar.has_class("-overlay")

        # Hidden by the reader while wide, it stays hidden; q still opens it over the text.
        await pilot.press("q")
        assert not sidebar.display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not sidebar.display
        await pilot.press("q")
        assert sidebar.display and sidebar.has_class("-overlay") and sidebar.has_focus_within
        await pilot.press("escape")
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert not sidebar.display  # closed by the reader: a wider terminal does not reopen it


async def test_the_saved_svg_pictures_the_comparison_without_the_notices_over_it() -> None:
    """The SVG is "a picture of the comparison as shown on screen": saved a few seconds after
    another save, it had the `Saved HTML to …` notice burnt in over the text."""
    from newsdiff.app.screens.save_dialog import SaveDialog

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Saved HTML to Quokkareport.html", title="Saved", timeout=30)
        await pilot.pause(0.3)
        assert "Quokka" in app.export_screenshot()  # the notice is on screen
        await pilot.press("ctrl+s")
        for _ in range(10):
            await pilot.pause()
            if isinstance(app.screen, SaveDialog):
                break
        assert isinstance(app.screen, SaveDialog)
        svg = app.screen.svg
        assert svg is not None
        assert "Quokka" not in svg
        assert "Roe" in svg  # the comparison is in the picture
        await pilot.pause(0.3)
        assert "Quokka" not in app.export_screenshot()  # nor over the dialog's buttons
        await pilot.press("escape")
        await pilot.pause()
        app.notify("Later notices show again", timeout=30)
        await pilot.pause(0.3)
        assert "Later" in app.export_screenshot()


_HARBOUR = {
    "gazette.txt": (
        "Harbour bridge to close for repairs\n\n"
        "The Tamsin harbour bridge will close for six weeks from Monday, the council said.\n\n"
        "Engineers found cracks in two of its steel supports during a routine check.\n\n"
        "Ferries will run every twenty minutes while the work goes on.\n"
    ),
    "courier.txt": (
        "Bridge shut as cracks found\n\n"
        "Cracks in two steel supports will shut the Tamsin harbour bridge for six weeks.\n\n"
        "The council said ferries would run every twenty minutes during the repairs.\n\n"
        "Local shops fear a slow summer.\n"
    ),
    "wire.txt": (
        "Tamsin bridge repairs\n\n"
        "The harbour bridge in Tamsin closes on Monday for repairs to its supports.\n\n"
        "A council engineer said the cracks were found in March.\n"
    ),
}


def _saved_with_context(folder):
    """A comparison of two articles scored with a third, as the app's save records it."""
    from newsdiff.core.compare import compare_articles
    from newsdiff.core.load import load_article

    for name, text in _HARBOUR.items():
        (folder / name).write_text(text, encoding="utf-8")
    left, right, other = (load_article(name) for name in _HARBOUR)
    return compare_articles(left, right, corpus=(left, right, other))


async def test_an_opened_comparison_is_scored_again_with_the_articles_it_was_saved_with(
    tmp_path, monkeypatch
) -> None:
    """`newsdiff open` of a comparison saved from a library: a threshold change (even back to
    the saved thresholds) or `s` scored the pair with the two articles alone, so labels
    changed at the very thresholds saved and `scored with 1 more article` went from the
    subtitle. The other articles are read back where they still are."""
    monkeypatch.chdir(tmp_path)
    saved = _saved_with_context(tmp_path)
    assert saved.scoring.corpus == ("wire.txt",)
    app = NewsDiffApp(comparison=saved)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "scored with 1 more" in str(screen.sub_title)
        await pilot.press("t", "right")
        await pilot.pause(0.6)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("left")
        await pilot.pause(0.6)
        await app.workers.wait_for_complete()
        await pilot.pause()
        comparison = screen.comparison
        assert comparison is not None and comparison.settings == saved.settings
        assert comparison.scoring.corpus == saved.scoring.corpus
        assert comparison.summary() == saved.summary()
        assert "scored with 1 more" in str(screen.sub_title)
        await pilot.press("enter", "s")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        swapped = screen.comparison
        assert swapped is not None and swapped.scoring.corpus == saved.scoring.corpus
        assert swapped.summary()["left"] == saved.summary()["right"]


async def test_an_opened_comparison_says_when_its_other_articles_are_gone(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    saved = _saved_with_context(tmp_path)
    (tmp_path / "wire.txt").unlink()
    app = NewsDiffApp(comparison=saved)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause(0.3)
        notes = [n.message for n in app._notifications]
        assert any("not found here: wire.txt" in note for note in notes), notes


async def test_enter_on_a_quote_over_the_text_shows_its_sentence() -> None:
    """Below 100 columns the quotes open over the text; `enter` on one moved the comparison to
    its sentence under the list and gave the keys to that hidden comparison, the list still
    over it (the status line under it cut too). Now the list closes on the sentence."""
    from textual.widgets import OptionList

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        sidebar = app.screen.query_one(QuoteSidebar)
        await pilot.press("q")
        quotes = sidebar.query_one(OptionList)
        assert sidebar.display and sidebar.has_class("-overlay") and quotes.has_focus
        await pilot.press("j")
        option = quotes.highlighted_option
        assert option is not None and (option.id or "").startswith("quote-")
        entry = sidebar.entries[int((option.id or "").removeprefix("quote-"))]
        await pilot.press("enter")
        await pilot.pause()
        assert not sidebar.display and view.has_focus
        assert view.cursor is not None
        assert (view.cursor.side, view.cursor.index) == (entry.own_side, entry.own.sentence)


async def test_f_passes_over_a_filter_that_would_show_no_row() -> None:
    """`f` on a pair without a quote reached `only rows with a quote`: one fold line, nothing
    else, and the status line describing a sentence folded away. A filter that would fold
    every row is passed over; the notice says why."""
    from app_factory import build

    quoteless = build(
        ["Ferry fares rise", "Fares rise by a fifth in May.", "The council met on Monday."],
        ["Ferry fares go up", "Fares rise by a fifth in May.", "Crews painted the pier."],
        links=[(0, 0, "paraphrased", 70.0), (1, 1, "shared", 100.0)],
    )
    assert not quoteless.left.quotes and not quoteless.right.quotes
    app = NewsDiffApp(comparison=quoteless)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        await pilot.press("f")
        assert view.view_filter == "differences"
        await pilot.press("f")
        await pilot.pause()
        assert view.view_filter == "all"
        notes = [n.message for n in app._notifications]
        assert any("no quote in either article" in note for note in notes), notes
    app = NewsDiffApp(comparison=sample())  # with quotes, every filter is reached as before
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        await pilot.press("f", "f")
        assert view.view_filter == "quotes"


def test_details_of_a_unique_sentence_say_what_the_aligner_knows_not_more() -> None:
    """`i` on an unlinked sentence said `nothing in the other one states it`, a fact a checker
    could cite, where the other outlet said it in other words the score did not reach."""
    from newsdiff.app.widgets.diff_view import Cursor
    from newsdiff.app.widgets.evidence_line import details_lines

    comparison = sample()
    unique = next(
        index
        for index, aligned in enumerate(comparison.left.sentences)
        if not aligned.links and not aligned.boilerplate
    )
    text = " ".join(rest for _, rest in details_lines(comparison, Cursor("left", unique)))
    assert "states it" not in text
    assert "no sentence of the other one is linked" in text
    assert f"≥ {comparison.settings.paraphrase:g}" in text


async def test_with_one_mark_the_library_hint_says_what_enter_compares(tmp_path) -> None:
    """With one article marked the hint still said `enter compares the two marked`; enter
    compares the marked article with the highlighted one."""
    from newsdiff.app.screens.compare import CompareScreen

    for name, text in _HARBOUR.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("space", "down")
        await pilot.pause()
        hint = str(app.screen.query_one("#hint").render())
        assert "1 marked" in hint and "two marked" not in hint, hint
        assert "L● with the highlighted" in hint, hint
        library = app.screen
        expected = library.pair_to_compare()
        await pilot.press("enter")
        for _ in range(20):
            await pilot.pause(0.1)
            if isinstance(app.screen, CompareScreen):
                break
        assert isinstance(app.screen, CompareScreen)
        assert (app.screen.left_index, app.screen.right_index) == expected
        assert expected is not None and expected[0] != expected[1]


async def test_escape_in_the_quote_list_beside_the_text_leaves_the_list() -> None:
    """`tab` into the quote sidebar, then `escape`: it went back to the library, dropping the
    comparison; over the text escape closes the list. Beside it, escape now leaves the list
    for the text, and a second escape goes back."""
    from newsdiff.app.screens.compare import CompareScreen

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        view = screen.query_one(DiffView)
        sidebar = screen.query_one(QuoteSidebar)
        if not sidebar.display:
            await pilot.press("q")
        await pilot.press("tab")
        assert sidebar.has_focus_within
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and isinstance(screen, CompareScreen)
        assert view.has_focus and sidebar.display
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not screen  # back to the library
