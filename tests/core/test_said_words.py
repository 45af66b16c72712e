"""One speaker, two statements whose said words never meet (a quotation has no clause to read).

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). Each pair is
checked both ways round; the rule is set next to the nearest paraphrases it keeps.
"""

from __future__ import annotations

from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.said_words import NOTE


def _both_ways(left: str, right: str, verbatim: float = 30.0) -> list:
    return [
        check_claims(read_claim(left), read_claim(right), verbatim=verbatim),
        check_claims(read_claim(right), read_claim(left), verbatim=verbatim),
    ]


FEAR = "Hale said the council had nothing to fear if the auditors found nothing wrong."
BILL = (
    "\u201cBecause it lets the fishermen go to court over their losses, the pier bill is close "
    "to my heart,\u201d Hale said on Wednesday."
)


def test_one_speakers_two_statements_with_nothing_said_in_common_are_not_linked() -> None:
    for result in _both_ways(FEAR, BILL):
        assert result.outcome == "not linked"
        assert result.evidence.note == NOTE


def test_one_statement_quoted_and_reported_stays_linked() -> None:
    quoted = "\u201cWe will not pay a single penny for that pier,\u201d Hale told Radio Kestrel."
    reported = "Hale said the council would never pay for the new pier."
    for result in _both_ways(quoted, reported):
        assert result.outcome != "not linked"


def test_one_statement_in_other_words_with_one_word_in_common_stays_linked() -> None:
    quoted = "\u201cThe fees at the harbour are much too high for the fishermen,\u201d Hale said."
    reported = "Hale said the harbour fees were far too steep."
    for result in _both_ways(quoted, reported):
        assert result.outcome != "not linked"


def test_a_one_word_statement_says_too_little_to_be_another() -> None:
    # "Christian" is a name: what is said has one core word left, too few to compare
    left = "\u201cI never suggested that the mayor is no Christian,\u201d Hale said."
    right = (
        "\u201cI have said again and again that I believe the mayor is a Christian,\u201d "
        "Hale said."
    )
    for result in _both_ways(left, right):
        assert result.evidence.note != NOTE


def test_two_speakers_are_left_to_the_speaker_rule() -> None:
    left = "Voss said the council had nothing to fear if the auditors found nothing wrong."
    for result in _both_ways(left, BILL):
        assert result.evidence.note != NOTE
