"""The save dialog's file names: which extension a name has, the one a save adds, and the
folder a typed path goes to, said to fit the dialog.

Split out of :mod:`newsdiff.app.screens.save_dialog` (appfix16, the module limit); no widget
here, so each rule reads (and is tested) apart from the dialog's events.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsdiff.core.sanitize import visible


def has_extension(name: str) -> bool:
    """Whether ``name`` ends in an extension: a dot and 1-10 letters or digits, a letter among
    them (``a.txt``, ``notes.v2``; not ``Hale vs. Pike``, ``2026.12.06``, ``.bashrc``)."""
    stem, dot, extension = name.rpartition(".")
    return bool(
        dot
        and stem
        and 0 < len(extension) <= 10
        and extension.isascii()
        and extension.isalnum()
        and not extension.isdigit()
    )


def with_extension(path: Path, extension: str) -> Path:
    """``path`` with ``extension`` added when its name has none (``report`` → ``report.html``,
    ``Hale vs. Pike`` → ``Hale vs. Pike.html``), as most save dialogs do; the overwrite and
    loaded-article checks then see the name really written."""
    if has_extension(path.name):
        return path
    stem = path.name[:-1] if path.name.endswith(".") and path.name != "." else path.name
    return path.with_name(f"{stem}.{extension}")


def typed_folder(folder: Path, typed: str) -> str:
    """The folder a save of ``typed`` (relative to ``folder``) goes to, with a final ``/``,
    found quietly (the field scrolls to the file name, so its start, the folder, is out of
    view)."""
    raw = typed.strip()
    try:
        path = folder / Path(raw).expanduser() if raw else folder
        found = path if raw.endswith(("/", os.sep)) or path.is_dir() else path.parent
    except (OSError, ValueError, RuntimeError):
        found = (folder / raw).parent
    return os.path.join(os.path.normpath(found), "")


def folder_line(folder: Path, typed: str, room: int) -> str:
    """``File (in /tmp/x/):``, the folder's start cut (``…/x/``) to fit ``room`` cells."""
    shown = " ".join(visible(typed_folder(folder, typed)).split())
    spare = room - len("File (in ):")
    if len(shown) > spare:
        shown = "…" + shown[len(shown) - max(spare - 1, 1) :]
    return f"File (in {shown}):"


def is_folder(folder: Path, typed: str) -> bool:
    """``typed`` (relative to ``folder``) names a folder (saving there uses the default
    name), quietly."""
    try:
        return typed.endswith("/") or (folder / Path(typed).expanduser()).is_dir()
    except (OSError, ValueError, RuntimeError):
        return False


def loaded_article(target: Path, protected: tuple[str, ...]) -> str | None:
    """The loaded article (of ``protected``) that ``target`` is, the same file through any
    link, or None: a save never writes over an article newsdiff has loaded."""
    for path in protected:
        try:
            if os.path.samefile(target, path):
                return path
        except (OSError, ValueError):
            continue
    return None
