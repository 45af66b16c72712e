"""The analysis core never imports Textual or Rich; the writers never import Textual, and the
JSON, HTML and Markdown writers and the list and quotes reports not Rich either; the CLI loads
Textual lazily."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import newsdiff.core
import newsdiff.export

RICH_FREE_WRITERS = {
    f"newsdiff.export.{name}"
    for name in ("common", "json_export", "html", "markdown", "quotes_report", "list_report")
}
"""Writers that never load Rich, so the JSON, HTML and Markdown outputs and ``list``/``quotes``
into a pipe start fast (Rich is imported only where a terminal or SVG is drawn)."""


def core_modules() -> list[str]:
    return [f"newsdiff.core.{info.name}" for info in pkgutil.iter_modules(newsdiff.core.__path__)]


def export_modules() -> list[str]:
    return [
        f"newsdiff.export.{info.name}" for info in pkgutil.iter_modules(newsdiff.export.__path__)
    ]


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_core_modules_import_neither_textual_nor_rich() -> None:
    modules = core_modules()
    assert "newsdiff.core.models" in modules
    for module in modules:
        loaded = imported_after(f"import {module}")
        assert "textual" not in loaded, module
        assert "rich" not in loaded, module


def test_export_modules_never_import_textual_and_the_plain_writers_not_rich() -> None:
    modules = export_modules()
    assert RICH_FREE_WRITERS < set(modules)
    for module in modules:
        loaded = imported_after(f"import {module}")
        assert "textual" not in loaded, module
        if module in RICH_FREE_WRITERS:
            assert "rich" not in loaded, module


def test_cli_does_not_load_textual_for_non_interactive_commands() -> None:
    loaded = imported_after("import newsdiff.cli")
    assert "textual" not in loaded
