"""Questions from a list as speakers (people26; invented examples):

* ``“…?” reads one question``, ``“…?” one question asks``, ``One question asks what … “…”``,
  ``reads one of the queries``: the question says the words, for whoever set the list (the
  nearest earlier sentence whose named subject gives, sends or asks questions), else
  ``the question``;
* a bare ``another asks`` / ``goes another`` stands for a question only right after one is
  named;
* ``The question is “…”``, ``“…?” one asked`` (a person), a list someone only obtained: no
  question speaks, and no one obtaining a list set it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import read

SET = "Inspector Tom Hale has sent a list of almost forty questions to the mayor's lawyers.\n\n"
GOT = "The Gazette obtained a list of the questions on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("“When did you learn of the ferry deal?” reads one question.", "reads one question"),
        ("“When did you learn of the ferry deal?” one question asks.", "one question asks"),
        (
            "One question asks what the mayor knew of “any meeting with Ms. Pike.”",
            "One question asks",
        ),
        (
            "“Who signed the ferry contract?” reads one of the queries sent to the Gazette.",
            "reads one of the queries",
        ),
        ("“Who signed the ferry contract?” the third question asks.", "the third question asks"),
    ],
)
def test_a_question_speaks_for_who_set_the_list(sentence: str, cue: str) -> None:
    assert read(SET + GOT + sentence + "\n") == [("Tom Hale", cue)]


def test_a_question_with_no_one_setting_the_list() -> None:
    text = GOT + "“When did you learn of the ferry deal?” reads one question.\n"
    assert read(text) == [("the question", "reads one question")]


def test_another_after_a_question() -> None:
    text = (
        SET
        + "“When did you learn of the ferry deal?” reads one question. "
        + "“Who signed the contract?” another asks.\n\n"
        + "Another asks if anyone reached the treasurer “about a pardon.”\n"
    )
    assert [speaker for speaker, _ in read(text)] == ["Tom Hale"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question as a topic, not a speaker
        (GOT + "The question is “whether the ferry will run.”\n", [None]),
        # a bare "one asked": a person, whatever was asked before
        (GOT + "“Is the ferry late?” one asked.\n", [None]),
        # a bare "another asks" with no question named before
        ("The ferry was late again.\n\n“Is it late?” another asks.\n", [None]),
        # obtaining the list is not setting it
        (GOT + "“Who signed the ferry contract?” reads one question.\n", ["the question"]),
    ],
)
def test_question_near_misses(text: str, expected: list[str | None]) -> None:
    assert [speaker for speaker, _ in read(text)] == expected


@given(
    st.sampled_from(["sent", "has given", "submitted", "hopes to ask the mayor"]),
    st.sampled_from(["reads one question", "one question asks", "asks another question"]),
)
def test_every_setting_verb_and_question_cue(verb: str, cue: str) -> None:
    """Whichever verb sets the list and however the question is named, its setter speaks."""
    text = (
        f"Inspector Tom Hale {verb} dozens of questions.\n\n"
        f"“When did you learn of the ferry deal?” {cue}.\n"
    )
    assert read(text)[0][0] == "Tom Hale"
