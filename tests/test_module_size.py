"""Every module of the analysis core and of the app's widgets stays small enough to read in one
sitting (issue #18)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tui" / "newsdiff"
CORE = PACKAGE / "core"
WIDGETS = PACKAGE / "app" / "widgets"
MOST_LINES = 520
"""About 500 lines: past that a module holds two ideas and should be split by job."""


def _sizes(folder: Path) -> dict[str, int]:
    return {
        path.name: len(path.read_text(encoding="utf-8").splitlines())
        for path in folder.glob("*.py")
    }


def test_every_core_module_is_under_about_500_lines() -> None:
    sizes = _sizes(CORE)
    too_long = {name: lines for name, lines in sizes.items() if lines > MOST_LINES}
    assert len(sizes) > 20, "the core package was not found"
    assert not too_long, f"split these modules by job: {too_long}"


def test_every_widget_module_is_under_about_500_lines() -> None:
    """The app's widgets keep the core's bar: a widget past it is split by job (its drawing,
    cursor, folding or search in modules of their own, as ``diff_view.py`` is)."""
    sizes = _sizes(WIDGETS)
    too_long = {name: lines for name, lines in sizes.items() if lines > MOST_LINES}
    assert len(sizes) > 10, "the widgets package was not found"
    assert not too_long, f"split these modules by job: {too_long}"
