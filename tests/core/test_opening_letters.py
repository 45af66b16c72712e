"""A letter in the sentence's opening (``In a letter signed by …, X informed …``) is issued by
the one the sentence says speaks, and a later ``the letter`` quotes that issuer (people19)."""

from __future__ import annotations

import pytest
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEAD = "Harbour Vote Blocked\n\nThe ferry stopped on Monday.\n\n"
LATER = ' Councillors met on Tuesday. The letter goes on: "We will not move on this."'


def _speaker_of_later(opening: str) -> str | None:
    text = HEAD + opening + LATER + "\n"
    quotes = [q for q in extract_quotes(text, segment(text)) if q.text.startswith("We will")]
    return quotes[0].speaker


@pytest.mark.parametrize(
    "opening",
    [
        "In a letter signed by the nine harbour councillors, delivered to the mayor, Ann Pike, "
        'the Harbour Council informed her that it would "block every vote on the plan."',
        "In a letter signed by the nine harbour councillors, the Harbour Council informed the "
        'mayor that it would "block every vote on the plan."',
    ],
)
def test_the_letter_is_the_speakers_who_open_with_it(opening: str) -> None:
    assert _speaker_of_later(opening) == "Harbour Council"


def test_a_letter_to_someone_is_still_its_writers() -> None:
    opening = (
        "In a letter to the Harbour Council, Mayor Ann Pike wrote that she would "
        '"block every vote on the plan."'
    )
    assert _speaker_of_later(opening) == "Ann Pike"
