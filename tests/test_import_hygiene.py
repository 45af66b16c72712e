"""The analysis core never imports Textual or Rich; the CLI loads Textual lazily."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import newsdiff.core


def core_modules() -> list[str]:
    return [f"newsdiff.core.{info.name}" for info in pkgutil.iter_modules(newsdiff.core.__path__)]


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


def test_cli_does_not_load_textual_for_non_interactive_commands() -> None:
    loaded = imported_after("import newsdiff.cli")
    assert "textual" not in loaded
