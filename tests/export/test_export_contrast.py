"""Every marker and colour of the reports is readable: WCAG AA contrast (4.5:1) computed here.

The HTML palette is read from the exported stylesheet, for light mode, dark mode
(``prefers-color-scheme: dark``) and print. Translucent tints are laid over the page background
as a browser does, and every text colour is checked on every background it can appear on: label
markers on their row tint, text and changed words on every tint, muted numbers and links, quote
statuses, the control-character stand-ins. The SVG's colours are checked on its terminal
background and row tints.
"""

from __future__ import annotations

import re

import pytest
from newsdiff.export import svg
from newsdiff.export.html import COMPARISON_CSS as CSS
from rich.terminal_theme import SVG_EXPORT_THEME

AA = 4.5
LABELS = ("shared", "paraphrased", "unique")

RGB = tuple[float, float, float]


def parse_color(value: str) -> tuple[RGB, float]:
    """``#rrggbb`` or ``rgba(r, g, b, a)`` as channels 0-255 and an alpha."""
    value = value.strip()
    if value.startswith("#"):
        hexa = value[1:]
        return (int(hexa[0:2], 16), int(hexa[2:4], 16), int(hexa[4:6], 16)), 1.0
    match = re.fullmatch(r"rgba?\(([^)]*)\)", value)
    assert match, value
    parts = [float(p) for p in match.group(1).split(",")]
    return (parts[0], parts[1], parts[2]), (parts[3] if len(parts) == 4 else 1.0)


def over(top: str, base: RGB) -> RGB:
    rgb, alpha = parse_color(top)
    return tuple(alpha * c + (1 - alpha) * b for c, b in zip(rgb, base, strict=True))  # type: ignore[return-value]


def luminance(rgb: RGB) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def variables(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*([^;]+);", block))


def palettes() -> dict[str, dict[str, str]]:
    """The CSS variables in force in each mode (dark and print override the light ones)."""
    light = variables(CSS[CSS.index(":root") : CSS.index("}", CSS.index(":root"))])
    dark_start = CSS.index("@media (prefers-color-scheme: dark)")
    dark = variables(CSS[dark_start : CSS.index("}\n}", dark_start)])
    print_start = CSS.index("@media print")
    printed = variables(CSS[print_start : CSS.index("}", CSS.index(":root", print_start))])
    return {"light": light, "dark": {**light, **dark}, "print": {**light, **printed}}


def html_pairs(colors: dict[str, str]) -> list[tuple[str, RGB, RGB]]:
    """(what, foreground, background) for everything the HTML report draws as text."""
    page = parse_color(colors["bg"])[0]
    rows = {"shared": page}
    for label in ("paraphrased", "unique"):
        rows[label] = over(colors[f"{label}-bg"], page)
    fg = parse_color(colors["fg"])[0]
    muted = parse_color(colors["muted"])[0]
    pairs = [("text on page", fg, page), ("muted on page", muted, page)]
    pairs.append(("text on table head", fg, parse_color(colors["head"])[0]))
    for label, row in rows.items():
        marker = parse_color(colors[label])[0]
        pairs += [
            (f"{label} marker on its row", marker, row),
            (f"{label} marker in the legend", marker, page),
            (f"text on a {label} row", fg, row),
            (f"muted number/link on a {label} row", muted, row),
            (f"changed words on a {label} row", fg, over(colors["changed-bg"], row)),
            (f"control stand-in on a {label} row", parse_color(colors["unique"])[0], row),
            (f"moved marker on a {label} row", parse_color(colors["moved"])[0], row),
            (f"text of a linked-to {label} sentence", fg, over(colors["target"], row)),
        ]
    return pairs


@pytest.mark.parametrize("mode", ["light", "dark", "print"])
def test_html_colours_reach_aa_contrast(mode: str) -> None:
    failures = [
        f"{what}: {contrast(fg, bg):.2f}"
        for what, fg, bg in html_pairs(palettes()[mode])
        if contrast(fg, bg) < AA
    ]
    assert not failures, failures


def test_svg_colours_reach_aa_contrast() -> None:
    page = (
        SVG_EXPORT_THEME.background_color.triplet
        if hasattr(SVG_EXPORT_THEME.background_color, "triplet")
        else tuple(SVG_EXPORT_THEME.background_color)
    )
    text = tuple(SVG_EXPORT_THEME.foreground_color)
    rows = {"shared": page}
    for label in ("paraphrased", "unique"):
        triplet = svg.ROW_STYLES[label].bgcolor.get_truecolor()
        rows[label] = tuple(triplet)
    changed = tuple(svg.CHANGED.bgcolor.get_truecolor())
    failures = []
    for label, row in rows.items():
        marker = tuple(svg.MARKER_STYLES[label].color.get_truecolor())
        for what, fg, bg in (
            (f"{label} marker on its row", marker, row),
            (f"{label} marker on the page", marker, page),
            (f"text on a {label} row", text, row),
            ("changed words", text, changed),
        ):
            if contrast(fg, bg) < AA:
                failures.append(f"{what}: {contrast(fg, bg):.2f}")
    assert not failures, failures


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert over("rgba(0, 0, 0, 0.5)", (255, 255, 255)) == (127.5, 127.5, 127.5)
