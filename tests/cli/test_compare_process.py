"""What a plain ``newsdiff compare`` costs its process: only the comparison's own modules are
imported, numpy's BLAS helpers do not spin, and the garbage collector is left as it was found."""

from __future__ import annotations

import gc
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff.cli import BLAS_IDLE, main

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


LEFT = (
    "Ferry Service Cut\n\n"
    "The island ferry will sail twice a day from March, down from five sailings.\n"
    "“We cannot keep running empty boats,” the operator’s chief executive said.\n"
    "Residents said the cut would leave them unable to reach the hospital.\n"
)
RIGHT = (
    "Island Loses Ferry Sailings\n\n"
    "From March the ferry will sail only twice a day, the operator announced.\n"
    "“We cannot keep running empty boats,” its chief executive told the council.\n"
    "A petition against the cut has 2,000 signatures.\n"
)

NOT_ON_THE_COMPARE_PATH = (
    # the app, the command-line parser and the terminal renderer
    "textual",
    "rich",
    "typer",
    "click",
    "pydantic",
    "newsdiff.app",
    # the other reports' writers
    "newsdiff.export.html",
    "newsdiff.export.svg",
    "newsdiff.export.markdown",
    "newsdiff.export.text",
    # web pages, encoding detection, the tokenizer, saving: not for two text files seen before
    "trafilatura",
    "lxml",
    "charset_normalizer",
    "tokenizers",
    "newsdiff.core.html_extract",
    "email",
    "tempfile",
    "shutil",
    # the article analysis, read from the cache instead
    "newsdiff.core.quotes",
    "newsdiff.core.story",
)


pytestmark = pytest.mark.pair_texts(LEFT, RIGHT)


def test_a_comparison_of_articles_seen_before_imports_only_what_it_uses(
    newsdiff: Newsdiff, pair: tuple[str, str], tmp_path: Path
) -> None:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print(' '.join(sorted(sys.modules)), file=sys.stderr))\n"
        "from newsdiff.cli import main\n"
        f"main(['compare', {pair[0]!r}, {pair[1]!r}, '--format', 'json'])\n"
    )
    env = {"NEWSDIFF_CACHE": str(tmp_path / "cache")}
    for _ in range(2):  # the first run analyses the articles, the second reads the analyses
        result = newsdiff(code=code, env=env)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("{")
    imported = set(result.stderr.split())
    assert "newsdiff.core.compare" in imported  # the list is the one printed at exit
    found = sorted(
        name
        for name in imported
        for banned in NOT_ON_THE_COMPARE_PATH
        if name == banned or name.startswith(banned + ".")
    )
    assert found == []


def test_blas_helpers_are_told_to_sleep_unless_the_user_says_otherwise(
    pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    name, value = BLAS_IDLE
    monkeypatch.delenv(name, raising=False)
    main(["compare", *pair, "--format", "json"])
    assert os.environ[name] == value
    monkeypatch.setenv(name, "12")
    main(["compare", *pair, "--format", "json"])
    assert os.environ[name] == "12"
    assert capsys.readouterr().out.startswith("{")


def test_the_collector_is_left_as_it_was_found(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    main(["compare", *pair, "--format", "json"])  # not the console script: nothing is frozen
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert capsys.readouterr().out.startswith("{")


@pytest.mark.parametrize(("preset", "expected"), [(None, BLAS_IDLE[1]), ("12", "12")])
def test_python_m_newsdiff_app_tells_blas_helpers_to_sleep_too(
    newsdiff: Newsdiff, preset: str | None, expected: str
) -> None:
    """``python -m newsdiff.app`` (the app without the command line) sets it as ``newsdiff``
    does, before numpy is imported, and keeps the user's own value."""
    name = BLAS_IDLE[0]
    code = (
        "import os, runpy, sys\n"
        "import newsdiff.app.app as app\n"
        "def run(self):\n"
        f"    print(os.environ.get({name!r}), 'numpy' in sys.modules)\n"
        "app.NewsDiffApp.run = run\n"
        "runpy.run_module('newsdiff.app', run_name='__main__')\n"
    )
    result = newsdiff(code=code, drop=[name], env={} if preset is None else {name: preset})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [expected, "False"]
