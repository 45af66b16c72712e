"""Shared words only in an elaborating tail: ", including …" or a participial phrase.

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). A sentence
whose words in common with the other lie only in its tail ("…, including the commissioner's
decision to resign") tells other news; each rule is checked both ways round, next to the
nearest paraphrase it keeps.
"""

from __future__ import annotations

from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.news_clause import TAIL_NOTE


def _both_ways(left: str, right: str, verbatim: float = 30.0) -> list:
    return [
        check_claims(read_claim(left), read_claim(right), verbatim=verbatim),
        check_claims(read_claim(right), read_claim(left), verbatim=verbatim),
    ]


RESIGNED = "The harbour commissioner had already resigned from the dredging inquiry."
AUDITORS_INCLUDING = (
    "Most of the auditors' questions concern the mayor's budget, including the "
    "commissioner's decision to resign from the dredging inquiry."
)
QUIT_CITING = (
    "The harbour commissioner quit the dredging inquiry last spring, citing the mayor's budget."
)


def test_shared_words_only_in_an_including_tail_are_another_claim() -> None:
    for result in _both_ways(RESIGNED, AUDITORS_INCLUDING):
        assert result.outcome == "not linked"
        assert result.evidence.note == TAIL_NOTE


def test_the_same_news_with_a_tail_stays_linked() -> None:
    # the main clauses share the resignation: the tail only adds a reason
    for result in _both_ways(RESIGNED, QUIT_CITING):
        assert result.outcome == "paraphrased"


HEARING_SHOWING = (
    "Nine fishermen testified at Tuesday's hearing, showing how the dredging dispute grew "
    "into a fight over the harbour budget."
)
DISPUTE_BEGAN = "The dredging dispute over the harbour began in March."


def test_shared_words_only_in_a_participial_tail_are_another_claim() -> None:
    for result in _both_ways(HEARING_SHOWING, DISPUTE_BEGAN):
        assert result.outcome == "not linked"
        assert result.evidence.note == TAIL_NOTE


def test_the_same_testimony_with_a_participial_tail_stays_linked() -> None:
    # the main clauses share the testimony: the tail is an elaboration of one claim
    other = "Nine fishermen testified on Tuesday at the harbour hearing."
    for result in _both_ways(HEARING_SHOWING, other):
        assert result.outcome == "paraphrased"


MARCH_SAYING = (
    "Fishermen marched on the town hall on Tuesday, saying the dredging would ruin the "
    "oyster beds of Marlow Bay."
)
DREDGING_RUINS = "The dredging would ruin the oyster beds of Marlow Bay."


def test_a_speech_participle_carries_the_claim() -> None:
    # ", saying …" reports what the fishermen said: no tail, the pair stays linked
    for result in _both_ways(MARCH_SAYING, DREDGING_RUINS):
        assert result.outcome == "paraphrased"


def test_a_parenthetical_comma_ends_no_tail() -> None:
    # ", representing the trust, that …" goes on with the main clause's object
    left = (
        "Several councillors appeared to agree with Ada Brin, representing the trust, that "
        "the dredging would ruin the oyster beds."
    )
    right = "Ada Brin, a lawyer for the trust, said the dredging would ruin the oyster beds."
    assert TAIL_NOTE not in {r.evidence.note for r in _both_ways(left, right)}
