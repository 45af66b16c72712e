"""Text saved from a terminal: its escape sequences are removed at load and said on stderr."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

STORY = (
    "Library Opens Late-Night Reading Room\n\n"
    "The city library will keep its reading room open until midnight from next month.\n"
    "\u201cStudents asked us for a quiet place after the cafes close,\u201d said Mina Okafor, "
    "the head librarian.\n"
    "The extra hours will cost 48,000 euros a year, paid from the culture budget.\n"
    "Two security guards will be on duty every night.\n"
)


def coloured(text: str) -> tuple[str, int]:
    """``text`` as a coloured terminal shows it (``less -R``, ``script``), with CRLF line ends,
    and how many escape sequences were put in."""
    count = 0

    def paint(match: re.Match[str]) -> str:
        nonlocal count
        count += 2
        colour = 31 + len(match.group()) % 6
        return f"\x1b[1;{colour}m{match.group()}\x1b[0m"

    painted = re.sub(r"[A-Za-z]{5,}", paint, text)
    lines = painted.split("\n")
    count += 2 + sum(1 for line in lines[:-1])  # a title and a hyperlink; ESC[K per line
    painted = "\x1b[K\r\n".join(lines)
    painted = "\x1b]0;reporter@desk: ~/story\x07" + painted.replace(
        "said Mina", "said \x1b]8;;https://example.org/okafor\x1b\\Mina", 1
    )
    return painted, count


Run = Callable[[list[str]], tuple[int, str, str]]


@pytest.fixture
def copies(tmp_path: Path) -> tuple[str, str, int]:
    """The plain story and its coloured copy, and how many sequences the copy has."""
    plain, colour = tmp_path / "plain.txt", tmp_path / "coloured.txt"
    plain.write_text(STORY, encoding="utf-8")
    painted, count = coloured(STORY)
    colour.write_bytes(painted.encode("utf-8"))
    return str(plain), str(colour), count


def test_a_coloured_copy_matches_the_plain_text_sentence_for_sentence(
    copies: tuple[str, str, int], run_cli: Run
) -> None:
    plain, colour, count = copies
    code, out, err = run_cli(["compare", plain, colour, "-f", "json"])
    assert code == 0, err
    data = json.loads(out)
    for side in ("left", "right"):
        labels = {sentence["label"] for sentence in data[side]["sentences"]}
        assert labels == {"shared"}, data["summary"]
    assert data["right"]["text"] == STORY  # the coloured copy reads as the plain text
    assert err == f"note: {colour}: removed {count} terminal escape sequences\n"


def test_json_offsets_index_the_text_as_loaded(copies: tuple[str, str, int], run_cli: Run) -> None:
    plain, colour, _ = copies
    _, out, _ = run_cli(["compare", colour, plain, "-f", "json"])
    left = json.loads(out)["left"]
    assert left["path"] == colour
    for sentence in left["sentences"]:  # offsets index the text as loaded: the plain story
        assert STORY[sentence["start"] : sentence["end"]] == sentence["text"]
    budget = next(s for s in left["sentences"] if "euros" in s["text"])
    words = budget["start"] + budget["text"].index("48,000 euros")
    assert STORY.index("48,000 euros") == words
    (quote,) = left["quotes"]
    assert STORY[quote["start"] : quote["end"]] == quote["text"]
    assert quote["text"].startswith("Students asked us") and quote["speaker"] == "Mina Okafor"


def test_standard_input_and_every_command_say_it_once_per_file(
    copies: tuple[str, str, int],
    run_cli: Run,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain, colour, count = copies
    note = f"note: {colour}: removed {count} terminal escape sequences\n"
    for command in (["list"], ["quotes"], ["story"]):
        code, _, err = run_cli([*command, plain, colour, plain])
        assert code == 0, err
        assert err == note, command
    with open(colour, "rb") as stdin:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(stdin))
        code, out, err = run_cli(["compare", plain, "-", "-f", "json"])
    assert code == 0, err
    assert err == f"note: -: removed {count} terminal escape sequences\n"
    assert json.loads(out)["right"]["text"] == STORY


def test_a_file_of_nothing_but_escape_codes_is_refused_saying_so(
    tmp_path: Path, run_cli: Run
) -> None:
    screen = tmp_path / "screen.txt"
    screen.write_bytes(b"\x1b[2J\x1b[H\x1b]0;title\x07\r\n\x1b[0m\r\n")
    code, _, err = run_cli(["list", str(screen)])
    assert code == 2
    assert err == (
        f"error: {screen}: only whitespace once its 4 terminal escape sequences are removed, "
        "no text\n"
    )


def test_a_file_read_twice_is_noted_once(copies: tuple[str, str, int], run_cli: Run) -> None:
    plain, colour, count = copies
    code, _, err = run_cli(["compare", colour, colour, "--corpus", colour, "--corpus", plain])
    assert code == 0, err
    assert err == f"note: {colour}: removed {count} terminal escape sequences\n"


def as_page(title: str, body: str) -> str:
    """A saved web page: its headline ``title``, each line of ``body`` a paragraph (escape codes
    stay as they are, raw, in the page text)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\r\n"))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    )


def test_a_coloured_web_page_matches_the_plain_text_and_says_so(
    copies: tuple[str, str, int], tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain, _, _ = copies
    title, body = STORY.split("\n\n", 1)
    painted, count = coloured(body)
    page = tmp_path / "coloured.html"
    # some of the codes as the character references a CMS writes
    page.write_text(as_page(title, painted).replace("\x1b[0m", "&#x1b;[0m"), encoding="utf-8")
    code, out, err = run_cli(["compare", plain, str(page), "-f", "json"])
    assert code == 0, err
    data = json.loads(out)
    for side in ("left", "right"):
        assert {s["label"] for s in data[side]["sentences"]} == {"shared"}, data["summary"]
    text = data["right"]["text"]
    assert "[0m" not in text and "[1;3" not in text and "reporter@desk" not in text
    for sentence in data["right"]["sentences"]:  # offsets index the page text, codes removed
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    assert err == f"note: {page}: removed {count} terminal escape sequences\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page.read_bytes())))
    code, out, err = run_cli(["list", "-"])
    assert code == 0, err
    assert err == f"note: -: removed {count} terminal escape sequences\n"
