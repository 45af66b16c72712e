"""``newsdiff open SAVED.json``: a saved comparison reopens in the app as it was saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from export.export_fixtures import hostile_comparison
from newsdiff.core.models import Comparison
from newsdiff.export.json_export import render_json
from test_cli_launch import HEADLESS

Run = Callable[[list[str]], tuple[int, str, str]]


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"{not json", "invalid JSON at line 1 column 2"),
        (b'{"schema": "newsdiff.quotes/1", "articles": []}', "schema 'newsdiff.quotes/1'"),
        (b"[1, 2, 3]", "expected an object"),
        (b"\xff\xfe\x00\x01", "not UTF-8 text"),
        (b"", "(empty file, 0 bytes)"),
        (b" \n\t\n", "(empty: only white space)"),
    ],
)
def test_foreign_or_damaged_file_is_refused_in_one_line(
    content: bytes, why: str, tmp_path: Path, run_cli: Run
) -> None:
    saved = tmp_path / "saved.json"
    saved.write_bytes(content)
    code, _, err = run_cli(["open", str(saved)])
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {saved}: not a newsdiff comparison (")
    assert why in lines[0]


def test_missing_file(tmp_path: Path, run_cli: Run) -> None:
    code, _, err = run_cli(["open", str(tmp_path / "gone.json")])
    assert code == 2
    assert err == f"error: {tmp_path / 'gone.json'}: no such file or folder\n"


def test_saved_comparison_is_handed_to_the_app_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run
) -> None:
    from newsdiff.app import app as app_module

    opened: list[Comparison | None] = []

    def fake_run(self: app_module.NewsDiffApp, *args: object, **kwargs: object) -> None:
        opened.append(self.saved)

    monkeypatch.setattr(app_module.NewsDiffApp, "run", fake_run)
    monkeypatch.setenv("TEXTUAL_DRIVER", HEADLESS)  # run is faked: no terminal needed
    saved = tmp_path / "saved.json"
    saved.write_text(render_json(hostile_comparison(), version="0"), encoding="utf-8")
    # The original article files do not exist anywhere: the JSON is enough.
    code, _, err = run_cli(["open", str(saved)])
    assert code == 0, err
    assert opened == [hostile_comparison()]


async def test_reopened_comparison_is_shown_as_saved(tmp_path: Path) -> None:
    """Saved JSON → the app's compare screen with the same labels, rows and thresholds."""
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.screens.compare import CompareScreen
    from newsdiff.core.serialize import load_comparison

    saved = tmp_path / "saved.json"
    saved.write_text(render_json(hostile_comparison(), version="0"), encoding="utf-8")
    app = NewsDiffApp(comparison=load_comparison(saved))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        shown = app.screen.comparison
        assert shown == hostile_comparison()
        assert shown is not None and shown.settings.shared == 82.5
        picture = app.export_screenshot()
    assert "Officials" in picture and "≈" in picture and "↕" in picture


@pytest.mark.parametrize(("fmt", "kind"), [("html", "HTML"), ("md", "Markdown")])
def test_an_html_or_markdown_report_points_to_the_json(
    fmt: str, kind: str, tmp_path: Path, run_cli: Run
) -> None:
    """The sixth trial: `newsdiff open report.html` said `invalid JSON at line 1 column 1`."""
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text("Pier shut\n\nThe old pier closed on Monday after a storm.\n", encoding="utf-8")
    right.write_text("Storm shuts pier\n\nA storm shut the old pier on Monday.\n", encoding="utf-8")
    report = tmp_path / f"report.{fmt}"
    assert run_cli(["compare", str(left), str(right), "-o", str(report)])[0] == 0
    code, _, err = run_cli(["open", str(report)])
    assert code == 2
    assert err == (
        f"error: {report}: a newsdiff comparison report ({kind}); only a comparison saved as "
        "JSON reopens (ctrl+s → JSON in the app, or newsdiff compare A B -o saved.json)\n"
    )
