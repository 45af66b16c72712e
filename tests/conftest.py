"""Fixtures shared by every test: the bundled articles and the hand-made gold data (in the repo)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "fixtures" / "gold"
BROWSER_ENV = "NEWSDIFF_BROWSER_TESTS"
"""Set to 1 (``.ci/run`` does) to run the tests marked ``browser``, which need headless Chromium."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"browser: needs headless Chromium; runs when ${BROWSER_ENV}=1 or -m browser"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out (deselect, not skip) the ``browser`` tests unless asked for."""
    if os.environ.get(BROWSER_ENV) == "1" or "browser" in (config.getoption("markexpr") or ""):
        return
    browser = [item for item in items if item.get_closest_marker("browser")]
    if browser:
        config.hook.pytest_deselected(items=browser)
        items[:] = [item for item in items if not item.get_closest_marker("browser")]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The bundled articles in the source tree."""
    return SEEDS


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five bundled article files, sorted."""
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """The hand-made gold annotation of three bundled articles (tests/fixtures/gold)."""
    return GOLD


@pytest.fixture(autouse=True)
def story_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Stories computed by tests are cached in a temporary folder, never in the user's cache."""
    monkeypatch.setenv("NEWSDIFF_CACHE", str(tmp_path_factory.mktemp("story-cache")))
