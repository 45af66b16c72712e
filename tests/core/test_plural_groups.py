"""A plural group as a quotation's speaker with its own verb: ``critics say``, ``economists
warn:``, ``Critics of the plan say, “…”``, ``critics on the panel said`` (people23). Invented
examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEADLINE = "Harbour plan divides the council\n\nThe vote was delayed on Monday.\n\n"


def quote_of(sentence: str) -> tuple[str | None, str | None]:
    text = HEADLINE + sentence + "\n"
    (quote,) = extract_quotes(text, segment(text))
    return quote.speaker, quote.cue.text if quote.cue else None


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ('"It is too early to tell," critics say.', "critics", "critics say"),
        ('"It is too early to tell," critics argue.', "critics", "critics argue"),
        ('Economists warn: "It is too early to tell."', "economists", "Economists warn"),
        ('Critics of the plan say, "It is too early to tell."', "critics", None),
        ('"It is too early to tell," critics on the panel said.', "critics", None),
    ],
)
def test_a_plural_group_speaks_with_its_own_verb(
    sentence: str, speaker: str, cue: str | None
) -> None:
    found, shown = quote_of(sentence)
    assert found == speaker
    assert shown is not None and (cue is None or shown == cue)


@pytest.mark.parametrize(
    "sentence",
    [
        # the group is someone the speakers cite, not who speaks
        'The families met on Monday, according to their lawyers, and said they were "angry."',
        # a noun right before the quotation is no lead-in of a group
        'As the mayor has said, your statement "sets you against the whole council."',
    ],
)
def test_a_group_beside_the_quote_that_is_not_its_subject_does_not_speak(sentence: str) -> None:
    found, _ = quote_of(sentence)
    assert found not in ("lawyers", "the lawyers", "their lawyers", "your statement")


def test_a_plural_verb_after_a_modal_is_no_cue() -> None:
    sentence = (
        'Ann Pike said she believes we must continue the work, saying "the harbour comes first."'
    )
    found, shown = quote_of(sentence)
    assert found == "Ann Pike"
    assert shown is None or "continue" not in shown


GROUPS = st.sampled_from(["critics", "economists", "lawmakers", "activists", "farmers"])
VERBS = st.sampled_from(["say", "warn", "argue", "insist", "note"])


@given(GROUPS, VERBS)
def test_any_group_with_a_plural_verb_after_the_quote(group: str, verb: str) -> None:
    """Whatever the plural group and its verb, the group is the speaker."""
    found, _ = quote_of(f'"It is too early to tell," {group} {verb}.')
    assert found == group
