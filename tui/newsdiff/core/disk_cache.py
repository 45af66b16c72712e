"""Pickles kept on disk by a content key: the one cache mechanism of stories and articles.

Entries live in a folder per kind under ``$NEWSDIFF_CACHE`` (default
``$XDG_CACHE_HOME/newsdiff`` or ``~/.cache/newsdiff``; stories keep their historical folder, see
:mod:`newsdiff.core.story_cache`). An unreadable entry is recomputed, and a cache that cannot be
written is silently skipped: the cache never stops the work it saves.

Keys are built by :func:`content_key` from the analysis code's own fingerprint
(:func:`code_fingerprint`: the name, size and modification time of every module of
``newsdiff.core``), so an edited rule never reads a result the old rule computed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from newsdiff import __version__

T = TypeVar("T")

CORE = Path(__file__).resolve().parent


def cache_root() -> Path:
    """The folder of every newsdiff cache but the story one (see the module docstring)."""
    explicit = os.environ.get("NEWSDIFF_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsdiff"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the analysis code as installed: each ``core`` module's name, size, mtime."""
    digest = hashlib.sha256(__version__.encode("utf-8"))
    for path in sorted(CORE.glob("*.py")):
        try:
            info = path.stat()
        except OSError:
            continue
        digest.update(f"{path.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def content_key(kind: str, parts: Iterable[str | bytes]) -> str:
    """A SHA-256 over ``kind``, the code fingerprint and ``parts`` (texts or digests)."""
    digest = hashlib.sha256(f"{kind}\0{code_fingerprint()}\0".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def load(folder: Path, key: str, accept: Callable[[object], bool]) -> object | None:
    """The entry ``key`` in ``folder`` if it exists, unpickles and passes ``accept``.

    Anything that stops the unpickling is a miss: a torn entry (a write cut short, with other
    bytes after the cut) can raise ``OverflowError`` or ``MemoryError`` as well as
    ``UnpicklingError``, and a cache must never stop the work it saves.
    """
    try:
        with (folder / f"{key}.pickle").open("rb") as handle:
            value = pickle.load(handle)  # noqa: S301 - our own cache folder
    except Exception:  # noqa: BLE001 - an unreadable entry is recomputed
        return None
    return value if accept(value) else None


def store(folder: Path, key: str, value: object) -> None:
    """Write the entry atomically (a reader never sees half of it); errors are ignored."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as temporary:
            pickle.dump(value, temporary, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary.name, folder / f"{key}.pickle")
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass


def cached(folder: Path, key: str, accept: Callable[[object], bool], build: Callable[[], T]) -> T:
    """The entry ``key`` from ``folder``, or ``build()`` stored there for next time."""
    found = load(folder, key, accept)
    if found is not None:
        return found  # type: ignore[return-value]
    value = build()
    store(folder, key, value)
    return value
