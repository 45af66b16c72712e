"""Loading article files: every kind of bad input gets one clear error, good text loads exactly."""

from __future__ import annotations

import errno
import os
import socket
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core import load as load_module
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import (
    DEFAULT_MAX_BYTES,
    MAX_BYTES_ENV,
    bundled_seeds_dir,
    configured_max_bytes,
    format_size,
    load_article,
    load_corpus,
    parse_size,
)
from newsdiff.core.terminal_escapes import might_hold_escapes

BODY = "Officials met in Geneva on Tuesday. \u201cWe made progress,\u201d the envoy said.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def problem_of(path: str | Path, **kwargs: int | str) -> str:
    """The one-line problem ``load_article`` reports for ``path`` (the test fails if it loads)."""
    with pytest.raises(ArticleError) as caught:
        load_article(path, **kwargs)
    error = caught.value
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.problem}"
    assert "\n" not in str(error)
    return error.problem


# --- good files ------------------------------------------------------------------------------


def test_utf8_file_loads_as_open_read_gives_it(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Headline\n\n" + BODY)
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.path == str(path)
    assert article.encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"Title\r\nFirst line.\r\nSecond line.\r\n", "utf-8"),
        (b"Title\rFirst line.\rSecond line.\r", "utf-8"),
        (b"Title\r\nFirst line.\rSecond line.\n", "utf-8"),
        (b"\xef\xbb\xbfTitle\r\nFirst line.\r\nSecond line.\r\n", "utf-8-sig"),
        ("Title\r\nFirst line.\r\nSecond line.\r\n".encode("utf-16"), "utf-16-le"),
    ],
    ids=["crlf", "cr", "mixed", "bom-crlf", "utf16-crlf"],
)
def test_line_ends_become_newlines_and_bom_goes(tmp_path: Path, data: bytes, encoding: str) -> None:
    article = load_article(write(tmp_path, "a.txt", data))
    assert article.text == "Title\nFirst line.\nSecond line.\n"
    assert article.encoding == encoding


def test_cp1252_file_keeps_its_curly_quotes(tmp_path: Path) -> None:
    text = "Officials said \u201cwe made progress\u201d \u2014 the envoy\u2019s words.\n"
    article = load_article(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert article.text == text
    assert article.encoding == "cp1252"


def test_symlink_to_a_good_file_loads_under_the_name_given(tmp_path: Path) -> None:
    target = write(tmp_path, "real.txt", BODY)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    article = load_article(link)
    assert article.path == str(link)
    assert article.text == BODY


def test_file_at_the_size_limit_loads(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY)
    assert load_article(path, max_bytes=len(BODY.encode())).text == BODY


def test_markup_and_stray_controls_are_kept_in_the_text(tmp_path: Path) -> None:
    """Loading keeps the outlet's characters (display layers make controls visible) but for
    complete terminal escape sequences, which it removes and counts."""
    text = "Clear \x1b[2J screen [bold]now[/bold] \u202eevil\u202c \x07 and a lone \x1b\n"
    article = load_article(write(tmp_path, "a.txt", text))
    assert article.text == "Clear screen [bold]now[/bold] \u202eevil\u202c \x07 and a lone \x1b\n"
    assert article.escapes_removed == 1
    plain = "Clear screen [bold]now[/bold] \u202eevil\u202c.\n"
    unchanged = load_article(write(tmp_path, "b.txt", plain))
    assert (unchanged.text, unchanged.escapes_removed) == (plain, 0)


# --- bad input: one clear line each ---------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    assert problem_of(tmp_path / "nope.txt") == "no such file or folder"


def test_path_through_a_file(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    assert "not a folder" in problem_of(tmp_path / "a.txt" / "b.txt")


def test_folder_where_a_file_is_needed(tmp_path: Path) -> None:
    assert problem_of(tmp_path) == "is a folder, not a file"


def test_empty_file(tmp_path: Path) -> None:
    assert problem_of(write(tmp_path, "a.txt", b"")) == "empty file (0 bytes)"


@pytest.mark.parametrize("blank", [b" ", b"\n\n\n", b"  \t\n \r\n \x0b\x0c", b"\xef\xbb\xbf \n"])
def test_whitespace_only_file(tmp_path: Path, blank: bytes) -> None:
    assert problem_of(write(tmp_path, "a.txt", blank)) == "only whitespace, no text"


def test_file_without_letters_or_digits(tmp_path: Path) -> None:
    assert "no letters or digits" in problem_of(write(tmp_path, "a.txt", "--- *** ...\n"))


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    problem = problem_of(write(tmp_path, "a.txt", b"text\x00with\x00nul bytes\n"))
    assert problem.startswith("binary file") and "NUL" in problem


def test_image_data(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert "PNG image" in problem_of(write(tmp_path, "photo.txt", png))


def test_undecodable_bytes(tmp_path: Path) -> None:
    problem = problem_of(write(tmp_path, "a.txt", bytes(range(0x80, 0x100)) * 40))
    assert problem.startswith("cannot decode the text")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY * 100)
    problem = problem_of(path, max_bytes=1000)
    assert problem.startswith("file too large (")
    assert "limit is 1.0 kB" in problem
    assert "--max-size" in problem and MAX_BYTES_ENV in problem


def test_size_limit_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a.txt", BODY * 100)
    monkeypatch.setenv(MAX_BYTES_ENV, "1k")
    assert problem_of(path).startswith("file too large")
    assert load_article(path, max_bytes=10_000_000).text == BODY * 100  # explicit wins


def test_bad_size_in_the_environment_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_BYTES_ENV, "lots")
    with pytest.raises(ArticleError) as caught:
        configured_max_bytes()
    assert caught.value.path == MAX_BYTES_ENV
    assert "not a size" in caught.value.problem


def test_default_limit_is_five_megabytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_BYTES_ENV, raising=False)
    assert configured_max_bytes() == DEFAULT_MAX_BYTES == 5_000_000


