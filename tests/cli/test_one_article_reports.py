"""What the reports say when there is nothing to compare: the quotes of one article, and an
article compared with itself.

With one article, ``newsdiff quotes`` used to mark every quote ``+`` (only in one article)
under a ``0 verbatim, 0 excerpt, 0 altered, 5 only here`` summary: a claim of uniqueness with
nothing to be unique against. An article compared with itself gave no sign that the two sides
were one text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[[list[str]], Any]

FIRST = (
    "Ferry Line Reopens\n"
    "Harbour master Olek Varga reopened the northern ferry line on Tuesday.\n"
    "\u201cThe pier is safe again and the boats run every hour,\u201d Varga said.\n"
    "\u201cWe thank the divers,\u201d he added.\n"
    "The line carries 4,200 passengers a week.\n"
)
SECOND = (
    "Northern Ferries Back\n"
    "Ferries returned to the northern line on Tuesday.\n"
    "\u201cThe pier is safe again,\u201d harbour master Olek Varga said.\n"
    "Tickets cost 3 crowns.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> tuple[str, str, str]:
    """Two invented articles and a copy of the first, as paths."""
    paths = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND), ("copy.txt", FIRST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths[0], paths[1], paths[2]


def test_quotes_of_one_article_claim_no_status(articles: tuple[str, ...], run_cli: Run) -> None:
    done = run_cli(["quotes", articles[0], "--color", "never"])
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert (
        lines[0] == "1 article, 2 quotes: nothing to compare them with (name two articles or more)"
    )
    assert "only" not in done.out and "verbatim" not in done.out  # no status, no legend
    quote_lines = [line for line in lines if "\u201c" in line]
    assert len(quote_lines) == 2
    assert all(line.startswith("    ") and not line.strip().startswith("+") for line in quote_lines)


def test_quotes_of_two_articles_keep_their_statuses(
    articles: tuple[str, ...], run_cli: Run
) -> None:
    done = run_cli(["quotes", articles[0], articles[1], "--color", "never"])
    lines = done.out.splitlines()
    assert lines[0].startswith("2 articles, 3 quotes, ")
    assert "+ only in one article" in lines[1]
    assert any(line.startswith("  + ") for line in lines)  # “We thank the divers” is first's own


def test_quotes_json_of_one_article_keeps_its_fields(
    articles: tuple[str, ...], run_cli: Run
) -> None:
    """Scripts read the same fields; with one article each group is that article's alone."""
    data = json.loads(run_cli(["quotes", articles[0], "--format", "json"]).out)
    groups = data["groups"]
    assert [q["group"] for q in data["articles"][0]["quotes"]] == list(range(len(groups)))
    assert {(g["status"], g["articles"]) for g in groups} == {("only here", 1)}


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
@pytest.mark.parametrize("copy", [False, True], ids=["same-file", "copy"])
def test_an_article_compared_with_itself_says_so(
    articles: tuple[str, ...], run_cli: Run, fmt: str, copy: bool
) -> None:
    right = articles[2] if copy else articles[0]
    done = run_cli(["compare", articles[0], right, "--format", fmt, "--width", "200"])
    assert done.code == 0, done.err
    assert "The two articles have the same text" in done.out
    assert "2 quotes (2 verbatim, 0 excerpt, 0 altered, 0 only here)" in done.out
    other = run_cli(["compare", articles[0], articles[1], "--format", fmt, "--width", "200"])
    assert "the same text" not in other.out


def test_quotes_of_one_file_named_twice_says_why_nothing_is_compared(
    articles: tuple[str, ...], run_cli: Run
) -> None:
    """The loader reads a file named twice once; the reader who named two paths is told."""
    done = run_cli(["quotes", articles[0], articles[0], "--color", "never"])
    assert done.code == 0
    assert done.err == (
        f"note: {articles[0]}: every path named is this one file, read once: nothing to "
        "compare it with\n"
    )
    assert done.out.startswith("1 article, 2 quotes: nothing to compare them with")
    assert run_cli(["quotes", articles[0]]).err == ""  # one path named: nothing to explain
    assert run_cli(["quotes", articles[0], articles[2]]).err == ""  # a copy is two articles
