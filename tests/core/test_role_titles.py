"""A role of several words ("the attorney general", "the secretary of state", "the chief
executive", "the prime minister") stands for the person the article writes with that title,
before or after, and never for someone with only a part of it ("General X", "the state")."""

from __future__ import annotations

import pytest
from newsdiff.core.claims import read_claim
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.referents import referent
from newsdiff.core.segment import segment

HEADLINE = "Ferry plan draws fire\n\n"


def _speaker(text: str, quote: str) -> str | None:
    return {q.text: q.speaker for q in extract_quotes(text, segment(text))}[quote]


@pytest.mark.parametrize(
    ("introduction", "role", "person"),
    [
        ("Attorney General Jane Roe opened an inquiry.", "the attorney general", "Jane Roe"),
        ("The secretary of state, Mark Dunn, was unsure.", "the secretary of state", "Mark Dunn"),
        (
            "The chief executive of Harbour Lines, Tim Cole, welcomed it.",
            "the chief executive",
            "Tim Cole",
        ),
        ("Prime Minister Ada Okonkwo visited the pier.", "the prime minister", "Ada Okonkwo"),
    ],
)
def test_a_role_of_several_words_names_its_holder(
    introduction: str, role: str, person: str
) -> None:
    quote = '"We will look at every contract," ' + role + " said."
    before = HEADLINE + introduction + "\n\nThe board met on Monday.\n\n" + quote + "\n"
    assert _speaker(before, "We will look at every contract,") == person
    after = HEADLINE + quote + "\n\nThe board met on Monday.\n\n" + introduction + "\n"
    assert _speaker(after, "We will look at every contract,") == person


def test_a_title_after_the_name_names_its_holder_later_on() -> None:
    text = HEADLINE + (
        "Jane Roe, the attorney general, opened an inquiry.\n\n"
        '"We will look at every contract," the attorney general said.\n'
    )
    assert _speaker(text, "We will look at every contract,") == "Jane Roe"


def test_a_part_of_the_title_is_another_office() -> None:
    text = HEADLINE + (
        "General Mark Hale inspected the pier. Foreign Minister Ted Voss arrived later.\n\n"
        '"We will look at every contract," the attorney general said.\n\n'
        '"The town wins," the prime minister said.\n'
    )
    assert _speaker(text, "We will look at every contract,") != "Mark Hale"
    assert _speaker(text, "The town wins,") != "Ted Voss"


# the claim check's reading of the same roles (core/referents.py)


def _referent(*sentences: str) -> str:
    claims = [read_claim(s) for s in sentences]
    return referent(lambda k: claims[k], len(claims) - 1)


@pytest.mark.parametrize(
    ("introduction", "role", "surname"),
    [
        ("Attorney General Jane Roe opened an inquiry.", "The attorney general", "roe"),
        ("Secretary of State Mark Dunn was unsure.", "The secretary of state", "dunn"),
        ("The secretary of state, Mark Dunn, was unsure.", "The secretary of state", "dunn"),
        ("Jane Roe, the attorney general, was unsure.", "The attorney general", "roe"),
        ("Chief Executive Tim Cole spoke on Monday.", "The chief executive", "cole"),
        ("Prime Minister Ada Okonkwo spoke on Monday.", "The prime minister", "okonkwo"),
    ],
)
def test_the_claim_check_reads_a_title_of_several_words(
    introduction: str, role: str, surname: str
) -> None:
    assert _referent(introduction, role + " said 300 jobs would go.") == surname


@pytest.mark.parametrize(
    ("introduction", "role"),
    [
        ("General Mark Hale spoke on Monday.", "The attorney general"),
        ("Foreign Minister Ted Voss spoke on Monday.", "The prime minister"),
        ("Mark Dunn ran the state for a decade.", "The secretary of state"),
    ],
)
def test_the_claim_check_takes_no_part_of_a_title_for_it(introduction: str, role: str) -> None:
    assert _referent(introduction, role + " said 300 jobs would go.") == ""