def _load_in_thread(path: Path) -> str:
    """Load ``path`` in a daemon thread; fail (rather than hang the suite) if it blocks."""
    outcome: list[str] = []

    def run() -> None:
        try:
            load_article(path)
            outcome.append("loaded")
        except ArticleError as error:
            outcome.append(error.problem)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive(), f"loading {path} blocked"
    return outcome[0]


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _load_in_thread(fifo) == "is a named pipe (FIFO), not a regular file"


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero", "/dev/urandom"])
def test_character_device_is_refused_without_reading(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    assert _load_in_thread(Path(device)) == "is a character device, not a regular file"


def test_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert _load_in_thread(path) == "is a socket, not a regular file"
    finally:
        server.close()


def test_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert problem_of(a).startswith("symlink loop")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "a.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert problem_of(link) == "broken symlink (its target does not exist)"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, because the suite may run as root (which reads through chmod 000)."""
    path = write(tmp_path, "a.txt", BODY)
    real_open = os.open

    def deny(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(file, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load_module.os, "open", deny)
    assert problem_of(path) == "permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY)
    path.chmod(0)
    assert problem_of(path) == "permission denied"


def test_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a.txt", BODY)
    monkeypatch.setattr(load_module.os, "fdopen", _failing_fdopen)
    assert problem_of(path) == "read error (input/output error)"


class _FailingReader:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __enter__(self) -> _FailingReader:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def read(self, size: int) -> bytes:
        raise OSError(errno.EIO, "Input/output error")


def _failing_fdopen(fd: int, mode: str) -> _FailingReader:
    return _FailingReader(fd)


def test_nul_character_in_the_path() -> None:
    assert "NUL character" in problem_of("bad\x00name.txt")


# --- the size option -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1000", 1000),
        ("5MB", 5_000_000),
        ("5mb", 5_000_000),
        ("500k", 500_000),
        ("500 kB", 500_000),
        ("2MiB", 2 * 1024 * 1024),
        ("1.5M", 1_500_000),
        ("1G", 1_000_000_000),
        ("10_000", 10_000),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "abc", "-5", "5 XB", "0", "0.1", "MB", "5i"])
def test_parse_size_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_format_size_reads_naturally() -> None:
    assert format_size(1) == "1 byte"
    assert format_size(812) == "812 bytes"
    assert format_size(4_200) == "4.2 kB"
    assert format_size(31_457_280) == "31.5 MB"


# --- bundled articles ------------------------------------------------------------------------


def test_bundled_seeds_are_found_from_the_source_tree(seeds_dir: Path) -> None:
    found = bundled_seeds_dir()
    assert found.resolve() == seeds_dir.resolve()
    assert len(sorted(found.glob("*.txt"))) == 5


def test_every_bundled_article_loads(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        article = load_article(path)
        assert article.text == path.read_text(encoding="utf-8")
        assert article.title


# --- property: any bytes either load cleanly or give one ArticleError -----------------------


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=200).map(str.encode)))
def test_any_bytes_load_or_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.txt"
    path.write_bytes(data)
    try:
        article = load_article(path)
    except ArticleError as error:
        assert error.path == str(path)
        assert error.problem and "\n" not in str(error)
        return
    assert "\r" not in article.text
    assert not article.text.startswith("\ufeff")
    assert any(ch.isalnum() for ch in article.text)
    assert article.title and "\n" not in article.title
    assert len(article.title) <= load_module.TITLE_LIMIT


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300))
def test_utf8_text_round_trips_apart_from_line_ends(tmp_path: Path, text: str) -> None:
    """For UTF-8 input, offsets index the file's own characters: only CR/CRLF and a BOM change,
    and complete terminal escape sequences go (tests/core/test_terminal_escapes.py)."""
    path = tmp_path / "any.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        article = load_article(path)
    except ArticleError:
        return
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not might_hold_escapes(expected):
        assert article.text == expected
        assert article.escapes_removed == 0
    else:
        assert len(article.text) <= len(expected)
        assert (article.text == expected) == (article.escapes_removed == 0)


# --- a forced encoding ------------------------------------------------------------------------

CZECH = "„Udělali jsme pokrok,“ řekl v úterý ministr zahraničí.\n"


def test_forced_encoding_reads_what_detection_cannot(tmp_path: Path) -> None:
    path = write(tmp_path, "cz.txt", CZECH.encode("cp1250"))
    article = load_article(path, encoding="windows-1250")
    assert (article.text, article.encoding) == (CZECH, "cp1250")


def test_forced_encoding_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "cz.txt", CZECH.encode("cp1250"))
    monkeypatch.setenv("NEWSDIFF_ENCODING", "cp1250")
    assert load_article(path).text == CZECH
    assert load_corpus([path]).articles[0].text == CZECH


def test_forced_encoding_that_does_not_fit(tmp_path: Path) -> None:
    path = write(tmp_path, "cz.txt", CZECH.encode("cp1250"))
    problem = problem_of(path, encoding="utf-8")
    assert problem.startswith("cannot decode the text as utf-8: byte 0x84 at offset 0")


def test_unknown_forced_encoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a.txt", BODY)
    assert problem_of(path, encoding="klingon") == "unknown encoding 'klingon'"
    monkeypatch.setenv("NEWSDIFF_ENCODING", "klingon")
    with pytest.raises(ArticleError) as caught:
        load_corpus([path])
    assert caught.value.path == "NEWSDIFF_ENCODING"


def test_forced_encoding_still_refuses_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", bytes(range(1, 32)) * 10)
    assert problem_of(path, encoding="latin-1").startswith("binary file")
