"""The fifteenth user trial's app fixes: what a teacher (light theme, 80×24, keyboard only) and
a media researcher (the story view) met."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_factory import conflict_sample, sample
from export.test_export_contrast import contrast
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.load_errors import LoadErrors
from newsdiff.cli import main
from newsdiff.core.models import Comparison
from rich.color import Color
from rich.segment import Segment


def main_code(args: list[str]) -> int:
    """``newsdiff ARGS`` in this process: its exit status."""
    try:
        main(args)
    except SystemExit as done:
        return int(done.code or 0)
    return 0


def _contrast(one: Color, two: Color) -> float:
    """The WCAG contrast ratio of two Rich colours."""
    return contrast(one.get_truecolor(), two.get_truecolor())  # type: ignore[arg-type]


async def _drawn(comparison: Comparison, theme: str, moves: int) -> list[Segment]:
    """Every segment the comparison view draws with colour and background at 80×24, with the
    cursor on the first row and after each of ``moves`` presses of `j`."""
    app = NewsDiffApp(comparison=comparison, theme=theme)
    drawn: list[Segment] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        for move in range(moves + 1):
            if move:
                await pilot.press("j")  # the cursor (and its counterpart) on the next row
            for y in range(view.size.height):
                drawn += [
                    segment
                    for segment in view.render_line(y)
                    if segment.text.strip()
                    and segment.style is not None
                    and segment.style.color is not None
                    and segment.style.bgcolor is not None
                ]
    return drawn


def _faint(segments: list[Segment]) -> list[tuple[str, str, float]]:
    """The segments under 3:1 against their own background (reversed: the same pair)."""
    found = []
    for segment in segments:
        style = segment.style
        assert style is not None and style.color is not None and style.bgcolor is not None
        ratio = _contrast(style.color, style.bgcolor)
        if ratio < 3:
            found.append((segment.text, str(style), round(ratio, 2)))
    return found


@pytest.mark.parametrize("theme", ["textual-light", "solarized-light", "textual-dark"])
async def test_sentence_numbers_read_in_every_theme(theme: str) -> None:
    """A teacher on a light theme saw no sentence numbers (`L 3`): the muted colour, an `auto`
    colour, was blended as white whatever the theme. Every number in the view now stands at
    least 3:1 against the row it is drawn on."""
    drawn = await _drawn(sample(), theme, moves=0)
    numbers = [segment for segment in drawn if re.fullmatch(r" *\d+ ", segment.text)]
    assert len(numbers) >= 4, [segment.text for segment in drawn]
    assert not _faint(numbers)


@pytest.mark.parametrize("factory", [sample, conflict_sample])
@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_every_word_and_marker_of_the_view_reads(theme: str, factory) -> None:
    """On a light theme the words a reworded pair shares (bold, `$text`) were white on the
    paraphrased rows' beige, site furniture white on grey, and the cursor row's marker (`≈`
    1.1:1, `=` 1.3:1 on the cursor's blue) all but vanished, as did a conflict's `≠` on the
    cursor in the dark theme (2.1:1): no text or marker of the view, on whatever row, now
    falls under 3:1."""
    assert not _faint(await _drawn(factory(), theme, moves=7))


async def _folder_notice() -> tuple[list[str], str]:
    """The library's notice on the current folder at 80×24: its rows and its border's kind."""
    app = NewsDiffApp([Path(".")])
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        notice = app.screen.query_one("#errors", LoadErrors)
        assert notice.display
        return str(notice.render()).split("\n"), notice.styles.border_top[0]


async def test_reports_saved_beside_the_articles_are_not_load_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A teacher saved her handouts from the app into the articles' folder (where the save
    dialog points) and reopened it: a red box said `3 files could not be loaded`, eight
    rows of 24. Those files are newsdiff's own reports, left out on purpose: one muted row
    says so, no error box; a real failure beside them is still listed as one."""
    for name, text in (("a.txt", "Ferries sail again"), ("b.txt", "Ferry crews return")):
        (tmp_path / name).write_text(f"{text}\n\nThe ferry sailed at noon on Monday.\n")
    monkeypatch.chdir(tmp_path)
    for fmt in ("html", "md", "txt"):
        code = main_code(["compare", "a.txt", "b.txt", "-o", f"handout.{fmt}"])
        assert code == 0
    rows, border = await _folder_notice()
    assert border in ("", "none"), rows  # no error box
    assert len(rows) == 1, rows  # one row, cut to the width
    assert rows[0].startswith("3 newsdiff reports left out (not articles): handout.html, "), rows
    (tmp_path / "empty.txt").write_bytes(b"")
    rows, border = await _folder_notice()
    assert border == "round", rows
    assert rows[:2] == ["1 file could not be loaded:", "  empty.txt: empty file (0 bytes)"]
    assert rows[2].startswith("3 newsdiff reports left out"), rows


async def test_help_markers_keep_their_descriptions_beside_them_at_80_columns() -> None:
    """At 80×24 the compare help's Markers section sized its key column by the status line's
    sample (`L3 ≈ R8 · score 74 · order 41 · …`, 36 cells), so every marker's description
    started at column 41 and ran four lines tall. A key that long now sits on its own line."""
    from newsdiff.app.screens.help import HelpText

    app = NewsDiffApp(comparison=sample(), theme="textual-dark")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        text = app.screen.query_one(HelpText)
        lines = str(text.render()).split("\n")
    shared = next(line for line in lines if "shared: the same sentence" in line)
    assert shared.lstrip().startswith("="), shared
    assert shared.index("shared: the same sentence") <= 24, shared
    sample_at = next(i for i, line in enumerate(lines) if "L3 ≈ R8 · score" in line)
    assert "status line" in lines[sample_at + 1], lines[sample_at : sample_at + 2]
