"""A heading quotation named by the next sentence shows that sentence's words as its cue
(people26; invented examples): ``‘…’`` standing alone, then ``That’s how Tom Hale, the
treasurer, described the plan`` / ``That is how Tom Hale put it`` / ``So said Tom Hale``. It
had the speaker (people25) and no cue, so the sidebar showed a name with nothing to check it
against.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import read

HEADING = "The council met on Monday.\n\n‘Nothing but harbour gossip’\n\n"


@pytest.mark.parametrize(
    ("after", "cue"),
    [
        (
            "That’s how Tom Hale, the ferry union’s treasurer, described the plan.",
            "That’s how Tom Hale, the ferry union’s treasurer, described",
        ),
        ("That is how Tom Hale put it on Monday.", "That is how Tom Hale put"),
        ("So said Tom Hale on Monday.", "said Tom Hale"),
    ],
)
def test_a_heading_quote_shows_the_next_sentence_as_its_cue(after: str, cue: str) -> None:
    assert read(HEADING + after) == [("Tom Hale", cue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no name after "how": no speaker, no cue (as before)
        (HEADING + "That’s how the claims were described in the papers.", [(None, None)]),
        # the quotation has words of its own beside it: its own cue, never the next sentence's
        (
            "Ann Pike called the plan “nothing but harbour gossip.” "
            "That’s how Tom Hale described it too.",
            [("Ann Pike", "Ann Pike called")],
        ),
    ],
)
def test_verdict_cue_near_misses(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert read(text) == expected


@given(
    st.sampled_from(["described the plan", "put it", "characterised it"]),
    st.sampled_from(["’s", " is"]),
)
def test_every_verb_after_that_is_how(verb: str, be: str) -> None:
    """Whichever verb of speaking follows the name, the cue runs from ``That`` to it."""
    speaker, cue = read(HEADING + f"That{be} how Tom Hale {verb} the plan.")[0]
    assert speaker == "Tom Hale"
    assert cue is not None and cue.startswith(f"That{be} how Tom Hale")
