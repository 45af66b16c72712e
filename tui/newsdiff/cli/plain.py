"""Plain command lines read without Typer, so the commonest commands start faster.

Typer and what it imports cost ~25 ms of every command. ``newsdiff compare A B`` with plain
options (``--format``, ``--output``, ``--force``, ``--color``, ``--width``, ``--offline``) is
read here instead and run by :func:`newsdiff.cli.compare_run.run_compare`, the same code the
Typer command calls. Anything else (``--help``, another option, a value Typer would coerce or
refuse, a repeated option, ``--``) returns ``None`` and goes to Typer unchanged, so every usage
message and every coercion stays Typer's.
"""

from __future__ import annotations

from typing import Any

from newsdiff.core.lazy_regex import lazy_compile

VALUE_OPTIONS = {
    "--format": "fmt",
    "-f": "fmt",
    "--output": "output",
    "-o": "output",
    "--color": "color",
    "--width": "width",
}
"""Options that take a value, and the :func:`~newsdiff.cli.compare_run.run_compare` keyword."""

FLAG_OPTIONS = {"--force": "force", "--offline": "offline"}
"""Options that take none."""

COLORS = ("auto", "always", "never")
_DIGITS = lazy_compile(r"[0-9]+")


def compare_arguments(args: list[str]) -> dict[str, Any] | None:
    """Keyword arguments of ``run_compare`` for ``compare ARGS``, or ``None`` (ask Typer)."""
    positional: list[str] = []
    given: dict[str, Any] = {}
    index = 0
    while index < len(args):
        token = args[index]
        index += 1
        if token == "-" or not token.startswith("-"):
            positional.append(token)
            continue
        name, equals, inline = token.partition("=")
        value: str | bool
        if name in FLAG_OPTIONS and not equals:
            key, value = FLAG_OPTIONS[name], True
        elif name in VALUE_OPTIONS:
            if equals:
                value = inline
            elif index < len(args):
                value = args[index]
                index += 1
            else:
                return None
            key = VALUE_OPTIONS[name]
            if isinstance(value, str) and value.startswith("-") and value != "-":
                return None
        else:
            return None
        if key in given:
            return None
        given[key] = value
    if len(positional) != 2:
        return None
    return _coerced(positional, given)


def _coerced(positional: list[str], given: dict[str, Any]) -> dict[str, Any] | None:
    """The values as Typer gives them, or ``None`` when Typer should judge one."""
    from newsdiff.core.models import Settings

    if "color" in given and given["color"] not in COLORS:
        return None
    if "width" in given:
        if not _DIGITS.fullmatch(given["width"]):
            return None
        given["width"] = int(given["width"])
    if "output" in given:
        from newsdiff.cli.exits import output_path

        given["output"] = output_path(given["output"])
    return {"left": positional[0], "right": positional[1], "settings": Settings(), **given}
