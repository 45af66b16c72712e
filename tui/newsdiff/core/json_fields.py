"""Checked reading of JSON fields: each reader returns the value or raises one error that names
the field's path (``left.sentences[3].label: expected one of …``) and what is wrong with it."""

from __future__ import annotations

from typing import Any


class ComparisonFormatError(ValueError):
    """The data is not a valid saved comparison; the message is one line naming the problem."""


def fail(where: str, problem: str) -> ComparisonFormatError:
    """The error for ``problem`` at ``where`` (a dotted path such as ``left.sentences[3]``)."""
    return ComparisonFormatError(f"{where}: {problem}" if where else problem)


def kind_name(value: Any) -> str:
    """The JSON kind of ``value`` as a message names it (``null``, ``str``, ``list``…)."""
    return "null" if value is None else type(value).__name__


def as_object(value: Any, where: str) -> dict[str, Any]:
    """``value`` if it is a JSON object."""
    if not isinstance(value, dict):
        raise fail(where, f"expected an object, found {kind_name(value)}")
    return value


def required(data: dict[str, Any], key: str, where: str) -> Any:
    """``data[key]``, which must be present."""
    if key not in data:
        raise fail(f"{where}.{key}" if where else key, "missing")
    return data[key]


def string_field(data: dict[str, Any], key: str, where: str) -> str:
    """``data[key]``, which must be a string."""
    value = required(data, key, where)
    if not isinstance(value, str):
        raise fail(f"{where}.{key}", f"expected a string, found {kind_name(value)}")
    return value


def optional_string(data: dict[str, Any], key: str, where: str) -> str | None:
    """``data[key]``: a string, or ``None`` when null or absent."""
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise fail(f"{where}.{key}", f"expected a string or null, found {kind_name(value)}")
    return value


def integer(value: Any, where: str, *, low: int = 0, high: int | None = None) -> int:
    """``value`` if it is an integer (not a boolean) within ``low``–``high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(where, f"expected an integer, found {kind_name(value)}")
    if value < low or (high is not None and value > high):
        raise fail(where, f"{value} is out of range")
    return value


def number(value: Any, where: str) -> float:
    """``value`` as a float if it is a finite number (not a boolean)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(where, f"expected a number, found {kind_name(value)}")
    if value != value or value in (float("inf"), float("-inf")):
        raise fail(where, "not a finite number")
    return float(value)


def boolean_field(data: dict[str, Any], key: str, where: str, default: bool) -> bool:
    """``data[key]`` (``default`` when absent), which must be ``true`` or ``false``."""
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise fail(f"{where}.{key}", f"expected true or false, found {kind_name(value)}")
    return value


def choice(value: Any, choices: tuple[str, ...], where: str) -> Any:
    """``value`` if it is one of ``choices``."""
    if value not in choices:
        raise fail(where, f"expected one of {', '.join(choices)}, found {value!r}"[:160])
    return value


def as_list(value: Any, where: str) -> list[Any]:
    """``value`` if it is a JSON list."""
    if not isinstance(value, list):
        raise fail(where, f"expected a list, found {kind_name(value)}")
    return value


def span(value: Any, where: str, limit: int) -> tuple[int, int]:
    """A ``[start, end]`` pair with ``0 <= start <= end <= limit``."""
    items = as_list(value, where)
    if len(items) != 2:
        raise fail(where, "expected [start, end]")
    start = integer(items[0], f"{where}[0]", high=limit)
    end = integer(items[1], f"{where}[1]", low=start, high=limit)
    return start, end
