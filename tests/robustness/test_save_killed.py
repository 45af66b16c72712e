"""A save killed between writing and renaming leaves the earlier report intact."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

KILL_BEFORE_RENAME = textwrap.dedent(
    """
    import os, sys
    from newsdiff.export import atomic

    def die(*args, **kwargs):
        os._exit(9)  # the process dies as if killed: no cleanup, no exception handlers

    atomic.os.replace = die
    atomic.os.rename = die
    atomic.write_atomic(sys.argv[1], "NEW REPORT " * 10000, overwrite=True)
    """
)


def test_killed_save_keeps_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("OLD REPORT", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", KILL_BEFORE_RENAME, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 9, done.stderr
    assert target.read_text(encoding="utf-8") == "OLD REPORT"


def test_killed_first_save_leaves_no_report_behind(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    done = subprocess.run(
        [sys.executable, "-c", KILL_BEFORE_RENAME, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 9, done.stderr
    assert not target.exists()
