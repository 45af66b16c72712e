"""The Markdown report's ``Agree:`` line names each sentence's own words (pairview10's rule).

``links[].evidence.agree`` keeps the left sentence's forms; the Markdown report wrote that list
under both sentences of a pair, so beside a right sentence reading ``questions`` it named
``questioned``. Now one list when both write the agreeing words alike, else ``left: …;
right: …``, under a paraphrase with its word diff and under a mostly reworded pair alike. The
two articles in ``tests/fixtures/agree_words/`` are invented.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from newsdiff.core.compare import compare_files
from newsdiff.core.evidence import describe_pair_agreement
from newsdiff.core.link_evidence import Evidence
from newsdiff.export.markdown import render_markdown

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "agree_words"


@pytest.fixture(scope="module")
def markdown() -> str:
    comparison = compare_files(FIXTURES / "harbour_post.txt", FIXTURES / "quay_weekly.txt")
    return render_markdown(comparison, version="0")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W_]+(?:['’][^\W\d_]+)*", text)}


def _pairs(markdown: str) -> list[tuple[str, str, str]]:
    """(left sentence, right sentence, agree line) of every pair written with an Agree line."""
    found = []
    for block in markdown.split("\n- **L")[1:]:
        lines = block.split("\n")
        left = [x for x in lines if x.startswith("  - Left: ")]
        right = [x for x in lines if x.startswith("  - Right: ")]
        agree = [x for x in lines if x.startswith("  - Agree: ")]
        if left and right and agree:
            found.append((left[0], right[0], agree[0]))
    return found


def test_each_side_of_the_agree_line_is_in_its_own_sentence(markdown: str) -> None:
    pairs = _pairs(markdown)
    assert len(pairs) == 2, markdown
    for left, right, agree in pairs:
        words = agree.removeprefix("  - Agree: ").split(" (mostly reworded")[0]
        assert words.startswith("left: ") and "; right: " in words, agree
        ours, theirs = words.removeprefix("left: ").split("; right: ")
        assert all(w.casefold() in _words(left) for w in ours.split(", ")), (ours, left)
        assert all(w.casefold() in _words(right) for w in theirs.split(", ")), (theirs, right)


def test_the_reworded_pair_names_the_rights_questions(markdown: str) -> None:
    assert "right: harbour, councillors, questions, budget, Velmora's, ferry" in markdown
    assert "left: Harbour, council, questioned, budget, Velmora, ferry" in markdown


def test_one_list_when_both_write_them_alike() -> None:
    evidence = Evidence(("Harbour", "ferry"), (), "figures converted")
    both = describe_pair_agreement(evidence, "Harbour ferry fares rose.", "The harbour ferry.")
    assert both == "Harbour, ferry (figures converted)"
    other = describe_pair_agreement(evidence, "Harbour ferry fares rose.", "Ferries at harbour.")
    assert other == "left: Harbour, ferry; right: harbour, Ferries (figures converted)"
