"""File names that tell apart articles of several folders of the same outlets."""

from __future__ import annotations

from pathlib import Path, PurePath

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.path_names import distinct_names
from newsdiff.export.name_cut import cut_names

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


def test_a_cut_keeps_what_tells_two_folder_names_apart() -> None:
    """Two folders' ``foxnews.txt``: a cut at the end would show ``sumbasic-cluste…`` twice, so
    the column is cut at the start, keeping the file name and the folder's last characters."""
    names = distinct_names(["sumbasic-cluster3/foxnews.txt", "sumbasic-cluster4/foxnews.txt"])
    assert cut_names(names, 16) == ["…er3/foxnews.txt", "…er4/foxnews.txt"]
    assert cut_names(["a-very-long-file-name.txt"], 10) == ["a-very-lo…"]


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


def test_the_story_reports_keep_apart_two_folders_of_one_long_file_name(tmp_path: Path) -> None:
    """``a/<long name>`` beside ``b/<long name>``: the text and Markdown keys cut the names where
    they differ (a cut at the start showed one ``…long-name.txt`` for both)."""
    from newsdiff.cli import app
    from typer.testing import CliRunner

    long_name = "morning-edition-of-the-valley-courier-front-page.txt"
    paths = []
    for folder, text in (("a", "The council voted to close the bridge."), ("b", "Rain fell.")):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / long_name
        path.write_text(f"Headline {folder}\n\n{text} It rained on Monday.\n", encoding="utf-8")
        paths.append(str(path))
    for form in ("text", "md", "html"):
        result = CliRunner().invoke(app, ["story", *paths, "--format", form, "--color", "never"])
        assert result.exit_code == 0, result.output
        assert "a/morning-edition" in result.stdout and "b/morning-edition" in result.stdout
