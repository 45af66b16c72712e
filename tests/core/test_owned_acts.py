"""A possessive names a person's act only when it owns an act ("Hale's claims", not "Hale's pier").

Every sentence is written for these tests (an imaginary harbour town, Marlow Bay). The
who-rules leave two people's sentences linked when one speaks of the other's act in the
possessive; a possessive that owns a thing ("Hale's proposed pier", "Hale's office") no longer
keeps them linked. Each rule is checked both ways round, next to the nearest paraphrase it keeps.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.owned_acts import ACT_NOUNS, names_as_party, possessive_act


def _both_ways(left: str, right: str, verbatim: float = 30.0) -> list:
    return [
        check_claims(read_claim(left), read_claim(right), verbatim=verbatim),
        check_claims(read_claim(right), read_claim(left), verbatim=verbatim),
    ]


# Voss acts on a thing of Hale's; Hale tells his own plan: two people's two deeds
VOSS_WONT_PAY = (
    "Ada Voss made it plain that she will not pay for any part of Tom Hale's proposed pier."
)
HALE_PLAN = (
    "Tom Hale laid out his scheme for a long new pier across the bay, a plan that Ada Voss "
    "has fought."
)
# Voss answers Hale's claims: one exchange told from two sides
VOSS_ANSWERS = "Ada Voss rejected Tom Hale's claims that she would pay for the pier across the bay."
HALE_CLAIMS = "Tom Hale claimed that Ada Voss would pay for the giant pier across the bay."


def test_a_possessive_of_a_thing_leaves_two_deeds_apart() -> None:
    for result in _both_ways(VOSS_WONT_PAY, HALE_PLAN):
        assert result.outcome == "not linked"
        assert "hale's proposed pier: an owner, not an act" in result.evidence.note


def test_a_possessive_of_an_act_keeps_the_two_sides_linked() -> None:
    for result in _both_ways(VOSS_ANSWERS, HALE_CLAIMS):
        assert result.outcome != "not linked"


# one names the other only as the owner of an office: two people, two statements
ORTIZ_REGRETS = "Ortiz said he regretted that Brandt could not meet the harbour council."
BRANDT_LETTER = (
    "In a note that Mr. Ortiz's office made public, Mr. Brandt said such a meeting could "
    "deepen the dispute over the dredging."
)
# each names the other as a party to one meeting: one event from two sides
ORTIZ_MET = "Ortiz met Brandt on Tuesday to discuss the dredging of the harbour."
BRANDT_MET = "Brandt met Ortiz at the harbour office on Tuesday about the dredging."


def test_a_name_only_as_an_owner_is_no_party_to_the_other_sentence() -> None:
    for result in _both_ways(ORTIZ_REGRETS, BRANDT_LETTER):
        assert result.outcome == "not linked"
        assert "ortiz's office: an owner, not an act" in result.evidence.note


def test_two_sentences_naming_each_other_as_parties_stay_linked() -> None:
    for result in _both_ways(ORTIZ_MET, BRANDT_MET):
        assert result.outcome != "not linked"


def test_the_possessive_readings() -> None:
    assert possessive_act("hale", "voss denied hale's claims on tuesday")
    assert possessive_act("hale", "voss answered hale’s initial response")
    assert not possessive_act("hale", "voss visited hale's office")
    assert not possessive_act("hale", "the pier is not hale's")
    assert names_as_party("hale", "voss met hale on tuesday")
    assert names_as_party("hale", "voss turned down hale's request")
    assert not names_as_party("hale", "a letter from hale's office")
    assert not names_as_party("hale", "a letter from the office of shale")


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10)


@given(_WORD, _WORD, _WORD)
def test_an_owned_act_always_makes_the_name_a_party(name: str, before: str, after: str) -> None:
    for act in sorted(ACT_NOUNS)[:: max(1, len(ACT_NOUNS) // 8)]:
        text = f"{before} {name}'s {act} {after}"
        assert possessive_act(name, text)
        assert names_as_party(name, text)
