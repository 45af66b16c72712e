"""A figure's own words are not listed again beside it on the evidence line.

The claim check records an agreeing figure (``two weeks``) and its words (``two``, ``weeks``)
alike; the status line, ``i``, the HTML hover and Markdown showed ``two weeks, weeks, Nalvik,
two``. JSON keeps every word; the line drops a single word a figure of the list shows.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.evidence import describe_evidence, describe_pair_agreement, without_repeats
from newsdiff.core.link_evidence import Evidence

TEXT = "The Nalvik ferry strike lasted two weeks, the union said of the 14-year-old dispute."


def test_the_line_shows_the_figure_once() -> None:
    evidence = Evidence(("two weeks", "weeks", "Nalvik", "two", "strike"))
    assert describe_evidence(evidence, "left", TEXT) == "two weeks, Nalvik, strike"
    hyphened = Evidence(("14-year-old", "year", "old", "dispute"))
    assert describe_evidence(hyphened, "left", TEXT) == "14-year-old, dispute"
    assert describe_pair_agreement(evidence, TEXT, TEXT) == "two weeks, Nalvik, strike"


PHRASES = ["two weeks", "14-year-old", "£4m ≈ $5m", "about 300 workers"]
WORDS = ["two", "weeks", "year", "old", "workers", "ferry", "strike", "300", "union"]


@given(st.lists(st.sampled_from(PHRASES + WORDS), unique=True))
def test_only_words_a_listed_figure_shows_are_dropped(items: list[str]) -> None:
    kept = without_repeats(items)
    assert [x for x in items if x in kept] == list(kept)  # order kept, nothing added
    phrases = [x.casefold() for x in items if x in PHRASES]
    for item in items:
        if item in kept:
            continue
        assert item in WORDS  # a figure is never dropped
        assert any(re.search(rf"(?<!\w){re.escape(item)}(?!\w)", p) for p in phrases)
