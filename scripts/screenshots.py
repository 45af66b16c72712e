"""Regenerate screenshots/{library,compare,quotes,help,story}.svg from the bundled articles.

Run from the repository root: ``python scripts/screenshots.py``. Drives the real app (real
loading, real comparison) headlessly with ``run_test`` and ``save_screenshot``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.diff_view import DiffView

OUT = Path(__file__).resolve().parent.parent / "screenshots"
SIZE = (130, 40)
THEME = "textual-dark"


async def settle(pilot) -> None:
    """Wait for the workers and the messages they post."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.2)


def richest_pair() -> tuple[int, int]:
    """The pair of bundled articles with the most linked sentences (the most telling picture)."""
    from itertools import combinations

    from newsdiff.core.compare import compare_articles
    from newsdiff.core.load import bundled_seeds_dir, load_corpus

    articles = load_corpus([bundled_seeds_dir()]).articles

    def linked(pair: tuple[int, int]) -> int:
        comparison = compare_articles(articles[pair[0]], articles[pair[1]], corpus=articles)
        return sum(1 for s in comparison.left.sentences if s.links)

    return max(combinations(range(len(articles)), 2), key=linked)


async def shoot() -> list[Path]:
    """Take the four screenshots; return their paths."""
    OUT.mkdir(exist_ok=True)
    saved: list[Path] = []
    first, second = richest_pair()
    app = NewsDiffApp(theme=THEME)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*["down"] * first, "space", *["down"] * (second - first), "space")
        saved.append(Path(app.save_screenshot("library.svg", str(OUT))))
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.query_one(DiffView)
        await pilot.press("n")
        await settle(pilot)
        saved.append(Path(app.save_screenshot("compare.svg", str(OUT))))
        await pilot.press("tab", "down")
        await settle(pilot)
        view.refresh()
        saved.append(Path(app.save_screenshot("quotes.svg", str(OUT))))
        await pilot.press("shift+tab", "question_mark")
        await settle(pilot)
        saved.append(Path(app.save_screenshot("help.svg", str(OUT))))
    return saved


async def shoot_story() -> Path:
    """The Story screen on the bundled articles, a claim carried by several outlets selected."""
    OUT.mkdir(exist_ok=True)
    app = NewsDiffApp(theme=THEME)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("tab", "down", "down")
        await settle(pilot)
        return Path(app.save_screenshot("story.svg", str(OUT)))


def main() -> int:
    """Entry point."""
    from newsdiff.export.svg import local_fonts

    for path in [*asyncio.run(shoot()), asyncio.run(shoot_story())]:
        path.write_text(local_fonts(path.read_text(encoding="utf-8")), encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
