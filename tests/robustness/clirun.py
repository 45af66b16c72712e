"""Run the real command line on hostile inputs and check what a user would see."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

import pytest
from newsdiff.cli import main


@dataclass(frozen=True)
class CliResult:
    """What one run of ``newsdiff`` printed and returned."""

    code: int
    out: str
    err: str


def run_in_process(args: list[str], capsys: pytest.CaptureFixture[str]) -> CliResult:
    """Run ``newsdiff ARGS`` in this process (fast) and capture what it printed."""
    capsys.readouterr()
    code = 0
    try:
        main(args)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)


def run_subprocess(args: list[str], timeout: float = 60) -> CliResult:
    """Run ``newsdiff ARGS`` in a child process with a time bound (for inputs that could hang)."""
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


TERMINAL_CONTROLS = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200b"]


def assert_user_safe(result: CliResult, name: str, *, terminal: bool = True) -> None:
    """No traceback; a failure is one ``error:`` line naming the input; no live escapes."""
    assert "Traceback" not in result.out + result.err
    assert result.code in (0, 2), (result.code, result.err)
    if result.code == 2:
        lines = [line for line in result.err.splitlines() if line.strip()]
        assert len(lines) >= 1 and all(line.startswith("error: ") for line in lines), result.err
        assert any(name in line for line in lines), (name, result.err)
    if terminal:
        for control in TERMINAL_CONTROLS:
            assert control not in result.out, (repr(control), name)
            assert control not in result.err, (repr(control), name)
