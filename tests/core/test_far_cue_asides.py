"""The speaker's name out of the cue's reach is shown before the verb also when the aside
after it holds a "he" of its own, or is closed by a parenthesis (people20 showed it only for
an aside closed by a comma or dash, and a "he" inside the aside took the name's place:
``he … told``). Every text here was written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

ASIDE = (
    "who ran the ferry company for thirty years before he sold it to a rival firm from the "
    "mainland in a deal the council never approved"
)


def _quote(body: str) -> tuple[str, Quote]:
    text = "The pier closed on Monday.\n\n" + body + "\n"
    return text, extract_quotes(text, segment(text))[-1]


def test_the_name_wins_over_a_he_inside_its_aside() -> None:
    """Main showed ``he … told``: the "he" of the relative clause, not the subject."""
    text, quote = _quote(f'Tom Hale, {ASIDE}, told reporters: "We will fight this."')
    cue = quote.cue
    assert quote.speaker == "Tom Hale" and cue is not None
    assert cue.shown == "Tom Hale \u2026 told"
    assert cue.text == "told" == text[cue.start : cue.end]


def test_an_aside_in_parentheses_shows_the_name_and_the_verb() -> None:
    """Main showed the aside's last words and the parenthesis (``… approved) told``)."""
    text, quote = _quote(f'Tom Hale ({ASIDE}) told reporters: "We will fight this."')
    cue = quote.cue
    assert cue is not None and cue.text == "told" == text[cue.start : cue.end]
    assert cue.shown == "Tom Hale \u2026 told"


def test_a_joint_subject_is_not_shown_as_the_name_alone() -> None:
    """Near miss: ``Tom Hale, who …, and the union told``: the aside is not closed right
    before the verb, so the cue is not shown as Tom Hale's alone (as on main)."""
    _, quote = _quote(f'Tom Hale, {ASIDE}, and the union told reporters: "We will fight this."')
    assert quote.cue is not None and not quote.cue.shown.startswith("Tom Hale")


def test_a_he_that_is_the_verbs_subject_stays_shown() -> None:
    """Near miss: a "he" opening the verb's own clause is the cue's subject (as on main)."""
    _, quote = _quote(
        "Tom Hale waited outside the hall all evening. After the vote on the ferry contract "
        'and the pier had finally gone his way late that night, he told reporters: "We won."'
    )
    assert quote.cue is not None and quote.cue.shown.startswith("he")


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Tom Hale", "Ann Pike", "Osei Brant"]),
    st.sampled_from([(" (", ")"), (", ", ",")]),
    st.sampled_from(["told reporters", "said", "told the hall"]),
)
def test_a_far_name_is_shown_whatever_closes_its_aside(
    name: str, marks: tuple[str, str], verb: str
) -> None:
    """Whoever speaks and however the aside is set off, the shown cue names them."""
    opener, closer = marks
    pronoun_aside = ASIDE.replace(" he ", " they ")
    _, quote = _quote(f'{name}{opener}{pronoun_aside}{closer} {verb}: "We will fight this."')
    assert quote.speaker == name and quote.cue is not None
    assert quote.cue.shown.startswith(name + " \u2026 ")
