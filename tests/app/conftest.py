"""App test fixtures: no user config, a deterministic comparison engine, the sample comparison."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_factory import FakePrepared
from newsdiff.app import engine
from newsdiff.core import load
from newsdiff.core.models import Article


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never read the developer's ~/.config: NEWSDIFF_CONFIG points into tmp_path."""
    config = tmp_path / "config" / "newsdiff.toml"
    monkeypatch.setenv("NEWSDIFF_CONFIG", str(config))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return config


class FakeEngine:
    """Records every pair prepared; ``gate`` (when set) holds the worker until released."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []
        self.ahead: list[tuple[str, str]] = []
        """The pairs the library scored ahead of Enter (never gated)."""
        self.gate: threading.Event | None = None

    def prepare_pair(self, left: Article, right: Article, corpus: object) -> FakePrepared:
        """Prepare ``left`` against ``right`` (instantly, unless gated)."""
        if self.gate is not None:
            self.gate.wait(5)
        self.pairs.append((left.path, right.path))
        return FakePrepared(left, right)

    def prepare_ahead(self, left: Article, right: Article, corpus: object) -> FakePrepared:
        """Prepare the pair the library expects Enter to open, as the library's warm-up."""
        self.ahead.append((left.path, right.path))
        return FakePrepared(left, right)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEngine]:
    """Replace the aligner with the sample story so app tests check the app, not the aligner."""
    fake = FakeEngine()
    monkeypatch.setattr(engine, "prepare_pair", fake.prepare_pair)
    monkeypatch.setattr(engine, "prepare_ahead", fake.prepare_ahead)
    yield fake
    if fake.gate is not None:
        fake.gate.set()


@pytest.fixture
def held_corpus(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Hold the app's corpus loader until the event is set (set at the end in any case)."""
    release = threading.Event()
    real = load.iter_corpus

    def held_iter_corpus(*args, **kwargs):
        release.wait(10)
        yield from real(*args, **kwargs)

    monkeypatch.setattr(load, "iter_corpus", held_iter_corpus)
    yield release
    release.set()


@pytest.fixture
def story_app(monkeypatch: pytest.MonkeyPatch):
    """The app on the bundled articles, its story computing the hand-built sample story."""
    from newsdiff.app.app import NewsDiffApp
    from story_factory import sample_story

    story = sample_story()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    return app
