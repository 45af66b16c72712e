"""Safe saving: write a temporary file beside the target, then rename it into place.

An interrupted or failed save never leaves a half-written report and never destroys the file
that was there before; the temporary file is always removed. Failures become a
:class:`SaveError` whose message is one line a user understands.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from newsdiff.core.errors import ArticleError


class SaveError(ArticleError):
    """A report could not be written; ``str(error)`` is ``"<path>: <problem>"``."""


class TargetExistsError(SaveError):
    """The target file exists and overwriting was not allowed."""


_PROBLEMS = {
    errno.EACCES: "permission denied: the folder is not writable",
    errno.EPERM: "permission denied: the folder is not writable",
    errno.EROFS: "the folder is on a read-only file system",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EINVAL: "the file name is not valid here",
    errno.EFBIG: "the file is too large for this file system",
}


def describe(error: OSError) -> str:
    """A short, single-line description of why a write failed."""
    problem = _PROBLEMS.get(error.errno or 0)
    if problem is None:
        problem = (error.strerror or type(error).__name__).lower()
    return problem


def _mode_for(path: Path) -> int:
    """The permission bits a new file gets (the old file's, or 0o666 minus the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: str | os.PathLike[str], text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically and return the path written.

    Args:
        path: The target file.
        text: The whole content.
        overwrite: Replace an existing file; without it an existing file raises
            :class:`TargetExistsError` and is left untouched.

    Raises:
        SaveError: The folder is missing or not writable, the disk is full, the name is bad, …
            In every case the previous file (if any) is unchanged and no temporary file remains.
    """
    target = Path(path)
    shown = str(path)
    if not target.name or shown.endswith(("/", os.sep)):
        raise SaveError(shown, "not a file name")
    if "\x00" in shown:
        raise SaveError(shown.replace("\x00", "\\0"), "the file name contains a NUL byte")
    folder = target.parent
    try:
        if target.is_dir():
            raise SaveError(shown, "it is a folder")
        if target.exists() and not overwrite:
            raise TargetExistsError(shown, "already exists")
        if not folder.is_dir():
            raise SaveError(shown, "the folder does not exist")
    except OSError as error:
        raise SaveError(shown, describe(error)) from None
    data = text.encode("utf-8")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name[:80]}.", suffix=".tmp", dir=folder
        )
    except OSError as error:
        raise SaveError(shown, describe(error)) from None
    temp = Path(temp_name)
    try:
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp, _mode_for(target))
            if overwrite:
                os.replace(temp, target)
            else:
                _create_exclusively(temp, target, shown)
        except OSError as error:
            raise SaveError(shown, describe(error)) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    _sync_folder(folder)
    return target


def _create_exclusively(temp: Path, target: Path, shown: str) -> None:
    """Move ``temp`` to ``target`` only if ``target`` does not exist (race-free)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise TargetExistsError(shown, "already exists") from None
    except OSError as error:
        if error.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        # The file system has no hard links: fall back to check-then-rename.
        if target.exists():
            raise TargetExistsError(shown, "already exists") from None
        os.replace(temp, target)


def _sync_folder(folder: Path) -> None:
    """Best effort: make the rename itself durable."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def next_free_name(path: str | os.PathLike[str]) -> Path:
    """``path`` if it does not exist, else ``stem-2.ext``, ``stem-3.ext``, … (first free one)."""
    target = Path(path)
    if not target.exists():
        return target
    for number in range(2, 10_000):
        candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
        if not candidate.exists():
            return candidate
    raise SaveError(str(target), "no free file name left")
