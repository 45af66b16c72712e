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


def _opened_long_names():
    from test_story_key import long_named_story

    story = long_named_story()

    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.articles = story.articles  # type: ignore[attr-defined]
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("j", "l")  # the line under the matrix names the pair 2 → 3
        await pilot.pause()

    return run_before, story


@pytest.mark.parametrize("size", [(80, 24), (120, 30)], ids=["80x24", "120x30"])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
def test_story_key_of_long_names(
    snap_compare, theme: str, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five 24-character names: at 80 columns the key cuts them to what tells them apart so
    each title keeps about 20 characters; at 120 whole names and titles. Under the matrix, the
    cursor's pair named in full."""
    run_before, story = _opened_long_names()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme=theme)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


def _opened_cross_reference(*keys: str, linked_single: bool = False):
    from story_factory import story_with_a_linked_single, story_with_cross_reference

    story, _, _ = story_with_a_linked_single() if linked_single else story_with_cross_reference()

    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.articles = story.articles  # type: ignore[attr-defined]
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    return run_before, story


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
def test_story_cross_reference(snap_compare, theme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Conflicts only: the six / nine weeks claim, its variants, then the pair-view link that
    leaves it, ``Also linked: claim 1 · outlet-3 S4 ≈ outlet-1 S1 (score 58)``; the status
    line numbers the claim (``claim 2``) and the footer offers ``x`` (go to claim 1)."""
    run_before, story = _opened_cross_reference("c")
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme=theme)
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_story_cross_reference_at_80_columns(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 80×24 the cross-reference keeps its line whole under the variants, and ``x`` fits
    in the footer."""
    run_before, story = _opened_cross_reference("c")
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_story_linked_single_at_80_columns(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading order, the cursor on outlet 3's headline, a claim of one outlet the pair view
    links to outlets 1 and 2: its row reads ``1/3   [3 +2 linked]`` and the status line
    ``linked in 2 more (1, 2)`` (issue #16), the words still on the row at 80 columns."""
    keys = ("o", "o", "down", "down", "down", "down")
    run_before, story = _opened_cross_reference(*keys, linked_single=True)
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
