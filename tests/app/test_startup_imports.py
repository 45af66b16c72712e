"""What the library's first frame does not import (issue #20): modules that only some inputs or
some sessions need are imported when they are needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def imported_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter that runs ``code``."""
    script = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_reading_plain_files_imports_no_web_client() -> None:
    loaded = imported_after(
        f"from newsdiff.core.load import load_corpus\n"
        f"corpus = load_corpus([{str(SEEDS)!r}])\n"
        f"assert len(corpus.articles) == 5, corpus"
    )
    assert "newsdiff.core.load" in loaded
    assert "newsdiff.core.sources" not in loaded
    assert "newsdiff.core.web" not in loaded


def test_web_pages_urls_and_stdin_still_go_to_the_sources(tmp_path: Path) -> None:
    page = tmp_path / "page.HTM"
    page.write_text(
        "<html><head><title>Harbour vote</title></head><body><article><p>The council "
        "voted on the harbour budget on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    loaded = imported_after(
        f"from newsdiff.core.load import load_article\n"
        f"article = load_article({str(page)!r})\n"
        f"assert article.title == 'Harbour vote', article.title\n"
        f"assert '<' not in article.text"
    )
    assert "newsdiff.core.sources" in loaded


def test_the_app_imports_no_toml_reader_without_a_config_file(tmp_path: Path) -> None:
    code = (
        "import os\n"
        f"os.environ['NEWSDIFF_CONFIG'] = {str(tmp_path / 'none.toml')!r}\n"
        "from newsdiff.app.keymap import load_keymap\n"
        "import newsdiff.app.app\n"
        "assert load_keymap() == ({}, None)"
    )
    assert "tomllib" not in imported_after(code)
    (tmp_path / "none.toml").write_text('[keys]\nquit = "f10"\n', encoding="utf-8")
    with_config = code.replace("({}, None)", "({'quit': 'f10'}, None)")
    assert "tomllib" in imported_after(with_config)
