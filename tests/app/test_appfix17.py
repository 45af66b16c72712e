"""appfix17: the defects the fourteenth user trial found in the compare screen and the
comparison view."""

from __future__ import annotations

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.core.errors import ArticleError
from test_round2_app import messages, settle

SIZE = (120, 36)


async def test_a_failed_comparison_returns_to_the_library_in_the_cli_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An article too long to compare: enter leaves the user in the library (not on an empty
    compare screen whose keys do nothing), told what the command line says, without the
    exception's class name."""

    def too_long(left, right, corpus):
        raise ArticleError("big.txt", "too long to compare (300,000 sentences)")

    monkeypatch.setattr(engine, "prepare_pair", too_long)
    monkeypatch.setattr(engine, "prepare_ahead", too_long)
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen), app.screen
        assert not any(isinstance(screen, CompareScreen) for screen in app.screen_stack)
        notices = messages(app)
        assert any("big.txt: too long to compare" in notice for notice in notices), notices
        assert not any("ArticleError" in notice for notice in notices), notices


def _conflict_story(moved: bool):
    """Nine sentences a side, one conflict L7 ≠ R8 (moved: out of order, on rows of its own)."""
    from app_factory import build

    left = [f"Left sentence number {n} about the harbour." for n in range(9)]
    right = [f"Right sentence number {n} about the harbour." for n in range(9)]
    links = [(n, n, "shared", 100.0) for n in range(7)]
    if moved:  # R8 sits before L7 in reading order
        left = left[:7] + ["The bridge closes for 6 weeks.", "Left end."]
        right[8] = "The bridge closes for 9 weeks."
        return build(
            left, right, [(2, 2, "paraphrased", 66.0), (7, 8, "conflict", 95.0)], moved=[(7, 8)]
        )
    left[7] = "The bridge closes for 6 weeks."
    right[8] = "The bridge closes for 9 weeks."
    return build(left, right, [*links, (7, 8, "conflict", 95.0)])


@pytest.mark.parametrize("moved", [False, True])
async def test_c_stops_once_per_conflict(moved: bool) -> None:
    """One conflict L7 ≠ R8: `c` goes to it, and the next `c` says there is no further
    conflict instead of going to the same conflict's other end; `C` does not come back to it
    from its other end either."""
    from newsdiff.app.widgets.diff_view import DiffView

    app = NewsDiffApp(comparison=_conflict_story(moved))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        await pilot.press("g")
        await pilot.press("c")
        first = view.cursor
        assert first is not None and (first.side, first.index) in {("left", 7), ("right", 8)}
        await pilot.press("c")
        await pilot.pause()
        assert view.cursor == first
        assert any("No more conflicts below" in n.message for n in app._notifications)
        await pilot.press("C")
        assert view.cursor == first


async def test_c_without_conflicts_shows_one_notice() -> None:
    """`c` three times on a comparison without a conflict: one notice, not three stacked."""
    from app_factory import sample

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("c", "c", "c")
        await pilot.pause()
        said = [n.message for n in app._notifications if "No conflict" in n.message]
        assert len(said) == 1, said


def _moved_story():
    """A moved shared pair (L5 = R2) and a moved paraphrase (L6 ≈ R1)."""
    from app_factory import build

    left = [f"Left sentence {n} on the harbour budget." for n in range(5)]
    left += ["The talks follow months of tension.", "Ferries run every hour, the port said."]
    right = ["Opening line of the other outlet."]
    right += ["Hourly ferries will keep running.", "The talks follow months of tension."]
    right += [f"Right sentence {n} on the harbour budget." for n in range(3)]
    links = [(5, 2, "shared", 100.0), (6, 1, "paraphrased", 64.0)]
    return build(left, right, links, moved=[(5, 2), (6, 1)])


