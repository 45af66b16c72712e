"""The library at 80 columns with dated file names (plain def, as snap_compare needs)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from test_snapshots import settle

DATED = Path(__file__).resolve().parent / "corpus_dated"
TITLES = Path(__file__).resolve().parent / "corpus_titles"


def test_library_dated_names_at_80(snap_compare, fixed_counts) -> None:
    """Three pages named `2026-05-01-<outlet>.html` beside an Outlet column: the 10-cell File
    column keeps the end that tells them apart (`…ette.html`), not `2026-05-0…` three times."""
    app = NewsDiffApp([DATED], theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 12), run_before=settle)


def test_library_like_titles_at_80(snap_compare, fixed_counts) -> None:
    """Three titles that start alike (`The city council approves …`) at 80 columns: each is
    cut in its middle, its start and its distinct end shown, not `The city council app…`
    three times; a fourth title, unlike the others, keeps its usual cut."""
    app = NewsDiffApp([TITLES], theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 12), run_before=settle)
