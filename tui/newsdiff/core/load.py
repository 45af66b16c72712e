"""Paths → Articles: file checks, decoding, line ends, titles, and one clear error per bad input.

Every unusable input raises (or, in a corpus, collects) an :class:`ArticleError` naming the path
and the problem in one line. Nothing here ever blocks: a path is checked with ``os.stat``
before it is opened, so a FIFO, a device or a socket is refused without being opened, and the
open itself is non-blocking and re-checked with ``fstat``.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsdiff.core.decode import DecodeError, decode_as, decode_bytes, text_encoding
from newsdiff.core.errors import ArticleError
from newsdiff.core.front_matter import FRONT_MATTER, blank_front_matter, front_matter_meta
from newsdiff.core.lazy_regex import lazy_compile
from newsdiff.core.load_markdown import is_markdown_name, markdown_body
from newsdiff.core.load_pointers import refuse_saved_report, subfolder_hint
from newsdiff.core.models import Article
from newsdiff.core.path_names import typable_path
from newsdiff.core.terminal_escapes import once_removed, strip_escapes

DEFAULT_MAX_BYTES = 5_000_000
"""The default size limit of one article file (5 MB)."""

MAX_SIZE_CEILING = 50_000_000
"""The largest size limit accepted (50 MB): no news article is larger. The time and memory
bounds of ``docs/robustness.md`` are measured at the default limit; past it they grow with the
file (a 50 MB single-sentence file: 255 s and 5.4 GB to compare)."""

_READ_CHUNK = 1 << 20
"""Files are read in blocks of this many bytes, so memory follows the file, not the limit."""

MAX_BYTES_ENV = "NEWSDIFF_MAX_BYTES"
"""Environment variable that sets the size limit (``2MB``, ``500k``, ``10MiB``, bytes)."""

ENCODING_ENV = "NEWSDIFF_ENCODING"
"""Environment variable that forces one encoding for every article (``cp1250``, ``utf-8``…)."""

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")
"""The file name endings that a folder's article files have (compared case-insensitively)."""

TITLE_LIMIT = 80
"""The longest title, in characters, before it is shortened with ``…``."""

HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 150
_TITLE_SCAN_CHARS = 4_000
_HTML_SNIFF = 1_024
"""A text input whose first this many bytes hold no ``<`` is not a web page."""

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The articles that loaded, and one error per input that did not."""

    articles: tuple[Article, ...]
    errors: tuple[ArticleError, ...]


def bundled_seeds_dir() -> Path:
    """The folder of bundled articles, from a wheel (``newsdiff/seeds``) or a source checkout."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "seeds"
    if packaged.is_dir():
        return packaged
    return package.parent.parent / "seeds"


# --- size limit ----------------------------------------------------------------------------

_SIZE = lazy_compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?)(b?)\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes from ``"5MB"``, ``"500k"``, ``"2MiB"``, ``"1.5M"`` or ``"1000000"``.

    ``k``/``M``/``G`` are powers of 1000, ``Ki``/``Mi``/``Gi`` powers of 1024. Raises
    ``ValueError`` for anything else, and for sizes below one byte."""
    shown = text[:40] + ("…" if len(text) > 40 else "")
    match = _SIZE.fullmatch(text.replace("_", "")) if len(text) <= 40 else None
    if match is None or (match.group(3) and not match.group(2)):
        raise ValueError(f"not a size: {shown!r} (try 5MB, 500k or 2MiB)")
    number, unit, binary, _ = match.groups()
    base = 1024 if binary else 1000
    size = float(number) * base ** " kmg".index(unit.lower() or " ")
    if size < 1:
        raise ValueError(f"not a size: {shown!r} (it must be at least one byte)")
    if size > 1e18:
        raise ValueError(f"not a size: {shown!r} (far too large)")
    return int(size)


def parse_size_limit(text: str) -> int:
    """:func:`parse_size` for a size limit: also refuses limits above :data:`MAX_SIZE_CEILING`."""
    size = parse_size(text)
    if size > MAX_SIZE_CEILING:
        raise ValueError(
            f"{text[:40]!r} is too large a limit (at most {format_size(MAX_SIZE_CEILING)})"
        )
    return size


def format_size(size: int) -> str:
    """A byte count for people: ``"812 bytes"``, ``"4.2 kB"``, ``"31.5 MB"``."""
    if size < 1000:
        return f"{size} byte" + ("" if size == 1 else "s")
    scaled = float(size)
    for unit in ("kB", "MB", "GB"):
        scaled /= 1000
        if scaled < 1000:
            return f"{scaled:.1f} {unit}"
    return f"{scaled / 1000:.1f} TB"


def configured_max_bytes() -> int:
    """The size limit: ``NEWSDIFF_MAX_BYTES`` if set, else :data:`DEFAULT_MAX_BYTES`."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        return parse_size_limit(value)
    except ValueError as error:
        raise ArticleError(MAX_BYTES_ENV, str(error)) from None


