"""`newsdiff folder/` where not one file of the folder loads: the app opens on an empty library
(a folder is read in the background) and, after it, said status 3, "some inputs skipped and
the rest used", when nothing was used (the fourteenth user trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.cli import launch
from newsdiff.core.errors import ArticleError
from test_cli_launch import HEADLESS


@pytest.mark.parametrize(("loaded", "status"), [(0, 2), (1, 3)])
def test_a_folder_that_gave_no_article_exits_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    loaded: int,
    status: int,
) -> None:
    bad = tmp_path / "program.txt"
    bad.write_bytes(b"\x7fELF\x00\x00binary")
    error = ArticleError(str(bad), "binary file (an executable program), not text")

    def run(self: NewsDiffApp) -> None:  # the app read the folder, and the user quit
        from app_factory import article

        self.articles = tuple(article(f"a{k}.txt", ["One line."])[0] for k in range(loaded))
        self.load_errors = (error,)
        self.corpus_ready = True

    monkeypatch.setattr(NewsDiffApp, "run", run)
    monkeypatch.setenv("TEXTUAL_DRIVER", HEADLESS)  # run is faked: no terminal needed
    assert launch.launch_app([tmp_path]) == status
    assert capsys.readouterr().err.splitlines() == [f"error: {error}"]
