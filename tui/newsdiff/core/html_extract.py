"""Web page → article: the main text (through trafilatura) and the page's metadata.

The text is what the article says, without navigation, ads, cookie banners, comments, "related"
links or share bars: paragraphs, sub-headings, list items and block quotes, one paragraph per
block with a blank line between blocks, and the headline as its first line. Title, author, date
and site name come from the page's metadata (JSON-LD, Open Graph, ``<meta>``, ``<title>``).

trafilatura is imported only when a page is read, so commands that never see HTML do not pay
for it. Nothing here touches the network.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from newsdiff.core.decode import DecodeError, decode_bytes, utf8_with_cp1252
from newsdiff.core.models import ArticleMeta
from newsdiff.core.page_escapes import REFERENCED, page_text_without_escapes, shield
from newsdiff.core.terminal_escapes import once_removed

INSTALL_HINT = "reading web pages needs trafilatura: pip install 'trafilatura>=2' lxml_html_clean"
"""The one line shown when the extraction library is missing or broken."""

MAX_TREE_ELEMENTS = 60_000
"""A page with more elements than this is refused rather than extracted (news pages have a few
thousand; extraction takes about a second per 10,000 elements)."""

MAX_META_CHARS = 300
"""The longest metadata value kept (author, site name, date); longer ones are cut."""

_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"<(?:body|div|p|article|meta|title)[\s>/]", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BLOCKS = {"p", "head", "quote", "list", "table", "code", "div"}
_INVISIBLE = dict.fromkeys(
    [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
    + [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x2060, 0xFEFF, 0x2028, 0x2029],
    " ",
)


class ExtractionError(Exception):
    """A page from which no article could be read; ``str(error)`` is the one-line problem."""


class MissingExtractorError(ExtractionError):
    """trafilatura (or a library it needs) is not installed."""


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """The article read from a page: its text (headline first), display title and metadata, and
    how many terminal escape sequences were removed from the text."""

    text: str
    title: str | None
    meta: ArticleMeta
    escapes_removed: int = 0


def is_html_document(data: bytes) -> bool:
    """Whether ``data`` starts as an HTML document does (``<!doctype html>``, ``<html>`` or
    ``<head>``, after a BOM, white space and comments): a web page whatever its name."""
    return _HTML_START.match(data[:_SNIFF_BYTES]) is not None


def looks_like_html(data: bytes) -> bool:
    """Whether bytes read from stdin or a URL of unknown type are an HTML page."""
    head = data[:_SNIFF_BYTES]
    if _HTML_START.match(head):
        return True
    return head.lstrip()[:1] == b"<" and _HTML_TAGS.search(head) is not None


def html_charset(data: bytes, declared: str | None = None) -> str | None:
    """The encoding of a page: its BOM, else ``declared`` (the HTTP header), else its ``<meta>``.

    ``None`` when none of those names a known encoding (the caller then detects it).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    for candidate in (declared, _meta_charset(data)):
        if candidate:
            try:
                name = codecs.lookup(candidate).name
            except LookupError:
                continue
            # A page that says UTF-16 in a <meta> but has no BOM is in fact ASCII-compatible.
            return "utf-8" if name.startswith("utf-16") and candidate is not declared else name
    return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of a page's bytes; see :func:`html_charset` for the order of evidence.

    Bytes that do not fit the charset named are read as a page that names none (detected as a
    text file is); when that fails too (too little text to tell), UTF-8 is read with its stray
    bytes as Windows-1252 and any other charset as named, misfits as ``U+FFFD``.

    Raises :class:`ExtractionError` when the bytes cannot be decoded at all.
    """
    name = html_charset(data, declared)
    if name is not None:
        if name == "iso8859-1" or name == "ascii":
            name = "cp1252"  # what browsers do for latin-1 and ASCII labels (WHATWG)
        try:
            return data.decode(name).removeprefix("\ufeff"), name
        except UnicodeDecodeError:
            # The page says UTF-8 but was saved as Windows-1252 (or mixes the two): reading it
            # as it says would turn every accent and curly quote into U+FFFD without a word.
            pass
    try:
        decoded = decode_bytes(data)
    except DecodeError as error:
        if name is None:
            raise ExtractionError(str(error)) from None
        if name == "utf-8":  # too little text to detect: its stray bytes as Windows-1252
            return utf8_with_cp1252(data).removeprefix("\ufeff"), "utf-8+cp1252"
        return data.decode(name, errors="replace").removeprefix("\ufeff"), name
    return decoded.text, decoded.encoding


def extract_page(html: str, url: str | None = None) -> ExtractedPage:
    """The article of a page, or :class:`ExtractionError` if it has none.

    ``url`` is where the page was fetched from (else the page's canonical address is used);
    its host is the outlet when the page names no site.
    """
    trafilatura = _trafilatura()
    try:
        tree = _prepared_tree(html)
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            config=_config(),
        )
    except (RecursionError, MemoryError):
        raise ExtractionError("the page is too deeply nested to read") from None
    except ValueError as error:  # lxml: "Document is empty" and the like
        raise ExtractionError(f"not a readable web page ({_one_line(str(error))})") from None
    body = getattr(document, "body", None) if document is not None else None
    paragraphs, escapes = _without_escapes(_paragraphs(body) if body is not None else [])
    if not any(any(ch.isalnum() for ch in paragraph) for paragraph in paragraphs):
        raise ExtractionError(f"no article text found on the page{once_removed(escapes)}")
    author = _clean_meta(getattr(document, "author", None))
    raw_title = _clean_meta(getattr(document, "title", None), 500)
    paragraphs = _without_credits(paragraphs, author, raw_title)
    if not paragraphs:
        raise ExtractionError("no article text found on the page")
    title = _headline(raw_title, tree, paragraphs)
    if title and _normalized(paragraphs[0]) != _normalized(title):
        paragraphs.insert(0, title)
    page_url = url or _web_address(getattr(document, "url", None))
    meta = ArticleMeta(
        outlet=_clean_meta(getattr(document, "sitename", None)) or _host(page_url),
        author=author,
        date=_clean_meta(getattr(document, "date", None), 40),
        url=page_url,
    )
    text = "\n\n".join(paragraphs) + "\n"
    return ExtractedPage(text=text, title=title, meta=meta, escapes_removed=escapes)


def _without_escapes(paragraphs: list[str]) -> tuple[list[str], int]:
    """The paragraphs without their terminal escape sequences (:mod:`.page_escapes`), those
    left empty dropped, and how many sequences were removed."""
    kept: list[str] = []
    removed = 0
    for paragraph in paragraphs:
        text, count = page_text_without_escapes(paragraph)
        if count:  # white space around a removed code is collapsed, as in the page's text
            removed += count
            text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
        if text:
            kept.append(text)
    return kept, removed


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_BYLINE_WORDS = 16
_LEDE_CHARS = 120


def _without_credits(paragraphs: list[str], author: str | None, title: str | None) -> list[str]:
    """The paragraphs without the byline and the closing copyright line, which are page credits.

    The byline is a short paragraph before the first long one that names the author the page's
    metadata gives (the author is kept in the metadata); the copyright line is a short last
    paragraph starting with ``©`` or ``Copyright``.
    """
    kept = list(paragraphs)
    names = [name.strip() for name in re.split(r";|,| and ", author or "") if name.strip()]
    for index, paragraph in enumerate(kept[:6]):
        if len(paragraph) >= _LEDE_CHARS:
            break
        short = len(paragraph.split()) <= _BYLINE_WORDS
        is_title = title is not None and _normalized(paragraph) == _normalized(title)
        if short and not is_title and names and any(name in paragraph for name in names):
            del kept[index]
            break
    if kept and _COPYRIGHT.match(kept[-1]) and len(kept[-1].split()) <= _BYLINE_WORDS:
        kept.pop()
    return kept


def _trafilatura() -> Any:
    """The trafilatura module, imported on first use."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtractorError(INSTALL_HINT) from None
    return trafilatura


def _prepared_tree(html: str) -> Any:
    """The page parsed by lxml, made easier to read for the extractor (see the helpers)."""
    from trafilatura.utils import load_html

    page = _without_controls(html)
    tree = load_html(page)
    if tree is None:
        # a fragment (``<p>…</p>`` copied out of a CMS) has no ``<html>`` for the parser's
        # check to find: read as the body of a page, as a browser shows it
        tree = load_html(f"<html><body>{page}</body></html>")
    if tree is None:
        raise ExtractionError("not a readable web page (no HTML document in it)")
    from newsdiff.core.html_prepare import count_elements, prepare, strip_invisible

    strip_invisible(tree)
    elements = count_elements(tree)
    if elements > MAX_TREE_ELEMENTS:
        raise ExtractionError(
            f"page too complex ({elements:,} elements; newsdiff reads pages of up to "
            f"{MAX_TREE_ELEMENTS:,})"
        )
    prepare(tree)
    return tree


_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CHARACTER_REFS = re.compile(r"&#(?:([0-9]{1,8})|[xX]([0-9a-fA-F]{1,8}));?")


def _control_ref(match: re.Match[str]) -> str:
    """A numeric character reference to a control character becomes U+FFFD; others stay.

    References to ESC and BEL become tokens (:data:`.page_escapes.REFERENCED`), as the raw
    characters do.

    ``&#128;``–``&#159;`` are the Windows-1252 characters, as browsers read them (``&#146;``
    is ’), where that code page has one.
    """
    decimal, hexadecimal = match.groups()
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code in REFERENCED:
        return REFERENCED[code]
    if 0x80 <= code <= 0x9F:
        try:
            return bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return "\ufffd"
    controls = code < 0x20 and code not in (0x09, 0x0A, 0x0D) or code == 0x7F
    return "\ufffd" if controls else match.group()


def _without_controls(html: str) -> str:
    """The page with control characters, raw or as ``&#1;``-style references, made U+FFFD.

    They are never article text, a terminal acts on them, and the parser gives up on some. Those
    that escape sequences are made of (ESC, BEL, 8-bit introducers) become printable tokens
    instead (:mod:`newsdiff.core.page_escapes`), so the sequences can be removed from the text.
    """
    html = _CHARACTER_REFS.sub(_control_ref, shield(html))
    return _CONTROL_CHARS.sub("\ufffd", html)


def _headline(title: str | None, tree: Any, paragraphs: list[str]) -> str | None:
    """The article's headline: the part of ``<title>`` that the article shows, if it shows one.

    Pages without Open Graph or JSON-LD headlines name themselves ``Site - Headline`` or
    ``Headline | Site``; the extractor may pick the site. Of the parts of ``<title>``, the
    longest one that is a line of the extracted text is the headline.
    """
    from newsdiff.core.html_prepare import title_parts

    parts = [_plain(part) for part in title_parts(tree)]
    if len(parts) < 2 or (title and title not in parts):
        return title
    lines = {_normalized(line) for paragraph in paragraphs[:8] for line in paragraph.split("\n")}
    shown = [part for part in parts if _normalized(part) in lines]
    return max(shown, key=len) if shown else title


@functools.cache
def _config() -> Any:
    """trafilatura's settings: a tree-size cap, and dates from metadata only (no guessing)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_ELEMENTS))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _paragraphs(body: Any) -> list[str]:
    """One paragraph per block of trafilatura's body: text, headings, list items, quotes."""
    paragraphs: list[str] = []
    for block in body:
        tag = block.tag if isinstance(block.tag, str) else ""
        if tag == "list":
            items = [_inline(item) for item in block.iter("item")]
            lines = [f"- {item}" for item in items if item]
            if lines:
                paragraphs.append("\n".join(lines))
            continue
        if tag == "table":
            rows = [" | ".join(filter(None, map(_inline, row))) for row in block.iter("row")]
            paragraphs.extend(row for row in rows if row)
            continue
        if tag not in _BLOCKS and tag:
            continue
        for part in _inline(block, keep_breaks=True).split("\n\n"):
            part = part.strip()
            if part:
                paragraphs.append(part)
    return paragraphs


def _inline(element: Any, keep_breaks: bool = False) -> str:
    """The text of an element with whitespace collapsed; ``<lb/>`` as a line break if asked."""
    pieces: list[str] = []
    for node in element.iter():
        if node is not element and node.tag == "lb":
            pieces.append("\n" if keep_breaks else " ")
        elif node.text:
            pieces.append(node.text)
        if node is not element and node.tail:
            pieces.append(node.tail)
    raw = "".join(pieces)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def _clean_meta(value: object, limit: int = MAX_META_CHARS) -> str | None:
    """A metadata value on one line: controls, bidi and zero-width marks removed, cut if long."""
    if not isinstance(value, str):
        return None
    cleaned = " ".join(unicodedata.normalize("NFC", _plain(value)).translate(_INVISIBLE).split())
    if not cleaned or not any(ch.isalnum() for ch in cleaned):
        return None
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def _web_address(value: object) -> str | None:
    """A page's own canonical address, when it is a plain http(s) URL."""
    if not isinstance(value, str) or len(value) > 2000:
        return None
    value = _plain(value).strip()
    if not re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", value, re.IGNORECASE):
        return None
    return value


def _plain(value: str) -> str:
    """A value read from the page (metadata, ``<title>``) without escape sequences."""
    return page_text_without_escapes(value)[0]


def _normalized(text: str) -> str:
    return " ".join(text.split()).casefold()


def _one_line(text: str) -> str:
    return " ".join(text.split())[:120]
