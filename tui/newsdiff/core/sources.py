"""Inputs that are not plain text files: web pages (saved or fetched) and standard input.

``load_source`` turns one such input into an :class:`Article`, or raises an
:class:`ArticleError` naming it with a one-line problem. Saved pages (``.html``/``.htm``) and
fetched pages go through :mod:`newsdiff.core.html_extract`; standard input (``-``) may be any
of the formats (HTML is recognised by its markup).
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from newsdiff.core.errors import ArticleError
from newsdiff.core.load_pointers import refuse_saved_report
from newsdiff.core.models import Article
from newsdiff.core.web import FetchError, get_page, is_url

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
"""File name endings read as web pages (compared case-insensitively)."""

STDIN = "-"
"""The argument that means standard input."""

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


def is_source(path: str | Path) -> bool:
    """Whether ``path`` is read here: a URL, ``-``, or a file named ``*.html``/``*.htm``."""
    shown = str(path)
    if is_url(shown) or shown == STDIN:
        return True
    return os.path.splitext(shown)[1].lower() in HTML_SUFFIXES


def load_source(path: str | Path, *, max_bytes: int, encoding: str | None = None) -> Article:
    """The article of a URL, of standard input (``-``) or of a saved web page."""
    shown = str(path)
    if is_url(shown):
        return _load_url(shown, max_bytes)
    if shown == STDIN:
        return _load_stdin(max_bytes, encoding)
    from newsdiff.core.load import read_regular_file

    data = read_regular_file(shown, max_bytes)
    if not data:
        raise ArticleError(shown, "empty file (0 bytes)")
    refuse_saved_report(shown, data)
    if b"<" not in data[:4096]:  # named .html but plain text: read it as text
        return _text_article(shown, data, encoding)
    return html_article(shown, data, declared=encoding)


def html_article(
    shown: str, data: bytes, *, declared: str | None = None, url: str | None = None
) -> Article:
    """An article from a page's bytes; ``declared`` is the encoding the server or user named."""
    from newsdiff.core.html_extract import ExtractionError, decode_html, extract_page

    try:
        html, used = decode_html(data, declared)
        page = extract_page(html, url)
    except ExtractionError as error:
        raise ArticleError(shown, str(error)) from None
    from newsdiff.core.load import make_title, shorten

    whole = page.title or make_title(page.text, None)  # the library cuts it to its width
    return Article(
        path=shown,
        text=page.text,
        title=shorten(whole),
        full_title=whole if shorten(whole) != whole else "",
        encoding=used,
        meta=page.meta,
        escapes_removed=page.escapes_removed,
    )


def _load_url(url: str, max_bytes: int) -> Article:
    from newsdiff.core.html_extract import looks_like_html

    try:
        page = get_page(url, max_bytes=max_bytes)
    except FetchError as error:
        raise ArticleError(url, str(error)) from None
    kind = page.content_type.lower()
    unlabelled = kind in ("", "application/octet-stream")
    if kind in _HTML_TYPES or (unlabelled and looks_like_html(page.data)):
        return html_article(url, page.data, declared=page.charset, url=page.final_url)
    if kind in _TEXT_TYPES:
        article = _text_article(url, page.data, page.charset)
        given = article.meta  # a Markdown page's front matter names its site, author and date
        meta = replace(given, outlet=given.outlet or _host(page.final_url), url=page.final_url)
        return replace(article, meta=meta)
    raise ArticleError(url, f"not a web page (the server sent {kind[:60] or 'no content type'})")


def _load_stdin(max_bytes: int, encoding: str | None) -> Article:
    from newsdiff.core.html_extract import looks_like_html

    data = read_stdin(max_bytes)
    if not data:
        raise ArticleError(STDIN, "standard input is empty")
    refuse_saved_report(STDIN, data)
    if looks_like_html(data):
        return html_article(STDIN, data, declared=encoding)
    return _text_article(STDIN, data, encoding)


_preloaded: bytes | None = None


def preload_stdin(max_bytes: int | None = None) -> str | None:
    """Read standard input now and give the app the terminal as its input instead.

    For the interactive app: the article is read before the app starts (later reads of ``-``
    get these bytes), then the controlling terminal is opened as file descriptor 0 so the app
    gets the keyboard. Returns a one-line problem, or ``None``.
    """
    global _preloaded
    from newsdiff.core.load import configured_max_bytes

    limit = configured_max_bytes() if max_bytes is None else max_bytes
    try:
        _preloaded = read_stdin(limit)
    except ArticleError as error:
        return str(error)
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return "-: the app needs a terminal for its keys; use newsdiff compare/list/quotes with -"
    os.dup2(terminal, 0)
    os.close(terminal)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the process's standard input
    return None


def read_stdin(max_bytes: int) -> bytes:
    """At most ``max_bytes`` of standard input, or an error naming the limit."""
    if _preloaded is not None:
        return _preloaded
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError(STDIN, "standard input is not available")
    if sys.stdin.isatty():
        raise ArticleError(STDIN, "standard input is a terminal; pipe an article into it")
    try:
        data = stream.read(max_bytes + 1)
    except OSError as error:
        raise ArticleError(STDIN, f"cannot read standard input ({error.strerror})") from None
    if len(data) > max_bytes:
        from newsdiff.core.load import MAX_BYTES_ENV, format_size

        raise ArticleError(
            STDIN,
            f"input too large (more than {format_size(max_bytes)}; raise the limit with "
            f"--max-size or {MAX_BYTES_ENV})",
        )
    return bytes(data)


def _text_article(shown: str, data: bytes, encoding: str | None) -> Article:
    from newsdiff.core.load import article_from_bytes

    return article_from_bytes(shown, data, encoding)


def _host(url: str) -> str | None:
    from urllib.parse import urlsplit

    try:
        return (urlsplit(url).hostname or "").removeprefix("www.") or None
    except ValueError:
        return None
