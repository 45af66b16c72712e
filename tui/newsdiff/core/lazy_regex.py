"""Regular expressions compiled the first time they are used, not when their module is imported.

A comparison of two articles seen before reads their analysis from the cache, so many of the
rules' patterns are never used by it; compiled at import they cost every command their compile
time anyway (docs/benchmarks.md). :func:`lazy_compile` gives an object that compiles on its first
use and then answers exactly as the compiled pattern does, with nothing added to later calls.
Use it for module-level patterns, called through their methods (``_WORD.finditer(text)``); a
lazy pattern cannot be handed to ``re.sub(pattern, …)`` or ``re.compile``.
"""

from __future__ import annotations

import re
from typing import Any, cast

_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)
"""Every public attribute of a compiled pattern."""


class LazyPattern:
    """A pattern and its flags, compiled when one of the pattern's attributes is first read."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Reached only while an attribute is missing: compile once and keep every attribute of
        # the compiled pattern on this object, so that later look-ups find it at once.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on the first use of the result (see the module)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
