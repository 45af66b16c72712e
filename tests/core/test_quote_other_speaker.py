"""A quote the other outlet gives to another speaker says so, beside its (unchanged) status.

The articles are written for these tests: one remark credited to two people, one person spelt
two ways, a speaker known on one side only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.models import Comparison, QuoteMatch
from newsdiff.core.serialize import comparison_from_dict, comparison_to_dict
from newsdiff.core.speaker_names import speakers_differ
from newsdiff.export.html import render_html
from newsdiff.export.markdown import render_markdown
from newsdiff.export.svg import render_svg

LEFT = """Harbour pier plan stalls

The council in Kestrel Bay delayed its vote on the new pier on Tuesday.

"We will not pay for a pier that nobody asked for," said Mara Voss, the council leader.

"The tide tables were never checked," Maria Lopez told the Kestrel Gazette.

"Nobody has costed the dredging," one engineer said.
"""

RIGHT = """Kestrel Bay pier vote delayed

Kestrel Bay's council postponed a vote on the pier on Tuesday.

"We will not pay for a pier that nobody asked for," said Tom Hale, the opposition leader.

"The tide tables were never checked," Ms. Lopez said.

"Nobody has costed the dredging," Owen Reyes said.
"""


@pytest.fixture(scope="module")
def comparison(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    folder = tmp_path_factory.mktemp("pier")
    (folder / "left.txt").write_text(LEFT, encoding="utf-8")
    (folder / "right.txt").write_text(RIGHT, encoding="utf-8")
    return compare_articles(load_article(folder / "left.txt"), load_article(folder / "right.txt"))


def _match(side: tuple[QuoteMatch, ...], words: str) -> QuoteMatch:
    return next(m for m in side if words in m.quote.text)


@pytest.mark.parametrize(
    ("first", "second", "differ"),
    [
        ("Tom Hale", "Mara Voss", True),
        ("Tom Hale", "Ted Hale", True),
        ("Ms. Lopez", "Maria Lopez", False),
        ("Lopez", "Maria Lopez", False),
        ("M. Lopez", "Maria Lopez", False),
        ("Maria T. Lopez", "Maria Lopez", False),
        ("Acme Editor Dan Reed", "Dan Reed", False),
        ("Felipe Calderón", "Felipe Calderon", False),
        ("Vincente Reyes", "Vicente Reyes", False),
        ("Dick Voss", "Richard Voss", False),  # a short form of the first name
        ("Mike Pike", "Michael Pike", False),
        ("Bill Hale", "Ted Hale", True),
        ("Tom Hale", None, False),
        (None, None, False),
        ("one engineer", "Owen Reyes", False),
    ],
)
def test_which_speakers_differ(first: str | None, second: str | None, differ: bool) -> None:
    assert speakers_differ(first, second) is differ
    assert speakers_differ(second, first) is differ


def test_the_same_words_from_another_speaker_keep_their_status_and_name_the_other(
    comparison: Comparison,
) -> None:
    left = _match(comparison.left.quotes, "nobody asked for")
    right = _match(comparison.right.quotes, "nobody asked for")
    assert (left.status, right.status) == ("verbatim", "verbatim")
    assert left.speaker_differs and left.other_speaker == "Tom Hale"
    assert right.speaker_differs and right.other_speaker == "Mara Voss"


def test_one_person_spelt_two_ways_or_unknown_is_no_difference(comparison: Comparison) -> None:
    lopez = _match(comparison.left.quotes, "tide tables")
    assert lopez.status == "verbatim" and not lopez.speaker_differs
    described = _match(comparison.left.quotes, "costed the dredging")
    assert described.status == "verbatim"
    assert not described.speaker_differs  # "one engineer" is a description, not a name


def test_json_carries_the_other_speaker(comparison: Comparison) -> None:
    data = comparison_to_dict(comparison, version="0")
    quotes = {q["text"][:12]: q for q in data["left"]["quotes"]}
    hale = quotes["We will not "]
    assert hale["status"] == "verbatim"
    assert hale["speaker_differs"] is True and hale["other_speaker"] == "Tom Hale"
    assert quotes["The tide tab"]["speaker_differs"] is False
    assert quotes["The tide tab"]["other_speaker"] is None
    reopened = comparison_from_dict(json.loads(json.dumps(data)))
    assert reopened.left.quotes == comparison.left.quotes
    assert reopened.right.quotes == comparison.right.quotes


def test_a_file_saved_before_the_field_still_opens_and_knows_the_other_speaker(
    comparison: Comparison,
) -> None:
    data = comparison_to_dict(comparison, version="0")
    for side in ("left", "right"):
        for quote in data[side]["quotes"]:
            del quote["speaker_differs"], quote["other_speaker"]
    reopened = comparison_from_dict(json.loads(json.dumps(data)))
    assert _match(reopened.left.quotes, "nobody asked for").other_speaker == "Tom Hale"
    assert not _match(reopened.left.quotes, "tide tables").speaker_differs


def test_a_bad_other_speaker_is_a_format_error(comparison: Comparison) -> None:
    from newsdiff.core.json_fields import ComparisonFormatError

    data = comparison_to_dict(comparison, version="0")
    data["left"]["quotes"][0]["other_speaker"] = 7
    with pytest.raises(ComparisonFormatError, match="other_speaker"):
        comparison_from_dict(data)


def test_every_export_shows_the_other_speaker(comparison: Comparison) -> None:
    note = "≠ other speaker: Tom Hale"
    assert note in render_markdown(comparison, version="0")
    assert note in render_html(comparison, version="0")
    svg = render_svg(comparison, version="0")
    assert "other&#160;speaker:&#160;Tom&#160;Hale" in svg
    assert "Maria Lopez" in render_markdown(comparison, version="0")
    assert "other speaker: Maria" not in render_markdown(comparison, version="0")


def test_the_quotes_report_groups_flag_another_speaker(tmp_path: Path) -> None:
    from newsdiff.export.quotes_report import build_report, report_to_dict

    (tmp_path / "left.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "right.txt").write_text(RIGHT, encoding="utf-8")
    report = build_report(
        [load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt")]
    )
    groups = json.loads(json.dumps(report_to_dict(report)))["groups"]
    flags = {g["variants"][0]["text"][:12]: g["speaker_differs"] for g in groups}
    assert flags["We will not "] is True
    assert flags["The tide tab"] is False
