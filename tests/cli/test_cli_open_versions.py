"""Saved comparisons of every schema version reopen and export; conflicts survive the trip."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from export.export_fixtures import hostile_comparison
from newsdiff.core.compare import compare_files
from newsdiff.core.models import Comparison
from newsdiff.core.serialize import load_comparison
from newsdiff.export.html import render_html
from newsdiff.export.json_export import render_json
from newsdiff.export.markdown import render_markdown
from newsdiff.export.svg import render_svg
from newsdiff.export.text import render_text
from test_cli_launch import HEADLESS

Run = Callable[[list[str]], tuple[int, str, str]]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "claims"


def _version_1(comparison: Comparison) -> str:
    """The JSON an earlier newsdiff wrote: schema /1, links without evidence."""
    data = json.loads(render_json(comparison, version="0.1"))
    data["schema"] = "newsdiff.comparison/1"
    for side in ("left", "right"):
        for sentence in data[side]["sentences"]:
            for link in sentence["links"]:
                del link["evidence"]
    return json.dumps(data)


def test_a_version_1_file_opens_in_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run
) -> None:
    from newsdiff.app import app as app_module

    opened: list[Comparison | None] = []
    monkeypatch.setattr(
        app_module.NewsDiffApp, "run", lambda self, *a, **k: opened.append(self.saved)
    )
    monkeypatch.setenv("TEXTUAL_DRIVER", HEADLESS)  # run is faked: no terminal needed
    saved = tmp_path / "old.json"
    saved.write_text(_version_1(hostile_comparison()), encoding="utf-8")
    code, _, err = run_cli(["open", str(saved)])
    assert code == 0, err
    assert opened == [hostile_comparison()]


def test_a_version_1_file_exports_to_every_format(tmp_path: Path) -> None:
    saved = tmp_path / "old.json"
    saved.write_text(_version_1(hostile_comparison()), encoding="utf-8")
    comparison = load_comparison(saved)
    assert "Officials" in render_text(comparison, color=False, width=120)
    assert "<html" in render_html(comparison, version="0")
    assert "## ≠ Conflicts (0 pairs)" in render_markdown(comparison, version="0")
    assert "<svg" in render_svg(comparison, version="0")
    again = json.loads(render_json(comparison, version="0"))
    assert again["schema"] == "newsdiff.comparison/2"


def test_conflicts_and_evidence_survive_save_and_reopen(tmp_path: Path) -> None:
    comparison = compare_files(FIXTURES / "harbour_gazette.txt", FIXTURES / "dale_courier.txt")
    saved = tmp_path / "saved.json"
    saved.write_text(render_json(comparison, version="0"), encoding="utf-8")
    reopened = load_comparison(saved)
    assert reopened.summary() == comparison.summary()
    conflicts = [
        link
        for aligned in reopened.left.sentences
        for link in aligned.links
        if link.label == "conflict"
    ]
    assert conflicts and all(link.evidence.disagree for link in conflicts)
    text = render_text(reopened, color=False, width=160)
    # L2 has two links: its conflict names the counterpart (eighth user trial)
    assert "≠ R2: figure: 6 weeks ↔ nine weeks" in text
    assert "≠ figure: nine weeks ↔ 6 weeks" in text  # R2 has one link
