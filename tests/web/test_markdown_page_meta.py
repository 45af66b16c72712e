"""A Markdown page fetched by URL keeps what its front matter says (cli11's eleventh trial)."""

from __future__ import annotations

import json

import pytest
from newsdiff.cli import app
from page_server import PageServer, Route
from typer.testing import CliRunner

PAGE = """---
title: Marrow ferry doubles its crossings
author: Tove Hale
sitename: Marrow Courier
date: 2026-02-27
---
# Marrow ferry doubles its crossings

From March the Selkirk Quay ferry sails twice a day, the Marrow island council said.
"""


@pytest.fixture(autouse=True)
def online(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDIFF_OFFLINE", "0")


@pytest.mark.parametrize("kind", ["text/markdown", "text/plain"])
def test_a_markdown_page_keeps_its_site_author_and_date(server: PageServer, kind: str) -> None:
    """Fetched, its front matter was dropped for the bare host (`127.0.0.1`, no author or
    date), while the same file on disk gave them; the address is still the one fetched."""
    server.routes["/ferry.md"] = Route(PAGE.encode(), headers={"Content-Type": kind})
    address = server.url("/ferry.md")
    result = CliRunner().invoke(app, ["list", "--format", "json", address])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["meta"] == {
        "outlet": "Marrow Courier",
        "author": "Tove Hale",
        "date": "2026-02-27",
        "url": address,
    }
