"""Cheap coercion of plain command-line values, Typer's own as the fallback.

Typer (0.29) builds a Pydantic ``TypeAdapter`` for every parameter of the command being run,
even one left at its default; importing its adapter module and building the adapters costs
~70 ms on every ``newsdiff`` command, several times the work of reading two short options. Here
each parameter gets a coercion that returns at once when the value is unambiguous: ``None``, a
``str`` for ``str``, a string of digits for ``int``, a plain decimal for ``float``, an exact
member name of a string enum, a list of strings for ``list[str]``. Anything else (a malformed
number, ``ALWAYS`` in capitals, a path constraint) goes to the adapter Typer would have built,
built then, so every value and every error message stays Typer's.

:func:`install` is a no-op with a Typer that has no ``typer.core.build_runtime_param``.
"""

from __future__ import annotations

import re
import types
from enum import Enum
from typing import Any, Union, get_args, get_origin

_INTEGER = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DEFAULTS = {
    "min": None,
    "max": None,
    "clamp": False,
    "parser": None,
    "click_type": None,
    "exists": False,
    "file_okay": True,
    "dir_okay": True,
    "writable": False,
    "readable": True,
    "resolve_path": False,
    "allow_dash": False,
    "path_type": None,
}
"""ParameterInfo fields at Typer's defaults; a parameter with any other setting validates more
than its type, so it keeps Typer's coercion for every value."""


def _plain(annotation: Any) -> tuple[Any, bool]:
    """``(T, optional)`` for ``T`` or ``T | None``."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(members) == 1:
            return members[0], True
    return annotation, False


def _fast(kind: Any, value: Any) -> tuple[bool, Any]:
    """``(True, coerced)`` when ``value`` is unambiguously a ``kind``, else ``(False, None)``."""
    if kind is str and isinstance(value, str):
        return True, value
    if kind is bool and isinstance(value, bool):
        return True, value
    if kind is int and isinstance(value, str) and _INTEGER.fullmatch(value):
        return True, int(value)
    if kind is float and isinstance(value, str) and _DECIMAL.fullmatch(value):
        return True, float(value)
    if isinstance(kind, type) and issubclass(kind, Enum) and issubclass(kind, str):
        if isinstance(value, kind):
            return True, value
        if isinstance(value, str) and value in kind._value2member_map_:
            return True, kind(value)
    if get_origin(kind) is list and get_args(kind) == (str,):
        if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
            return True, list(value)
    return False, None


def _constrained(parameter_info: Any) -> bool:
    return any(
        getattr(parameter_info, name, default) != default for name, default in _DEFAULTS.items()
    )


def install() -> None:
    """Make Typer coerce plain values without building Pydantic adapters."""
    try:
        from typer import _coercion, core
    except ImportError:
        return
    build: Any = getattr(core, "build_runtime_param", None)
    base = getattr(_coercion, "RuntimeParam", None)
    if build is None or base is None or getattr(build, "_newsdiff_fast", False):
        return

    class FastRuntimeParam(base):  # type: ignore[misc, valid-type]
        """The fast path above; Typer's coercion, built on first need, for everything else."""

        def __init__(self, descriptor: Any) -> None:
            super().__init__(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
            )
            object.__setattr__(self, "_descriptor", descriptor)
            object.__setattr__(self, "_typer", None)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            kind, _ = _plain(self.annotation)
            done, coerced = _fast(kind, value)
            if done:
                return coerced
            typer_param: Any = self._typer
            if typer_param is None:
                typer_param = build(self._descriptor)
                object.__setattr__(self, "_typer", typer_param)
            return typer_param._coerce_value(value, param=param, ctx=ctx)

    def fast_build(descriptor: Any) -> Any:
        if getattr(descriptor, "file_annotation", None) is not None or _constrained(
            descriptor.parameter_info
        ):
            return build(descriptor)
        return FastRuntimeParam(descriptor)

    fast_build._newsdiff_fast = True  # type: ignore[attr-defined]
    core.build_runtime_param = fast_build
