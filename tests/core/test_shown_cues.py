"""A cue is shown as the speaker's name and the verb, not the clause between (people19)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_articles
from newsdiff.core.models import Article
from newsdiff.core.quote_groups import quote_fields
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.serialize import comparison_from_json, comparison_to_dict

HEAD = "Harbour Wall Falls in Storm\n\nThe harbour wall fell on Monday.\n\n"


def _quotes(sentence: str):
    text = HEAD + sentence + "\n"
    return text, [q for q in extract_quotes(text, segment(text)) if q.cue is not None]


def test_a_cue_reaching_back_shows_the_name_and_the_verb() -> None:
    text, quotes = _quotes(
        "Mayor Ann Pike opened the new ferry pier at Leith on Sunday, calling it "
        '"a fine day for the town".'
    )
    cue = quotes[0].cue
    assert cue is not None
    assert cue.shown == "Mayor Ann Pike \u2026 calling"
    assert cue.text == text[cue.start : cue.end]  # the offsets still hold the whole cue
    assert [text[a:b] for a, b in cue.parts] == ["Mayor Ann Pike", "calling"]


def test_a_clause_between_name_and_verb_is_left_out_but_a_role_is_not() -> None:
    _, quotes = _quotes(
        '"We will rebuild it," Tom Reyes, who walked the pier with divers on Sunday, said.'
    )
    assert quotes[0].cue is not None and quotes[0].cue.shown == "Tom Reyes \u2026 said"
    _, quotes = _quotes('"We will rebuild it," Tom Reyes, the mayor, said.')
    assert quotes[0].cue is not None and quotes[0].cue.shown == "Tom Reyes, the mayor, said"
    _, quotes = _quotes('"We will rebuild it," Tom Reyes, 61, said.')
    assert quotes[0].cue is not None and not quotes[0].cue.parts


def test_json_keeps_text_at_its_offsets_and_adds_shown_and_parts() -> None:
    text, quotes = _quotes(
        "Mayor Ann Pike opened the new ferry pier at Leith on Sunday, calling it "
        '"a fine day for the town".'
    )
    cue = quote_fields(quotes[0])["cue"]
    assert isinstance(cue, dict)
    assert cue["text"] == text[cue["start"] : cue["end"]]
    assert cue["shown"] == "Mayor Ann Pike \u2026 calling"
    assert cue["parts"] == [[a, b] for a, b in quotes[0].cue.parts]  # type: ignore[union-attr]


def test_a_saved_comparison_reopens_with_its_shown_cue() -> None:
    left = Article(
        path="a.txt",
        title="Harbour Wall Falls in Storm",
        text=HEAD + "Mayor Ann Pike opened the new ferry pier at Leith on Sunday, calling it "
        '"a fine day for the town".\n',
    )
    right = Article(
        path="b.txt",
        title="Harbour Wall Falls in Storm",
        text=HEAD + "The pier opened on Sunday.\n",
    )
    data = comparison_to_dict(compare_articles(left, right))
    again = comparison_from_json(json.dumps(data))
    cues = [m.quote.cue for m in again.left.quotes if m.quote.cue is not None]
    assert [c.shown for c in cues] == ["Mayor Ann Pike \u2026 calling"]


_MIDDLES = st.sampled_from(
    [
        "who walked the pier with divers on Sunday",
        "speaking at the pier after the storm",
        "the mayor",
        "a historian of the port",
    ]
)


@settings(max_examples=30, deadline=None)
@given(middle=_MIDDLES, verb=st.sampled_from(["said", "added", "told reporters"]))
def test_shown_parts_lie_inside_the_cue_in_order(middle: str, verb: str) -> None:
    text, quotes = _quotes(f'"We will rebuild it," Tom Reyes, {middle}, {verb}.')
    for quote in quotes:
        cue = quote.cue
        assert cue is not None and cue.text == text[cue.start : cue.end]
        at = cue.start
        for a, b in cue.parts:
            assert at <= a <= b <= cue.end
            at = b
        assert "Reyes" in cue.shown
