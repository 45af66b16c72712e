"""The HTML export in a narrow browser window (eighth user trial): a half-screen window or a
tablet showed the summary and quotes tables wider than the page, which scrolled sideways.

Marked ``browser`` like ``test_export_html_browser.py`` (run with ``NEWSDIFF_BROWSER_TESTS=1``
or ``pytest -m browser``; fails, never skips, without Chromium)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from htmltree import parse
from newsdiff.core.compare import compare_files
from newsdiff.export.html import render_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.browser

PROBE = """
<script>
(() => {
  const root = document.documentElement;
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({
    page: [root.scrollWidth, root.clientWidth],
    tables: [...document.querySelectorAll("table")].map((table) => [
      table.className, Math.round(table.getBoundingClientRect().right), table.scrollWidth,
    ]),
  });
  document.body.append(out);
})();
</script>
"""


def _probe(html: str, folder: Path, width: int) -> dict:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"chromium not installed at {CHROMIUM} (apt-get install chromium)")
    page = folder / f"narrow-{width}.html"
    page.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={folder / 'profile'}",
        f"--window-size={width},900",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    (probe,) = [n for n in parse(done.stdout).find_all("pre") if n.attrs.get("id") == "probe"]
    return json.loads(probe.text())


@pytest.mark.parametrize("width", [600, 800])
def test_a_narrow_window_never_scrolls_the_page_sideways(tmp_path: Path, width: int) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    html = render_html(compare_files(seeds[0], seeds[1]), version="9.9.9")
    found = _probe(html, tmp_path, width)
    scroll, client = found["page"]
    assert scroll <= client, found
    # the side-by-side table keeps its two columns at full width: it never needs to scroll
    (compare,) = [table for table in found["tables"] if "compare" in table[0]]
    assert compare[1] <= client, found
