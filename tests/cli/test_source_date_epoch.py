"""``SOURCE_DATE_EPOCH`` (reproducible-builds.org): two runs print the same bytes.

A pipeline that diffs two runs' reports, or keeps them under version control, saw the
``Compared …`` time change on every run. With the variable set, every report's time is that
moment, in UTC, whatever the clock says.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from newsdiff.export import common

Run = Callable[[list[str]], Any]
SEEDS = sorted(str(path) for path in (Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
EPOCH = "1767225600"
STAMP = "2026-01-01 00:00 UTC"
COMMANDS = [
    *(
        ["compare", SEEDS[0], SEEDS[1], "--format", fmt]
        for fmt in ("text", "json", "html", "md", "svg")
    ),
    *(["story", *SEEDS[:3], "--format", fmt] for fmt in ("text", "json", "html", "md")),
    *(["quotes", *SEEDS[:2], "--format", fmt] for fmt in ("text", "json")),
    *(["list", *SEEDS[:2], "--format", fmt] for fmt in ("text", "json")),
]
PRINTS_A_TIME = {
    *(("compare", fmt) for fmt in ("html", "md", "svg")),
    *(("story", fmt) for fmt in ("html", "md")),  # story md since the eleventh trial
}


@pytest.fixture
def moving_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A clock that is a day later at every reading: a report that reads it differs per run."""
    ticks = itertools.count()

    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:  # type: ignore[override]
            moment = datetime(2030, 5, 1, 8, 0, tzinfo=UTC).replace(day=1 + next(ticks) % 28)
            return cls.fromtimestamp(moment.timestamp(), UTC)

    monkeypatch.setattr(common, "datetime", Clock)
    yield


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: f"{args[0]}-{args[-1]}")
def test_two_runs_print_the_same_bytes(
    args: list[str], run_cli: Run, monkeypatch: pytest.MonkeyPatch, moving_clock: None
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("COLUMNS", "120")
    first, second = run_cli([*args, "--color", "never"]), run_cli([*args, "--color", "never"])
    assert first.code == 0, first.err
    assert first.out == second.out
    shown = html.unescape(first.out).replace("\xa0", " ")  # the SVG's spaces
    assert (STAMP in shown) == ((args[0], args[-1]) in PRINTS_A_TIME)


def test_without_it_the_clock_is_read(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch, moving_clock: None
) -> None:
    """The variable unset (or empty), each report says when it was made."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")
    args = ["compare", SEEDS[0], SEEDS[1], "--format", "md"]
    assert run_cli(args).out != run_cli(args).out


@pytest.mark.parametrize("value", ["soon", "-5", "1.5", "99999999999999"])
@pytest.mark.parametrize("command", ["compare", "story"])
def test_a_malformed_value_is_one_error_line(
    value: str, command: str, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spec asks to refuse it: falling back to the clock would break reproducibility
    without a word."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    args = [command, SEEDS[0], SEEDS[1], "--format", "md"]
    done = run_cli(args)
    assert done.code == 2
    assert done.out == ""
    assert done.err.count("\n") == 1
    assert done.err.startswith(f"error: SOURCE_DATE_EPOCH: '{value}'")
