"""The quote code stays straight: no import circle among the quote modules (type-only imports
included), no quote module over about five hundred lines and no function in them longer than
about sixty lines. The quote modules are found by following imports from the quote entry points,
so a module split off later is checked too."""

from __future__ import annotations

import ast
from pathlib import Path

import newsdiff.core

CORE = Path(newsdiff.core.__file__).parent
ENTRY_POINTS = ("quotes", "quote_groups", "speaker_names")
OUTSIDE = {"models", "words", "similarity", "segment"}
"""Shared modules the quote code uses but does not own."""
LONGEST = 60
LONGEST_MODULE = 500


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


def core_modules() -> set[str]:
    return {path.stem for path in CORE.glob("*.py") if path.stem != "__init__"}


def quote_modules() -> list[str]:
    """The core modules reachable by imports from the quote entry points."""
    known = core_modules()
    found: set[str] = set()
    todo = list(ENTRY_POINTS)
    while todo:
        name = todo.pop()
        if name in found or name in OUTSIDE or name not in known:
            continue
        found.add(name)
        todo.extend(core_imports(name))
    return sorted(found)


QUOTE_MODULES = quote_modules()


def test_the_quote_modules_include_the_split_off_ones() -> None:
    for name in ("mentions", "article_names", "subjects", "attribution_phrases", "names", "places"):
        assert name in QUOTE_MODULES


def test_the_quote_modules_import_one_another_without_a_circle() -> None:
    modules = set(QUOTE_MODULES)
    graph = {name: core_imports(name) & modules for name in modules}
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for other in sorted(graph[name]):
            assert state.get(other) != "open", "import circle: " + " -> ".join(path + [other])
            if other not in state:
                visit(other, path + [other])
        state[name] = "done"

    for name in sorted(modules):
        if name not in state:
            visit(name, [name])


def test_no_quote_module_is_over_five_hundred_lines() -> None:
    sizes = {
        name: len((CORE / f"{name}.py").read_text(encoding="utf-8").splitlines())
        for name in QUOTE_MODULES
    }
    assert {name: size for name, size in sizes.items() if size > LONGEST_MODULE} == {}


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
