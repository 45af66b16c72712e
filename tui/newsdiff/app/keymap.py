"""User key remapping: ``[keys]`` in ``$XDG_CONFIG_HOME/newsdiff/config.toml``.

Each entry is ``binding-id = "keys"``, e.g. ``next-difference = "d"`` or ``quit = "ctrl+q,f10"``.
The file is the user's, but it may come from anywhere (a dotfiles repository, a colleague), so
every entry is checked before Textual sees it: a binding id is lower-case letters, digits and
dashes; a key is a Textual key name (``ctrl+shift+left``, ``question_mark``, ``f5``) or one
printable character. Anything else — an escape sequence, ``[link=…]`` markup, a control
character — is left out and named (with its controls shown as symbols) in one warning.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from newsdiff.core.sanitize import visible_line

MAX_CONFIG_BYTES = 1_000_000
"""A config file larger than this is not read."""

_BINDING_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_KEY_NAME = re.compile(r"(?:(?:ctrl|shift|alt|meta|super|hyper)\+){0,4}[a-z0-9_]{1,32}")
_MODIFIED_CHAR = re.compile(r"(?:(?:ctrl|shift|alt|meta|super|hyper)\+){1,4}(.)")


def config_path() -> Path:
    """Where newsdiff reads its settings (``NEWSDIFF_CONFIG`` overrides)."""
    explicit = os.environ.get("NEWSDIFF_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsdiff" / "config.toml"


def valid_key(key: str) -> bool:
    """Whether ``key`` is one key Textual can bind: a key name or one printable character."""
    if _KEY_NAME.fullmatch(key):
        return True
    modified = _MODIFIED_CHAR.fullmatch(key)
    return _printable_char(modified.group(1) if modified else key)


def _printable_char(text: str) -> bool:
    if len(text) != 1 or text.isspace():
        return False
    return unicodedata.category(text)[0] not in "CZM"


def valid_keys(value: object) -> bool:
    """Whether ``value`` is a comma-separated list of valid keys (``"d"``, ``"ctrl+q,f10"``)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        return False
    keys = [key.strip() for key in value.split(",")]
    return all(keys) and all(valid_key(key) for key in keys)


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The valid entries of the ``[keys]`` table, and a problem to report (or ``None``).

    A missing file is no problem; an unreadable one or a bad entry is reported, never raised.
    The report is plain one-line text (controls shown as symbols).
    """
    path = path or config_path()
    shown = visible_line(str(path))
    try:
        if not path.is_file():
            return {}, None
    except (OSError, ValueError) as error:
        return {}, visible_line(f"{shown}: {error}")
    import tomllib  # only with a config file: most sessions have none (~2 ms of the start)

    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            return {}, f"{shown}: larger than 1 MB, not read"
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as error:
        return {}, visible_line(f"{shown}: {error}")
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f'{shown}: [keys] must be a table of binding id = "key"'
    keymap: dict[str, str] = {}
    bad: list[str] = []
    for binding, value in keys.items():
        if _BINDING_ID.fullmatch(binding) and valid_keys(value):
            keymap[binding] = ",".join(key.strip() for key in str(value).split(","))
        else:
            bad.append(visible_line(repr(binding))[:40])
    if not bad:
        return keymap, None
    return keymap, f"{shown}: ignored invalid key entries for {', '.join(sorted(bad))}"
