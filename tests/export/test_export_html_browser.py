"""The HTML export rendered by a real browser (headless Chromium, as ``.ci/run`` installs it).

Marked ``browser``: these run when ``NEWSDIFF_BROWSER_TESTS=1`` (``.ci/run`` sets it) or with
``pytest -m browser``, and fail, never skip, when Chromium is missing.

The export itself has no script. The test renders a copy with one probe script appended that
writes the computed styles of every sentence cell into the page, then reads them back from
``--dump-dom``: the labelled sentences are there, styled by label, in light and dark mode.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from export_fixtures import hostile_comparison
from htmltree import parse
from newsdiff.core.models import Comparison
from newsdiff.export.common import revealed
from newsdiff.export.html import render_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.browser

PROBE = """
<script>
(() => {
  const style = (el, prop) => el ? getComputedStyle(el)[prop] : null;
  const cells = [...document.querySelectorAll("td.sentence:not(.empty)")].map((td) => ({
    id: td.id,
    label: td.dataset.label,
    moved: td.dataset.moved === "true",
    text: td.querySelector(".text").textContent,
    background: style(td, "backgroundColor"),
    marker: td.previousElementSibling.textContent,
    markerColor: style(td.previousElementSibling, "color"),
    visible: td.getBoundingClientRect().width > 50 && td.getBoundingClientRect().height > 5,
    changed: [...td.querySelectorAll("del, ins")].map((el) => ({
      text: el.textContent, background: style(el, "backgroundColor"),
      weight: style(el, "fontWeight"),
    })),
  }));
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({
    cells,
    scripts: document.querySelectorAll("script").length,
    body: [style(document.body, "backgroundColor"), style(document.body, "color")],
  });
  document.body.append(out);
})();
</script>
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    """The Chromium binary; a browser test without one fails (it was asked for)."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"chromium not installed at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


def render_in_browser(
    chromium: str, comparison: Comparison, folder: Path, *, dark: bool = False
) -> dict:
    """Load the export (plus the probe) in headless Chromium and return the probe's findings."""
    document = render_html(comparison, version="9.9.9")
    page = folder / ("dark.html" if dark else "light.html")
    page.write_text(document.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={folder / 'profile'}",
        "--window-size=1280,1000",
        f"--blink-settings=preferredColorScheme={0 if dark else 1}",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    probes = [
        node for node in parse(done.stdout).find_all("pre") if node.attrs.get("id") == "probe"
    ]
    assert len(probes) == 1, done.stdout[-2000:]
    return json.loads(probes[0].text())


def test_labelled_sentences_are_rendered_and_styled(chromium: str, tmp_path: Path) -> None:
    comparison = hostile_comparison()
    found = render_in_browser(chromium, comparison, tmp_path)
    assert found["scripts"] == 1  # only the probe: the article's <script> stayed text
    cells = {cell["id"]: cell for cell in found["cells"]}
    expected_ids = {f"L{row.left + 1}" for row in comparison.rows if row.left is not None} | {
        f"R{row.right + 1}" for row in comparison.rows if row.right is not None
    }
    assert set(cells) == expected_ids
    for side, prefix in ((comparison.left, "L"), (comparison.right, "R")):
        for aligned in side.sentences:
            cell = cells[f"{prefix}{aligned.sentence.index + 1}"]
            assert cell["label"] == aligned.label
            assert cell["text"] == revealed(aligned.sentence.text)
            assert cell["visible"]
    by_label: dict[str, set[str]] = {}
    marker_colors: dict[str, set[str]] = {}
    for cell in found["cells"]:
        by_label.setdefault(cell["label"], set()).add(cell["background"])
        if not cell["moved"]:
            marker_colors.setdefault(cell["label"], set()).add(cell["markerColor"])
    # One background per label; paraphrased and unique are tinted and differ; shared is plain.
    assert all(len(colors) == 1 for colors in by_label.values()), by_label
    shared, paraphrased, unique = (
        by_label[name].pop() for name in ("shared", "paraphrased", "unique")
    )
    assert shared == "rgba(0, 0, 0, 0)"
    assert len({shared, paraphrased, unique}) == 3
    assert len({colors.pop() for colors in marker_colors.values()}) == 3
    # Changed words are emphasized with their own background and weight.
    first = cells["L1"]["changed"]
    assert [change["text"] for change in first] == ["resume"]
    assert first[0]["background"] not in ("rgba(0, 0, 0, 0)", paraphrased)
    assert int(first[0]["weight"]) >= 600


def test_dark_mode_changes_the_palette_and_stays_readable(chromium: str, tmp_path: Path) -> None:
    light = render_in_browser(chromium, hostile_comparison(), tmp_path)
    dark = render_in_browser(chromium, hostile_comparison(), tmp_path, dark=True)
    assert light["body"] != dark["body"]

    def luminance(rgb: str) -> float:
        red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : -1].split(",")[:3])
        return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255

    light_bg, light_fg = (luminance(color) for color in light["body"])
    dark_bg, dark_fg = (luminance(color) for color in dark["body"])
    assert light_bg > 0.9 and light_fg < 0.2
    assert dark_bg < 0.1 and dark_fg > 0.8


def test_bundled_articles_render_with_every_sentence(chromium: str, tmp_path: Path) -> None:
    from newsdiff.core.compare import compare_files

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    comparison = compare_files(seeds[0], seeds[1])
    found = render_in_browser(chromium, comparison, tmp_path)
    assert found["scripts"] == 1
    cells = {cell["id"]: cell for cell in found["cells"]}
    for side, prefix in ((comparison.left, "L"), (comparison.right, "R")):
        for aligned in side.sentences:
            cell = cells[f"{prefix}{aligned.sentence.index + 1}"]
            assert cell["label"] == aligned.label
            assert cell["text"] == revealed(aligned.sentence.text)
            assert cell["visible"]
    backgrounds: dict[str, set[str]] = {}
    for cell in found["cells"]:
        backgrounds.setdefault(cell["label"], set()).add(cell["background"])
    assert all(len(colors) == 1 for colors in backgrounds.values())
    assert len({colors.pop() for colors in backgrounds.values()}) == len(backgrounds)
