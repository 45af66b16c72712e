"""A story report reads the claims' cross-references once: the summary line took them again
(``summary_line`` called ``linked_outlets(story)`` without the report's), a second pass over
every claim's links for nothing on a 300-article story."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsdiff.core import story_xref
from newsdiff.export import story_html, story_report
from newsdiff.export.story_render import render_story
from story_factory import sample_story


@pytest.mark.parametrize("fmt", ["text", "md", "html", "json"])
def test_each_report_reads_the_cross_references_once(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = sample_story()
    calls: list[int] = []
    real = story_xref.cross_references

    def counted(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    for module in (story_xref, story_report, story_html):
        monkeypatch.setattr(module, "cross_references", counted)
    before = render_story(story, fmt)
    assert len(calls) == 1, f"{fmt}: cross_references read {len(calls)} times"
    monkeypatch.undo()
    assert render_story(story, fmt) == before  # and the report is the same


def test_the_summary_line_uses_the_outlets_given(monkeypatch: pytest.MonkeyPatch) -> None:
    story = sample_story()
    linked = story_xref.linked_outlets(story)
    expected = story_report.summary_line(story)
    fail: Callable[..., object] = lambda *args: pytest.fail("read again")  # noqa: E731
    monkeypatch.setattr(story_report, "linked_outlets", fail)
    assert story_report.summary_line(story, linked) == expected
