"""An unexpected error in the app ends it with one line and a report file, never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

CRASHING_APP = textwrap.dedent(
    """
    from newsdiff.app.app import NewsDiffApp

    class Crashing(NewsDiffApp):
        def on_ready(self) -> None:
            raise RuntimeError("boom \\x1b[2J in the app")

    app = Crashing(theme="textual-dark")
    app.run(headless=True)
    raise SystemExit(app.return_code)
    """
)


def test_unexpected_error_prints_one_line_and_writes_a_report(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_APP],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "NEWSDIFF_CONFIG": str(tmp_path / "c.toml")},
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1
    assert "Traceback" not in output
    assert "\x1b" not in output
    match = re.search(r"error: unexpected RuntimeError: boom .* \(full report: (\S+)\)", output)
    assert match, output
    report = Path(match.group(1)).read_text(encoding="utf-8")
    assert "Traceback" in report and "RuntimeError" in report
