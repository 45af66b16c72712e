"""Fetching web pages: timeout, size cap, redirects, a clear user agent, and an on-disk cache.

A page fetched once is kept in the cache (``$XDG_CACHE_HOME/newsdiff/pages``, one file per
URL, named by the URL's SHA-256) and read from there afterwards, so a comparison of web pages
reopens the same text, offline too. ``offline`` never touches the network: a page that is not
in the cache is an error. Only the standard library is used (``urllib``), so nothing here
costs an import for commands that read files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: importing email costs ~6 ms of every command
    from email.message import Message

from newsdiff import __version__

USER_AGENT = f"newsdiff/{__version__} (news article comparison; fetches one page per request)"
"""The ``User-Agent`` header of every request."""

DEFAULT_TIMEOUT = 20.0
"""Seconds a whole fetch may take (connecting, redirects and reading) before it gives up."""

MAX_REDIRECTS = 5
"""Redirects followed before a fetch gives up."""

OFFLINE_ENV = "NEWSDIFF_OFFLINE"
"""Environment variable: ``1`` means never touch the network (cached pages only)."""

TIMEOUT_ENV = "NEWSDIFF_TIMEOUT"
"""Environment variable: seconds a fetch may take (default 20)."""

CACHE_ENV = "NEWSDIFF_CACHE_DIR"
"""Environment variable: the folder of cached pages (default ``$XDG_CACHE_HOME/newsdiff/pages``)."""

_URL = re.compile(r"\Ahttps?://", re.IGNORECASE)
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page that could not be had; ``str(error)`` is the one-line problem."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """The body of a page (decompressed) and what the server said about it."""

    url: str
    final_url: str
    data: bytes
    content_type: str
    charset: str | None
    from_cache: bool = False


def is_url(value: object) -> bool:
    """Whether a command-line argument is an ``http://`` or ``https://`` address."""
    return isinstance(value, str) and _URL.match(value) is not None


def offline_from_env() -> bool:
    """Whether ``$NEWSDIFF_OFFLINE`` asks for no network at all."""
    return os.environ.get(OFFLINE_ENV, "").strip().lower() not in ("", "0", "no", "false")


def timeout_from_env() -> float:
    """The fetch timeout in seconds from ``$NEWSDIFF_TIMEOUT`` (default 20).

    Raises :class:`FetchError` for a value that is not a number of seconds from just over 0 to
    600 (it was replaced by 20 s without a word: ``NEWSDIFF_TIMEOUT=5s`` waited 20 s).
    """
    text = os.environ.get(TIMEOUT_ENV, "").strip()
    if not text:
        return DEFAULT_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value <= 600:  # also NaN
        raise FetchError(f"{TIMEOUT_ENV}={text[:40]!r} is not a number of seconds (0 to 600)")
    return value


def cache_dir() -> Path:
    """Where fetched pages are kept: ``$NEWSDIFF_CACHE_DIR``, else ``$NEWSDIFF_CACHE/pages``
    (the folder every other cache follows), else the XDG cache folder."""
    explicit = os.environ.get(CACHE_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    shared = os.environ.get("NEWSDIFF_CACHE", "").strip()
    if shared:
        return Path(shared).expanduser() / "pages"
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "newsdiff" / "pages"


def get_page(
    url: str,
    *,
    max_bytes: int,
    offline: bool | None = None,
    timeout: float | None = None,
    cache: Path | None = None,
) -> FetchedPage:
    """The page at ``url``: from the cache if it was fetched before, else from the network.

    Raises :class:`FetchError` with a one-line problem (unreachable, HTTP status, too large,
    timed out, not cached while offline).
    """
    folder = cache_dir() if cache is None else cache
    offline = offline_from_env() if offline is None else offline
    cached = read_cached(folder, url)
    if cached is not None and len(cached.data) <= max_bytes:
        return cached
    if offline:
        raise FetchError("not in the page cache, and --offline forbids fetching it")
    seconds = timeout_from_env() if timeout is None else timeout
    page = fetch(url, max_bytes=max_bytes, timeout=seconds)
    store(folder, page)
    return page


# --- the network ---------------------------------------------------------------------------


def _redirect_handler() -> Any:
    """urllib's redirect handler, limited to :data:`MAX_REDIRECTS` and to http(s) targets."""
    import urllib.request
    from http.client import HTTPMessage

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: HTTPMessage,
            newurl: str,
        ) -> urllib.request.Request | None:
            if not is_url(newurl):
                raise FetchError(f"redirected to a non-web address ({newurl[:100]})")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Redirects()


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> FetchedPage:
    """GET ``url`` with redirects, gzip, ``timeout`` seconds in all and at most ``max_bytes``."""
    import http.client
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
        },
    )
    opener = urllib.request.build_opener(_redirect_handler())
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            _check_length(headers, max_bytes)
            data = _read_body(response, headers, max_bytes, deadline, timeout)
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        reason = " ".join(str(error.reason).split())[:80]
        if error.code in (301, 302, 303, 307, 308):
            target = error.headers.get("Location", "") if error.headers is not None else ""
            if target and not is_url(target) and ":" in target.split("/", 1)[0]:
                raise FetchError(f"redirected to a non-web address ({target[:100]})") from None
            if not target.strip():  # urllib gives up on it: not a loop
                raise FetchError(f"HTTP {error.code} redirect without a Location") from None
            raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})") from None
        raise FetchError(f"HTTP error {error.code} {reason}".rstrip()) from None
    except urllib.error.URLError as error:
        raise FetchError(_network_problem(error.reason, timeout)) from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise FetchError(_network_problem(error, timeout)) from None
    return FetchedPage(
        url=url,
        final_url=final_url,
        data=data,
        content_type=headers.get_content_type(),
        charset=headers.get_content_charset(),
    )


