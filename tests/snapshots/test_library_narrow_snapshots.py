"""The library at 80 columns with dated file names (plain def, as snap_compare needs)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from test_snapshots import settle

DATED = Path(__file__).resolve().parent / "corpus_dated"


def test_library_dated_names_at_80(snap_compare, fixed_counts) -> None:
    """Three pages named `2026-05-01-<outlet>.html` beside an Outlet column: the 10-cell File
    column keeps the end that tells them apart (`…ette.html`), not `2026-05-0…` three times."""
    app = NewsDiffApp([DATED], theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 12), run_before=settle)
