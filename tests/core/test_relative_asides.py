"""An aside opened after a relative pronoun vouches for the relative clause, not for a
quotation later in the sentence (``files that, X said, show … are "…"``; people19)."""

from __future__ import annotations

import pytest
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEAD = "Inspector: Ferry Logs Are 'Genuine'\n\nThe ferry stopped on Monday.\n\n"


def _quotes(sentence: str) -> dict[str, tuple[str | None, str | None]]:
    text = HEAD + sentence + "\n"
    return {
        q.text.strip(".,"): (q.speaker, None if q.cue is None else q.cue.text)
        for q in extract_quotes(text, segment(text))
    }


def test_the_aside_speaker_is_not_the_quotations() -> None:
    found = _quotes(
        "Chief Inspector Tom Reyes confirmed that the logs that, Mayor Ann Pike said Monday, "
        'record the board\'s payments are "genuine."'
    )
    assert found["genuine"] == ("Tom Reyes", "Chief Inspector Tom Reyes confirmed")
    assert found["Genuine"][0] == "Tom Reyes"  # the headline echoes the body's speaker


def test_with_no_other_speaker_the_quotation_stays_unattributed() -> None:
    found = _quotes(
        "Inspectors confirmed that hundreds of logs from the ferry office that, Mayor Ann Pike "
        'said Monday, record the board\'s payments are "genuine."'
    )
    assert found["genuine"][0] != "Ann Pike"


@pytest.mark.parametrize(
    "sentence",
    [
        'Given that, Mayor Ann Pike said, the board\'s payments were "routine."',
        'The logs, Mayor Ann Pike said Monday, are "routine."',
    ],
)
def test_an_aside_after_no_relative_pronoun_still_names_the_speaker(sentence: str) -> None:
    assert _quotes(sentence)["routine"][0] == "Ann Pike"