def _check_length(headers: Message, max_bytes: int) -> None:
    length = headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(_too_large(int(length), max_bytes))


def _read_body(
    response: IO[bytes], headers: Message, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The body, decompressed, stopping as soon as it passes ``max_bytes`` or the deadline."""
    import zlib

    coding = headers.get("Content-Encoding", "").strip().lower()
    inflater: Any = None
    if coding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif coding == "deflate":
        inflater = zlib.decompressobj()
    elif coding not in ("", "identity"):
        raise FetchError(f"unsupported content encoding {coding[:30]!r}")
    parts: list[bytes] = []
    size = received = 0
    # read1 returns what has arrived, so a server that sends a byte at a time meets the deadline.
    read = getattr(response, "read1", response.read)
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s")
        chunk = read(_CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            except zlib.error:
                raise FetchError("the page's compressed data is corrupt") from None
        parts.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(None, max_bytes))
    _check_complete(headers, received, inflater)
    return b"".join(parts)


def _check_complete(headers: Message, received: int, inflater: Any) -> None:
    """Refuse a body cut short: fewer bytes than the announced ``Content-Length``, or a
    compressed stream without its end. (``read1`` reports a connection closed early as the
    end of the body, so the truncated page was read, and cached, as if whole.)"""
    length = headers.get("Content-Length", "").strip()
    if length.isdigit() and received < int(length):
        from newsdiff.core.load import format_size

        raise FetchError(
            f"the connection closed before the whole page arrived ({format_size(received)} "
            f"of {format_size(int(length))})"
        )
    if inflater is not None and not inflater.eof:
        raise FetchError("the connection closed before the whole page arrived")


def _too_large(size: int | None, max_bytes: int) -> str:
    from newsdiff.core.load import MAX_BYTES_ENV, format_size

    shown = f"{format_size(size)}; " if size is not None else "more than "
    return (
        f"page too large ({shown}the limit is {format_size(max_bytes)}, "
        f"raise it with --max-size or {MAX_BYTES_ENV})"
    )


def _network_problem(reason: object, timeout: float) -> str:
    import http.client
    import socket
    import ssl

    if isinstance(reason, TimeoutError | socket.timeout):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "unreachable (host not found)"
    if isinstance(reason, ConnectionRefusedError):
        return "unreachable (connection refused)"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({' '.join(str(reason).split())[:80]})"
    if isinstance(reason, http.client.HTTPException):
        return f"the server's answer is broken ({type(reason).__name__})"
    text = " ".join(str(getattr(reason, "strerror", None) or reason).split())[:100]
    return f"unreachable ({text})" if text else "unreachable"


# --- the cache -----------------------------------------------------------------------------


def _key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def read_cached(folder: Path, url: str) -> FetchedPage | None:
    """The cached copy of ``url``, or ``None`` (not cached, or the cache files are unusable)."""
    stem = folder / _key(url)
    try:
        info = json.loads(stem.with_suffix(".json").read_text("utf-8"))
        data = stem.with_suffix(".body").read_bytes()
        if info.get("url") != url:
            return None
        return FetchedPage(
            url=url,
            final_url=str(info.get("final_url") or url),
            data=data,
            content_type=str(info.get("content_type") or ""),
            charset=info.get("charset") if isinstance(info.get("charset"), str) else None,
            from_cache=True,
        )
    except (OSError, ValueError, AttributeError):
        return None


def store(folder: Path, page: FetchedPage) -> None:
    """Keep ``page`` in the cache; a cache that cannot be written is skipped silently."""
    stem = folder / _key(page.url)
    info = {
        "url": page.url,
        "final_url": page.final_url,
        "content_type": page.content_type,
        "charset": page.charset,
        "fetched_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(stem.with_suffix(".body"), page.data)
        _write_atomic(stem.with_suffix(".json"), json.dumps(info).encode("utf-8"))


def _write_atomic(target: Path, data: bytes) -> None:
    import tempfile

    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
