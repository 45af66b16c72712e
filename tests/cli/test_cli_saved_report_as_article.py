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
