"""Names cut side by side (the story's key, variants and reports): never wider than the column,
never cut to less than what tells them apart when the width allows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.path_names import distinct_names
from newsdiff.export.name_cut import cut_end, cut_names, cut_start, distinct_width
from rich.cells import cell_len

_part = st.text(alphabet="ab-_/.0日", min_size=1, max_size=12)
_names = st.lists(_part, min_size=1, max_size=8, unique=True)
_width = st.integers(min_value=0, max_value=30)


@given(_names, _width)
def test_a_cut_name_is_never_wider_than_its_column(names: list[str], width: int) -> None:
    assert all(cell_len(name) <= width for name in cut_names(names, width))


@given(_names, _width)
def test_distinct_names_stay_distinct_when_one_way_of_cutting_keeps_them_apart(
    names: list[str], width: int
) -> None:
    """If cutting every name at its end, or every name at its start, keeps the names apart,
    the names shown are all different; and never fewer are apart than either side alone keeps."""
    shown = cut_names(names, width)
    ends = {cut_end(name, width) for name in names} if width else {""}
    starts = {cut_start(name, width) for name in names} if width else {""}
    assert len(set(shown)) >= max(len(ends), len(starts))
    if len(ends) == len(names) or len(starts) == len(names):
        assert len(set(shown)) == len(names)


@given(st.lists(st.text(alphabet="ab-_.0", min_size=1, max_size=10), min_size=2, unique=True))
def test_the_names_stay_apart_when_the_column_is_wider_than_their_common_start(
    names: list[str],
) -> None:
    """A column one cell wider than the longest start two names share keeps them all apart."""
    common = max(
        next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        for i, a in enumerate(names)
        for b in names[i + 1 :]
    )
    assert len(set(cut_names(names, common + 2))) == len(names)


@given(_names)
def test_the_distinct_width_keeps_every_name_apart(names: list[str]) -> None:
    width = distinct_width(names)
    assert len(set(cut_names(names, width))) == len(names)
    assert width <= max(cell_len(name) for name in names)


def test_a_folder_that_tells_two_files_apart_is_kept() -> None:
    """``a/long-name.txt`` beside ``b/long-name.txt``: the folders are what tells them apart,
    so the column keeps the start (a cut at the start showed ``…long-name.txt`` twice)."""
    names = distinct_names(["clusters/a/long-name.txt", "clusters/b/long-name.txt"])
    assert cut_names(names, 8) == ["a/long-…", "b/long-…"]


def test_names_told_apart_by_their_ends_are_cut_at_the_start() -> None:
    names = ["2026-05-01-gazette.txt", "2026-05-01-herald.txt"]
    assert cut_names(names, 12) == ["…gazette.txt", "…-herald.txt"]


def test_both_ends_are_kept_when_neither_alone_tells_the_names_apart() -> None:
    names = ["gazette-2026-05-01.txt", "herald-2026-05-01.txt", "gazette-2026-05-02.txt"]
    assert cut_names(names, 12) == ["gazett…1.txt", "herald…1.txt", "gazett…2.txt"]


def test_names_that_fit_stay_whole_and_a_lone_name_is_cut_at_its_end() -> None:
    assert cut_names(["nyt.txt", "fox.txt"], 7) == ["nyt.txt", "fox.txt"]
    assert cut_names(["a-very-long-file-name.txt"], 10) == ["a-very-lo…"]


def test_a_tie_keeps_the_file_name_of_names_in_folders() -> None:
    """The end cut and the start cut both keep these apart; the end cut hid ``nyt.txt`` (the
    outlet's file, what a user knows the article by), so the cut keeps the file name and both
    ends of the folder, where the two differ."""
    names = ["regional-desk-event-eight/nyt.txt", "regional-desk-event-nine/nyt.txt", "a/b.txt"]
    assert cut_names(names, 24) == [
        "regional-de…ight/nyt.txt",
        "regional-de…nine/nyt.txt",
        "a/b.txt",
    ]


def test_a_tie_among_names_without_folders_keeps_the_end_cut() -> None:
    names = ["gazette-evening-2026-05-01.txt", "herald-morning-2026-05-01.txt"]
    assert cut_names(names, 12) == ["gazette-eve…", "herald-morn…"]


@given(
    st.lists(
        st.from_regex(r"[a-z0-9-]{1,30}(/[a-z]{1,8}\.txt)?", fullmatch=True),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=2, max_value=40),
)
def test_a_cut_keeps_as_many_apart_as_either_side_alone(names: list[str], width: int) -> None:
    """Cutting both ends, or keeping a file name, never tells fewer names apart than one side."""
    shown = len(set(cut_names(names, width)))
    assert shown >= len({cut_end(name, width) for name in names})
    assert shown >= len({cut_start(name, width) for name in names})