def configured_encoding() -> str | None:
    """The encoding forced by ``NEWSDIFF_ENCODING``, or ``None`` to detect it per file."""
    value = os.environ.get(ENCODING_ENV, "").strip()
    if not value:
        return None
    try:
        return text_encoding(value)
    except DecodeError as error:
        raise ArticleError(ENCODING_ENV, str(error)) from None


# --- one file ------------------------------------------------------------------------------


def load_article(
    path: str | Path, *, max_bytes: int | None = None, encoding: str | None = None
) -> Article:
    """Load one article file, or raise :class:`ArticleError` saying in one line what is wrong.

    Decoded (:mod:`newsdiff.core.decode`; ``encoding``, else ``$NEWSDIFF_ENCODING``, else
    detected), BOM removed, line ends ``\\n``, terminal escapes removed (counted); a ``.md`` file
    read as :mod:`newsdiff.core.load_markdown` says. Web pages, URLs, ``-`` and ``.txt``/``.md``
    HTML documents are read by :mod:`newsdiff.core.sources`; ``max_bytes``: see
    :func:`configured_max_bytes`."""
    shown = typable_path(path)
    limit = configured_max_bytes() if max_bytes is None else max_bytes
    forced = configured_encoding() if encoding is None else encoding
    if _may_be_source(shown):
        from newsdiff.core.sources import is_source, load_source

        if is_source(shown):
            return load_source(shown, max_bytes=limit, encoding=forced)
    data = _read_regular_file(shown, limit)
    if not data:
        raise ArticleError(shown, "empty file (0 bytes)")
    refuse_saved_report(shown, data)
    if b"<" in data[:_HTML_SNIFF]:  # maybe a web page saved as .txt or .md: read it as one
        from newsdiff.core.html_extract import is_html_document

        if is_html_document(data):
            from newsdiff.core.sources import html_article

            return html_article(shown, data, declared=forced)
    return article_from_bytes(shown, data, forced)


def _may_be_source(shown: str) -> bool:
    """Whether ``shown`` may name a URL, ``-`` or a web page (``core.sources`` decides): a test on
    the name alone, so that reading plain files never imports that module and its web client."""
    return shown == "-" or "://" in shown or "htm" in os.path.splitext(shown)[1].lower()


def article_from_bytes(shown: str, data: bytes, forced: str | None = None) -> Article:
    """An article from the bytes of a text or Markdown input named ``shown``."""
    try:
        decoded = decode_bytes(data) if forced is None else decode_as(data, forced)
    except DecodeError as error:
        raise ArticleError(shown, str(error)) from None
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    text, escapes = strip_escapes(text)
    if not text.strip():
        raise ArticleError(shown, f"only whitespace{once_removed(escapes)}, no text")
    body = blank_front_matter(text)
    if is_markdown_name(shown):  # the words a browser shows (docs/input.md)
        body, text = markdown_body(text, body)
    if not any(ch.isalnum() for ch in body):
        lack = f"no letters or digits{once_removed(escapes)}, not an article"
        raise ArticleError(shown, "only front matter, no article text" if body != text else lack)
    return Article(
        path=shown,
        text=body,
        title=shorten(whole := make_title(text, None)),  # whole: the library cuts it to fit
        full_title=whole if shorten(whole) != whole else "",
        encoding=decoded.encoding,
        meta=front_matter_meta(text),
        escapes_removed=escapes,
    )


def read_regular_file(path: str | Path, limit: int, *, advice: str = "") -> bytes:
    """The bytes of the regular file ``path`` of at most ``limit`` bytes, or ArticleError.

    Never opens a FIFO, device or socket, never blocks, and reads in bounded blocks; ``advice``
    ends the "too large" message (default: how to raise the article size limit).
    """
    return _read_regular_file(str(path), limit, advice)


def _read_regular_file(shown: str, limit: int, advice: str = "") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never opens anything else."""
    info = _stat(shown)
    _check_regular(shown, info.st_mode)
    _check_size(shown, info.st_size, limit, advice)
    try:
        fd = os.open(shown, _OPEN_FLAGS)
    except OSError as error:
        raise ArticleError(shown, os_problem(error, shown)) from None
    with os.fdopen(fd, "rb") as handle:
        _check_regular(shown, os.fstat(fd).st_mode)  # the path may have changed since stat
        data = _read_at_most(handle, shown, limit)
    _check_size(shown, len(data), limit, advice)
    return data


def _read_at_most(handle: BinaryIO, shown: str, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes, read in blocks (a file that grew is caught, not swallowed)."""
    blocks: list[bytes] = []
    total = 0
    while total <= limit:
        try:
            block = handle.read(min(_READ_CHUNK, limit + 1 - total))
        except OSError as error:
            raise ArticleError(shown, os_problem(error, shown)) from None
        if not block:
            break
        blocks.append(block)
        total += len(block)
    return b"".join(blocks)


