"""Shared words only in an elaborating tail: ", including …".

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). A sentence
whose words in common with the other lie only in its ", including …" tail ("…, including the
commissioner's decision to resign") tells other news; the rule is checked both ways round,
next to the nearest paraphrases it keeps.
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


def test_a_tail_with_the_same_main_clause_around_it_stays_linked() -> None:
    # the other sentence tells the same main clause, with or without the examples
    left = (
        "The auditors questioned the mayor's budget, including the commissioner's decision "
        "to resign from the dredging inquiry."
    )
    right = "The auditors have questioned the mayor's budget for the harbour."
    for result in _both_ways(left, right):
        assert result.outcome == "paraphrased"


def test_a_participial_tail_is_no_background() -> None:
    # measured and not adopted: ", showing how …" may carry the news the other sentence tells
    left = (
        "Nine fishermen testified at Tuesday's hearing, showing how the dredging dispute grew "
        "into a fight over the harbour budget."
    )
    right = "The dredging dispute over the harbour grew into a fight over the budget."
    for result in _both_ways(left, right):
        assert result.outcome == "paraphrased"


def test_a_parenthetical_comma_ends_no_tail() -> None:
    # ", including the mayor, voted …" goes on with the main clause
    left = (
        "Several councillors, including the mayor, voted to resume the dredging of the oyster beds."
    )
    right = "The mayor voted on Tuesday to resume the dredging of the oyster beds."
    for result in _both_ways(left, right):
        assert result.outcome == "paraphrased"
