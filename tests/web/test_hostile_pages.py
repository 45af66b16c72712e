"""Hostile pages never crash, never leak markup or escapes, and stay within the limits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.cli import app
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import DEFAULT_MAX_BYTES, load_article
from newsdiff.core.models import Article
from typer.testing import CliRunner

PARAGRAPHS = "".join(
    f"<p>Paragraph {i}: the council met on Tuesday to discuss item {i} of next year's budget, "
    f"and agreed to most of it after a debate of {i + 2} hours.</p>"
    for i in range(8)
)
CONTROL = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]} - {"\n", "\t"}
BIDI = {chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F]}


def page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}{PARAGRAPHS}</article></body></html>"


def load(tmp_path: Path, html: str | bytes, name: str = "page.html") -> Article | ArticleError:
    """The article of the page, or the one error that names what is wrong with it."""
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html)
    try:
        return load_article(path)
    except ArticleError as error:
        assert "\n" not in str(error)
        return error


def assert_clean(article: Article) -> None:
    """No control or bidi characters in what becomes a display line; no markup in the text."""
    for value in (article.title, *article.meta.to_dict().values()):
        if value:
            assert not (set(value) & (CONTROL | BIDI)), repr(value)
    assert not (set(article.text) & CONTROL), repr(article.text[:200])
    for leak in ("<script", "document.write", "<p>", "<div", "function("):
        assert leak not in article.text


HOSTILE = {
    "script": page(
        "<script>var s = '<p>The council secretly agreed to everything</p>';</script>",
        "<script>document.write('<p>Injected paragraph from a script tag, quite long.</p>')"
        "</script><noscript><p>Please enable JavaScript to read this article.</p></noscript>",
    ),
    "raw escapes": page(
        "<title>Budget \x1b[2J\x1b]0;pwned\x07 news</title>", "<p>\x1b[31mRed\x9b2J</p>"
    ),
    "escape references": page(
        "<title>Budget &#27;[2J news &#x9b;31m</title>",
        "<p>Escaped &#27;[31m red &#x1B;]52;c;Zm9v&#7; and &#155;2J text, said the mayor.</p>",
    ),
    "bidi title": page(
        "<title>\u202eevil\u202c Budget \u2066news\u2069</title>"
        '<meta property="og:title" content="\u202egnp.exe\u202c Budget news">'
        '<meta property="og:site_name" content="Bay\u200f Times\u202e">'
        '<meta name="author" content="\u202dMallory\u202c">',
    ),
    "huge attribute": page(body=f'<div data-blob="{"A" * 3_000_000}"><p>Short note.</p></div>'),
    "huge title": page(f"<title>{'Budget news ' * 20_000}</title>"),
    "broken markup": "<html><body><article><p>Unclosed <b><i>" + PARAGRAPHS + "<!-- never closed",
    "nul bytes": page(body="<p>Nul\x00byte</p>"),
    "lone surrogate text": page(body="<p>Broken \udcff byte</p>"),
    "only markup": "<html><body>" + "<div></div>" * 1000 + "</body></html>",
    "json-ld bomb": page(
        '<script type="application/ld+json">'
        + '{"@type":"NewsArticle","author":' * 2000
        + '"x"'
        + "}" * 2000
        + "</script>"
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_pages_give_a_clean_article_or_one_error(name: str, tmp_path: Path) -> None:
    started = time.monotonic()
    result = load(tmp_path, HOSTILE[name])
    assert time.monotonic() - started < 20
    if isinstance(result, Article):
        assert_clean(result)
        assert len(result.title) <= 80


def test_five_megabytes_of_nested_divs_stay_within_limits(tmp_path: Path) -> None:
    depth = (DEFAULT_MAX_BYTES - 2_000) // len("<div></div>")
    html = "<html><body>" + "<div>" * depth + PARAGRAPHS + "</div>" * depth + "</body></html>"
    assert DEFAULT_MAX_BYTES - 5_000 < len(html) <= DEFAULT_MAX_BYTES
    started = time.monotonic()
    result = load(tmp_path, html)
    assert time.monotonic() - started < 20
    if isinstance(result, Article):
        assert_clean(result)
    over = load(tmp_path, html + " " * 5_000, "over.html")
    assert isinstance(over, ArticleError) and "file too large" in over.problem


def test_very_many_elements_are_refused_quickly(tmp_path: Path) -> None:
    html = page(body="<span>x</span>" * 200_000)
    started = time.monotonic()
    result = load(tmp_path, html)
    assert time.monotonic() - started < 10
    assert isinstance(result, ArticleError) and "too complex" in result.problem


def test_nothing_hostile_reaches_the_terminal(tmp_path: Path) -> None:
    for number, name in enumerate(("raw escapes", "escape references", "bidi title")):
        (tmp_path / f"{number}.html").write_text(HOSTILE[name], "utf-8")
    result = CliRunner().invoke(app, ["list", "--format", "text", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    shown = result.stdout + result.stderr
    assert not (set(shown) & (CONTROL | BIDI)), repr(shown)
    json_out = CliRunner().invoke(app, ["list", "--format", "json", str(tmp_path)]).stdout
    assert not (set(json_out) & (CONTROL | BIDI))


TEXTISH = st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=200)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=TEXTISH, paragraph=TEXTISH, attribute=TEXTISH)
def test_any_text_in_any_place_is_handled(
    title: str, paragraph: str, attribute: str, tmp_path: Path
) -> None:
    from html import escape

    html = page(
        f"<title>{title}</title><meta property='og:site_name' content='{escape(attribute)}'>",
        f"<p class='{escape(attribute)}'>{paragraph}</p>",
    )
    result = load(tmp_path, html)
    if isinstance(result, Article):
        assert_clean(result)
        assert "Paragraph 7: the council met" in result.text
