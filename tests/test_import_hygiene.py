"""The analysis core never imports Textual or Rich; the writers never import Textual, and only
the terminal and SVG writers load Rich; the CLI loads Textual lazily."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import newsdiff.core
import newsdiff.export

RICH_WRITERS = {"newsdiff.export.text", "newsdiff.export.svg"}
"""The writers that draw with Rich (terminal text, SVG); every other one stays Rich-free so the
JSON, HTML and Markdown outputs load fast."""


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


def test_export_modules_never_import_textual_and_rich_only_where_they_draw_with_it() -> None:
    modules = export_modules()
    assert RICH_WRITERS < set(modules)
    assert {"newsdiff.export.quotes_report", "newsdiff.export.list_report"} < set(modules)
    for module in modules:
        loaded = imported_after(f"import {module}")
        assert "textual" not in loaded, module
        if module not in RICH_WRITERS:
            assert "rich" not in loaded, module


def test_cli_does_not_load_textual_for_non_interactive_commands() -> None:
    loaded = imported_after("import newsdiff.cli")
    assert "textual" not in loaded
