"""Snapshot tests of every screen at a fixed size and theme (plain def, as snap_compare needs)."""

from __future__ import annotations

from pathlib import Path

from app_factory import conflict_sample, sample, shared_story
from newsdiff.app.app import NewsDiffApp
from textual.pilot import Pilot

SIZE = (120, 36)


async def settle(pilot: Pilot) -> None:
    """Wait for loading and comparison workers and the messages they post."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_library(snap_compare, corpus_dir: Path, fixed_counts) -> None:
    """The library: title, file, words, sentences, quotes; markup-like titles shown literally."""
    app = NewsDiffApp([corpus_dir], theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_library_marked_and_load_error(snap_compare, corpus_dir: Path, fixed_counts) -> None:
    """Two marked articles, and the notice naming a file that could not be loaded."""
    app = NewsDiffApp([corpus_dir, Path("no-such-article.txt")], theme="textual-dark")
    assert snap_compare(
        app, terminal_size=SIZE, run_before=settle, press=["space", "down", "down", "space"]
    )


def test_library_filter(snap_compare, corpus_dir: Path, fixed_counts) -> None:
    """The filter box narrows the list as the user types."""
    app = NewsDiffApp([corpus_dir], theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["slash", *"roe"])


def test_compare(snap_compare) -> None:
    """Two columns, markers, tints, changed words, the cursor and its counterpart, the sidebar."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["j"])


def test_compare_light(snap_compare) -> None:
    """The same comparison in the light theme."""
    app = NewsDiffApp(comparison=sample(), theme="textual-light")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["j"])


def test_compare_ansi(snap_compare) -> None:
    """The ANSI theme: markers and text styles instead of tints."""
    app = NewsDiffApp(comparison=sample(), theme="ansi-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["j"])


def test_compare_conflicts(snap_compare) -> None:
    """Conflicts: ≠ in its own colour, the disagreeing figures and words, the evidence line."""
    app = NewsDiffApp(comparison=conflict_sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["c"])


def test_compare_conflicts_light(snap_compare) -> None:
    """The conflicts in the light theme."""
    app = NewsDiffApp(comparison=conflict_sample(), theme="textual-light")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["c"])


def test_compare_conflicts_ansi(snap_compare) -> None:
    """The conflicts in the ANSI theme: reverse video instead of tints."""
    app = NewsDiffApp(comparison=conflict_sample(), theme="ansi-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["c"])


def test_compare_narrow_without_sidebar(snap_compare) -> None:
    """80 columns: the quote sidebar starts hidden; short legends, wrapped sentences."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 30), run_before=settle)


def test_quote_sidebar_focused(snap_compare) -> None:
    """The quote list focused on the altered quote; the cursor sits on its sentence."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["tab", "down"])


def test_thresholds_panel(snap_compare) -> None:
    """The threshold panel with paraphrase raised to 65: the first pair turned unique."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("t", "down", "right", "right", "right")
        await pilot.pause(0.3)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_help(snap_compare) -> None:
    """The help screen on the comparison: every key, grouped."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(120, 50), run_before=settle, press=["question_mark"])


def test_help_leaves_the_cursor_row_120x30(snap_compare) -> None:
    """? on a sentence low on the screen: the keys in the lower half, the cursor's row (both
    sentences) scrolled above it, the comparison undimmed around the box."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(
        app, terminal_size=(120, 30), run_before=settle, press=["j", "j", "j", "question_mark"]
    )


def test_details_one_column_80x24(snap_compare) -> None:
    """i in the one-column layout: the evidence in the lower half, the cursor's sentence and
    its counterpart above it."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle, press=["j", "j", "i"])


def test_compare_status_line(snap_compare) -> None:
    """The status line under the comparison: number, label, counterparts, score, evidence."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["j", "j"])


def test_compare_folded(snap_compare) -> None:
    """z: the run of shared sentences is one `… N shared sentences …` line."""
    app = NewsDiffApp(comparison=shared_story(), theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=settle, press=["z", "Z"])


def test_compare_search(snap_compare) -> None:
    """/talks: matches highlighted in both columns, the first one under the cursor."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(
        app, terminal_size=SIZE, run_before=settle, press=["slash", *"talks", "enter"]
    )


def test_compare_search_light(snap_compare) -> None:
    """The search matches in the light theme: a highlight that reads on every tint."""
    app = NewsDiffApp(comparison=sample(), theme="textual-light")
    assert snap_compare(
        app, terminal_size=SIZE, run_before=settle, press=["slash", *"talks", "enter"]
    )


def test_compare_search_ansi(snap_compare) -> None:
    """The search matches in the ANSI theme, where tints are text styles."""
    app = NewsDiffApp(comparison=sample(), theme="ansi-dark")
    assert snap_compare(
        app, terminal_size=SIZE, run_before=settle, press=["slash", *"talks", "enter"]
    )


def test_compare_one_column_80x24(snap_compare) -> None:
    """At 80x24: the heads stacked (one line a side, the legends in one column), each left
    sentence above its counterpart, no tag for a side a row lacks."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle, press=["j", "j"])


def test_compare_one_column(snap_compare) -> None:
    """Below 100 columns: each left sentence above its counterpart, L/R tags."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 30), run_before=settle, press=["j"])


def test_compare_one_column_quotes_overlay(snap_compare) -> None:
    """Below 100 columns the quote sidebar opens over the text."""
    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 30), run_before=settle, press=["q"])


def test_save_dialog_overwrite_step(snap_compare, tmp_path: Path, monkeypatch) -> None:
    """An existing file: the dialog asks, No focused, ctrl+o / Overwrite replaces."""
    from export.export_fixtures import hostile_comparison
    from newsdiff.app.screens.save_dialog import SaveDialog
    from textual.app import App

    monkeypatch.chdir(tmp_path)  # a relative folder: the picture is the same on any machine
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "report.html").write_text("an older report\n")

    class Host(App[None]):
        def on_mount(self) -> None:
            dialog = SaveDialog(hostile_comparison(), folder=Path("reports"))
            self.push_screen(dialog)

    async def run_before(pilot: Pilot) -> None:
        await pilot.pause()
        field = pilot.app.screen.query_one("#save-path")
        field.value = "report.html"
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(Host(), terminal_size=(100, 30), run_before=run_before)
