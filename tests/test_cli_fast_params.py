"""Plain option values are coerced without Pydantic; every other value and error stays Typer's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from newsdiff.cli.fast_params import _constrained, _fast

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdiff", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [(int, "120", 120), (int, "-3", -3), (float, "85", 85.0), (float, "42.5", 42.5)],
)
def test_plain_numbers_are_read_directly(kind, value, expected) -> None:
    assert _fast(kind, value) == (True, expected)


@pytest.mark.parametrize(
    ("kind", "value"), [(int, "abc"), (int, " 30"), (int, "1_000"), (float, "1e2"), (float, "x")]
)
def test_anything_unusual_goes_to_typer(kind, value) -> None:
    assert _fast(kind, value) == (False, None)


def test_constraints_keep_typers_coercion() -> None:
    from typer.models import OptionInfo

    assert not _constrained(OptionInfo())
    assert _constrained(OptionInfo(min=1))
    assert _constrained(OptionInfo(exists=True))


def test_bad_values_keep_typers_messages() -> None:
    width = run("compare", str(SEEDS[0]), str(SEEDS[1]), "--width", "abc")
    assert width.returncode == 2
    assert "invalid value for '--width'" in width.stderr
    assert "valid integer" in width.stderr
    color = run("compare", str(SEEDS[0]), str(SEEDS[1]), "--color", "bogus")
    assert color.returncode == 2
    assert "'bogus' is not one of 'auto', 'always', 'never'" in color.stderr


def test_a_plain_command_does_not_import_pydantic() -> None:
    code = (
        "import sys\n"
        "from newsdiff.cli import main\n"
        "try:\n"
        "    main(['list', '--format', 'json', '--width', '100'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pydantic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "False"
