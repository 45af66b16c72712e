"""Fetching pages from a local server: redirects, errors, limits, encodings, cache, offline."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import load_article, load_corpus
from newsdiff.core.web import USER_AGENT
from page_server import PageServer, Route

ARTICLE = (
    "<html><head><title>Harbour wall to be rebuilt | Bay Times</title>"
    '<meta property="og:site_name" content="Bay Times"></head><body>'
    '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
    "<article><h1>Harbour wall to be rebuilt</h1>"
    "<p>The harbour wall at Easton will be rebuilt next year after winter storms opened a "
    "ten-metre breach, the port authority said on Monday.</p>"
    "<p>The work will cost 3.4 million and close the outer berths for six months. Fishing "
    "boats will moor at the inner quay while the wall is repaired.</p>"
    "<p>“We have patched it three times already,” said harbour master Ines Calloway.</p>"
    "</article><footer>© Bay Times</footer></body></html>"
)


def html_route(text: str = ARTICLE, **options: object) -> Route:
    return Route(text.encode("utf-8"), **options)  # type: ignore[arg-type]


def problem(url: str, **kwargs: object) -> str:
    with pytest.raises(ArticleError) as caught:
        load_article(url, **kwargs)  # type: ignore[arg-type]
    assert caught.value.path == url
    assert "\n" not in caught.value.problem
    return caught.value.problem


def test_a_page_becomes_its_article_with_its_source(server: PageServer) -> None:
    server.routes["/harbour"] = html_route()
    url = server.url("/harbour")
    article = load_article(url)
    assert article.path == url
    assert article.title == "Harbour wall to be rebuilt"
    assert article.text.startswith("Harbour wall to be rebuilt\n\nThe harbour wall at Easton")
    assert "Sport" not in article.text and "©" not in article.text
    assert article.meta.outlet == "Bay Times"
    assert article.meta.url == url


def test_requests_say_who_is_asking_and_accept_compression(server: PageServer) -> None:
    server.routes["/harbour"] = html_route()
    load_article(server.url("/harbour"))
    (_, headers), *_ = server.requests
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("newsdiff/")
    assert "gzip" in headers["Accept-Encoding"]


def test_redirects_are_followed_and_the_final_address_kept(server: PageServer) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/mid"})
    server.routes["/mid"] = Route(status=302, headers={"Location": "/harbour"})
    server.routes["/harbour"] = html_route()
    article = load_article(server.url("/old"))
    assert article.path == server.url("/old")
    assert article.meta.url == server.url("/harbour")
    assert "harbour wall at Easton" in article.text


def test_a_redirect_loop_is_one_clear_error(server: PageServer) -> None:
    server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    assert "redirect" in problem(server.url("/loop"))


def test_a_redirect_off_the_web_is_refused(server: PageServer) -> None:
    server.routes["/sneaky"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    assert "non-web address" in problem(server.url("/sneaky"))


def test_http_errors_name_the_status(server: PageServer) -> None:
    assert problem(server.url("/missing")).startswith("HTTP error 404")
    server.routes["/boom"] = Route(b"oops", status=500)
    assert problem(server.url("/boom")).startswith("HTTP error 500")


def test_an_unreachable_host_is_one_line() -> None:
    # Port 9 (discard) on the loopback address: nothing listens there.
    assert problem("http://127.0.0.1:9/story").startswith("unreachable")


def test_a_slow_server_times_out(server: PageServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDIFF_TIMEOUT", "0.5")
    server.routes["/slow"] = html_route(delay=2.0)
    assert "timed out after 0.5 s" in problem(server.url("/slow"))


def test_a_body_sent_drop_by_drop_hits_the_overall_deadline(
    server: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDIFF_TIMEOUT", "0.6")
    server.routes["/drip"] = html_route(trickle=0.1)
    assert "timed out" in problem(server.url("/drip"))


def test_a_page_over_the_size_limit_is_refused(server: PageServer) -> None:
    server.routes["/huge"] = Route(b"<html><body>" + b"x" * 3000 + b"</body></html>")
    assert "page too large" in problem(server.url("/huge"), max_bytes=2000)
    server.routes["/huge-unlabelled"] = Route(b"<p>" + b"y" * 3000, length=False)
    assert "page too large" in problem(server.url("/huge-unlabelled"), max_bytes=2000)


def test_a_gzip_bomb_stops_at_the_limit(server: PageServer) -> None:
    bomb = gzip.compress(b"<html><body>" + b" " * 50_000_000)
    assert len(bomb) < 200_000
    server.routes["/bomb"] = Route(
        bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    assert "page too large" in problem(server.url("/bomb"), max_bytes=1_000_000)


def test_a_gzipped_page_is_read(server: PageServer) -> None:
    server.routes["/gz"] = Route(
        gzip.compress(ARTICLE.encode()),
        headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
    )
    assert "“We have patched it three times already,”" in load_article(server.url("/gz")).text


def test_something_that_is_not_a_page_is_refused(server: PageServer) -> None:
    server.routes["/report.pdf"] = Route(
        b"%PDF-1.7\n...", headers={"Content-Type": "application/pdf"}
    )
    assert problem(server.url("/report.pdf")) == "not a web page (the server sent application/pdf)"


def test_plain_text_from_a_server_is_an_article(server: PageServer) -> None:
    text = "Harbour wall to be rebuilt\n\nThe harbour wall will be rebuilt next year.\n"
    server.routes["/story.txt"] = Route(
        text.encode(), headers={"Content-Type": "text/plain; charset=utf-8"}
    )
    article = load_article(server.url("/story.txt"))
    assert article.text == text
    assert article.meta.outlet == "127.0.0.1"


def test_a_page_with_no_article_says_so(server: PageServer) -> None:
    server.routes["/menu"] = html_route(
        '<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>'
    )
    assert problem(server.url("/menu")) == "no article text found on the page"


def test_the_charset_in_the_header_beats_the_meta_tag(server: PageServer) -> None:
    page = ARTICLE.replace("Easton", "Éaston café").replace(
        "<head>", '<head><meta charset="utf-8">'
    )
    server.routes["/cp1252"] = Route(
        page.encode("cp1252", errors="replace"),
        headers={"Content-Type": "text/html; charset=windows-1252"},
    )
    article = load_article(server.url("/cp1252"))
    assert "Éaston café" in article.text
    assert article.encoding == "cp1252"


def test_the_meta_tag_names_the_charset_when_the_header_does_not(server: PageServer) -> None:
    page = ARTICLE.replace("Easton", "Éaston café").replace(
        "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    )
    server.routes["/latin1"] = Route(page.encode("cp1252", errors="replace"))
    assert "Éaston café" in load_article(server.url("/latin1")).text


def test_a_page_fetched_once_reopens_offline(
    server: PageServer, monkeypatch: pytest.MonkeyPatch, private_cache: Path
) -> None:
    server.routes["/harbour"] = html_route()
    url = server.url("/harbour")
    online = load_article(url)
    assert any(private_cache.iterdir())
    monkeypatch.setenv("NEWSDIFF_OFFLINE", "1")
    server.routes.clear()
    requests = len(server.requests)
    offline = load_article(url)
    assert (offline.text, offline.title, offline.meta) == (online.text, online.title, online.meta)
    assert len(server.requests) == requests


def test_offline_never_touches_the_network(
    server: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDIFF_OFFLINE", "1")
    server.routes["/harbour"] = html_route()
    assert "--offline" in problem(server.url("/harbour"))
    assert server.requests == []


def test_a_damaged_cache_entry_is_fetched_again(server: PageServer, private_cache: Path) -> None:
    server.routes["/harbour"] = html_route()
    url = server.url("/harbour")
    load_article(url)
    for entry in private_cache.glob("*.json"):
        entry.write_text("{not json", "utf-8")
    assert "harbour wall at Easton" in load_article(url).text
    assert len(server.requests) == 2


def test_good_urls_load_while_bad_ones_each_give_one_error(server: PageServer) -> None:
    server.routes["/harbour"] = html_route()
    server.routes["/report.pdf"] = Route(b"%PDF", headers={"Content-Type": "application/pdf"})
    good, missing, pdf = server.url("/harbour"), server.url("/gone"), server.url("/report.pdf")
    corpus = load_corpus([missing, good, pdf, good])
    assert [article.path for article in corpus.articles] == [good]
    assert [error.path for error in corpus.errors] == [missing, pdf]


def test_newsdiff_cache_also_holds_fetched_pages(
    server: PageServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One variable moves every cache: with only $NEWSDIFF_CACHE set, pages go to its pages/."""
    shared = tmp_path / "all-caches"
    monkeypatch.delenv("NEWSDIFF_CACHE_DIR")
    monkeypatch.setenv("NEWSDIFF_CACHE", str(shared))
    server.routes["/moved-cache"] = html_route()
    url = server.url("/moved-cache")
    load_article(url)
    assert any((shared / "pages").iterdir())
    monkeypatch.setenv("NEWSDIFF_OFFLINE", "1")
    server.routes.clear()
    assert "harbour wall" in load_article(url).text.casefold()
