"""User key remapping: ``[keys]`` in ``$XDG_CONFIG_HOME/newsdiff/config.toml``.

Each entry is ``binding-id = "keys"``, e.g. ``next-difference = "d"``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


def config_path() -> Path:
    """Where newsdiff reads its settings (``NEWSDIFF_CONFIG`` overrides)."""
    explicit = os.environ.get("NEWSDIFF_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsdiff" / "config.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The ``[keys]`` table of the config file, and a problem to report (or ``None``).

    A missing file is no problem; an unreadable one or a bad entry is reported, never raised.
    """
    path = path or config_path()
    if not path.is_file():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, f"{path}: {error}"
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f'{path}: [keys] must be a table of binding id = "key"'
    keymap = {str(k): v for k, v in keys.items() if isinstance(v, str) and v.strip()}
    bad = sorted(str(k) for k, v in keys.items() if not (isinstance(v, str) and v.strip()))
    return keymap, (f"{path}: ignored non-string keys for {', '.join(bad)}" if bad else None)
