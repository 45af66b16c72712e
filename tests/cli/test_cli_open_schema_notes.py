"""``newsdiff open`` says which saved versions open, and why a ``/1`` file shows no evidence.

The twelfth user trial opened a ``newsdiff.comparison/9`` file and read ``expected
'newsdiff.comparison/2'``, though ``/1`` files open too and the file was simply a newer
newsdiff's; and a ``/1`` file's status line had no agreeing or disagreeing words with nothing
to say why. The comparison is the invented one of the export fixtures.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from export.export_fixtures import hostile_comparison
from newsdiff.app.app import NewsDiffApp
from newsdiff.export.json_export import render_json
from test_cli_launch import HEADLESS
from test_cli_open_versions import _version_1

Run = Callable[[list[str]], tuple[int, str, str]]


def test_a_newer_schema_names_the_versions_that_open(tmp_path: Path, run_cli: Run) -> None:
    data = json.loads(render_json(hostile_comparison(), version="0"))
    data["schema"] = "newsdiff.comparison/9"
    saved = tmp_path / "future.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run_cli(["open", str(saved)])
    assert (code, out) == (2, "")
    assert err == (
        f"error: {saved}: saved by a newer newsdiff (schema 'newsdiff.comparison/9'); this "
        "newsdiff opens 'newsdiff.comparison/2' or '/1': update newsdiff to open it\n"
    )


@pytest.mark.parametrize("schema", ["other/1", "newsdiff.comparison/x", "newsdiff.comparison/0"])
def test_another_schema_is_no_comparison_and_says_both_versions(
    schema: str, tmp_path: Path, run_cli: Run
) -> None:
    data = json.loads(render_json(hostile_comparison(), version="0"))
    data["schema"] = schema
    saved = tmp_path / "other.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run_cli(["open", str(saved)])
    assert code == 2
    assert err == (
        f"error: {saved}: not a newsdiff comparison (schema {schema!r}, expected "
        "'newsdiff.comparison/2' or '/1')\n"
    )


async def test_a_version_1_file_says_it_predates_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run
) -> None:
    opened: list[NewsDiffApp] = []
    monkeypatch.setattr(NewsDiffApp, "run", lambda self, *a, **k: opened.append(self))
    monkeypatch.setenv("TEXTUAL_DRIVER", HEADLESS)  # run is faked: no terminal needed
    saved = tmp_path / "old.json"
    saved.write_text(_version_1(hostile_comparison()), encoding="utf-8")
    current = tmp_path / "new.json"
    current.write_text(render_json(hostile_comparison(), version="0"), encoding="utf-8")
    for path in (saved, current):
        code, _, err = run_cli(["open", str(path)])
        assert code == 0, err
    notes: list[list[str]] = []
    for app in opened:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            notes.append([n.message for n in app._notifications])
    older = [note for note in notes[0] if "older newsdiff" in note]
    assert older == [
        "Saved by an older newsdiff (newsdiff.comparison/1), before links kept their evidence: "
        "the status line names no agreeing or disagreeing words. A threshold change (t) scores "
        "the pair again, with them."
    ]
    assert not any("older newsdiff" in note for note in notes[1])
