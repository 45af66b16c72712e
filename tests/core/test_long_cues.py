"""The cue (the attribution words the sidebar and the reports show) is the reporting verb with
the words that name its speaker, never a long stretch of the sentence between them: a noun such
as "company" or a pronoun far from the verb is not the verb's subject, and no lead-in is kept
before "he"/"she" (a title stands before a name, not before a pronoun). Every article here was
written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEAD = "Harbour Plan Stalls in Leith\n\n"


def _cue(text: str) -> str | None:
    quote = extract_quotes(text, segment(text))[-1]
    return None if quote.cue is None else quote.cue.text


def test_a_noun_far_from_the_verb_is_not_its_subject() -> None:
    """The name is out of reach; the company named in the clause between is not who said it:
    the cue is the verb, not the clause."""
    text = HEAD + (
        "Tom Hale, the mayor of Leith, who has spent most of the past two years fighting the "
        "ferry company over the price of tickets and the state of the old pier, said the offer "
        'was "an insult to every family in this town".'
    )
    assert _cue(text) == "said"


def test_no_lead_in_before_a_pronoun() -> None:
    """ "at the old pier on Monday he told": the words before "he" say where and when, not
    who; the cue is the pronoun and its verb."""
    text = HEAD + (
        "Tom Hale met the union on Monday. At the old pier on Monday he told reporters "
        'the offer was "an insult".'
    )
    assert _cue(text) == "he told"


def test_a_lead_in_before_a_name_is_kept() -> None:
    """A title before the name is still part of the cue (and gives the role)."""
    text = HEAD + 'Harbour Master Tom Hale said the offer was "an insult".'
    assert _cue(text) == "Harbour Master Tom Hale said"


PHRASES = [
    "fought the ferry company for years",
    "over the price of tickets",
    "and the state of the old pier",
    "which the union has long opposed",
    "since the spring sailings were cut",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=6))
def test_the_cue_never_starts_inside_the_clause_between(clause: list[str]) -> None:
    """However long the clause between the speaker and the verb, the cue begins with the
    speaker's name or is the verb alone: never in the middle of that clause."""
    text = HEAD + (
        f"Tom Hale, the mayor of Leith, who {' '.join(clause)}, said the offer was "
        '"an insult to every family in this town".'
    )
    cue = _cue(text)
    assert cue is not None
    assert cue.startswith("Tom Hale") or cue == "said"