def _stat(shown: str) -> os.stat_result:
    try:
        return os.stat(shown)
    except OSError as error:
        raise ArticleError(shown, os_problem(error, shown)) from None
    except ValueError:
        raise ArticleError(shown, "invalid path (it contains a NUL character)") from None


def _check_regular(shown: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise ArticleError(shown, "is a folder, not a file")
    raise ArticleError(shown, f"is {file_kind(mode)}, not a regular file")


def _check_size(shown: str, size: int, limit: int, advice: str = "") -> None:
    if size > limit:
        advice = advice or f"raise it with --max-size or {MAX_BYTES_ENV}"
        raise ArticleError(
            shown,
            f"file too large ({format_size(size)}; the limit is {format_size(limit)}, {advice})",
        )


def file_kind(mode: int) -> str:
    """What a file that is not a regular file or folder is: ``"a named pipe (FIFO)"``, …."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def os_problem(error: OSError, path: str | Path) -> str:
    """A short, plain description of why ``path`` could not be used."""
    code = error.errno
    if code == errno.ENOENT:
        if os.path.islink(path):
            return "broken symlink (its target does not exist)"
        return "no such file or folder"
    if code == errno.ENOTDIR:
        return "no such file or folder (a part of the path is not a folder)"
    if code == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if code == errno.EISDIR:
        return "is a folder, not a file"
    if code == errno.ENAMETOOLONG:
        return "file name too long"
    if code == errno.EIO:
        return "read error (input/output error)"
    reason = error.strerror or type(error).__name__
    return reason[:1].lower() + reason[1:]


# --- titles --------------------------------------------------------------------------------

_MARKUP_PREFIX = re.compile(r"^(?:#{1,6}\s+|[-*+•–—]\s+|\d{1,3}[.)]\s+|>\s*)+")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_BOILERPLATE = re.compile(
    r"\s*(?:advertisement|advertisment|sponsored|skip to (?:main )?content|listen to this article)"
    r"\s*$",
    re.IGNORECASE,
)
"""Page furniture that scraped articles often start with; never a title."""
_FRONT_TITLE = lazy_compile(r"^title:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


def make_title(text: str, limit: int | None = TITLE_LIMIT) -> str:
    """A display title: the first line when it reads as a headline, else the first sentence.

    A headline is short (at most 20 words and 150 characters), has no final full stop and does
    not start a hard-wrapped paragraph; else the title is the first sentence of the first line
    (with its hard-wrapped lines). Markdown heading and bullet marks and YAML front matter are
    dropped (its ``title:`` if any is used), whitespace collapsed, a title over ``limit``
    (``None``: no limit) cut at a word, ending with ``…``."""
    head = text[:_TITLE_SCAN_CHARS]
    front = FRONT_MATTER.match(head)
    if front:
        named = _FRONT_TITLE.search(front.group(1))
        if named and _clean(named.group(1).strip("'\"")):
            return shorten(_clean(named.group(1).strip("'\"")), limit)
        head = head[front.end() :]
    lines = head.split("\n")
    first = next(
        (i for i, line in enumerate(lines) if _clean(line) and not _BOILERPLATE.match(line)),
        None,
    )
    if first is None:
        return shorten(_clean(head), limit)
    parts = [lines[first]]
    while first + len(parts) < len(lines) and len(parts) < 8:
        if not _wrapped(parts[-1], lines[first + len(parts)]):
            break
        parts.append(lines[first + len(parts)])
    line = _clean(parts[0])
    if len(parts) == 1 and _reads_as_headline(line):
        return shorten(line, limit)
    return shorten(_first_sentence(" ".join(part.strip() for part in parts)), limit)


_CONTINUES = frozenset(
    "a an and as at but by for from in into of on or than that the to with who which".split()
)


def _wrapped(line: str, following: str) -> bool:
    """Whether ``following`` continues ``line``'s sentence (a hard wrap), by plain signs."""
    current, nxt = line.strip(), following.strip()
    if not current or not nxt or current[-1] in ".!?…":
        return False
    if nxt[0].islower():
        return True
    return current.endswith((",", "—", "–")) or current.split()[-1].lower() in _CONTINUES


def _clean(line: str) -> str:
    """A line without Markdown heading/bullet marks or wrapping emphasis, whitespace collapsed."""
    cleaned = " ".join(line.split())
    cleaned = _MARKUP_PREFIX.sub("", cleaned)
    emphasis = _EMPHASIS.match(cleaned)
    if emphasis:
        cleaned = emphasis.group(2).strip()
    return cleaned.replace("**", "").replace("__", "")


def _reads_as_headline(line: str) -> bool:
    if not any(ch.isalnum() for ch in line):
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    return len(line) <= HEADLINE_MAX_CHARS and len(line.split()) <= HEADLINE_MAX_WORDS


def _first_sentence(paragraph: str) -> str:
    """The first sentence of a paragraph, found by the project's sentence segmenter."""
    from newsdiff.core.segment import segment

    for sentence in segment(paragraph):
        cleaned = _clean(sentence.text)
        if any(ch.isalnum() for ch in cleaned):
            return cleaned
    return _clean(paragraph)


def shorten(title: str, limit: int | None = TITLE_LIMIT) -> str:
    """``title`` cut at a word to at most ``limit`` characters (``None``: uncut), with ``…``."""
    if limit is None or len(title) <= limit:
        return title
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


# --- files and folders ---------------------------------------------------------------------


def article_files(folder: str | Path) -> list[Path]:
    """The article files of a folder (``.txt``, ``.md``, ``.html``), sorted, hidden ones skipped.

    Sub-folders are not searched. Raises :class:`ArticleError` when the folder cannot be read.
    """
    shown = typable_path(folder)
    try:
        with os.scandir(folder) as entries:
            names = [
                entry.name
                for entry in entries
                if not entry.name.startswith(".")
                and os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES
            ]
    except OSError as error:
        raise ArticleError(shown, f"cannot list the folder: {os_problem(error, shown)}") from None
    base = Path(folder)
    return [base / name for name in sorted(names)]


def load_corpus(
    paths: Sequence[str | Path], *, max_bytes: int | None = None, encoding: str | None = None
) -> Corpus:
    """Load files, folders, URLs and ``-``; a folder means its article files, sorted.

    Good files load, and each bad input gives one :class:`ArticleError`, in the order named.
    A file named twice (directly or through a folder) is loaded once; ``-`` named twice is an
    error (standard input can be read only once)."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for loaded in iter_corpus(paths, max_bytes=max_bytes, encoding=encoding):
        if isinstance(loaded, ArticleError):
            errors.append(loaded)
        else:
            articles.append(loaded)
    return Corpus(tuple(articles), tuple(errors))


def iter_corpus(
    paths: Sequence[str | Path], *, max_bytes: int | None = None, encoding: str | None = None
) -> Iterator[Article | ArticleError]:
    """:func:`load_corpus` one file at a time: each article, or the error of each bad input,
    as soon as it is read (the app shows the first screenful of a large folder early).

    A bad setting (``NEWSDIFF_MAX_BYTES``, ``NEWSDIFF_ENCODING``) raises on the first step.
    """
    limit = configured_max_bytes() if max_bytes is None else max_bytes
    forced = configured_encoding() if encoding is None else encoding
    seen: set[str] = set()
    for path in paths:
        try:
            files = _expand(path)
        except ArticleError as error:
            yield error
            continue
        for file in files:
            key = str(file) if isinstance(file, str) else os.path.realpath(file)
            if key in seen:
                if key == "-":  # a file named twice is the same article; stdin is read once
                    yield ArticleError(
                        key, "standard input is named more than once; it is read once"
                    )
                continue
            seen.add(key)
            try:
                yield load_article(file, max_bytes=limit, encoding=forced)
            except ArticleError as error:
                yield error


def _expand(path: str | Path) -> list[str | Path]:
    """``[path]`` for anything but a folder; a folder's article files, or an error if none.

    A URL or ``-`` stays a string (a ``Path`` would fold the ``//`` of ``https://``).
    """
    shown = typable_path(path)
    if _may_be_source(shown):
        from newsdiff.core.sources import STDIN
        from newsdiff.core.web import is_url

        if is_url(shown) or shown == STDIN:
            return [shown]
    try:
        is_folder = stat.S_ISDIR(os.stat(shown).st_mode)
    except (OSError, ValueError):
        is_folder = False  # load_article reports the problem with the right words
    if not is_folder:
        return [Path(path)]
    files = article_files(path)
    if not files:
        hint = subfolder_hint(path, ARTICLE_SUFFIXES)
        raise ArticleError(shown, f"no .txt, .md or .html files in this folder{hint}")
    return list(files)
