"""One vocabulary: no public name is defined in two modules of ``app/`` and ``export/``, and
the comparison's words (sides, markers) are defined once, in ``core/``."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import newsdiff

PACKAGE = Path(newsdiff.__file__).resolve().parent


def top_level_names(path: Path) -> set[str]:
    """The classes, functions, constants and type aliases a module defines at its top level."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return names


def definitions(*folders: str) -> dict[str, list[str]]:
    """Each public top-level name and the modules (relative paths) that define it."""
    found: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for name in top_level_names(path):
                if not name.startswith("_"):
                    found[name].append(str(path.relative_to(PACKAGE)))
    return found


def test_top_level_names_finds_every_kind_of_definition(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\nB: int = 2\nC = int\ndef d(): ...\nclass E: ...\nc, _f = 1, 2\n")
    assert top_level_names(module) == {"A", "B", "C", "d", "E", "c", "_f"}


def test_no_public_name_is_defined_twice_across_app_and_export() -> None:
    twice = {name: paths for name, paths in definitions("app", "export").items() if len(paths) > 1}
    assert twice == {}


def test_sides_and_markers_are_defined_only_in_core() -> None:
    everywhere = definitions("app", "export", "cli", "core")
    assert everywhere["Side"] == ["core/models.py"]
    for name in ("MARKERS", "MOVED_MARKER", "BOILERPLATE_MARKER", "QUOTE_MARKERS", "LINK_MARKERS"):
        assert everywhere[name] == ["core/markers.py"], name


def test_the_story_screen_offers_the_orders_the_story_report_knows() -> None:
    from newsdiff.app.screens.story import ORDER_NAMES
    from newsdiff.export.story_report import ORDERS

    assert tuple(ORDER_NAMES) == ORDERS
