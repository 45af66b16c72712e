"""Issue #16: ``newsdiff story`` called a claim "only in" one outlet when the pair view links
its sentence to another outlet's (the grouping put the two in two claims). The reports agree
with the story screen: such a claim says which outlets the pair view links it to, and is not
counted "in one only".

``tests/fixtures/story_xref/`` (four invented reports of a bridge closure) has such a claim:
harbour-daily's headline is a claim of its own, and the pair view links it to east-bank-news's
ferry sentence and to valley-post's headline.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from newsdiff.cli import app
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from typer.testing import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_xref"
PATHS = sorted(FIXTURES.glob("*.txt"))


def _story(fmt: str) -> str:
    result = CliRunner().invoke(app, ["story", *map(str, PATHS), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def _pair_view_ends() -> set[tuple[int, int]]:
    """Every sentence the pair view (``compare A B``) links to another outlet's sentence."""
    articles = [load_article(path) for path in PATHS]
    ends = set()
    for a, b in itertools.combinations(range(len(articles)), 2):
        comparison = compare_articles(articles[a], articles[b], corpus=articles)
        for i, aligned in enumerate(comparison.left.sentences):
            for link in aligned.links:
                ends |= {(a, i), (b, link.index)}
    return ends


def test_a_claim_only_in_one_outlet_is_one_the_pair_view_links_to_no_other() -> None:
    data = json.loads(_story("json"))
    only = [c for c in data["claims"] if c["outlet_count"] == 1 and not c.get("linked_outlets", [])]
    linked = [c for c in data["claims"] if c["outlet_count"] == 1 and c not in only]
    ends = _pair_view_ends()
    assert only and linked, "premise: one-outlet claims both linked and not"
    for claim in only:
        assert not {(v["article"], v["sentence"]) for v in claim["variants"]} & ends
    headline = next(c for c in linked if c["first"] == {"article": 1, "sentence": 0})
    assert headline["linked_outlets"] == [0, 2, 3]
    summary = f"{len(only)} in one only, {len(linked)} in one linked to more"
    number = headline["id"] + 1
    for fmt in ("text", "md", "html"):
        report = _story(fmt)
        assert summary in report, fmt
        assert f"claim {number} · carried by 1 of 4 (2) · linked in 3 more (1, 3, 4)" in report
        assert f"claim {number} · only in" not in report, fmt
