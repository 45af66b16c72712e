"""Ctrl-C at any point of a command is one line, ``error: interrupted``, and status 130."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff import cli
from newsdiff.core import load

Run = Callable[[list[str]], tuple[int, str, str]]


def interrupt(*_args: object, **_kwargs: object) -> None:
    raise KeyboardInterrupt


def test_while_a_command_is_being_imported(run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    # Importing a command takes a noticeable moment; Ctrl-C there used to print a traceback.
    monkeypatch.setattr(cli, "register", interrupt)
    assert run_cli(["list"]) == (130, "", "error: interrupted\n")


@pytest.mark.parametrize("command", ["list", "quotes", "story", "compare"])
def test_while_articles_are_read(
    command: str, run_cli: Run, monkeypatch: pytest.MonkeyPatch, seed_paths: list[Path]
) -> None:
    # Typer turns Ctrl-C inside a command into a silent status 130; every command says it.
    monkeypatch.setattr(load, "_read_regular_file", interrupt)
    code, out, err = run_cli([command, *map(str, seed_paths[:2])])
    assert (code, err) == (130, "error: interrupted\n")
    assert out == ""
