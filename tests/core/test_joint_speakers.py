"""Words several people said or wrote together (``"…," Anna Smith and Tom Jones wrote``) have
all of them as speaker: one speaker string ``Anna Smith and Tom Jones`` (the JSON contract keeps
one ``speaker``), each name canonical across articles, no "other speaker" against any one of
them, and the claim check knows every name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import canonical_names, speaker_parts, speakers_differ

HEADLINE = "Ferry plan draws fire\n\n"


def _quotes(text: str) -> dict[str, tuple[str | None, str]]:
    """Each quote's text → (speaker, cue text)."""
    return {
        q.text: (q.speaker, q.cue.text if q.cue else "")
        for q in extract_quotes(text, segment(text))
    }


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The plan will cost the town dearly," Anna Smith and Tom Jones wrote.', None),
        ('"The plan will cost the town dearly," said Anna Smith and Tom Jones.', None),
        ('Anna Smith and Tom Jones said: "The plan will cost the town dearly."', None),
    ],
)
def test_two_people_named_together_both_speak(sentence: str, speaker: None) -> None:
    text = HEADLINE + "The harbour board approved the plan.\n\n" + sentence + "\n"
    (found, cue), *_ = _quotes(text).values()
    assert found == "Anna Smith and Tom Jones"
    assert "Anna Smith" in cue and "Tom Jones" in cue


def test_a_list_of_lone_surnames_speaks_together() -> None:
    text = HEADLINE + '"It was fair," Pike, Hale and Dunmore wrote.\n'
    assert _quotes(text)["It was fair,"] == (
        "Pike, Hale and Dunmore",
        "Pike, Hale and Dunmore wrote",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked about Ann Pike, Tom Hale said: "The vote was fair."',
        'In a letter to Ann Pike and Ted Voss, Tom Hale wrote: "The vote was fair."',
        '"The vote was fair," Tom Hale said after meeting Ann Pike and Ted Voss.',
    ],
)
def test_a_name_beside_the_speaker_is_no_co_speaker(sentence: str) -> None:
    text = HEADLINE + sentence + "\n"
    assert [speaker for speaker, _cue in _quotes(text).values()] == ["Tom Hale"]


def test_a_joint_speaker_is_canonical_per_person_and_no_other_speaker() -> None:
    mapping = canonical_names(["Sen. Smith and Rep. Jones", "Anna Smith", "Tom Jones"])
    assert mapping["Sen. Smith and Rep. Jones"] == "Anna Smith and Tom Jones"
    assert not speakers_differ("Anna Smith and Tom Jones", "Tom Jones")
    assert not speakers_differ("Smith", "Anna Smith and Tom Jones")
    assert speakers_differ("Anna Smith and Tom Jones", "Ted Voss")


@pytest.mark.parametrize(
    "name", ["Department of Health and Human Services", "Johnson and Johnson", "Ann Pike"]
)
def test_an_organisation_with_and_in_its_name_stays_whole(name: str) -> None:
    assert speaker_parts(name) == [name]


def test_the_claim_check_knows_every_joint_speaker() -> None:
    assert attributed_speakers('"It is costly," Anna Smith and Tom Jones wrote.') == (
        "Anna Smith",
        "Tom Jones",
    )
    assert attributed_speakers('"We stand by it," said Lopez and Marek.') == ("Lopez", "Marek")
    assert attributed_speakers("Both Mr. King and Mr. Voss say the vote was fair.") == (
        "Mr. King",
        "Mr. Voss",
    )
    assert attributed_speakers("Asked about Ann Pike, Tom Hale said it was fair.") == ("Tom Hale",)


FIRST = st.sampled_from(["Anna", "Tom", "Ruth", "Omar", "Lena"])
LAST = st.sampled_from(["Smith", "Jones", "Okafor", "Brennan", "Castellano"])


@settings(max_examples=40, deadline=None)
@given(a=st.tuples(FIRST, LAST), b=st.tuples(FIRST, LAST), inverted=st.booleans())
def test_any_two_named_people_speak_together(
    a: tuple[str, str], b: tuple[str, str], inverted: bool
) -> None:
    first, second = " ".join(a), " ".join(b)
    if a[1] == b[1] or a[0] == b[0]:
        return  # one family or one first name: another test's business
    names = f"{first} and {second}"
    attribution = f"said {names}" if inverted else f"{names} said"
    text = HEADLINE + f'"The harbour will close in May," {attribution}.\n'
    speaker = _quotes(text)["The harbour will close in May,"][0]
    assert speaker is not None and speaker_parts(speaker) == [first, second]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Immigration and Customs Enforcement said", "Immigration and Customs Enforcement"),
        ("said Immigration and Customs Enforcement", "Immigration and Customs Enforcement"),
        (
            "the Department of Health and Human Services said",
            "Department of Health and Human Services",
        ),
        ("the Department of Homeland Security said", "Department of Homeland Security"),
        ("Johnson and Johnson said", "Johnson and Johnson"),
        ("Procter & Gamble said", "Procter & Gamble"),
        ("said Marks and Spencer", "Marks and Spencer"),
    ],
)
def test_an_organisation_named_with_and_is_one_speaker(attribution: str, speaker: str) -> None:
    text = HEADLINE + f'"The rules were followed," {attribution} on Monday.\n'
    (found, _cue), *_ = _quotes(text).values()
    assert found == speaker
    assert speaker_parts(found) == [speaker]


def test_people_listed_beside_an_organisation_stay_people() -> None:
    text = HEADLINE + (
        "Anna Smith and Tom Jones met officials of the Fish and Wildlife Service.\n\n"
        '"The rules were followed," Anna Smith and Tom Jones said.\n'
    )
    (found, _cue), *_ = _quotes(text).values()
    assert speaker_parts(found) == ["Anna Smith", "Tom Jones"]


def test_people_whose_surnames_are_also_office_words_stay_two() -> None:
    assert speaker_parts("Anna West and Tom Day") == ["Anna West", "Tom Day"]
