"""What ``pip wheel .`` produces: the licence, the type marker, the metadata an index shows."""

from __future__ import annotations

import email
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
        + ["--quiet", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (path,) = out.glob("newsdiff-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_carries_the_licence_and_the_typed_marker(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "newsdiff/py.typed" in names
    (licence,) = [name for name in names if name.endswith(".dist-info/licenses/LICENSE")]
    assert wheel.read(licence).decode().startswith("MIT License")


def test_wheel_metadata_describes_the_project(wheel: zipfile.ZipFile) -> None:
    (name,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    metadata = email.message_from_bytes(wheel.read(name))
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Author"] or metadata["Author-email"]
    assert "journalism" in metadata["Keywords"]
    classifiers = metadata.get_all("Classifier") or []
    assert "Environment :: Console" in classifiers and "Typing :: Typed" in classifiers
    requires = metadata.get_all("Requires-Dist") or []
    (wordllama,) = [r for r in requires if r.startswith("wordllama")]
    assert "<" in wordllama  # a release that changes its data cannot arrive unannounced
    # The README on an index page must not depend on images that only resolve in the repo.
    readme = metadata.get_payload()
    assert "](screenshots/" not in readme and "<img" not in readme
