"""A cue says who: the speaker's name further back than a cue reaches is shown before the verb,
a clause after a name is left out of what is shown, and a name written with another apostrophe
is the same name. Every article here was written for these tests."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_articles
from newsdiff.core.models import Article, Quote
from newsdiff.core.quote_groups import quote_fields
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.serialize import ComparisonFormatError, comparison_from_json, comparison_to_dict

HEAD = "Harbour Plan Stalls in Leith\n\n"
FAR = (
    "Rep. Tom Hale (D-Leith), a vocal supporter of the harbour trust who has sponsored several "
    "bills seeking protection for the old pier and its ferry crews, told reporters the offer "
    'was "an insult to every family in this town".'
)


def _last(body: str) -> tuple[str, Quote]:
    text = HEAD + body + "\n"
    return text, extract_quotes(text, segment(text))[-1]


def test_a_name_out_of_reach_is_shown_before_the_verb() -> None:
    """The cue stays the verb at its offsets; what is shown says who."""
    text, quote = _last(FAR)
    cue = quote.cue
    assert quote.speaker == "Tom Hale" and cue is not None
    assert cue.text == "told" == text[cue.start : cue.end]
    assert cue.shown == "Tom Hale \u2026 told"
    assert text[cue.parts[0][0] : cue.parts[0][1]] == "Tom Hale"


def test_a_name_that_is_not_the_verbs_subject_is_not_shown() -> None:
    """No aside after the name: it is the object of another verb, not who told."""
    text, quote = _last(
        "The harbour trust thanked Tom Hale and the several crews who have sponsored bills "
        "seeking protection for the old pier and the ferry families of the town, and told "
        'reporters the offer was "an insult to every family in this town".'
    )
    assert quote.cue is None or "Hale" not in quote.cue.shown


def test_json_and_a_saved_comparison_keep_the_far_name() -> None:
    text, quote = _last(FAR)
    cue = quote_fields(quote)["cue"]
    assert isinstance(cue, dict)
    assert cue["text"] == "told" and cue["shown"] == "Tom Hale \u2026 told"
    left = Article(path="a.txt", title="Harbour Plan Stalls in Leith", text=text)
    right = Article(path="b.txt", title="Harbour Plan Stalls in Leith", text=HEAD + "No.\n")
    again = comparison_from_json(json.dumps(comparison_to_dict(compare_articles(left, right))))
    shown = [m.quote.cue.shown for m in again.left.quotes if m.quote.cue is not None]
    assert shown == ["Tom Hale \u2026 told"]


def test_a_saved_part_across_the_cues_start_is_refused() -> None:
    """A first part before the cue must end before it; one running into it is a bad file."""
    text, _ = _last(FAR)
    left = Article(path="a.txt", title="Harbour Plan Stalls in Leith", text=text)
    right = Article(path="b.txt", title="Harbour Plan Stalls in Leith", text=HEAD + "No.\n")
    data = comparison_to_dict(compare_articles(left, right))
    cue = next(quote["cue"] for quote in data["left"]["quotes"] if quote["cue"])
    cue["parts"][0] = [cue["parts"][0][0], cue["start"] + 1]
    with pytest.raises(ComparisonFormatError, match="parts"):
        comparison_from_json(json.dumps(data))


TAILS = [
    "who until last year ran the ferry company",
    "a historian who has written two books about the port",
    "the director of the Leith Harbour Trust",
]


@settings(max_examples=20, deadline=None)
@given(tail=st.sampled_from(TAILS))
def test_a_clause_after_the_name_is_left_out_of_what_is_shown(tail: str) -> None:
    """``said Tom Reyes, who …`` is shown ``said Tom Reyes``; the cue's text keeps the clause
    (the role is read from it)."""
    text, quote = _last(f'"We will rebuild the harbour wall," said Tom Reyes, {tail}.')
    cue = quote.cue
    assert cue is not None and cue.text == text[cue.start : cue.end]
    assert cue.text.endswith(tail)
    assert cue.shown == "said Tom Reyes"


def test_a_clause_holding_the_speakers_verb_is_shown() -> None:
    """``ripped X, who said``: the verb of speaking is in the clause, so it stays."""
    _, quote = _last(
        'Ann Pike also ripped harbour master Tom Reyes, who said the plan is "reckless".'
    )
    assert quote.cue is not None and "said" in quote.cue.shown


def test_a_name_with_another_apostrophe_is_the_cue() -> None:
    """``O\u2019Rourke`` and ``O'Rourke`` are one name: the cue names her."""
    _, quote = _last(
        "The fire began at the pier, according to Harbour Chief Dana O\u2019Rourke.\n\n"
        "\u201cThe cause has not been found,\u201d said O'Rourke, on her first day."
    )
    assert quote.cue is not None and quote.cue.shown == "said O'Rourke"
