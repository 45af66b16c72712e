"""Reporting verbs live in one module: a new list of "said", "told", … written elsewhere would let
two readers of one attribution drift apart (one reads "recalled" as a verb, the other not)."""

from __future__ import annotations

import ast
from pathlib import Path

import newsdiff.core
from newsdiff.core import reporting_verbs

CORE = Path(newsdiff.core.__file__).parent

LEFT_TO_OWNER = {("sentence_mood", "_REPORTING")}
"""A list in a module another engineer owned while this test was written (the verbs after a
quoted question); it moves here with its owner's next change."""

VERBS = (
    reporting_verbs.REPORTING_VERBS
    | reporting_verbs.DOCUMENT_VERBS
    | reporting_verbs.LISTENER_VERBS
    | reporting_verbs.DATED_TELLING_VERBS
    | frozenset(reporting_verbs.CLAUSE_REPORTING_BASES)
)


def _literal_word_lists(path: Path) -> list[tuple[str, set[str]]]:
    """Each module-level assignment's target and the words of its string constants."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        name = target.id if isinstance(target, ast.Name) else "?"
        words: set[str] = set()
        for inner in ast.walk(node):
            if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                words.update(inner.value.split())
        found.append((name, words))
    return found


def test_no_module_but_reporting_verbs_writes_a_list_of_reporting_verbs() -> None:
    offenders = []
    for path in sorted(CORE.glob("*.py")):
        if path.stem == "reporting_verbs":
            continue
        for name, words in _literal_word_lists(path):
            if (path.stem, name) in LEFT_TO_OWNER or len(words) < 4:
                continue
            if len(words & VERBS) * 2 >= len(words):  # mostly reporting verbs
                offenders.append(f"{path.stem}.{name}")
    assert offenders == []


def test_the_narrow_sets_sit_inside_the_wide_one() -> None:
    """Every finite verb a narrower reader knows is one the quote reader knows too."""
    wide = reporting_verbs.REPORTING_VERBS
    assert reporting_verbs.STRONG_REPORTING <= wide
    assert reporting_verbs.EVALUATIVE_VERBS <= wide
    assert reporting_verbs.COMMON_FINITE <= wide
    assert reporting_verbs.TITLE_STOPPING_VERBS <= reporting_verbs.COMMON_FINITE
    assert reporting_verbs.ADDRESSING_VERBS <= reporting_verbs.STRONG_REPORTING
    assert "states" not in reporting_verbs.TITLE_STOPPING_VERBS  # "United States Ambassador"
