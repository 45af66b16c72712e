"""A speaker written with an affiliation (round 9, on articles written here): a person named
after an organisation and a role noun, a party before a title, a main clause of a verb of
speaking, and organisation names holding ``of``, ``and`` and commas."""

from __future__ import annotations

import pytest
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import speaker_parts

HEADLINE = "Harbour Dock to Close for Repairs\n\n"


def _quotes(body: str) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's text → (speaker, role)."""
    text = HEADLINE + body
    return {q.text: (q.speaker, q.role) for q in extract_quotes(text, segment(text))}


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            '"The dock will reopen next week," said Harbour Authority spokeswoman Ana Voss.\n',
            "Ana Voss",
            "Harbour Authority spokeswoman",
        ),
        (
            '"The dock will reopen next week," said Harbour Authority chief press officer '
            "Ana Voss.\n",
            "Ana Voss",
            "Harbour Authority chief press officer",
        ),
    ],
)
def test_a_person_named_after_an_organisation_and_a_role_speaks(
    body: str, speaker: str, role: str
) -> None:
    assert _quotes(body)["The dock will reopen next week,"] == (speaker, role)


@pytest.mark.parametrize(
    "body",
    [
        '"The dock will reopen next week," said the Harbour Authority to Ana Voss.\n',
        '"The dock will reopen next week," said the Harbour Authority, whose spokeswoman '
        "Ana Voss declined to comment.\n",
        '"The dock will reopen next week," said the Harbour Authority after talks with Ana Voss.\n',
    ],
)
def test_a_person_after_an_organisation_without_a_role_noun_does_not_speak(body: str) -> None:
    assert _quotes(body)["The dock will reopen next week,"][0] == "Harbour Authority"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ('Labour MP Dana Ellis said "the count was rushed."\n', "Labour MP"),
        ('Green Party MP Dana Ellis said "the count was rushed."\n', "Green Party MP"),
        ('"The count was rushed," said Liberal Democrat MEP Dana Ellis.\n', "Liberal Democrat MEP"),
    ],
)
def test_a_party_before_a_title_of_letters_is_part_of_the_role(body: str, role: str) -> None:
    quoted = next(iter(_quotes(body).values()))
    assert quoted == ("Dana Ellis", role)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ('MP Materials said "the count was rushed."\n', "MP Materials"),
        ('"The count was rushed," said MP Harbour Group.\n', "MP Harbour Group"),
    ],
)
def test_letters_before_a_companys_name_are_no_title(body: str, company: str) -> None:
    assert next(iter(_quotes(body).values()))[0] == company


@pytest.mark.parametrize(
    ("body", "phrase", "cue"),
    [
        (
            'Jo Reyes railed against "a stitch-up by the board" at the meeting.\n',
            "a stitch-up by the board",
            "Jo Reyes railed against",
        ),
        (
            'Jo Reyes went on about the "stitch-up" for an hour.\n',
            "stitch-up",
            "Jo Reyes went on about",
        ),
    ],
)
def test_a_main_clause_of_a_verb_of_speaking_gives_its_subject(
    body: str, phrase: str, cue: str
) -> None:
    text = HEADLINE + body
    quote = next(q for q in extract_quotes(text, segment(text)) if q.text == phrase)
    assert quote.speaker == "Jo Reyes"
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ('Jo Reyes spoke to the "Harbour Hour" show on Monday.\n', "Harbour Hour"),
        ('Jo Reyes spoke after the board passed its "fair rent" rule.\n', "fair rent"),
        ('Jo Reyes railed, and the board passed its "fair rent" rule.\n', "fair rent"),
    ],
)
def test_a_verb_of_speaking_far_from_the_quotation_gives_nobody(body: str, phrase: str) -> None:
    assert _quotes(body)[phrase][0] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We seized the rifles," said the Bureau of Salt, Timber and Lanterns.\n',
            "Bureau of Salt, Timber and Lanterns",
        ),
        (
            '"We seized the rifles," a spokesman for the Bureau of Salt, Timber, Lanterns '
            "and Ropes said.\n",
            "Bureau of Salt, Timber, Lanterns and Ropes",
        ),
        (
            '"We seized the rifles," Enforcement and Removal Operations said on Friday.\n',
            "Enforcement and Removal Operations",
        ),
    ],
)
def test_an_organisations_name_with_of_and_or_commas_is_one_speaker(
    body: str, speaker: str
) -> None:
    assert _quotes(body)["We seized the rifles,"][0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We seized the rifles," said the Ministry of Defence, Tom Hale and Ann Pike.\n',
            "Ministry of Defence, Tom Hale and Ann Pike",  # three speakers, one list
        ),
        ('"We seized the rifles," Congress and Donald Voss said.\n', "Congress and Donald Voss"),
        ('"We seized the rifles," Enforcement and President Hale said.\n', "Hale"),
        ('"We seized the rifles," Enforcement and Voss said.\n', "Voss"),
    ],
)
def test_people_listed_after_an_organisation_stay_apart_from_it(body: str, speaker: str) -> None:
    found = _quotes(body)["We seized the rifles,"][0]
    assert found == speaker
    assert len(speaker_parts(found)) == found.count(",") + found.count(" and ") + 1


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "The Bureau of Salt, Timber and Lanterns said the rifles were seized.",
            ("Bureau of Salt, Timber and Lanterns",),
        ),
        (
            "The Bureau of Salt, Timber, Lanterns, and Ropes said the rifles were seized.",
            ("Bureau of Salt, Timber, Lanterns and Ropes",),
        ),
        ("Pike, Hale and Dunmore said the rifles were seized.", ("Pike", "Hale", "Dunmore")),
    ],
)
def test_the_claim_check_reads_an_offices_listed_fields_as_one_name(
    sentence: str, speakers: tuple[str, ...]
) -> None:
    assert attributed_speakers(sentence) == speakers
