"""The quote sidebar and ``newsdiff quotes`` give a quote one status (usertrial13).

The sidebar said ``⊂ excerpt`` for a fragment that ``newsdiff quotes`` marked ``≈`` (its
remark's status: another outlet reworded the rest). Both now show the quote's own status. The
articles are invented.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.markers import QUOTE_MARKERS
from textual.widgets import OptionList

LEFT = (
    "Velmora opens its tidal barrier\n\n"
    "Mayor Ana Ruiz opened the barrier on Monday after six years of work.\n\n"
    "\u201cWe built this barrier for the families of the lower town, and it will keep their "
    "homes dry for fifty years,\u201d Ruiz said.\n"
)
RIGHT = (
    "Tidal barrier opens in Velmora\n\n"
    "Mayor Ana Ruiz called the barrier a promise kept \u201cfor the families of the lower "
    "town.\u201d\n\n"
    "\u201cWe built this wall for the families of the lower town, and it will keep them dry "
    "for fifty years,\u201d she said.\n"
)
FRAGMENT = "for the families of the lower town."


async def test_the_sidebar_and_the_quotes_command_agree_on_a_fragment(tmp_path: Path) -> None:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    printed = subprocess.run(
        [sys.executable, "-m", "newsdiff", "quotes", str(left), str(right), "--color", "never"],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    ).stdout
    line = next(x for x in printed.splitlines() if x.endswith(f"\u201c{FRAGMENT}\u201d"))
    cli_marker = re.match(r"\s+(\S) fragment ", line)
    assert cli_marker is not None, line
    app = NewsDiffApp(comparison=compare_articles(load_article(left), load_article(right)))
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        options = app.screen.query_one(QuoteSidebar).query_one(OptionList)
        prompts = [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]
    entry = next(p for p in prompts if FRAGMENT in p and "We built" not in p)
    head = entry.splitlines()[0]
    assert head.startswith(f"{QUOTE_MARKERS['excerpt']} excerpt"), head
    assert head.startswith(cli_marker[1]), (head, line)
