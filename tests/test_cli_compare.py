"""``newsdiff compare``: text for terminals and pipes, JSON, thresholds, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsdiff import compare_texts
from newsdiff.cli import main
from newsdiff.export.text import render_text

LEFT = (
    "Officials Reach Deal on Border Trade\n\n"
    "Negotiators agreed on Tuesday to reopen the border to trade.\n"
    "“We have waited long enough for this day,” the minister said.\n"
    "Critics warned that smugglers would exploit the crossings.\n"
    "Advertisement\n"
)
RIGHT = (
    "Border to Reopen\n\n"
    "“We have waited long enough for this day,” the minister told reporters.\n"
    "Negotiators agreed on Tuesday to reopen the border to trade, officials said.\n"
    "The central bank left interest rates unchanged.\n"
    "Evil [bold red]markup[/] and \x1b[2J escape.\n"
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = 0
    try:
        main(args)
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 0
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    return left, right


def test_text_output_is_plain_in_a_pipe_with_gutter_markers(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["compare", str(pair[0]), str(pair[1])], capsys)
    assert code == 0, err
    assert "\x1b" not in out
    assert "[bold red]markup[/]" in out  # shown literally, not interpreted
    assert "␛[2J" in out
    lines = out.splitlines()
    assert any("=" in line and "We have waited" in line for line in lines)
    assert any("+" in line and "Critics warned" in line for line in lines)
    assert any("↕" in line for line in lines)  # the two sentences swapped places
    assert all(len(line) <= 100 for line in lines)


def test_colour_output_emphasizes_changed_words() -> None:
    comparison = compare_texts(LEFT, RIGHT)
    coloured = render_text(comparison, color=True, width=120)
    plain = render_text(comparison, color=False, width=120)
    assert "\x1b[" in coloured
    assert "\x1b" not in plain
    assert "\x1b[1;4" in coloured or "\x1b[4;1" in coloured or "\x1b[1m\x1b[4m" in coloured


def test_narrow_output_is_sequential() -> None:
    comparison = compare_texts(LEFT, RIGHT)
    narrow = render_text(comparison, color=False, width=60)
    assert all(len(line) <= 60 for line in narrow.splitlines())
    assert any(line.startswith("L") and "Critics" in line for line in narrow.splitlines())
    assert any(line.startswith("R") and "central bank" in line for line in narrow.splitlines())


def test_json_output_and_thresholds(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["compare", str(pair[0]), str(pair[1]), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["left"]["shared"] >= 2
    code, out, _ = run(
        [
            "compare",
            str(pair[0]),
            str(pair[1]),
            "-f",
            "json",
            "--shared",
            "100",
            "--paraphrase",
            "100",
        ],
        capsys,
    )
    assert code == 0
    data = json.loads(out)
    assert data["settings"] == {"shared": 100.0, "paraphrase": 100.0}
    assert data["summary"]["left"]["shared"] == 0


def test_missing_file_is_one_line_error(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run(["compare", str(pair[0]), str(missing)], capsys)
    assert code == 2
    assert err.startswith("error: ") and str(missing) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