async def test_a_moved_sentence_keeps_its_label_in_the_gutter() -> None:
    """Without colour a moved shared sentence and a moved paraphrase must still differ: the
    gutter shows the label, then the moved mark (`=↕`, `≈↕`), as the text report does."""
    from newsdiff.app.widgets.diff_view import DiffView

    app = NewsDiffApp(comparison=_moved_story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        lines = [view.render_line(y).text for y in range(view.size.height)]
        shared = [line for line in lines if "The talks follow" in line]
        reworded = [line for line in lines if "ferries" in line.lower()]
        assert shared and all(line.count("=↕The talks") == 1 for line in shared), shared
        assert any("≈↕Ferries" in line for line in reworded), reworded
        assert any("≈↕Hourly" in line for line in reworded), reworded


def _accented_story():
    from app_factory import build

    left = [
        "José Calderón spoke to the council.",  # composed é, ó
        "The Straße was closed 🔥 near the café.",
        "Jose\u0301 Calderon returned on Monday.",  # a combining accent
    ]
    right = ["JOSÉ CALDERÓN SPOKE AGAIN.", "The strasse reopened."]
    return build(left, right, [(0, 0, "paraphrased", 60.0)])


async def test_search_folds_accents_and_highlights_the_original_characters() -> None:
    """`/jose` finds `José` (composed or with a combining accent) as the library's filter does;
    `strasse` finds `Straße`; the highlight covers the original characters, not the folded
    text's offsets (folding changes lengths)."""
    from newsdiff.app.widgets.diff_view import DiffView

    comparison = _accented_story()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)

        def found(pattern: str) -> dict[tuple[str, int], list[str]]:
            view.search(pattern)
            shown = {}
            for (side, index), spans in view._matches.items():
                article = comparison.side(side).article
                shown[(side, index)] = [article.text[a:b] for a, b in spans]
            return shown

        assert found("jose") == {
            ("left", 0): ["José"],
            ("left", 2): ["Jose\u0301"],
            ("right", 0): ["JOSÉ"],
        }
        assert found("calderon spoke") == {
            ("left", 0): ["Calderón spoke"],
            ("right", 0): ["CALDERÓN SPOKE"],
        }
        assert found("strasse") == {("left", 1): ["Straße"], ("right", 1): ["strasse"]}
        assert found("ss") == {("left", 1): ["ß"], ("right", 1): ["ss"]}
        assert found("cafe") == {("left", 1): ["café"]}
        assert found("🔥 near") == {("left", 1): ["🔥 near"]}
        # a capital keeps the case (smart case), accents still fold
        assert found("Jose") == {("left", 0): ["José"], ("left", 2): ["Jose\u0301"]}
        assert found("\u0301") == {}  # a lone accent folds to nothing: no match everywhere


def test_titles_that_would_look_alike_are_cut_in_the_middle() -> None:
    """Titles whose usual cut reads the same keep their distinct ends (ASCII or not, wide
    characters measured in cells); the other titles are left to the usual cut."""
    from newsdiff.app.widgets.article_cells import distinct_titles
    from newsdiff.core.models import Article
    from rich.cells import cell_len

    titles = [
        "The city council approves new budget for the harbour",
        "The city council approves the mayor’s pay rise",
        "The city council approves 新しい港の予算",
        "Ferries will run every hour while the bridge is closed",
        "Short title",
    ]
    articles = [Article(path=f"{n}.txt", text=t, title=t) for n, t in enumerate(titles)]
    shown = distinct_titles(articles, 20)
    assert set(shown) == set(titles[:3])
    assert len(set(shown.values())) == 3, shown
    assert all(cell_len(cut) <= 20 and "…" in cut for cut in shown.values()), shown
    assert all(cut.startswith("The city") for cut in shown.values()), shown


async def test_the_compare_help_has_one_row_per_key() -> None:
    """`n` and `N` are bound twice (a difference; a match while searching): the help lists
    each once, saying what it does in each mode."""
    from app_factory import sample
    from newsdiff.app.screens.help import HelpScreen, HelpText

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(help_text.render().plain for help_text in app.screen.query(HelpText))
        rows = [line.split() for line in text.splitlines() if line.startswith("  ")]
        n_rows = [" ".join(words) for words in rows if words and words[0] == "n"]
        shift_n_rows = [" ".join(words) for words in rows if words and words[0] == "N"]
        assert len(n_rows) == 1 and len(shift_n_rows) == 1, (n_rows, shift_n_rows)
        assert "Next difference — next match while searching" in n_rows[0], n_rows
        assert "Previous difference — previous match while searching" in shift_n_rows[0]


async def test_c_from_a_conflicts_other_end_goes_to_another_conflict() -> None:
    """On R2 of L2 ≠ R2 (the right end), `C` goes to the conflict before (its right end R1 since
    appfix18: the cursor keeps its column), not to L2 of the same conflict; `c` says there is
    none below."""
    from app_factory import conflict_sample
    from newsdiff.app.widgets.diff_view import Cursor, DiffView

    app = NewsDiffApp(comparison=conflict_sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        view.move_cursor(Cursor("right", 2))
        await pilot.press("c")
        assert view.cursor == Cursor("right", 2)
        await pilot.press("C")
        assert view.cursor == Cursor("right", 1)
