"""Fixtures shared by every test: the bundled articles and the gold data beside the checkout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = REPO.parent / "shared" / "gold"


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
    """The hand-made gold data in ../shared/gold (required in CI, skipped elsewhere if absent)."""
    if not GOLD.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"gold data missing at {GOLD}")
        pytest.skip(f"gold data not found at {GOLD}")
    return GOLD


@pytest.fixture(autouse=True)
def story_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Stories computed by tests are cached in a temporary folder, never in the user's cache."""
    monkeypatch.setenv("NEWSDIFF_CACHE", str(tmp_path_factory.mktemp("story-cache")))
