"""The look-alike kinds of the second look-alike round, each with the nearest paraphrase it keeps.

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). Each rule is
checked both ways round (left/right swapped): a look-alike is not linked whichever article it
is in, and the paraphrase next to it stays linked.
"""

from __future__ import annotations

import pytest
from newsdiff.core.background import condition_span
from newsdiff.core.claims import check_claims, read_claim


def _both_ways(left: str, right: str, verbatim: float = 30.0) -> list:
    return [
        check_claims(read_claim(left), read_claim(right), verbatim=verbatim),
        check_claims(read_claim(right), read_claim(left), verbatim=verbatim),
    ]


def _notes(left: str, right: str, verbatim: float = 30.0) -> list[str]:
    return [r.evidence.note for r in _both_ways(left, right, verbatim)]


# Two things doing two things: a common-noun subject, another verb, neither subject named in
# the other sentence.
STORM = "The storm surge flooded the Marlow Bay crossing overnight."
VOLUNTEERS = "Two volunteers cleared the Marlow Bay crossing by noon."
SURGE_AGAIN = "Floodwater from the storm surge covered the Marlow Bay crossing overnight."


def test_two_things_doing_two_things_are_not_linked() -> None:
    for result in _both_ways(STORM, VOLUNTEERS):
        assert result.outcome == "not linked"
        assert result.evidence.note.startswith("different actions: ")


def test_a_subject_the_other_sentence_names_keeps_the_paraphrase() -> None:
    # "floodwater from the storm surge" / "the storm surge": the other sentence names it
    for result in _both_ways(STORM, SURGE_AGAIN):
        assert result.outcome == "paraphrased"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a role may stand for the named person
        (
            "The harbour chief closed the Marlow Bay crossing on Monday.",
            "Ada Brin shut the Marlow Bay crossing to traffic on Monday.",
        ),
        # a thing of a person's may be that person's act in other words
        (
            "Brin's order shut the Marlow Bay crossing on Monday.",
            "Ada Brin closed the Marlow Bay crossing on Monday.",
        ),
        # a pronoun: who is meant is in the sentence before
        (
            "It shut the Marlow Bay crossing on Monday.",
            "Ada Brin closed the Marlow Bay crossing on Monday.",
        ),
        # one verb: one event, told from two sides
        (
            "The storm surge flooded the Marlow Bay crossing overnight.",
            "Heavy rain flooded the Marlow Bay crossing overnight.",
        ),
    ],
)
def test_actors_that_may_be_one_are_left_linked(left: str, right: str) -> None:
    assert not any(n.startswith("different actions") for n in _notes(left, right))


# What one sentence shares lies in its background (a condition, a relative clause, an
# apposition), and it is the other sentence's news.
IF_MARINA = "If the council approves the marina, the harbour trust will sue the town."
MARINA_VOTE = "The council approved the Marlow Bay marina on Tuesday."
TRUST_SUES = "The harbour trust says it will take the town to court if councillors back the marina."
BRIN_APPOSED = (
    "Ada Brin, a councillor who voted for the Marlow Bay marina, said the harbour needs dredging."
)
COUNCIL_VOTED = "The council voted for the Marlow Bay marina on Tuesday."
BRIN_DREDGING = "Councillor Ada Brin said the harbour needed dredging before the marina opens."


def test_a_condition_repeated_as_news_is_another_claim() -> None:
    for note in _notes(IF_MARINA, MARINA_VOTE):
        assert note == "shared words only in the background: different claim"


def test_the_same_consequence_stays_linked() -> None:
    # the main clause (the trust will sue) is what the other sentence says too
    for result in _both_ways(IF_MARINA, TRUST_SUES):
        assert result.outcome == "paraphrased"


def test_an_apposition_repeated_as_news_is_another_claim() -> None:
    for note in _notes(BRIN_APPOSED, COUNCIL_VOTED):
        assert note == "shared words only in the background: different claim"


def test_the_same_claim_with_or_without_the_apposition_stays_linked() -> None:
    for result in _both_ways(BRIN_APPOSED, BRIN_DREDGING):
        assert result.outcome == "paraphrased"


def test_one_named_subject_keeps_news_told_in_other_words() -> None:
    # "will skip the vote" / "whose vote was expected, will be abroad": one person's act
    left = "Mayor Tom Hale will skip the marina vote."
    right = "Mayor Tom Hale, whose vote on the marina was expected, will be abroad that week."
    # linked (whether the date rule of the conflict check calls the two days a conflict is
    # that rule's business: it is read before this one)
    for result in _both_ways(left, right):
        assert result.outcome != "not linked"


def test_background_inside_a_quotation_is_the_speakers_own() -> None:
    left = "“If the town wants a marina, it should pay for the dredging,” Brin said."
    right = "The town wants a marina at Marlow Bay, the council said."
    assert "background" not in " ".join(_notes(left, right))


