"""Every report of a comparison counts its quotes as the JSON holds them: per article, by status.

The Markdown and HTML used to count table rows (a quote and its counterpart share one), so the
Markdown said ``1 verbatim`` where the JSON held two verbatim quotes: two numbers for one thing.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newsdiff.core.models import Comparison
from newsdiff.export.quotes_report import build_report, plain_text, report_lines, report_to_dict
from newsdiff.export.render import render

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PAIRS = list(itertools.combinations(sorted(SEEDS.glob("*.txt")), 2))
STATUSES = ("verbatim", "excerpt", "altered", "only here")
TALLY = re.compile(
    r"(?P<side>Left|Right): (?P<total>\d+) quotes? \((?P<verbatim>\d+) verbatim, "
    r"(?P<excerpt>\d+) excerpt, (?P<altered>\d+) altered, (?P<only>\d+) only here\)"
)
TEXT_TALLY = re.compile(TALLY.pattern.split(": ", 1)[1])


def _expected(comparison: Comparison) -> dict[str, tuple[int, ...]]:
    """Per side: the number of quotes in the JSON, then how many have each status."""
    data = json.loads(render(comparison, "json"))
    out = {}
    for side in ("left", "right"):
        statuses = Counter(quote["status"] for quote in data[side]["quotes"])
        out[side] = (len(data[side]["quotes"]), *(statuses[name] for name in STATUSES))
    return out


def _tallies(text: str) -> dict[str, tuple[int, ...]]:
    found = {
        m["side"].lower(): tuple(int(m[k]) for k in ("total", *STATUSES[:3], "only"))
        for m in TALLY.finditer(text)
    }
    assert len(found) == 2, text[:400]
    return found


@pytest.fixture(scope="module")
def comparisons() -> dict[str, Comparison]:
    from newsdiff.core.compare import compare_files

    return {f"{a.stem[:3]}-{b.stem[:3]}": compare_files(a, b) for a, b in PAIRS}


@pytest.mark.parametrize("pair", [f"{a.stem[:3]}-{b.stem[:3]}" for a, b in PAIRS])
def test_every_format_counts_the_quotes_the_json_holds(
    comparisons: dict[str, Comparison], pair: str
) -> None:
    comparison = comparisons[pair]
    expected = _expected(comparison)
    assert _tallies(render(comparison, "md", now=NOW)) == expected
    page = render(comparison, "html", now=NOW)
    counts = re.search(r'<p class="quote-counts">(.*?)</p>', page, re.S)
    assert counts is not None
    assert _tallies(html.unescape(re.sub(r"<[^>]+>", " ", counts[1]))) == expected
    picture = render(comparison, "svg", now=NOW)
    lines = " ".join(html.unescape(t) for t in re.findall(r">([^<]*)</text>", picture))
    assert _tallies(lines.replace("\xa0", " ")) == expected
    # The text report has no Left/Right words: its tallies follow the L: and R: heads.
    text = render(comparison, "text", width=100)
    heads = [m for m in TEXT_TALLY.finditer(text)]
    assert [tuple(int(m[k]) for k in ("total", *STATUSES[:3], "only")) for m in heads] == [
        expected["left"],
        expected["right"],
    ]
    assert text.index("L: ") < heads[0].start() < text.index("\nR: ") < heads[1].start()
    # ``newsdiff quotes`` of the pair counts remarks (its JSON ``groups``) and says so.
    report = build_report([comparison.left.article, comparison.right.article])
    groups = report_to_dict(report)["groups"]
    assert isinstance(groups, list)
    statuses = Counter(group["status"] for group in groups)
    quotes = expected["left"][0] + expected["right"][0]
    assert plain_text(report_lines(report)).splitlines()[0] == (
        f"2 articles, {quotes} quotes, {len(groups)} remarks: "
        + ", ".join(f"{statuses[name]} {name}" for name in STATUSES)
    )


@pytest.mark.parametrize("pair", ["000-001", "002-004"])
def test_the_quote_table_says_what_its_rows_count(
    comparisons: dict[str, Comparison], pair: str
) -> None:
    """The table lists a quote and its counterpart once: it says so, with its rows' counts by
    status (the unit the app's quote sidebar counts) and the number of quotes."""
    comparison = comparisons[pair]
    data = json.loads(render(comparison, "json"))
    quotes = len(data["left"]["quotes"]) + len(data["right"]["quotes"])
    markdown = render(comparison, "md", now=NOW)
    table = [
        line.split(" | ")
        for line in markdown.split("## Quotes", 1)[1].splitlines()
        if line.startswith(("| Left |", "| Right |"))
    ]
    statuses = Counter(cells[3] for cells in table)
    assert len(table) < quotes  # a matched pair shares a row: the two counts differ here
    tally = ", ".join(f"{statuses[name]} {name}" for name in STATUSES)
    note = f"share one row: {len(table)} rows ({tally}) for {quotes} quotes."
    assert note in markdown
    assert note in render(comparison, "html", now=NOW)


@pytest.mark.parametrize("fmt", ["text", "md", "html", "svg"])
def test_an_article_without_quotes_says_0_quotes_and_no_status(fmt: str) -> None:
    """No list of four zeros beside an article that quotes no one."""
    from newsdiff.core.compare import compare_texts

    comparison = compare_texts(
        "Ferry Delayed\nThe ferry left two hours late on Friday.\n",
        "Ferry Late\nThe ferry left two hours late on Friday.\n\u201cWe apologise,\u201d "
        "the operator, Nela Brandt, said.\n",
    )
    report = html.unescape(render(comparison, fmt, now=NOW)).replace("\xa0", " ")
    assert "0 quotes" in report
    assert "0 quotes (" not in report
    assert "1 quote (0 verbatim, 0 excerpt, 0 altered, 1 only here)" in report
