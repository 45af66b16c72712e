"""The app says which files had terminal escape sequences removed: once per file, in one
notification, with markup and controls in file names shown literally."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.load_notes import MOST_LISTED, TITLE, LoadNotes
from newsdiff.core.models import Article

SIZE = (120, 36)
PLAIN = "Harbour Reopens\n\nThe harbour reopened on Monday after a week of repairs.\n"
COLOURED = (
    "\x1b]0;desk\x07\x1b[1mHarbour Reopens\x1b[0m\n\n"
    "The harbour \x1b[32mreopened\x1b[39m on Monday after a week of repairs.\x1b[K\n"
)


async def test_the_library_names_the_file_and_the_count(tmp_path: Path) -> None:
    (tmp_path / "a plain.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "b [bold]coloured[red].txt").write_text(COLOURED, encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for _ in range(2):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        notes = [n for n in app._notifications if n.title == TITLE]
        assert len(notes) == 1
        assert notes[0].message == (
            f"{tmp_path / 'b [bold]coloured[red].txt'}: removed 6 terminal escape sequences"
        )
        assert not notes[0].markup
        titles = [article.title for article in app.articles]
        assert titles == ["Harbour Reopens", "Harbour Reopens"]
        assert app.articles[0].text == app.articles[1].text


def test_each_file_is_named_once_and_a_long_list_is_cut() -> None:
    notes = LoadNotes()
    coloured = [Article(f"f{i}.txt", "x", "x", escapes_removed=i + 1) for i in range(8)]
    plain = Article("plain.txt", "x", "x")
    first = notes.message([plain, *coloured[:2]])
    assert first == (
        "f0.txt: removed 1 terminal escape sequence\nf1.txt: removed 2 terminal escape sequences"
    )
    assert notes.message([plain, *coloured[:2]]) is None  # the whole library, shown again
    rest = notes.message(coloured)
    assert rest is not None
    lines = rest.split("\n")
    assert lines[:MOST_LISTED][0].startswith("f2.txt: ") and len(lines) == MOST_LISTED + 1
    assert lines[-1] == "… and 1 more file"


async def test_the_notes_are_read_off_the_ui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting a multi-MB file's over-long sentences takes seconds: never on the UI thread."""
    import threading

    from newsdiff.app import load_notes

    threads: list[bool] = []
    real = load_notes.input_note

    def spy(article: Article) -> str | None:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(article)

    monkeypatch.setattr(load_notes, "input_note", spy)
    (tmp_path / "a plain.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "b coloured.txt").write_text(COLOURED, encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for _ in range(2):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        assert [n.title for n in app._notifications].count(TITLE) == 1
    assert threads and not any(threads)
