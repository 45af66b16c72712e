"""Saving never destroys an older file, never leaves a half-written one, never overwrites."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from newsdiff.export import atomic
from newsdiff.export.atomic import SaveError, TargetExistsError, next_free_name, write_atomic

OLD = "the previous report\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_writes_new_file_with_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    assert write_atomic(target, "<p>é</p>") == target
    assert target.read_text(encoding="utf-8") == "<p>é</p>"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert leftovers(tmp_path) == []


def test_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD, encoding="utf-8")
    with pytest.raises(TargetExistsError, match="already exists"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == OLD
    write_atomic(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_overwrite_keeps_the_old_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new", overwrite=True)
    assert target.stat().st_mode & 0o777 == 0o640


class Boom(Exception):
    """Stands for a crash or Ctrl-C between writing and renaming."""


@pytest.mark.parametrize("overwrite", [True, False])
def test_interrupted_before_rename_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overwrite: bool
) -> None:
    target = tmp_path / "report.html"
    if overwrite:
        target.write_text(OLD, encoding="utf-8")

    def interrupted(*args: object) -> None:
        raise Boom

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    monkeypatch.setattr(atomic.os, "link", interrupted)
    with pytest.raises(Boom):
        write_atomic(target, "new content " * 1000, overwrite=overwrite)
    if overwrite:
        assert target.read_text(encoding="utf-8") == OLD
    else:
        assert not target.exists()
    assert leftovers(tmp_path) == []


def test_keyboard_interrupt_during_write_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text(OLD, encoding="utf-8")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(tmp_path) == []


def test_disk_full_is_one_clear_line_and_the_old_file_survives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text(OLD, encoding="utf-8")

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(SaveError) as caught:
        write_atomic(target, "new", overwrite=True)
    assert str(caught.value) == f"{target}: the disk is full"
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "report.html").write_text(OLD, encoding="utf-8")
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            write_atomic(folder / "report.html", "new", overwrite=True)
        assert (folder / "report.html").read_text(encoding="utf-8") == OLD
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_read_only_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same message where the test runs as root (as in CI containers)."""

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)  # write_atomic imports it when saving
    with pytest.raises(SaveError) as caught:
        write_atomic(tmp_path / "report.html", "new")
    assert str(caught.value).endswith("permission denied: the folder is not writable")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("missing/folder/report.html", "the folder does not exist"),
        ("", "not a file name"),
        ("x" * 300 + ".html", "the file name is too long"),
    ],
)
def test_bad_paths(tmp_path: Path, name: str, problem: str) -> None:
    with pytest.raises(SaveError) as caught:
        write_atomic(tmp_path / name if name else "", "new")
    assert str(caught.value).endswith(problem)
    assert "\n" not in str(caught.value)


def test_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="it is a folder"):
        write_atomic(tmp_path, "new", overwrite=True)


def test_next_free_name(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    assert next_free_name(target) == target
    target.write_text(OLD)
    (tmp_path / "r-2.html").write_text(OLD)
    assert next_free_name(target) == tmp_path / "r-3.html"
