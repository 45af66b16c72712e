"""Web tests: a local page server, a private page cache, and no proxy between them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from page_server import PageServer

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "web" / "pages"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own page cache; proxies and --offline from the caller are cleared."""
    cache = tmp_path / "page-cache"
    monkeypatch.setenv("NEWSDIFF_CACHE_DIR", str(cache))
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.delenv("NEWSDIFF_OFFLINE", raising=False)
    monkeypatch.delenv("NEWSDIFF_TIMEOUT", raising=False)
    return cache


@pytest.fixture
def server() -> Iterator[PageServer]:
    """A page server on 127.0.0.1 with no routes yet."""
    with PageServer() as running:
        yield running


@pytest.fixture(scope="session")
def pages_dir() -> Path:
    """The hand-written news page fixtures."""
    return PAGES
