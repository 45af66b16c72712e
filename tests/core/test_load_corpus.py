"""Loading several files and folders at once: good ones load, every bad one is reported."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from newsdiff.core import load as load_module
from newsdiff.core.load import article_files, load_corpus

BODY = "Officials met in Geneva on Tuesday. They agreed to meet again.\n"


def make(folder: Path, name: str, data: bytes | str = BODY) -> Path:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_folder_means_its_txt_md_and_html_files_sorted(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.TXT", "d.Md", "e.html", "E2.HTM", "f.rtf", "g", "h.markdown"):
        make(tmp_path, name)
    make(tmp_path, ".hidden.txt")
    sub = tmp_path / "sub"
    sub.mkdir()
    make(sub, "nested.txt")
    names = [p.name for p in article_files(tmp_path)]
    assert names == ["E2.HTM", "a.txt", "b.md", "c.TXT", "d.Md", "e.html", "h.markdown"]


def test_good_files_load_and_bad_ones_are_all_reported(tmp_path: Path) -> None:
    make(tmp_path, "1_good.txt")
    make(tmp_path, "2_empty.txt", b"")
    make(tmp_path, "3_good.md", "# Heading\n\n" + BODY)
    make(tmp_path, "4_binary.txt", b"\x00\x01\x02\x03")
    missing = tmp_path / "missing.txt"
    corpus = load_corpus([tmp_path, missing])
    assert [Path(a.path).name for a in corpus.articles] == ["1_good.txt", "3_good.md"]
    assert [(Path(e.path).name, e.problem.split(" ")[0]) for e in corpus.errors] == [
        ("2_empty.txt", "empty"),
        ("4_binary.txt", "binary"),
        ("missing.txt", "no"),
    ]


def test_paths_keep_the_spelling_the_user_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "articles"
    folder.mkdir()
    make(folder, "a.txt")
    corpus = load_corpus(["articles"])
    assert [a.path for a in corpus.articles] == [os.path.join("articles", "a.txt")]


def test_a_file_named_twice_loads_once(tmp_path: Path) -> None:
    path = make(tmp_path, "a.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    corpus = load_corpus([path, tmp_path, path])
    assert [Path(a.path).name for a in corpus.articles] == ["a.txt"]
    assert corpus.errors == ()


def test_folder_without_article_files_is_an_error(tmp_path: Path) -> None:
    make(tmp_path, "photo.jpg", b"\xff\xd8\xff")
    corpus = load_corpus([tmp_path])
    assert corpus.articles == ()
    (error,) = corpus.errors
    assert error.path == str(tmp_path)
    assert error.problem == "no .txt, .md or .html files in this folder"


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make(tmp_path, "a.txt")

    def deny(path: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(load_module.os, "scandir", deny)
    (error,) = load_corpus([tmp_path]).errors
    assert error.problem == "cannot list the folder: permission denied"


def test_max_bytes_applies_to_every_file(tmp_path: Path) -> None:
    make(tmp_path, "small.txt", "Short one.\n")
    make(tmp_path, "big.txt", BODY * 100)
    corpus = load_corpus([tmp_path], max_bytes=1000)
    assert [Path(a.path).name for a in corpus.articles] == ["small.txt"]
    assert corpus.errors[0].problem.startswith("file too large")


def test_bundled_corpus_loads_cleanly(seeds_dir: Path) -> None:
    corpus = load_corpus([seeds_dir])
    assert len(corpus.articles) == 5 and corpus.errors == ()
