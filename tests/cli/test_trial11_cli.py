"""The eleventh trial: a researcher's script reads the command line's output (names it can
paste back, the same counts in every format, odd inputs)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""

FERRY = """Ferry to sail twice a day from March as the island council of Marrow hears islanders

The Selkirk Quay ferry will sail twice a day from March, the island council of Marrow said.
"We listened to the islanders," said councillor Ines Varga.
Tickets will cost 4 marks.
"""

HERALD = """Marrow ferry doubles its crossings

From March the Selkirk Quay ferry sails twice a day, the Marrow island council said.
"We listened to the islanders," councillor Ines Varga said. A ticket costs 4 marks.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder holding ``-ferry.txt`` (a name that reads as an option) and ``herald.txt``."""
    (tmp_path / "-ferry.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "herald.txt").write_text(HERALD, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "named", [["./-ferry.txt", "herald.txt"], ["--", "-ferry.txt", "herald.txt"], ["."]]
)
def test_a_name_that_starts_with_a_dash_is_printed_as_it_can_be_typed_back(
    newsdiff: Newsdiff, desk: Path, named: list[str]
) -> None:
    """`list`, `quotes` and `compare` printed `-ferry.txt`: pasted back into a command it reads
    as the option `-f`. Every listing, header and JSON path now says `./-ferry.txt`."""
    shown = "./-ferry.txt"
    listing = newsdiff("list", *named, cwd=desk)
    assert listing.returncode == 0, listing.stderr
    assert [line.split()[-1] for line in listing.stdout.splitlines()[1:]] == [shown, "herald.txt"]
    for command in ("list", "quotes"):
        done = newsdiff(command, "--format", "json", *named, cwd=desk)
        assert json.loads(done.stdout)["articles"][0]["path"] == shown, command
    quotes = newsdiff("quotes", *named, cwd=desk).stdout
    assert f"\n{shown}  1 quote" in quotes
    assert " -ferry.txt" not in quotes
    if named != ["."]:
        compared = newsdiff("compare", "--width", "100", *named, cwd=desk)
        assert f"({shown})" in compared.stdout
        saved = json.loads(newsdiff("compare", "-f", "json", *named, cwd=desk).stdout)
        assert saved["left"]["path"] == shown
    again = newsdiff("list", shown, cwd=desk)  # the name printed works as it is
    assert again.returncode == 0, again.stderr


def test_a_file_named_dash_is_read_as_that_file_not_standard_input(
    newsdiff: Newsdiff, desk: Path
) -> None:
    """`newsdiff list ./-` read standard input: pathlib turns `./-` into `-`."""
    (desk / "-").write_text(HERALD, encoding="utf-8")
    done = newsdiff("list", "--format", "json", "./-", cwd=desk, input="Other words here.\n")
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert (article["path"], article["title"]) == ("./-", "Marrow ferry doubles its crossings")
    (desk / "-drafts").mkdir()  # a folder's error line names it as it can be typed too
    refused = newsdiff("list", "--", "-drafts", cwd=desk)
    assert refused.stderr == "error: ./-drafts: no .txt, .md or .html files in this folder\n"


def test_text_reports_saved_beside_the_articles_are_not_read_as_articles(
    newsdiff: Newsdiff, desk: Path
) -> None:
    """A `compare` report whose head wraps (a long title or path, a narrow --width), a `list`
    report (table or narrow) and a narrow `quotes` report were loaded as articles: the
    folder's next listing had rows titled `TITLE WORDS SENTENCES QUOTES PATH`."""
    (desk / "-ferry.txt").rename(desk / "ferry-from-the-island-council-of-marrow.txt")
    saved = {
        "compare-wide.txt": [
            "compare",
            "herald.txt",
            "ferry-from-the-island-council-of-marrow.txt",
        ],
        "compare-narrow.txt": ["compare", "--width", "24", "herald.txt", "herald.txt"],
        "list.txt": ["list", "."],
        "list-boxed.txt": ["list", "--width", "120", "."],
        "list-narrow.txt": ["list", "--width", "30", "."],
        "quotes-narrow.txt": ["quotes", "--width", "20", "."],
    }
    (desk / "out").mkdir()
    for name, args in saved.items():
        done = newsdiff(*args, "-o", f"out/{name}", cwd=desk)
        assert done.returncode == 0, (name, done.stderr)
    for name in saved:  # saved into the folder of the articles
        (desk / "out" / name).rename(desk / name)
    for command in ("compare", "list"):  # printed in colour into a file (FORCE_COLOR, less -R)
        name = f"{command}-coloured.txt"
        args = ["herald.txt", "herald.txt"] if command == "compare" else ["herald.txt"]
        coloured = newsdiff(command, "--color", "always", *args, cwd=desk).stdout
        assert coloured.startswith("\x1b[")
        (desk / name).write_text(coloured, encoding="utf-8")
        saved[name] = []
    listed = newsdiff("list", "--format", "json", ".", cwd=desk)
    assert listed.returncode == 3
    paths = [article["path"] for article in json.loads(listed.stdout)["articles"]]
    assert paths == ["ferry-from-the-island-council-of-marrow.txt", "herald.txt"]
    refused = {line.split(":")[1].strip(): line for line in listed.stderr.splitlines()}
    assert sorted(refused) == sorted(saved)
    for name, line in refused.items():
        kind = name.split("-")[0].split(".")[0]
        kind = "comparison" if kind == "compare" else kind
        assert line.endswith(f": a newsdiff {kind} report (text), not an article"), line


