"""The library's two-step reading gives exactly what load_corpus gives, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app.corpus_reader import CorpusReader
from newsdiff.core.load import load_corpus


def write_folder(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        (folder / f"a{number:02d}.txt").write_text(f"Story {number}\n\nBody {number}.\n", "utf-8")
    (folder / "a05.txt").write_bytes(b"")  # an empty file: an error among the articles
    return folder


def test_first_screenful_then_the_rest_equals_load_corpus(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "f", 30)
    extra = tmp_path / "missing.txt"
    paths = [folder, extra, folder / "a01.txt"]  # a01 named twice: listed once
    reader = CorpusReader(paths, first=10)
    assert reader.wait_first(5)
    assert [Path(a.path).name for a in reader.articles] == [
        f"a{n:02d}.txt" for n in range(11) if n != 5
    ]
    assert not reader.done
    reader.read_rest()
    assert reader.done and reader.problem is None
    whole = load_corpus(paths)
    assert tuple(reader.articles) == whole.articles
    assert [str(e) for e in reader.errors] == [str(e) for e in whole.errors]
    assert len(whole.errors) == 2


def test_a_small_corpus_is_done_in_the_first_step(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "f", 6)
    reader = CorpusReader([folder], first=40)
    assert reader.wait_first(5)
    assert reader.done
    assert len(reader.articles) == 5


def test_a_bad_setting_is_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDIFF_MAX_BYTES", "lots")
    reader = CorpusReader([write_folder(tmp_path / "f", 3)], first=40)
    assert reader.wait_first(5)
    assert reader.done
    assert reader.problem is not None
    assert "NEWSDIFF_MAX_BYTES" in str(reader.problem)
