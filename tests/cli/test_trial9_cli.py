"""The ninth user trial: the command line and its inputs as a pipeline user meets them."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""

HARBOUR = """Harbour bridge to close for repairs

The Kestrel Harbour bridge will close for six weeks from Monday, the council said.
"We have no choice but to shut it," said council leader Mara Voss.
Repairs will cost 4 million crowns, paid from the roads budget.
"""

COURIER = """Kestrel bridge shut for nine weeks

The council of Kestrel Harbour will shut its bridge for nine weeks, council leader Mara Voss
said on Friday. "We have no choice but to shut it," she said.
"""


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "courier.txt").write_text(COURIER, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("setting", "value", "line"),
    [
        ("NEWSDIFF_MAX_BYTES", "lots", "error: NEWSDIFF_MAX_BYTES: not a size: 'lots'"),
        ("NEWSDIFF_ENCODING", "klingon", "error: NEWSDIFF_ENCODING: unknown encoding 'klingon'"),
    ],
)
@pytest.mark.parametrize("fast", [True, False], ids=["plain", "typer"])
def test_compare_names_a_bad_setting_once(
    newsdiff: Newsdiff, articles: Path, setting: str, value: str, line: str, fast: bool
) -> None:
    """`compare` printed the same line twice, once for each article it tried to read."""
    extra = () if fast else ("--shared", "80")  # an option the plain reader leaves to Typer
    result = newsdiff(
        "compare", "harbour.txt", "courier.txt", *extra, cwd=articles, env={setting: value}
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(line), lines


WRAPPED = """Ferry service to end at Selkirk Quay

The island council of Marrow voted on Tuesday to end the ferry. "The ferry served us
well for forty years," said councillor Anya Brell, who chairs the transport board.
"""


@pytest.mark.parametrize("extra", [[], ["--color", "always"], ["--width", "200"]])
def test_quotes_shows_a_quote_wrapped_over_two_lines_as_one_line_of_text(
    newsdiff: Newsdiff, tmp_path: Path, extra: list[str]
) -> None:
    """A quote hard-wrapped in the article was printed with a `␊` where the line broke."""
    (tmp_path / "ferry.txt").write_text(WRAPPED, encoding="utf-8")
    result = newsdiff("quotes", "ferry.txt", *extra, cwd=tmp_path, env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    assert "\u240a" not in result.stdout
    assert "The ferry served us well for forty years," in result.stdout


@pytest.mark.parametrize("width", [20, 30, 43])
def test_list_in_a_narrow_pane_cuts_no_number_and_no_name(
    newsdiff: Newsdiff, articles: Path, width: int
) -> None:
    """Under 44 columns the table cut its numbers (`411` became `4…`) or left the words
    column out; now each article is its title, its counts and its path, one under another."""
    counted = newsdiff("list", "harbour.txt", "courier.txt", "-f", "json", cwd=articles)
    listed = newsdiff("list", "harbour.txt", "courier.txt", "--width", str(width), cwd=articles)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert all(cell_len(line) <= width for line in lines), lines
    shown = [line.strip() for line in lines]
    for article in json.loads(counted.stdout)["articles"]:
        for count, noun in ((article["words"], "word"), (article["sentences"], "sentence")):
            whole = re.compile(rf"(^|, ){count} {noun}s?(,|$)")
            assert any(whole.search(line) for line in shown), (count, noun, shown)
        assert article["path"] in shown  # the file name whole, never cut with …


def test_standard_input_as_an_article_and_in_the_corpus_is_named_twice(
    newsdiff: Newsdiff, articles: Path
) -> None:
    """The corpus read standard input first, so the article got `standard input is empty`."""
    done = newsdiff("compare", "-", "courier.txt", "--corpus", "-", input=HARBOUR, cwd=articles)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "error: -: standard input is named more than once; it is read once\n"


def test_open_on_a_saved_story_says_what_it_is(newsdiff: Newsdiff, articles: Path) -> None:
    """`open story.json` only said the schema was not a comparison's."""
    saved = newsdiff("story", "harbour.txt", "courier.txt", "-o", "story.json", cwd=articles)
    assert saved.returncode == 0, saved.stderr
    done = newsdiff("open", "story.json", cwd=articles)
    assert (done.returncode, done.stdout) == (2, "")
    (line,) = done.stderr.splitlines()
    assert line.startswith("error: story.json: not a newsdiff comparison (schema 'newsdiff.story/")
    assert line.endswith(": a saved story, which newsdiff story FILES… shows again")
