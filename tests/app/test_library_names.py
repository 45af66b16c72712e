"""The library's File column at 80 columns: a name too long for it is cut on the side that
keeps the names apart (the fourth trial said "at the start", the code cut at the end; the
eighth trial saw `2026-05-0…` twice)."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.article_table import ArticleTable

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{outlet}"></head>
<body><article><h1>{title}</h1>
<p>The Selkirk Quay ferry will sail twice a day from March, the island council said.</p>
<p>"Islanders asked for this," said councillor Wren Abernathy.</p>
</article></body></html>"""


def write_pages(root: Path, names: list[str]) -> list[Path]:
    """Dated pages with an outlet, so the File column is squeezed to its narrowest at 80."""
    for number, name in enumerate(names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        outlet = f"Selkirk Island Courier {number}"
        path.write_text(PAGE.format(title="Ferry to sail twice a day", outlet=outlet), "utf-8")
    return [root / name for name in names]


async def shown_files(paths: list[Path], size: tuple[int, int] = (80, 24)) -> list[str]:
    """The File column as drawn on screen, row by row (what the user reads)."""
    app = NewsDiffApp(paths)
    async with app.run_test(size=size) as pilot:
        for _ in range(2):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(ArticleTable)
        keys = list(table.columns)
        start = sum(table.columns[key].width + 2 for key in keys[: keys.index("file")])
        width = table.columns["file"].width
        lines = [table.render_line(y + 1).text for y in range(table.row_count)]
        return [line[start + 1 : start + 1 + width].rstrip() for line in lines]


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        # the folder tells two `story.html` apart: keep the start
        (["a/story.html", "b/story.html"], ["a/story.h…", "b/story.h…"]),
        # names alike but for their end: keep the end
        (
            ["2026-05-01-gazette.html", "2026-05-01-herald.html"],
            ["…ette.html", "…rald.html"],
        ),
        (["may-coverage/nyt.html", "june-coverage/nyt.html"], ["may-cover…", "june-cove…"]),
        # neither side alone keeps them apart: both ends, as the story's key cuts them
        (
            ["gazette-0501.html", "herald-0501.html", "gazette-0502.html"],
            ["gaz…1.html", "her…1.html", "gaz…2.html"],
        ),
    ],
)
async def test_names_stay_apart_at_80_columns(
    tmp_path: Path, names: list[str], shown: list[str]
) -> None:
    files = await shown_files(write_pages(tmp_path, names))
    assert sorted(files) == sorted(shown)
