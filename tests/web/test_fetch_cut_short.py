"""A page whose connection closes before the body is whole is refused, not read (and cached)
as the page; a redirect without a ``Location`` is called that, not a redirect loop. Both
found in the ninth user trial: the cut page was compared as the article and reopened from
the cache, offline too, ever after."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import load_article
from page_server import PageServer, Route
from test_fetch import ARTICLE


def problem(url: str) -> str:
    with pytest.raises(ArticleError) as caught:
        load_article(url)
    return caught.value.problem


def test_a_body_shorter_than_its_length_is_refused_and_not_cached(
    server: PageServer, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = ARTICLE.encode()
    announced = {"Content-Type": "text/html", "Content-Length": str(len(body) + 4000)}
    server.routes["/cut"] = Route(body, headers=announced, length=False)
    url = server.url("/cut")
    assert problem(url).startswith("the connection closed before the whole page arrived (")
    monkeypatch.setenv("NEWSDIFF_OFFLINE", "1")
    assert "not in the page cache" in problem(url)


def test_a_compressed_body_without_its_end_is_refused(server: PageServer) -> None:
    cut = gzip.compress(ARTICLE.encode())[:-40]
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    server.routes["/cut.gz"] = Route(cut, headers=headers)  # its length is announced right
    assert problem(server.url("/cut.gz")) == "the connection closed before the whole page arrived"


def test_a_redirect_without_a_location_says_so(server: PageServer) -> None:
    server.routes["/nowhere"] = Route(status=302, headers={"Content-Type": "text/html"})
    assert problem(server.url("/nowhere")) == "HTTP 302 redirect without a Location"


@pytest.mark.parametrize("value", ["5s", "0", "-3", "nan", "100000"])
def test_a_timeout_setting_that_is_no_number_of_seconds_is_named(
    server: PageServer, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """`NEWSDIFF_TIMEOUT=5s` silently meant 20 s."""
    server.routes["/harbour"] = Route(ARTICLE.encode())
    monkeypatch.setenv("NEWSDIFF_TIMEOUT", value)
    expected = f"NEWSDIFF_TIMEOUT={value!r} is not a number of seconds (0 to 600)"
    assert problem(server.url("/harbour")) == expected
    assert server.requests == []
