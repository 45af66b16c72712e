"""The eighth user trial: the command line in pipelines."""

from __future__ import annotations

import subprocess
import sys

import pytest


def newsdiff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdiff", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["list", "--format", "xml"], "invalid value for '--format' / '-f': 'xml' is not one of"),
        (["list", "--format", "xml", "seeds"], "'--format' / '-f': 'xml' is not one of"),
        (["quotes", "-f", "html"], "invalid value for '--format' / '-f': 'html' is not one of"),
        (["list", "--color", "bogus"], "invalid value for '--color': 'bogus' is not one of"),
    ],
)
def test_a_bad_choice_is_one_plain_line(args: list[str], words: str) -> None:
    """Typer's validation said `invalid value for '--format' / '-f': Value error, 'xml' is not
    one of …`: the library's own wording (`Value error,`) is not newsdiff's to show."""
    result = newsdiff(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr, result.stderr
    assert "Value error" not in result.stderr
