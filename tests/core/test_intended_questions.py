"""``“…?” Tom Hale planned to ask`` (people26; invented examples): a question standing as its
own sentence, then its asker with a verb of intending before ``to ask`` / ``to say`` /
``to tell``. The asker speaks and the next sentence's words are the cue. A verb of intending
before anything else names nobody, and a question inside a sentence keeps its own cue.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import read

QUESTION = "“What did you tell the harbour board?”"


@pytest.mark.parametrize(
    ("after", "cue"),
    [
        ("Tom Hale planned to ask, according to a list of questions.", "Tom Hale planned to ask"),
        ("Tom Hale wants to ask.", "Tom Hale wants to ask"),
        ("Inspector Tom Hale hopes to ask the mayor.", "Inspector Tom Hale hopes to ask"),
    ],
)
def test_the_asker_of_an_intended_question(after: str, cue: str) -> None:
    speaker, shown = read(f"The inquiry opens on Monday. {QUESTION} {after}")[0]
    assert speaker == "Tom Hale"
    assert shown is not None and shown.startswith(cue)


def test_an_intention_before_another_verb_names_nobody() -> None:
    text = f"The inquiry opens on Monday. {QUESTION} Tom Hale planned to leave."
    assert read(text) == [(None, None)]


def test_a_question_inside_its_sentence_keeps_its_own_cue() -> None:
    text = f"The inquiry opened. Ann Pike asked the board, {QUESTION} The room fell silent."
    speaker, cue = read(text)[0]
    assert speaker == "Ann Pike"
    assert cue is not None and cue.startswith("Ann Pike asked")


@given(
    st.sampled_from(["planned", "plans", "wanted", "hopes", "intends"]),
    st.sampled_from(["ask", "say", "tell the board"]),
)
def test_every_intention_and_verb(intends: str, verb: str) -> None:
    """Whichever verb of intending and of saying, the one named asks the question."""
    text = f"The inquiry opens on Monday. {QUESTION} Tom Hale {intends} to {verb}."
    assert read(text)[0][0] == "Tom Hale"
