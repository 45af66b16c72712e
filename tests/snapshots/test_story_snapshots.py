"""Snapshots of the Story screen: matrix, claims list and variants, filters; three themes."""

from __future__ import annotations

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from story_factory import sample_story
from textual.pilot import Pilot

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def fixed_story(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Story screen shows the hand-built story, never the evolving scoring."""
    story = sample_story()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )


def _opened(*keys: str):
    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.articles = sample_story().articles  # type: ignore[attr-defined]
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
            await pilot.pause()

    return run_before


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
def test_story(snap_compare, theme: str) -> None:
    """Matrix with shaded, numbered cells and bars; claims by coverage; first claim's variants."""
    app = NewsDiffApp(theme=theme)
    assert snap_compare(app, terminal_size=SIZE, run_before=_opened())


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
def test_story_conflicts_filter(snap_compare, theme: str) -> None:
    """Conflicts only: the six / nine weeks claim with its variants, changed words emphasized."""
    app = NewsDiffApp(theme=theme)
    assert snap_compare(app, terminal_size=SIZE, run_before=_opened("c"))


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
def test_story_only_in_one_outlet_reading_order(snap_compare, theme: str) -> None:
    """Only in one outlet, in reading order."""
    app = NewsDiffApp(theme=theme)
    assert snap_compare(app, terminal_size=SIZE, run_before=_opened("1", "o", "o"))


def test_story_at_80_columns(snap_compare) -> None:
    """At 80×24 the claims list sits above the variants: each claim's line keeps its count, its
    outlets and most of its words."""
    app = NewsDiffApp(theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_opened())


def _claim_opened(pilot_keys: tuple[str, ...] = ()):
    opened = _opened()

    async def run_before(pilot: Pilot) -> None:
        await opened(pilot)
        pilot.app.screen.query_one("#claims").focus()
        await pilot.press("enter", *pilot_keys)
        for _ in range(2):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

    return run_before


@pytest.mark.parametrize("theme", ["textual-dark", "ansi-dark"])
def test_pair_view_provenance(snap_compare, theme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A comparison opened from a claim: before each sentence's number, how many of the three
    articles carry its claim (``3/3``, ``1/3``: digits, no colour needed); the status line
    names the outlets carrying the cursor sentence's claim."""
    from story_factory import StoryPair

    monkeypatch.setattr(engine, "prepare_pair", lambda left, right, corpus: StoryPair(left, right))
    app = NewsDiffApp(theme=theme)
    assert snap_compare(app, terminal_size=SIZE, run_before=_claim_opened())