def test_condition_span_reads_openings_only() -> None:
    text = "But if the council approves the marina, the trust will sue."
    span = condition_span(text)
    assert span is not None and text[span[0] : span[1]] == "But if the council approves the marina,"
    assert condition_span("The trust will sue if the council approves the marina.") is None
    assert condition_span("Although it rained") is None  # no comma: no main clause after it


# Another time: main clauses dated on different days, too little in common for a conflict.
SUNDAY_MEETING = "The mayor and the harbour trust met on Sunday at the town hall."
THURSDAY_MEETING = (
    "Thursday's meeting between the mayor and the trust was their second in a week, and "
    "followed two phone calls about the dredging contract."
)
SUNDAY_AGAIN = "On Sunday the harbour trust held talks with the mayor at the town hall."


def test_the_same_setting_on_two_days_is_two_events() -> None:
    for result in _both_ways(SUNDAY_MEETING, THURSDAY_MEETING):
        assert result.outcome == "not linked"
        assert result.evidence.note.startswith("another time: ")


def test_the_same_event_on_the_same_day_stays_linked() -> None:
    for result in _both_ways(SUNDAY_MEETING, SUNDAY_AGAIN):
        assert result.outcome == "paraphrased"


def test_one_claim_on_two_dates_is_still_a_conflict() -> None:
    left = "The Marlow Bay bridge reopened to traffic on Monday after six weeks of repairs."
    right = "The Marlow Bay bridge reopened to traffic on Tuesday after six weeks of repairs."
    for result in _both_ways(left, right, verbatim=90.0):
        assert result.outcome == "conflict"
        assert [d.kind for d in result.evidence.disagree] == ["date"]


def test_a_date_of_the_background_is_not_another_time() -> None:
    left = "The mayor, who was elected in 2019, met the harbour trust at the town hall."
    right = "The mayor met the harbour trust at the town hall, her first visit since 2021."
    assert not any(n.startswith("another time") for n in _notes(left, right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the day of a subordinate act: the medical, not the signing
        (
            "Tomas Vela has signed a five-year contract with Marlow Rovers after passing a "
            "medical on Tuesday.",
            "Marlow Rovers have signed Tomas Vela on a five-year contract, the club said on "
            "Wednesday.",
        ),
    ],
)
def test_a_date_of_another_act_or_of_the_saying_is_not_another_time(left: str, right: str) -> None:
    # linked (whether the date rule of the conflict check calls the two days a conflict is
    # that rule's business: it is read before this one)
    for result in _both_ways(left, right):
        assert result.outcome != "not linked"


def test_one_capitalised_opening_word_is_not_read_as_a_thing() -> None:
    # "Volunteers" or "Marlow"? One capitalised word opening a sentence may be a name
    left = "Volunteers cleared the Marlow Bay crossing by noon."
    assert not any(n.startswith("different actions") for n in _notes(STORM, left))


def test_a_definite_description_may_be_the_named_person() -> None:
    # "the skipper" is Ada Brin in other words: the description is not another actor
    left = "The skipper chose to sail the lifeboat out of Marlow Bay despite the storm."
    right = "Ada Brin has taken the Marlow Bay lifeboat out into the storm."
    assert not any(n.startswith("different actions") for n in _notes(left, right))
    # while a plural or indefinite thing against a name still reads as two actors
    things = "Two volunteers cleared the Marlow Bay slipway before the lifeboat launched."
    assert all(n.startswith("different actions") for n in _notes(things, right))


# One speaker, two statements: both report the same person, the reported clauses differ.
BRIN_SAFETY = (
    "Councillor Ada Brin said on Monday that she understands why the fishermen distrust the "
    "harbour board."
)
BRIN_EYES = (
    "MARLOW BAY — Councillor Ada Brin said on Monday that the eyes of the whole county are on "
    "the little harbour."
)
BRIN_SAFETY_AGAIN = (
    "Ada Brin told reporters on Monday that she understood the fishermen's distrust of the "
    "harbour board."
)


def test_one_speaker_two_statements_are_not_linked() -> None:
    for result in _both_ways(BRIN_SAFETY, BRIN_EYES):
        assert result.outcome == "not linked"
        assert result.evidence.note.startswith("one speaker, different statements: ")


def test_one_speaker_one_statement_stays_linked() -> None:
    for result in _both_ways(BRIN_SAFETY, BRIN_SAFETY_AGAIN):
        assert result.outcome == "paraphrased"
    # the reported subject named in the other sentence: one statement, told two ways
    left = "Ada Brin said the harbour board would reopen the quay by Friday."
    right = "Ada Brin said she expected the harbour board to reopen the quay by Friday."
    for result in _both_ways(left, right):
        assert result.outcome != "not linked"
