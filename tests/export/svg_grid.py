"""An SVG terminal picture read back as a grid of cells: character, text style, background."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

SVG = "{http://www.w3.org/2000/svg}"
CHAR_WIDTH = 20 * 0.61
LINE_HEIGHT = 20 * 1.22


def grid(document: str) -> dict[tuple[int, int], tuple[str, str, str]]:
    """``(line, column) -> (character, CSS rules, background fill)`` of every drawn cell."""
    root = ElementTree.fromstring(document)
    rules = dict(re.findall(r"\.(terminal-\d+-r\d+) \{ ([^}]*) \}", document))
    cells: dict[tuple[int, int], tuple[str, str, str]] = {}
    backgrounds: dict[tuple[int, int], str] = {}
    for rect in root.iter(f"{SVG}rect"):
        if rect.get("shape-rendering") != "crispEdges":
            continue
        line = round((float(rect.get("y", 0)) - 1.5) / LINE_HEIGHT)
        first = round(float(rect.get("x", 0)) / CHAR_WIDTH)
        for column in range(first, first + round(float(rect.get("width", 0)) / CHAR_WIDTH)):
            backgrounds[(line, column)] = rect.get("fill", "")
    for text in root.iter(f"{SVG}text"):
        name = text.get("class", "")
        if name.endswith("-title"):
            continue
        line = round((float(text.get("y", 0)) - 20) / LINE_HEIGHT)
        first = round(float(text.get("x", 0)) / CHAR_WIDTH)
        for offset, char in enumerate((text.text or "").replace("\xa0", " ").rstrip("\n")):
            cells[(line, first + offset)] = (char, rules.get(name, ""), "")
    for key, fill in backgrounds.items():
        char, css, _ = cells.get(key, (" ", "", ""))
        cells[key] = (char, css, fill)
    return {key: value for key, value in cells.items() if value[0] != " " or value[2]}


def text_lines(cells: dict[tuple[int, int], tuple[str, str, str]]) -> list[str]:
    """The characters of the grid, one string per line (for reading a difference)."""
    if not cells:
        return []
    lines = [[" "] * (1 + max(c for _, c in cells)) for _ in range(1 + max(r for r, _ in cells))]
    for (row, column), (char, _css, _fill) in cells.items():
        lines[row][column] = char
    return ["".join(line).rstrip() for line in lines]
