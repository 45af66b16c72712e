"""The quote code stays straight: no import circle among its modules (type-only imports
included), and no function longer than about sixty lines."""

from __future__ import annotations

import ast
from pathlib import Path

import newsdiff.core

CORE = Path(newsdiff.core.__file__).parent
QUOTE_MODULES = (
    "quotes",
    "quote_marks",
    "speakers",
    "mentions",
    "mention_types",
    "described_sources",
    "cues",
    "speaker_names",
    "quote_groups",
)
LONGEST = 60


def core_imports(name: str) -> set[str]:
    tree = ast.parse((CORE / f"{name}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("newsdiff.core."):
                found.add(node.module.rsplit(".", 1)[1])
            elif node.module == "newsdiff.core":
                found.update(alias.name for alias in node.names)
    return found


def test_the_quote_modules_import_one_another_without_a_circle() -> None:
    graph = {name: core_imports(name) & set(QUOTE_MODULES) for name in QUOTE_MODULES}
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for other in sorted(graph[name]):
            assert state.get(other) != "open", "import circle: " + " -> ".join(path + [other])
            if other not in state:
                visit(other, path + [other])
        state[name] = "done"

    for name in QUOTE_MODULES:
        if name not in state:
            visit(name, [name])


def test_no_function_in_the_quote_modules_is_over_sixty_lines() -> None:
    long = []
    for name in QUOTE_MODULES:
        tree = ast.parse((CORE / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > LONGEST:
                    long.append(f"{name}.{node.name}: {size} lines")
    assert long == []
