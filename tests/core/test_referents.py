"""Coreference-lite and one agent's count in other words (conflict recall, third round).

A sentence whose subject is "he", "she" or "the minister" names nobody, yet the article named
the person a sentence before: the claim check compares who with the name the pronoun or role
stands for. Two sentences giving one agent's count of one named thing in other words (no claim
word in common) are a candidate and a conflict when the counts disagree. Every sentence here
is written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.compare import compare_texts
from newsdiff.core.disagreements import agents, disagreeing_fact_pairs, one_agents_count
from newsdiff.core.referents import referent


def resolve(*sentences: str) -> str:
    """The referent of the last sentence, read in an article of ``sentences``."""
    claims = [read_claim(s) for s in sentences]
    return referent(lambda k: claims[k], len(claims) - 1)


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right))


def kinds(result: ClaimCheck) -> list[tuple[str, str, str]]:
    return [(d.kind, d.left, d.right) for d in result.evidence.disagree]


# ---------------------------------------------------------------- whom the subject stands for


def test_he_and_she_stand_for_the_named_subject_before() -> None:
    assert (
        resolve("Port director Ada Okafor met the union.", "She said 450 containers were stuck.")
        == "okafor"
    )
    assert (
        resolve('"We will not back down," Tom Hale said.', "He left the talks at noon.") == "hale"
    )
    # "he added" carries the same person on: read further back
    assert (
        resolve(
            "Judge Anna Voss chairs the pier inquiry.",
            "Voss opened the inquiry on Monday.",
            "He added that it would last a week.",
            "He said 40 witnesses would speak.",
        )
        == "voss"
    )


def test_a_role_stands_for_the_person_written_with_that_title() -> None:
    article = (
        "Finance Minister Ada Okafor presented the budget on Tuesday.",
        "Opposition members walked out of the chamber.",
        "The minister said the deficit would fall to 2 percent.",
    )
    assert resolve(*article) == "okafor"


def test_the_company_stands_for_the_organisation_named_before() -> None:
    assert (
        resolve(
            "The ferry firm Ferrolink runs the crossing.",
            "Ferrolink cancelled every crossing.",
            "The company said 12 boats were idle.",
        )
        == "ferrolink"
    )
    # the nearest named subject is a person: "the company" is not told
    assert (
        resolve("Ada Okafor cancelled every crossing.", "The company said 12 boats were idle.")
        == ""
    )


def test_nothing_is_resolved_when_it_cannot_be_told() -> None:
    # the sentence names its own subject; "a minister" is not definite; another subject between
    assert resolve("Voss opened the inquiry.", "Okafor said 40 witnesses would speak.") == ""
    assert (
        resolve("Finance Minister Ada Okafor spoke.", "A minister said the deficit would fall.")
        == ""
    )
    assert (
        resolve(
            "Voss opened the inquiry.", "The witnesses arrived late.", "He said 40 would speak."
        )
        == ""
    )
    # "it" and "they" are too often a thing or a crowd
    assert resolve("Voss opened the inquiry.", "They said 40 witnesses would speak.") == ""
    assert resolve("He said 40 witnesses would speak.") == ""  # nobody named before


def test_the_referent_is_an_agent_of_the_sentence() -> None:
    claim = replace(
        read_claim("He said the strike had stranded 450 containers."), referent="okafor"
    )
    assert agents(claim) == {"okafor"}
    assert "okafor" in claim.who


# ---------------------------------------------------------------- one agent's count, other words


OKAFOR = "Okafor said the strike had stranded 450 containers on the quay."


@pytest.mark.parametrize(
    ("right", "conflict"),
    [
        # the conflict: Okafor's count of containers, in other words
        ("Speaking on local radio, Okafor said 300 containers sat idle at the terminal.", True),
        ("Okafor told local radio that some 300 containers were stuck at the terminal.", True),
        # rounding and approximation are no conflict
        ("Okafor told local radio that some 460 containers were stuck at the terminal.", False),
        ("Okafor told local radio that about 500 containers were stuck at the terminal.", False),
        # rounding: a plain figure allows 5%
        ("Speaking on local radio, Okafor said 447 containers sat idle at the terminal.", False),
        # a count of another thing: a different fact
        ("Speaking on local radio, Okafor said 300 trucks sat idle at the terminal.", False),
        # another agent's count: not one claim
        ("Hale told local radio that some 300 containers were stuck at the terminal.", False),
        # a count of people is too general to be one fact
        ("Okafor told local radio that some 300 people were stuck at the terminal.", False),
        # two counts of the noun in one sentence: may be telling two counts apart
        ("Okafor said 300 containers left on Monday and 120 containers on Tuesday.", False),
    ],
)
def test_one_agents_count_in_other_words(right: str, conflict: bool) -> None:
    assert one_agents_count(read_claim(OKAFOR), read_claim(right)) is conflict
    assert one_agents_count(read_claim(right), read_claim(OKAFOR)) is conflict
    outcome = check(OKAFOR, right).outcome
    assert (outcome == "conflict") is conflict
    assert (check(right, OKAFOR).outcome == "conflict") is conflict


def test_the_route_proposes_one_agents_count_worded_differently() -> None:
    left = [read_claim(OKAFOR), read_claim("The ferry to Selby Head carried 40 passengers.")]
    right = [
        read_claim("Speaking on local radio, Okafor said 300 containers sat idle at the terminal."),
        read_claim("Hale said the ferry carried 55 cars."),
    ]
    assert disagreeing_fact_pairs(left, right) == [(0, 0)]
    assert disagreeing_fact_pairs(right, left) == [(0, 0)]


# ---------------------------------------------------------------- whole comparisons


LEFT = (
    "Kessing dockers walk out\n\n"
    "Dockers at the port of Kessing walked out on Monday over pay. "
    "Port director Ada Okafor met union leaders in the afternoon. "
    "She said the strike had stranded 450 containers on the quay. "
    "Talks are due to resume on Thursday."
)


def _conflicts(left: str, right: str) -> list[tuple[int, int, list[tuple[str, str, str]]]]:
    comparison = compare_texts(left, right)
    return [
        (s.sentence.index, link.index, [(d.kind, d.left, d.right) for d in link.evidence.disagree])
        for s in comparison.left.sentences
        for link in s.links
        if link.label == "conflict"
    ]


def test_a_pronoun_subjects_count_conflicts_with_the_named_persons() -> None:
    right = (
        "Strike at Kessing\n\n"
        "A strike over pay closed the port of Kessing on Monday. "
        "Okafor told local radio that some 300 containers were stuck at the terminal. "
        "The union said talks would resume on Thursday."
    )
    assert _conflicts(LEFT, right) == [(3, 2, [("figure", "450", "300")])]
    assert _conflicts(right, LEFT) == [(2, 3, [("figure", "300", "450")])]


def test_a_pronoun_for_someone_else_is_no_conflict() -> None:
    # "She" is the director; the other outlet gives the union leader's count
    right = (
        "Strike at Kessing\n\n"
        "A strike over pay closed the port of Kessing on Monday. "
        "Union leader Tom Hale told local radio that some 300 containers were stuck "
        "at the terminal. "
        "The union said talks would resume on Thursday."
    )
    assert _conflicts(LEFT, right) == []
    agreeing = right.replace("some 300", "some 440")
    assert _conflicts(LEFT, agreeing.replace("Union leader Tom Hale", "Okafor")) == []


_SENTENCES = st.sampled_from(
    [
        "Port director Ada Okafor met the union.",
        "She said 450 containers were stuck.",
        "He added that talks would resume.",
        "The minister said the deficit would fall.",
        "Finance Minister Tom Hale presented the budget.",
        "The company said 12 boats were idle.",
        "Ferrolink cancelled every crossing.",
        "They walked out at noon.",
        '"We will not back down," Voss said.',
        "",
    ]
)


@given(st.lists(_SENTENCES, min_size=1, max_size=8))
def test_a_referent_is_someone_named_earlier_in_the_article(article: list[str]) -> None:
    claims = [read_claim(s) if s else None for s in article]
    found = referent(lambda k: claims[k], len(claims) - 1)
    if found:
        earlier = " ".join(article[:-1]).casefold()
        assert found in earlier


def test_a_title_with_vice_or_deputy_is_another_job() -> None:
    article = (
        "Mayor Ada Okafor opened the session.",
        "Deputy Mayor Tom Hale read the figures.",
        "The mayor said 40 homes would be built.",
    )
    assert resolve(*article) == "okafor"
    assert (
        resolve(
            "Deputy Mayor Tom Hale read the figures.", "The mayor said 40 homes would be built."
        )
        == ""
    )


def test_an_opening_word_that_is_no_name_is_not_a_referent() -> None:
    assert resolve("What are the dockers asking for?", "He said 40 homes would be built.") == ""
    # a capitalised opening word is a name once the article has written it mid-sentence
    assert resolve("Progress, they say, is slow.", "He said 40 homes would be built.") == ""
    article = ("Councillor Sean O'Brien chairs the board.", "O'Brien opened the session.")
    assert resolve(*article, "He said 40 homes would be built.") == "o'brien"


def test_another_countrys_leader_is_not_the_president() -> None:
    article = (
        "President Ana Ruiz met French President Luc Marchand in Lisbon.",
        "French President Luc Marchand spoke first.",
        "The president said 23 steps were needed.",
    )
    assert resolve(*article) == "ruiz"


def test_a_pronoun_inside_a_quotation_is_not_resolved() -> None:
    article = ("Councillor Dominique Okafor met the mayor.", '"He listened to 40 of us," she said.')
    # "she" is the speaker, outside the quotation; the quotation's "he" is not the writer's
    assert resolve(*article) == "okafor"
    assert resolve(article[0], '"He listened to 40 of us."') == ""


def test_a_quotation_paragraph_still_open_is_quoted() -> None:
    article = ("Councillor Dominique Okafor met the mayor.", "\u201cHe listened to 40 of us.")
    assert resolve(*article) == ""


def test_a_title_before_a_surname_alone_names_the_role() -> None:
    article = (
        "President Ruiz called for a new budget.",
        "The president said 23 steps were needed.",
    )
    assert resolve(*article) == "ruiz"
    assert (
        resolve("Vice President Hale spoke first.", "The president said 23 steps were needed.")
        == ""
    )
    assert (
        resolve("French President Marchand spoke.", "The president said 23 steps were needed.")
        == ""
    )
