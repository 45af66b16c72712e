"""A named speaker's statement about a thing is not another named person's act.

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). The
who-rules read a statement's *reported* clause; when its subject is a thing or a pronoun
("'The fee rise ruined every fisherman,' Hale said"), the speaker is the sentence's named
agent, and a sentence about what someone else did is another claim. Each look-alike is
checked both ways round, next to the nearest paraphrases the rule must keep: the statement
names the other's agent, both state one figure, the statement states a state ("the deal is
done"), or the other sentence tells the stated deed itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.clauses import read_clause
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.speaker_statements import speaker_or_core, stated_apart


def _both_ways(left: str, right: str) -> list:
    return [
        check_claims(read_claim(left), read_claim(right), verbatim=30.0),
        check_claims(read_claim(right), read_claim(left), verbatim=30.0),
    ]


# Hale's words about the fee rise (a thing) / what Voss did: two claims
HALE_ON_FEES = '"The fee rise ruined every fisherman in the bay," Hale said on Tuesday.'
VOSS_OPPOSED = "Like several councillors in Marlow Bay, Voss had opposed the fee rise last spring."
# Hale's words with a pronoun subject ("they")
HALE_ON_THEM = '"They want to run our harbour from an office in the capital," Hale said.'
VOSS_CHARTER = "Like several councillors in Marlow Bay, Voss had opposed the new harbour charter."


def test_a_speakers_statement_and_another_persons_act_are_two_claims() -> None:
    for left, right in ((HALE_ON_FEES, VOSS_OPPOSED), (HALE_ON_THEM, VOSS_CHARTER)):
        for result in _both_ways(left, right):
            assert result.outcome == "not linked"
            assert "hale say" in result.evidence.note and "voss oppos" in result.evidence.note


# kept: the statement names the other's agent (Hale speaks of Voss)
HALE_ON_VOSS = '"They never planned for the fees, and Voss knows it," Hale said.'
VOSS_FEE_RISE = "Ada Voss opposed the harbour fee rise last spring."
# kept: one figure stated by both (the speaker is the source of the other's fact)
HALE_FIGURE = '"The fees rose 40 per cent in a year," Hale said.'
VOSS_FIGURE = "Ada Voss raised harbour fees by 40 per cent last spring."
# kept: the other sentence tells the stated deed itself ("will close" / "will close")
HALE_CLOSING = '"The harbour will close for repairs next week," Hale said.'
VOSS_CLOSING = "Ada Voss will shut the harbour and close the quay for repairs next week."
# kept: an organisation speaks for the people in it ("the agency said")
AGENCY_SAID = '"We will stop all work on the new pier," the Marlow Bay Harbour Agency said.'
VOSS_HALTED = "Ada Voss halted the new pier in Marlow Bay in May."
# kept: "the skipper" may be the other sentence's named skipper
HALE_SKIPPER = '"The skipper steered the trawler onto the rocks," Hale said.'
BRIN_STEERED = "Ian Brin took the trawler through the narrows at night."
# kept: a state ("the deal is done") may be the other's deed told as its outcome
HALE_DONE = '"The dredging deal for the harbour is done," Hale said on Monday.'
VOSS_SIGNED = "Ada Voss signed the dredging deal for the harbour on Monday."
KEPT = {
    "names": (HALE_ON_VOSS, VOSS_FEE_RISE),
    "figure": (HALE_FIGURE, VOSS_FIGURE),
    "verb": (HALE_CLOSING, VOSS_CLOSING),
    "organisation": (AGENCY_SAID, VOSS_HALTED),
    "definite": (HALE_SKIPPER, BRIN_STEERED),
    "state": (HALE_DONE, VOSS_SIGNED),
}
"""The nearest paraphrase shapes, by the guard of :func:`stated_apart` that keeps each."""


def test_a_statement_that_may_tell_the_others_fact_stays_linked() -> None:
    for left, right in KEPT.values():
        for result in _both_ways(left, right):
            assert result.outcome != "not linked", (left, right, result.evidence.note)


def test_one_speaker_told_two_ways_stays_linked() -> None:
    # the speaker's statement and the writer's report of it: one person, one claim
    for result in _both_ways(
        HALE_ON_FEES, "Hale said on Tuesday that the fee rise ruined every fisherman in the bay."
    ):
        assert result.outcome != "not linked"


def test_the_speaker_acts_only_when_the_reported_subject_is_no_name() -> None:
    thing = read_clause(HALE_ON_FEES)
    assert speaker_or_core(thing, thing.core).subject == "hale"
    named = read_clause("Hale said Voss had opposed the fee rise.")
    assert speaker_or_core(named, named.core).subject == "voss"
    # "he" is the speaker's own act, read by the who-rules already: its verb is the deed
    for result in _both_ways("Hale said he would fight the fee rise.", VOSS_OPPOSED):
        assert "hale fight" in result.evidence.note


_NAMES = st.sampled_from(["Hale", "Voss", "Brin", "Ortiz", "Marsh"])


@given(_NAMES, _NAMES)
def test_a_statement_naming_the_others_agent_is_never_apart(speaker: str, agent: str) -> None:
    statement = f'"{agent} has never had a plan for the fees," {speaker} said.'
    other = f"{agent} opposed the fee rise last spring."
    frame = read_clause(statement)
    assert not stated_apart(frame, statement, read_clause(other), other)


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "speaker_statements"


def _links(left: str, right: str) -> tuple[dict[str, set[str]], list[str]]:
    """Each left sentence's linked right sentences, by text, as the app compares the two
    articles; and the right article's sentences."""
    comparison = compare_articles(load_article(FIXTURES / left), load_article(FIXTURES / right))
    rights = [a.sentence.text for a in comparison.right.sentences]
    links = {
        a.sentence.text: {rights[link.index] for link in a.links} for a in comparison.left.sentences
    }
    return links, rights


def _one(texts: Iterable[str], words: str) -> str:
    return next(t for t in texts if words in t)


def test_two_articles_keep_the_statement_apart_and_the_paraphrases_linked() -> None:
    links, courier = _links("marlow_gazette.txt", "marlow_courier.txt")
    ruin = _one(links, "will ruin every small trawler crew")
    assert _one(courier, "Ian Brin had opposed") not in links[ruin]  # Hale's words / Brin's act
    # kept: one figure from two sources; one speaker told two ways
    assert _one(courier, "put the cost") in links[_one(links, "will cost 2 million")]
    assert _one(courier, "Voss said the extra money") in links[_one(links, "Ada Voss, the board")]
