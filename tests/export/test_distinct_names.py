"""File names that tell apart articles of several folders of the same outlets."""

from __future__ import annotations

from pathlib import Path, PurePath

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.export.common import cut_name, distinct_names

_part = st.sampled_from(["nyt.txt", "fox.txt", "event8", "basil-1", "a", "b", "c"])
_path = st.lists(_part, min_size=1, max_size=4).map(lambda parts: "/".join(parts))


@given(st.lists(_path, max_size=12, unique=True))
def test_names_are_unique_suffixes_ending_in_the_file_name(paths: list[str]) -> None:
    names = distinct_names(paths)
    assert len(set(names)) == len(names)  # different paths never share a name
    for path, name in zip(paths, names, strict=True):
        assert name.endswith(PurePath(path).name) and path.endswith(name)


@given(st.lists(_path, max_size=12, unique=True))
def test_a_name_no_other_file_has_stays_bare(paths: list[str]) -> None:
    bare = [PurePath(path).name for path in paths]
    for name, file_name in zip(distinct_names(paths), bare, strict=True):
        if bare.count(file_name) == 1:
            assert name == file_name


def test_only_the_folders_it_takes() -> None:
    paths = ["news/event8/nyt.txt", "news/basil-1/nyt.txt", "news/basil-1/fox.txt"]
    assert distinct_names(paths) == ["event8/nyt.txt", "basil-1/nyt.txt", "fox.txt"]


def test_a_cut_keeps_the_file_name_of_a_folder_name() -> None:
    cut = cut_name("sumbasic-cluster3/foxnews.txt", 16)
    assert len(cut) == 16 and cut.startswith("…") and cut.endswith("r3/foxnews.txt")
    assert cut_name("a-very-long-file-name.txt", 10) == "a-very-lo…"


def test_the_story_text_key_tells_two_folders_apart(tmp_path: Path) -> None:
    from newsdiff.cli import app
    from typer.testing import CliRunner

    paths = []
    for folder, text in (("event8", "The council voted to close the bridge."), ("basil", "x")):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "nyt.txt"
        path.write_text(f"Headline {folder}\n\n{text} It rained on Monday.\n", encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(app, ["story", *paths, "--color", "never"])
    assert result.exit_code == 0, result.output
    assert "event8/nyt.txt" in result.stdout and "basil/nyt.txt" in result.stdout
