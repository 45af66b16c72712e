"""newsdiff's own JSON output named as an article is refused with a pointer, not compared."""

from __future__ import annotations

import json
from pathlib import Path

from newsdiff.cli import app
from typer.testing import CliRunner

runner = CliRunner()

LEFT = "Pier Closes\n\nThe old pier closed on Monday after a storm damaged its deck.\n"
RIGHT = "Storm Shuts Pier\n\nA storm damaged the deck of the old pier, which closed Monday.\n"


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_a_saved_comparison_named_as_an_article_points_to_open(tmp_path: Path) -> None:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    saved = tmp_path / "saved.json"
    assert invoke("compare", str(left), str(right), "-o", str(saved))[0] == 0
    assert json.loads(saved.read_text(encoding="utf-8"))["schema"].startswith("newsdiff.")
    code, out, err = invoke("compare", str(saved), str(right))
    assert (code, out) == (2, "")
    assert err == (
        f"error: {saved}: a saved newsdiff comparison, not an article "
        f"(reopen it: newsdiff open {saved})\n"
    )
    story = tmp_path / "story.json"
    assert invoke("story", str(left), str(right), "-o", str(story))[0] == 0
    code, out, err = invoke("list", str(story), str(left))
    assert code == 3 and "left.txt" in out
    assert err == f"error: {story}: a newsdiff story report (JSON), not an article\n"


def test_an_article_about_json_still_loads(tmp_path: Path) -> None:
    """Only newsdiff's own schema line is refused: other JSON-looking text is still read."""
    other = tmp_path / "data.txt"
    other.write_text('{"schema": "acme.v1"}\n\nThe pier reopened on Friday.\n', encoding="utf-8")
    code, out, _err = invoke("list", str(other), "--format", "json")
    assert code == 0 and json.loads(out)["articles"][0]["sentences"] >= 1


def test_reports_saved_into_the_articles_folder_are_refused_not_loaded(tmp_path: Path) -> None:
    """The sixth trial: the app's save dialog offers the current folder, so the reports land
    beside the articles; the next `newsdiff folder/` loaded the Markdown report as an article
    sharing every sentence with both, and the HTML report as a page without article text."""
    folder = tmp_path / "story"
    folder.mkdir()
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    written = {
        "compare.html": ("compare", "--format", "html"),
        "compare.md": ("compare", "--format", "md"),
        "compare.txt": ("compare", "--format", "text"),
        "story.html": ("story", "--format", "html"),
        "story.md": ("story", "--format", "md"),
        "story.txt": ("story", "--format", "text"),
    }
    for name, (command, *options) in written.items():
        code, _out, _err = invoke(
            command, str(left), str(right), *options, "-o", str(folder / name)
        )
        assert code == 0, name
    code, out, _err = invoke("quotes", str(left), str(right), "--color", "never")
    (folder / "quotes.txt").write_text(out, encoding="utf-8")
    code, out, err = invoke("list", str(folder), "--format", "json")
    assert code == 3
    assert [Path(a["path"]).name for a in json.loads(out)["articles"]] == ["left.txt", "right.txt"]
    refused = {line.split(": ")[1]: line for line in err.splitlines()}
    assert set(refused) == {str(folder / name) for name in [*written, "quotes.txt"]}, err
    assert all("a newsdiff " in line and "not an article" in line for line in refused.values())
    assert "comparison report (Markdown)" in refused[str(folder / "compare.md")]
    assert "story report (HTML)" in refused[str(folder / "story.html")]


def test_articles_that_look_a_little_like_reports_still_load(tmp_path: Path) -> None:
    """Only the whole start of a report is refused, not a headline that shares its words."""
    for name, text in {
        "a.md": "# Story: the pier reopens\n\nThe pier reopened on Friday after repairs.\n",
        "b.md": "# newsdiff: a tool for editors\n\nThe tool compares two articles.\n",
        "c.txt": "L: the left bank\n\nThe left bank of the river flooded on Friday.\n",
        "d.txt": "3 articles, 2 quotes and a map.\n\nThe pier reopened on Friday.\n",
        "e.html": "<!DOCTYPE html><html><head><title>Story: pier</title></head>"
        "<body><article><h1>Pier reopens</h1><p>The pier reopened on Friday after "
        "weeks of repairs to its deck.</p></article></body></html>",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, err = invoke("list", str(tmp_path), "--format", "json")
    assert (code, err) == (0, ""), err
    assert len(json.loads(out)["articles"]) == 5
