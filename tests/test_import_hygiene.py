"""The analysis core never imports Textual or Rich; the writers never import Textual, and the
JSON, HTML and Markdown writers and the list and quotes reports not Rich either; the CLI loads
Textual lazily."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

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


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_reading_plain_files_imports_no_web_client() -> None:
    """The library's first screenful of .txt files reads them without core.sources and its web
    client (issue #20: the first frame)."""
    loaded = imported_after(
        "from newsdiff.core.load import load_corpus; "
        f"corpus = load_corpus([{str(SEEDS)!r}]); "
        "assert len(corpus.articles) == 5, corpus"
    )
    assert "newsdiff.core.load" in loaded
    assert "newsdiff.core.sources" not in loaded
    assert "newsdiff.core.web" not in loaded


def test_web_pages_still_go_to_the_sources(tmp_path: Path) -> None:
    page = tmp_path / "page.HTM"
    page.write_text(
        "<html><head><title>Harbour vote</title></head><body><article><p>The council "
        "voted on the harbour budget on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    loaded = imported_after(
        "from newsdiff.core.load import load_article; "
        f"article = load_article({str(page)!r}); "
        "assert article.title == 'Harbour vote', article.title; "
        "assert '<' not in article.text"
    )
    assert "newsdiff.core.sources" in loaded


def test_the_app_imports_no_toml_reader_without_a_config_file(tmp_path: Path) -> None:
    code = (
        "import os; "
        f"os.environ['NEWSDIFF_CONFIG'] = {str(tmp_path / 'none.toml')!r}; "
        "from newsdiff.app.keymap import load_keymap; "
        "import newsdiff.app.app; "
        "assert load_keymap() == ({}, None)"
    )
    assert "tomllib" not in imported_after(code)
    (tmp_path / "none.toml").write_text('[keys]\nquit = "f10"\n', encoding="utf-8")
    assert "tomllib" in imported_after(code.replace("({}, None)", "({'quit': 'f10'}, None)"))
