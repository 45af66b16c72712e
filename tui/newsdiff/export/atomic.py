"""Safe saving: write a temporary file beside the target, then rename it into place.

An interrupted or failed save never leaves a half-written report and never destroys the file
that was there before; the temporary file is always removed. Failures become a
:class:`SaveError` whose message is one line a user understands.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import time
from pathlib import Path
from types import FrameType

from newsdiff.core.errors import ArticleError
from newsdiff.core.lazy_regex import lazy_compile


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
    """The permission bits a new file gets: the old file's read bits and its owner's write bit
    (never group or world write, set-id or execute bits), or 0o666 minus the umask."""
    try:
        return path.stat().st_mode & 0o644
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


TEMP_MARK = ".newsdiff-"
"""Our temporary files are ``.<name>.newsdiff-<pid>-<random>.tmp`` beside the target."""

STALE_AFTER = 3600.0
"""A temporary file of ours this many seconds old is stale even if its process id is alive
again (process ids are reused)."""

_TEMP_NAME = lazy_compile(r"\..*\.newsdiff-(\d+)-[^/]*\.tmp\Z", re.DOTALL)
_live_temps: set[str] = set()
"""Temporary files this process is writing right now (removed on SIGTERM)."""


def write_atomic(path: str | os.PathLike[str], text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically and return the path written.

    Only regular files are written: a device, FIFO or socket is refused even with
    ``overwrite``. A symlink is followed to the existing regular file it points to, which is
    replaced (the link stays a link); a symlink to nothing or to anything else is refused. The
    new file keeps the old one's read bits and owner write bit, never group or world write.

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
    target = _writable_target(target, shown, overwrite)
    folder = target.parent
    data = text.encode("utf-8", "replace")  # reports carry no lone surrogates; never crash
    remove_stale_temps(folder)
    handle, temp_name = _make_temp(target, shown)
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
        _live_temps.discard(temp_name)
    _sync_folder(folder)
    return Path(path)


def _make_temp(target: Path, shown: str) -> tuple[int, str]:
    """A new temporary file of ours beside ``target`` (open handle, name), or the
    :class:`SaveError` that says why the folder takes no file."""
    import tempfile  # only a save needs it (with shutil, bz2, lzma, random: ~2 ms of every command)

    folder = target.parent
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name[:80]}{TEMP_MARK}{os.getpid()}-", suffix=".tmp", dir=folder
        )
    except OSError as error:
        missing = error.errno == errno.ENOENT and folder.is_dir()  # /proc and the like
        raise SaveError(
            shown, "no file can be made in this folder" if missing else describe(error)
        ) from None
    _live_temps.add(temp_name)
    return handle, temp_name


def check_target(path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """The file :func:`write_atomic` would write for ``path`` (a symlink's target), or the
    :class:`SaveError` it would raise, found before any work is done: the folder is tried
    with an empty temporary file of ours, removed at once (a read-only or pseudo folder such
    as ``/proc`` is refused now, not after the analysis)."""
    target = _writable_target(Path(path), str(path), overwrite)
    handle, temp_name = _make_temp(target, str(path))
    try:
        os.close(handle)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        _live_temps.discard(temp_name)
    return target


def _writable_target(target: Path, shown: str, overwrite: bool) -> Path:
    """The file to replace: ``target``, or the regular file its symlink points to; or refuse."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise SaveError(shown, describe(error)) from None
    linked = info is not None and stat.S_ISLNK(info.st_mode)
    if linked:
        try:
            target = Path(os.path.realpath(target, strict=True))
            info = os.stat(target)
        except OSError as error:
            missing = error.errno == errno.ENOENT
            problem = "its target does not exist" if missing else describe(error)
            raise SaveError(shown, f"it is a symlink and {problem}") from None
    if info is None:
        if not target.parent.is_dir():
            raise SaveError(shown, "the folder does not exist")
        return target
    if stat.S_ISDIR(info.st_mode):
        raise SaveError(shown, "it is a symlink to a folder" if linked else "it is a folder")
    if not stat.S_ISREG(info.st_mode):
        from newsdiff.core.load import file_kind

        kind = ("a symlink to " if linked else "") + file_kind(info.st_mode)
        raise SaveError(shown, f"it is {kind}; newsdiff writes only regular files")
    if not overwrite:
        raise TargetExistsError(shown, "already exists")
    return target


def remove_stale_temps(folder: str | os.PathLike[str]) -> list[str]:
    """Delete the temporary files of saves that were killed (SIGKILL, power loss) in ``folder``.

    A file is ours by its name (see :data:`TEMP_MARK`) and stale when the process that made it
    is gone or it is older than :data:`STALE_AFTER`; only regular files are removed. Returns
    the names removed. Never raises.
    """
    removed: list[str] = []
    with contextlib.suppress(OSError):
        with os.scandir(folder) as entries:
            for entry in entries:
                match = _TEMP_NAME.match(entry.name)
                if match is None or entry.path in _live_temps:
                    continue
                with contextlib.suppress(OSError):
                    info = entry.stat(follow_symlinks=False)
                    if not stat.S_ISREG(info.st_mode):
                        continue
                    if _alive(int(match.group(1))) and time.time() - info.st_mtime < STALE_AFTER:
                        continue
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):  # someone else's process, or no such number
        return True
    return True


def discard_live_temps() -> None:
    """Delete the temporary files of this process's saves in progress (they are abandoned:
    the files they would have replaced stay as they were)."""
    for name in list(_live_temps):
        with contextlib.suppress(OSError):
            os.unlink(name)


def install_termination_cleanup() -> None:
    """On SIGTERM, delete the temporary files of saves in progress, then end as SIGTERM would.

    Call from the main thread at start-up. A handler installed before is called after the
    cleanup instead of the default action.
    """
    previous = signal.getsignal(signal.SIGTERM)
    if isinstance(previous, _TermCleanup):
        return  # installed already
    with contextlib.suppress(ValueError):  # not the main thread
        signal.signal(signal.SIGTERM, _TermCleanup(previous))


class _TermCleanup:
    """The SIGTERM handler: discard the live temporary files, then hand over to the handler
    installed before (or end as SIGTERM would)."""

    def __init__(self, previous: object) -> None:
        self.previous = previous

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        discard_live_temps()
        if callable(self.previous):
            self.previous(signum, frame)
            return
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)


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
