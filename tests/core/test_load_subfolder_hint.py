"""A folder of story folders names the sub-folders in its error, since they are not searched."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.load import load_corpus

TEXT = "Ferry Strike Ends\n\nThe ferry crews went back to work on Tuesday after a two-day strike.\n"


def test_a_folder_of_story_folders_says_to_name_them(tmp_path: Path) -> None:
    for story in ("strike", "storm"):
        (tmp_path / story).mkdir()
        (tmp_path / story / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    corpus = load_corpus([tmp_path])
    assert not corpus.articles
    (error,) = corpus.errors
    message = str(error)
    assert "sub-folders are not searched: 2 of them have articles" in message
    assert f"{tmp_path}/*/" in message


def test_an_empty_folder_has_no_hint(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (error,) = load_corpus([tmp_path]).errors
    assert str(error).endswith("no .txt, .md or .html files in this folder")
