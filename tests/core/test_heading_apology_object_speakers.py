"""Three cue forms that named nobody (people25; invented examples):

* a quotation standing alone as a heading, then ``That’s how X, the treasurer, described it``;
* ``Mr. Hale’s apology noted that the harbour was “…”``: a speech noun's owner as the
  reporting verb's subject;
* ``after a tape surfaced of him warning that “…”``: ``warning`` after a person is the
  verb (not the noun of ``his warning that``), and an object pronoun after ``of`` inside an
  adverbial clause no person opens may be the main clause's subject.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

INTRO = "Tom Hale is a councillor in Leith. "


def speakers(text: str) -> list[str | None]:
    text = text + "\n"
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


@pytest.mark.parametrize(
    "after",
    [
        "That’s how Tom Hale, the ferry union’s treasurer, described the plan.",
        "That is how Tom Hale put it on Monday.",
        "That's how Tom Hale summed it up when he told the Gazette.",
    ],
)
def test_a_heading_quote_takes_the_name_after_that_is_how(after: str) -> None:
    heading = "‘Nothing but harbour gossip’"
    text = f"The council met on Monday. Here are some responses.\n\n{heading}\n\n{after}"
    assert speakers(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("That’s how the claims were described in the papers.", None),  # no name after "how"
        ("That’s how the vote went for Tom Hale.", None),  # a name, but no reporting verb
    ],
)
def test_that_is_how_near_misses_name_nobody(after: str, expected: str | None) -> None:
    text = f"The council met on Monday.\n\n“Nothing but harbour gossip.”\n\n{after}"
    assert speakers(text) == [expected]


def test_an_apology_noted_by_its_owner() -> None:
    text = INTRO + "Mr. Hale’s apology noted that the harbour was “his whole life.”"
    assert speakers(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a statement (a document) already spoke for its owner: unchanged
        ("Mr. Hale’s statement noted that the harbour was “his whole life.”", "Tom Hale"),
        # a possessor of something that says nothing
        ("Mr. Hale’s boat carried a sign reading “closed for the season.”", None),
    ],
)
def test_apology_near_misses(sentence: str, expected: str | None) -> None:
    assert speakers(INTRO + sentence) == [expected]


def test_of_him_warning_in_an_after_clause() -> None:
    text = (
        INTRO + "Mr. Hale left the board and thanked Senator Dan Moss after a tape surfaced "
        "of him warning that “the tolls will double by spring.”"
    )
    assert speakers(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "his warning that": the noun, its owner speaks (unchanged)
        ("Ann Pike repeated Mr. Hale’s warning that “the ferry will stop.”", "Tom Hale"),
        # a bare noun: nobody
        ("The warning that “the ferry will stop” was ignored.", None),
        # "him" in the main clause is not its subject: the other man (as before)
        ("Mr. Hale heard Dan Moss and saw him saying that “the ferry will stop.”", "Dan Moss"),
    ],
)
def test_warning_near_misses(sentence: str, expected: str | None) -> None:
    assert speakers(INTRO + sentence) == [expected]


def test_warning_after_a_person_is_the_verb() -> None:
    text = INTRO + "Mr. Hale heard Dan Moss and saw him warning that “the ferry will stop.”"
    assert speakers(text) == ["Dan Moss"]


@given(st.sampled_from(["warning", "saying", "claiming", "insisting"]))
def test_every_participle_after_an_object_of(verb: str) -> None:
    """Whichever reporting participle follows ``of him``, the quotation is the subject's, not
    the other man's the sentence names before the clause (main gave it to him)."""
    text = (
        INTRO + "Mr. Hale thanked Senator Dan Moss before a tape surfaced of him "
        f"{verb} that “the tolls will double by spring.”"
    )
    assert speakers(text) == ["Tom Hale"]
