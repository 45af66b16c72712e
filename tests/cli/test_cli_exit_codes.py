"""One exit rule for every command over several inputs (``list``, ``quotes``, ``story``).

0 when every input was used; 3 when the output was made from the good inputs and some were
skipped, each named by one ``error:`` line; 2 when nothing usable was left (or, with
``--strict``, when any input failed: then nothing is written to stdout). A pipeline can tell
"some inputs skipped" from "all good" by the status alone. ``compare`` and ``open`` take a
fixed set of inputs: any bad one exits 2.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FLOOD = (
    "Flood waters closed the coast road at Harlow Point on Tuesday.\n\n"
    "The county council said 300 homes had been evacuated overnight.\n\n"
    '"We expect the water to fall by Thursday," said the fire chief, Dana Ilves.\n'
)
FLOOD_AGAIN = (
    "The coast road at Harlow Point was closed by flood waters on Tuesday.\n\n"
    "Some 300 homes were evacuated overnight, according to the county council.\n\n"
    '"We expect the water to fall by Thursday," Dana Ilves said.\n'
)

Run = Callable[[list[str]], Any]
COMMANDS = ["list", "quotes", "story"]


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = [tmp_path / "wire.txt", tmp_path / "local.txt"]
    for path, text in zip(paths, (FLOOD, FLOOD_AGAIN), strict=True):
        path.write_text(text, encoding="utf-8")
    return [str(path) for path in paths]


@pytest.fixture
def bad(tmp_path: Path) -> list[str]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return [str(tmp_path / "missing.txt"), str(empty)]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_input_used_exits_0(run_cli: Run, articles: list[str], command: str) -> None:
    result = run_cli([command, *articles, "-f", "json"])
    assert (result.code, result.err) == (0, "")
    assert json.loads(result.out)


@pytest.mark.parametrize("command", COMMANDS)
def test_some_inputs_skipped_exits_3_with_the_output_and_one_line_each(
    run_cli: Run, articles: list[str], bad: list[str], command: str
) -> None:
    complete = run_cli([command, *articles, "-f", "json"]).out
    result = run_cli([command, articles[0], bad[0], articles[1], bad[1], "-f", "json"])
    assert result.code == 3
    lines = result.err.splitlines()
    assert [line.split(": ")[1] for line in lines] == bad
    assert all(line.startswith("error: ") for line in lines)
    made = json.loads(result.out)
    paths = {a["path"] for a in made["articles"]} if "articles" in made else None
    assert paths is None or paths == set(articles)
    if command == "story":  # the skipped inputs change nothing in what the good ones make
        assert made["matrix"] == json.loads(complete)["matrix"]


@pytest.mark.parametrize("command", COMMANDS)
def test_strict_makes_a_skipped_input_fatal_before_any_output(
    run_cli: Run, articles: list[str], bad: list[str], command: str
) -> None:
    result = run_cli([command, *articles, bad[0], "--strict"])
    assert (result.code, result.out) == (2, "")
    assert result.err.splitlines() == [f"error: {bad[0]}: no such file or folder"]
    assert run_cli([command, *articles, "--strict"]).code == 0


@pytest.mark.parametrize("command", COMMANDS)
def test_nothing_usable_exits_2(run_cli: Run, bad: list[str], command: str) -> None:
    result = run_cli([command, *bad])
    assert result.code == 2
    assert result.err.splitlines()[: len(bad)] == [
        f"error: {bad[0]}: no such file or folder",
        f"error: {bad[1]}: empty file (0 bytes)",
    ]


def test_a_story_of_one_good_article_is_not_a_partial_story(
    run_cli: Run, articles: list[str], bad: list[str]
) -> None:
    result = run_cli(["story", articles[0], bad[0]])
    assert (result.code, result.out) == (2, "")
    assert "two or more" in result.err.splitlines()[-1]


@pytest.mark.parametrize("command", ["compare", "open"])
def test_commands_over_fixed_inputs_exit_2_on_any_bad_one(
    run_cli: Run, articles: list[str], bad: list[str], command: str
) -> None:
    args = ["compare", articles[0], bad[0]] if command == "compare" else ["open", bad[1]]
    result = run_cli(args)
    assert (result.code, result.out) == (2, "")
    assert len(result.err.splitlines()) == 1
