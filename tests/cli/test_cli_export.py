"""``newsdiff compare … --format html|svg|md|json [-o FILE] [--force]`` as a user runs it."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from export.export_fixtures import hostile_comparison
from export.htmltree import parse
from newsdiff.core.models import Article, Settings
from newsdiff.core.serialize import load_comparison

pytestmark = pytest.mark.pair_texts(
    "Officials met in Geneva on Tuesday. The talks will resume.\n",
    "Officials met in Geneva on Tuesday. Talks resume next week.\n",
)

Run = Callable[[list[str]], tuple[int, str, str]]


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> list[Settings | None]:
    """Replace the alignment engine by the hand-built hostile comparison (records settings)."""
    seen: list[Settings | None] = []
    module = types.ModuleType("newsdiff.core.compare")

    def compare_files(  # noqa: ANN202
        left: Path,
        right: Path,
        settings: Settings | None = None,
        *,
        max_bytes: int | None = None,
        encoding: str | None = None,
        corpus: Sequence[Article] = (),
    ):
        seen.append(settings)
        return hostile_comparison(settings)

    def compare_articles(  # noqa: ANN202
        left: Article,
        right: Article,
        settings: Settings | None = None,
        *,
        corpus: Sequence[Article] = (),
    ):
        seen.append(settings)
        return hostile_comparison(settings)

    module.compare_files = compare_files  # type: ignore[attr-defined]
    module.compare_articles = compare_articles  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsdiff.core.compare", module)
    return seen


@pytest.mark.parametrize("fmt", ["html", "md", "svg", "json"])
def test_each_format_to_stdout_and_to_a_file(
    fmt: str,
    pair: tuple[str, str],
    fake_engine: list[Settings | None],
    tmp_path: Path,
    run_cli: Run,
) -> None:
    left, right = pair
    code, printed, err = run_cli(["compare", left, right, "--format", fmt])
    assert code == 0, err
    assert printed
    target = tmp_path / f"report.{fmt}"
    code, out, err = run_cli(["compare", left, right, "-f", fmt, "-o", str(target)])
    assert code == 0, err
    assert out == ""
    content = target.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(content) == json.loads(printed)
    else:
        # Same report apart from the generation minute.
        assert content.splitlines()[-3:] == printed.splitlines()[-3:]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_thresholds_reach_the_engine_and_the_report(
    pair: tuple[str, str],
    fake_engine: list[Settings | None],
    tmp_path: Path,
    run_cli: Run,
) -> None:
    left, right = pair
    target = tmp_path / "r.html"
    args = ["compare", left, right, "-f", "html", "-o", str(target)]
    code, _, err = run_cli([*args, "--shared", "91", "--paraphrase", "33.5"])
    assert code == 0, err
    assert fake_engine == [Settings(91.0, 33.5)]
    header = parse(target.read_text(encoding="utf-8")).find_all("header")[0].text()
    assert "shared ≥ 91" in header and "paraphrase ≥ 33.5" in header


def test_existing_file_is_not_overwritten_without_force(
    pair: tuple[str, str],
    fake_engine: list[Settings | None],
    tmp_path: Path,
    run_cli: Run,
) -> None:
    left, right = pair
    target = tmp_path / "report.md"
    target.write_text("keep me\n")
    code, _, err = run_cli(["compare", left, right, "-f", "md", "-o", str(target)])
    assert code == 2
    assert err == f"error: {target}: already exists (use --force to overwrite)\n"
    assert target.read_text() == "keep me\n"
    code, _, err = run_cli(["compare", left, right, "-f", "md", "-o", str(target), "--force"])
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("# newsdiff: ")


def test_never_overwrites_an_input_article(
    pair: tuple[str, str],
    fake_engine: list[Settings | None],
    run_cli: Run,
) -> None:
    left, right = pair
    before = Path(right).read_text()
    args = ["compare", left, right, "-f", "html", "-o", right, "--force"]
    code, _, err = run_cli(args)
    assert code == 2
    assert "is one of the articles" in err
    assert Path(right).read_text() == before


@pytest.mark.parametrize(
    ("name", "problem"),
    [("no/such/folder/r.html", "the folder does not exist"), ("", "it is a folder")],
)
def test_bad_output_path_is_one_line(
    name: str,
    problem: str,
    pair: tuple[str, str],
    fake_engine: list[Settings | None],
    tmp_path: Path,
    run_cli: Run,
) -> None:
    left, right = pair
    target = str(tmp_path / name)
    code, _, err = run_cli(["compare", left, right, "-f", "html", "-o", target])
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and lines[0].endswith(problem)


def test_unknown_format(pair: tuple[str, str], run_cli: Run) -> None:
    left, right = pair
    code, _, err = run_cli(["compare", left, right, "-f", "pdf"])
    assert code == 2
    assert err.startswith("error: invalid value for '--format' / '-f': 'pdf' is not one of")


def test_json_of_the_bundled_articles_reopens_as_saved(
    seed_paths: list[Path], tmp_path: Path, run_cli: Run
) -> None:
    """With the real engine: save JSON, read it back, same labels and thresholds."""
    from newsdiff.core.compare import compare_files

    left, right = seed_paths[0], seed_paths[1]
    target = tmp_path / "saved.json"
    args = ["compare", str(left), str(right), "-f", "json", "-o", str(target), "--shared", "85"]
    code, _, err = run_cli(args)
    assert code == 0, err
    reopened = load_comparison(target)
    original = compare_files(left, right, Settings(shared=85.0))
    assert reopened.settings == Settings(shared=85.0)
    for side in ("left", "right"):
        before = getattr(original, side)
        after = getattr(reopened, side)
        assert [a.label for a in after.sentences] == [a.label for a in before.sentences]
        assert [a.moved for a in after.sentences] == [a.moved for a in before.sentences]
        assert after.article.text == before.article.text
    assert reopened.rows == original.rows
    assert reopened.summary() == original.summary()
