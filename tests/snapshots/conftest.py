"""Snapshot fixtures: no user config, fixed counts, the small corpus beside these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app import library_loading as app_module
from newsdiff.app.engine import ArticleCounts
from newsdiff.core.models import Article

HERE = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Snapshots never read the developer's config."""
    monkeypatch.setenv("NEWSDIFF_CONFIG", str(tmp_path / "none.toml"))


@pytest.fixture(autouse=True)
def fake_aligner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Re-labelling uses the hand-built sample story, never the evolving aligner."""
    from app_factory import FakePrepared
    from newsdiff.app import engine

    monkeypatch.setattr(
        engine, "prepare_pair", lambda left, right, corpus: FakePrepared(left, right)
    )


@pytest.fixture
def fixed_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Library counts by whitespace, so analysis changes elsewhere never move the snapshot."""

    def counts(article: Article) -> ArticleCounts:
        lines = [line for line in article.text.splitlines() if line.strip()]
        return ArticleCounts(len(article.text.split()), len(lines), article.text.count('"') // 2)

    monkeypatch.setattr(app_module, "article_counts", counts)


@pytest.fixture
def corpus_dir() -> Path:
    """Three small articles (one title looks like markup) for the library snapshots."""
    return HERE / "corpus"
