"""Issue #16 (usertrial13): a claim flagged ``≠`` said *that* two outlets disagree, not *what*;
a fact-checker had to open each pair. Every report of ``newsdiff story`` now names each
conflicting pair of variants and the words that disagree, as the pair view writes them.

``tests/fixtures/story_conflicts/`` (three invented reports of a rally): two outlets count 800
protesters, the third 2,500.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsdiff.cli import app
from typer.testing import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_conflicts"
PATHS = sorted(FIXTURES.glob("*.txt"))


def _story(fmt: str) -> str:
    result = CliRunner().invoke(app, ["story", *map(str, PATHS), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def _pair_view_disagreement(left: int, right: int) -> list[dict[str, object]]:
    """What ``newsdiff compare LEFT RIGHT --format json`` says disagrees in its conflict."""
    result = CliRunner().invoke(
        app, ["compare", str(PATHS[left]), str(PATHS[right]), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [
        item
        for sentence in data["left"]["sentences"]
        for link in sentence["links"]
        if link["label"] == "conflict"
        for item in link["evidence"]["disagree"]
    ]


def test_the_text_report_names_each_conflicting_pair_and_what_disagrees() -> None:
    text = _story("text")
    assert "conflict: harwick_courier.txt S2 ≠ port_gazette.txt S2 · figure: 800 ↔ 2,500" in text
    assert "conflict: port_gazette.txt S2 ≠ valley_wire.txt S2 · figure: 2,500 ↔ 800" in text
    # the two outlets that agree are no conflict
    assert "harwick_courier.txt S2 ≠ valley_wire.txt" not in text


def test_the_markdown_report_names_what_disagrees() -> None:
    markdown = _story("md")
    assert (
        "  - *conflict: harwick\\_courier.txt S2 ≠ port\\_gazette.txt S2 · figure: 800 ↔ 2,500*"
        in markdown
    )


def test_the_html_report_shows_it_under_the_claim_and_on_hover() -> None:
    html = _story("html")
    assert (
        '<li class="evidence disagree"><b class="ne">conflict: harwick_courier.txt S2 ≠ '
        "port_gazette.txt S2 · figure: 800 ↔ 2,500</b></li>" in html
    )
    # hovering a variant's ≠ says what it disagrees on, its own figure first
    assert (
        '<span title="figure: 2,500 ↔ 800"><b class="ne">&ne; harwick_courier.txt, valley' in html
    )


def test_the_json_gives_a_conflict_link_the_pair_views_evidence() -> None:
    data = json.loads(_story("json"))
    assert data["schema"] == "newsdiff.story/1"
    (claim,) = [c for c in data["claims"] if c["conflict"]]
    conflicts = [link for link in claim["links"] if link["label"] == "conflict"]
    assert len(conflicts) == 2
    for link in conflicts:
        a, b = link["a"]["article"], link["b"]["article"]
        disagree = link["evidence"]["disagree"]
        assert disagree == _pair_view_disagreement(a, b)
        texts = {
            (v["article"], v["sentence"]): v["text"] for v in claim["variants"]
        }  # spans index each sentence's own text
        (item,) = disagree
        start, end = item["left_span"]
        assert texts[(a, link["a"]["sentence"])][start:end] == item["left"]
        start, end = item["right_span"]
        assert texts[(b, link["b"]["sentence"])][start:end] == item["right"]
    # a link that is no conflict has no evidence key: old readers read the same keys
    assert all("evidence" not in link for link in claim["links"] if link["label"] != "conflict")
