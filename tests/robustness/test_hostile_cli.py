"""Every hostile input through ``list``, ``compare`` (all formats) and ``quotes``.

Either it works, with markup and escapes shown literally, or that one input is refused with a
one-line message naming it. Never a traceback, never a hang, and the other inputs still load.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import assert_user_safe, run_in_process, run_subprocess
from hostile import (
    BASE,
    EITHER_CASES,
    REFUSED_CASES,
    USABLE_CASES,
    Case,
    make_huge,
)

FORMATS = ["text", "json", "html", "md", "svg"]


@pytest.fixture
def base_article(tmp_path: Path) -> Path:
    path = tmp_path / "base_article.txt"
    path.write_text(BASE, encoding="utf-8")
    return path


def _make(case: Case, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    return case.make(folder)


@pytest.mark.parametrize("case", USABLE_CASES + EITHER_CASES, ids=lambda c: c.name)
def test_usable_input_lists_compares_and_quotes(
    case: Case, tmp_path: Path, base_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _make(case, tmp_path)
    listed = run_in_process(["list", str(path)], capsys)
    assert_user_safe(listed, path.name)
    if case in USABLE_CASES:
        assert listed.code == 0, listed.err
    for fmt in FORMATS:
        compared = run_in_process(["compare", str(path), str(base_article), "-f", fmt], capsys)
        assert_user_safe(compared, path.name, terminal=fmt == "text")
        if case in USABLE_CASES:
            assert compared.code == 0, (fmt, compared.err)
        if compared.code == 0 and fmt == "json":
            data = json.loads(compared.out)
            text = data["left"]["text"]
            for sentence in data["left"]["sentences"]:
                assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    quoted = run_in_process(["quotes", str(path)], capsys)
    assert_user_safe(quoted, path.name)


@pytest.mark.parametrize("case", REFUSED_CASES, ids=lambda c: c.name)
def test_unusable_input_is_refused_in_one_line(case: Case, tmp_path: Path) -> None:
    path = _make(case, tmp_path)
    for args in (["list", str(path)], ["compare", str(path), str(path)], ["quotes", str(path)]):
        result = run_subprocess(args, timeout=60)
        assert_user_safe(result, path.name)
        assert result.code == 2, (args, result.err)


def test_huge_file_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = make_huge(tmp_path)
    result = run_subprocess(["list", str(path)], timeout=60)
    assert_user_safe(result, path.name)
    assert result.code == 2
    assert "MB" in result.err or "bytes" in result.err


def test_missing_path_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.txt"
    result = run_in_process(["compare", str(missing), str(missing)], capsys)
    assert_user_safe(result, "nowhere.txt")
    assert result.code == 2


def test_folder_of_hostile_files_loads_the_good_and_reports_each_bad(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = [case.make(folder) for case in USABLE_CASES if case.make is not None]
    bad = [case.make(folder) for case in REFUSED_CASES if case.name != "directory_as_file"]
    result = run_subprocess(["list", "--format", "json", str(folder)], timeout=120)
    assert "Traceback" not in result.err
    assert result.code == 3, result.err  # the good ones listed, the bad ones skipped
    listed = {Path(row["path"]).name for row in json.loads(result.out)["articles"]}
    for path in good:
        if path.suffix in (".txt", ".md") and not path.name.startswith("."):
            assert path.name in listed
    for path in bad:
        assert path.name not in listed
        assert path.name in result.err
