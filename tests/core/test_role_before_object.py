"""A name written after a lowercase role (``rebel leader``, ``9/11 plotter``, ``pier
manager``) is still the object of the verb before the role: ``the raid that killed rebel
leader X and said she …`` must not make X the "she" who speaks. (A tune article of PolNeAR
gave a candidate's quotation to the man a raid killed; the texts here are invented.)"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text, segment(text))]


def _sentence(subject: str, middle: str) -> str:
    return (
        "Leith council met on Monday.\n\n"
        f"{subject}, the former harbour master, backed the raid that {middle} Osei Brant "
        'during a visit and said she had one quality for the job: "Patience, and more."\n'
    )


def test_the_object_after_a_role_is_not_the_she_who_speaks() -> None:
    """Main gave the quotation to Osei Brant, the raid's target."""
    assert _speakers(_sentence("Dana Pike", "killed rebel leader")) == ["Dana Pike"]
    assert _speakers(_sentence("Dana Pike", "killed 9/11 plotter")) != ["Osei Brant"]


def test_a_preposition_before_the_role_makes_an_object_too() -> None:
    text = (
        "Leith council met on Monday.\n\n"
        "Dana Pike sat with pier manager Osei Brant for an hour and said she was sure: "
        '"The pier will open in May."\n'
    )
    assert _speakers(text) == ["Dana Pike"]


def test_a_role_after_a_reporting_verb_still_names_the_speaker() -> None:
    """Near miss: ``said pier manager X`` is the speaker, as on main."""
    text = '"The pier will open in May," said pier manager Osei Brant on Monday.\n'
    assert _speakers(text) == ["Osei Brant"]


def test_a_role_opening_the_sentence_is_its_subject() -> None:
    """Near miss: ``Retired teacher X said`` (the past form is the role's adjective)."""
    text = 'Leith council met.\n\nRetired teacher Osei Brant said: "The pier will open in May."\n'
    assert _speakers(text) == ["Osei Brant"]


def test_the_signers_of_a_note_after_by_stay_its_authors() -> None:
    """Near miss: ``signed by all nine X``: ``by`` names the doer, so X stays the note's."""
    text = (
        "Council leader Tom Hale (Leith West) got a note on Friday, signed by all nine Harbour "
        'Trustees, which stated "no vote on the pier can go ahead before the audit".\n'
    )
    assert _speakers(text) != ["Tom Hale"]
    one = text.replace("all nine Harbour Trustees", "harbour trustee Ann Pike")
    assert _speakers(one) == ["Ann Pike"]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["backed the raid that killed", "praised", "thanked", "met with"]),
    st.sampled_from(["rebel leader", "pier manager", "union boss", "local fisherman"]),
    st.sampled_from(["Osei Brant", "Kit Marlow", "Rowan Vale"]),
)
def test_whoever_the_role_the_object_never_speaks(verb: str, role: str, name: str) -> None:
    """Whatever the verb taking an object, the role and the name (a first name that tells no
    gender), the later "said she" is the sentence's subject's."""
    text = (
        "Leith council met on Monday.\n\n"
        f"Dana Pike {verb} {role} {name} during a visit and said she was sure: "
        '"The pier will open in May."\n'
    )
    assert _speakers(text) == ["Dana Pike"]
