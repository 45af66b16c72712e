"""The SVG export: well-formed XML showing the same rows, with markup in articles kept literal."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime

from export_fixtures import hostile_comparison
from newsdiff.export.svg import render_svg

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"


def svg_text(document: str) -> str:
    root = ElementTree.fromstring(document)
    assert root.tag == f"{SVG}svg"
    assert not [node for node in root.iter() if node.tag.endswith("script")]
    return "".join(root.itertext()).replace("\xa0", " ")


def test_hostile_comparison_is_well_formed_and_literal() -> None:
    document = render_svg(hostile_comparison(), version="9.9.9", now=NOW)
    text = svg_text(document)
    for expected in (
        "Talks <b>resume</b> *now*",
        "Talks [bold]restart[/] #2",
        "[bold red]we made progress[/]",
        "restart",
        "newsdiff 9.9.9",
        "shared ≥ 82.5",
        "⟨U+202E⟩",
    ):
        assert expected in text, expected
    for control in ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200b"]:
        assert control not in document


def test_every_marker_is_drawn() -> None:
    text = svg_text(render_svg(hostile_comparison(), version="1", now=NOW))
    for marker in ("=", "≈", "+", "↕"):
        assert marker in text


def _loads_nothing(document: str) -> None:
    """No web font, no remote resource: only ``url(#…)`` references inside the picture."""
    import re

    assert "@font-face" not in document
    assert re.findall(r"url\((?!#)", document) == []
    assert "monospace" in document


def test_the_picture_loads_no_remote_font() -> None:
    _loads_nothing(render_svg(hostile_comparison(), version="9.9.9", now=NOW))


async def test_the_apps_screenshot_is_saved_without_remote_fonts() -> None:
    """What ctrl+s saves from the app (Textual's screenshot) goes through the same filter."""
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.export.render import render

    app = NewsDiffApp(comparison=hostile_comparison())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screenshot = app.export_screenshot()
    assert "@font-face" in screenshot  # Textual's own export asks for a web font ...
    _loads_nothing(render(hostile_comparison(), "svg", svg=screenshot))  # ... the saved file not