def test_quotes_json_names_each_article_s_outlet_as_list_and_compare_do(
    newsdiff: Newsdiff, desk: Path
) -> None:
    """`quotes --format json` gave a page's path and title but not its outlet, author, date
    and URL (`meta`), which `list` and `compare` JSON give: quotes could not be told by outlet."""
    (desk / "harbour.html").write_text(
        "<!doctype html><html><head><title>Marrow ferry doubles its crossings</title>"
        '<meta property="og:site_name" content="Marrow Courier">'
        '<meta name="author" content="Tove Hale"></head><body><article>'
        "<h1>Marrow ferry doubles its crossings</h1>"
        + "".join(f"<p>{line}</p>" for line in HERALD.splitlines()[2:])
        + "</article></body></html>",
        encoding="utf-8",
    )
    metas = []
    for command in ("quotes", "list"):
        done = newsdiff(command, "--format", "json", "harbour.html", "herald.txt", cwd=desk)
        assert done.returncode == 0, done.stderr
        metas.append([article["meta"] for article in json.loads(done.stdout)["articles"]])
    assert metas[0] == metas[1]
    assert (metas[0][0]["outlet"], metas[0][0]["author"]) == ("Marrow Courier", "Tove Hale")
    assert metas[0][1]["outlet"] is None


def test_markdown_saved_with_its_metadata_keeps_outlet_author_date_and_address(
    newsdiff: Newsdiff, desk: Path
) -> None:
    """A page saved as Markdown with its metadata (`trafilatura --markdown --with-metadata`
    writes `sitename:`, `author:`, `date:`, `url:` front matter) loaded with no outlet: the
    block was blanked and its fields dropped, while the same page as HTML kept them."""
    (desk / "courier.md").write_text(
        "---\ntitle: Marrow ferry doubles its crossings\nauthor: Tove Hale\n"
        "url: https://courier.example/ferry\nhostname: courier.example\n"
        'sitename: Marrow Courier\ndate: "2026-02-27T08:00:00Z"\ntags: [ferry, Marrow]\n---\n'
        + HERALD,
        encoding="utf-8",
    )
    listed = newsdiff("list", "--format", "json", "courier.md", cwd=desk)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["articles"][0]["meta"] == {
        "outlet": "Marrow Courier",
        "author": "Tove Hale",
        "date": "2026-02-27",
        "url": "https://courier.example/ferry",
    }
    compared = newsdiff("compare", "--width", "120", "courier.md", "herald.txt", cwd=desk)
    assert (
        "   Marrow Courier · by Tove Hale · 2026-02-27 · https://courier.example/ferry\n"
        in compared.stdout
    )


def test_compare_given_a_folder_says_what_reads_one(newsdiff: Newsdiff, desk: Path) -> None:
    """`compare coverage/ other.txt` said only `is a folder, not a file`; a researcher who has a
    folder per story is told which command reads one."""
    (desk / "coverage").mkdir()
    done = newsdiff("compare", "coverage", "herald.txt", cwd=desk)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "error: coverage: is a folder, not a file: compare reads two articles; name two of its "
        "files, or run newsdiff story coverage\n"
    )


def test_a_file_of_front_matter_alone_is_refused_as_an_empty_one_is(
    newsdiff: Newsdiff, desk: Path
) -> None:
    """A Markdown draft with metadata and no text loaded as an article of 0 words and 0
    sentences (exit 0), where an empty file is refused: `compare` then reported nothing."""
    (desk / "draft.md").write_text("---\ntitle: Ferry\nauthor: Tove Hale\n---\n\n", "utf-8")
    for command in (["list"], ["compare", "herald.txt"]):
        done = newsdiff(*command, "draft.md", cwd=desk)
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == "error: draft.md: only front matter, no article text\n"
