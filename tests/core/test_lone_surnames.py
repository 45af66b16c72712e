"""A lone surname the article never gives a first name for still names its speaker ("Brennan
said", "said Brennan", "according to Brennan", "she" after "Brennan said …"), unless it is a
common word, a plural or a slip for a surname the article spells in full."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.article_names import ArticleNames
from newsdiff.core.quote_marks import pair_marks
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEADLINE = "Ferry vote splits the town\n\n"


def _registered(text: str) -> set[str]:
    """The surnames the article's first pass knows as people."""
    return set(ArticleNames(text, segment(text), pair_marks(text)).people)


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract_quotes(text, segment(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        '"The figures do not add up," said Brennan.',
        '"The figures do not add up," said Brennan on Tuesday.',
        '"The figures do not add up," according to Brennan.',
        'Brennan, who sat on the board for ten years, said: "The figures do not add up."',
        '"The figures do not add up," Brennan said.',
    ],
)
def test_a_lone_surname_in_an_attribution_speaks(sentence: str) -> None:
    text = HEADLINE + "The harbour board approved the ferry plan on Monday.\n\n" + sentence + "\n"
    speakers = _speakers(text)
    assert list(speakers.values()) == ["Brennan"]


def test_a_pronoun_after_a_lone_surname_takes_it() -> None:
    text = HEADLINE + (
        "Castellano, who sat on the board, voted for the plan.\n\n"
        'Voss said the vote was rushed. "We had two days to read it," she said.\n'
    )
    assert _speakers(text)["We had two days to read it,"] == "Voss"


@pytest.mark.parametrize(
    "sentence",
    [
        '"The plan is rushed," Critics said.',  # a plural: nobody in particular
        '"The plan is rushed," said Officials.',
        '"The plan is rushed," said Everyone.',
    ],
)
def test_a_common_word_before_a_verb_is_no_person(sentence: str) -> None:
    text = HEADLINE + "The critics of the board met on Monday.\n\n" + sentence + "\n"
    assert not _registered(text) & {"critics", "officials", "everyone"}
    followed = text + '\n"We will appeal," she said.\n'
    assert _speakers(followed)["We will appeal,"] is None  # no person for "she" to take


def test_a_word_the_article_writes_in_lowercase_is_no_surname() -> None:
    text = HEADLINE + (
        "The harbour board approved the plan; the board then adjourned.\n\n"
        '"The plan is fair," said Board.\n\n'
        '"We will appeal," she said.\n'
    )
    assert _speakers(text)["We will appeal,"] is None


def test_a_slip_for_a_surname_spelt_in_full_is_no_new_person() -> None:
    text = HEADLINE + (
        "Mayor Donald Reeve opened the meeting.\n\n"
        '"The vote stands," said Reve.\n\n'
        '"It was fair," said Okafor.\n'
    )
    assert _registered(text) == {"reeve", "okafor"}  # Reve is a slip, Okafor a new person


SURNAMES = st.sampled_from(["Brennan", "Okafor", "Castellano", "Mendez", "Voss", "Pike"])
VERBS = st.sampled_from(["said", "added", "wrote", "insisted"])


@settings(max_examples=40, deadline=None)
@given(surname=SURNAMES, verb=VERBS, inverted=st.booleans())
def test_any_lone_surname_speaks_in_either_order(surname: str, verb: str, inverted: bool) -> None:
    attribution = f"{verb} {surname}" if inverted else f"{surname} {verb}"
    text = HEADLINE + f'"The harbour will close in May," {attribution}.\n'
    assert _speakers(text)["The harbour will close in May,"] == surname


@pytest.mark.parametrize("auxiliary", ["Has", "Did", "Is", "Was", "Would", "Can"])
def test_a_question_opening_with_an_auxiliary_keeps_it_out_of_the_name(auxiliary: str) -> None:
    text = HEADLINE + (
        f"{auxiliary} Pike spoken to the inquiry?\n\n"
        '"Nobody has asked me anything," Pike said on Tuesday.\n'
    )
    assert _speakers(text)["Nobody has asked me anything,"] == "Pike"
