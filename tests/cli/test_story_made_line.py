"""``newsdiff story`` says when and with what it was made, as ``newsdiff compare`` does.

The eleventh trial: a fact-checker who saved a story as Markdown had no date on it, where the
comparison's Markdown says ``Compared … with newsdiff …; thresholds: …``; the HTML said the
time but neither the version nor the thresholds that decided every count in it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from newsdiff import __version__

Run = Callable[[list[str]], Any]
SEEDS = sorted(str(path) for path in (Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
EPOCH, STAMP = "1767225600", "2026-01-01 00:00 UTC"


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("shared", [None, "90"])
def test_the_report_names_its_time_version_and_thresholds(
    fmt: str, shared: str | None, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    options = [] if shared is None else ["--shared", shared]
    done = run_cli(["story", *SEEDS[:3], "--format", fmt, *options])
    assert done.code == 0, done.err
    made = (
        f"Made {STAMP} with newsdiff {__version__}; thresholds: shared ≥ {shared or 80}, "
        "paraphrase ≥ 50."
    )
    assert made in done.out
    # said once, near the top: before the articles are listed
    assert done.out.count("Made ") == 1
    assert done.out.index(made) < done.out.index("Articles")


def test_the_compare_markdown_says_it_in_the_same_words(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The two reports a reader files side by side give the time the same way."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    compare = run_cli(["compare", *SEEDS[:2], "--format", "md"]).out
    story = run_cli(["story", *SEEDS[:2], "--format", "md"]).out
    assert f"Compared {STAMP} with newsdiff {__version__}; thresholds: shared ≥ 80" in compare
    assert f"Made {STAMP} with newsdiff {__version__}; thresholds: shared ≥ 80" in story
