"""The look-alike rules compare who acts and who speaks through ``Claim.referent``.

A sentence whose subject is "she" or "the minister" stands for a person the article named
before (:mod:`newsdiff.core.referents`). Another person there makes a look-alike (not
linked); the same person keeps the paraphrase. Invented sentences.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from newsdiff.core.claim import Claim
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.compare import compare_texts
from newsdiff.core.lookalikes import different_actions, different_subjects


def _claim(text: str, referent: str = "", speakers: tuple[str, ...] = ()) -> Claim:
    return replace(read_claim(text, speakers), referent=referent)


def _note(left: Claim, right: Claim) -> str:
    check = check_claims(left, right)
    return check.evidence.note if check.outcome == "not linked" else check.outcome


PLEA = "She pleaded guilty to smuggling diesel through the harbour on Tuesday."
NAMED = "Ada Brin has pleaded guilty to smuggling diesel through the harbour."


def test_a_pronoun_for_another_person_is_a_different_subject() -> None:
    assert different_subjects(PLEA, NAMED, ("voss", "")) == ("voss", "Brin")
    assert different_subjects(NAMED, PLEA, ("", "voss")) == ("Brin", "voss")
    assert _note(_claim(PLEA, "voss"), _claim(NAMED)).startswith("different subjects")
    assert _note(_claim(NAMED), _claim(PLEA, "voss")).startswith("different subjects")


def test_a_pronoun_for_the_same_person_keeps_the_paraphrase() -> None:
    assert different_subjects(PLEA, NAMED, ("brin", "")) is None
    assert _note(_claim(PLEA, "brin"), _claim(NAMED)) in ("paraphrased", "shared")
    assert _note(_claim(NAMED), _claim(PLEA, "brin")) in ("paraphrased", "shared")


def test_without_a_referent_a_pronoun_is_not_compared() -> None:
    assert different_subjects(PLEA, NAMED) is None


ROLE = "The minister closed the ferry terminal at Kessing on Friday."
DEED = "Finance Minister Ada Okafor shut the ferry terminal at Kessing on Friday."


@pytest.mark.parametrize(("referent", "different"), [("okafor", False), ("hale", True)])
def test_a_role_subject_is_the_titled_person(referent: str, different: bool) -> None:
    found = different_actions(ROLE, DEED, (referent, ""))
    assert (found is not None) is different
    assert (different_actions(DEED, ROLE, ("", referent)) is not None) is different
    linked = _note(_claim(ROLE, referent), _claim(DEED)) in ("paraphrased", "shared")
    assert linked is not different


def test_a_named_subject_before_has_is_read() -> None:
    assert different_subjects("Mr. Hale has resigned from the board.", PLEA, ("", "brin"))


TOLD = "He said the ferry port would reopen on Monday."
QUOTED = '"The ferry port will reopen on Monday," he told reporters.'


def test_a_told_speaker_against_another_speaker_is_not_linked() -> None:
    left = _claim(TOLD, "okafor")
    right = _claim(QUOTED, speakers=("Tom Hale",))
    assert _note(left, right) == "different speakers: okafor / Tom Hale"
    assert _note(right, left) == "different speakers: Tom Hale / okafor"


@pytest.mark.parametrize(
    ("referent", "speakers"),
    [
        ("okafor", ("Ada Okafor",)),  # the same speaker
        ("okafor", ("Representatives",)),  # one capitalised word: the other side is unsure
        ("okafor", ("Mr Hale",)),  # a title and a surname: no full name either
        ("okafor", ("the harbour official",)),  # a role: nobody named
        ("", ("Tom Hale",)),  # nobody told who "he" is
    ],
)
def test_a_told_speaker_keeps_the_link_unless_both_speakers_are_sure(
    referent: str, speakers: tuple[str, ...]
) -> None:
    left, right = _claim(TOLD, referent), _claim(QUOTED, speakers=speakers)
    assert _note(left, right) in ("paraphrased", "shared")
    assert _note(right, left) in ("paraphrased", "shared")


LEFT = (
    "Smuggling case at Kessing\n\n"
    "Harbour pilot Ada Brin appeared in court on Tuesday. "
    "She pleaded guilty to smuggling diesel through the harbour. "
    "The court will sentence her in May."
)


@pytest.mark.parametrize(("named", "linked"), [("Ada Brin", True), ("Tom Hale", False)])
def test_in_a_comparison_the_article_tells_who_she_is(named: str, linked: bool) -> None:
    right = (
        "Diesel smuggling\n\n"
        f"In court, {named} pleaded guilty to the diesel smuggling charges. "
        "A ruling is expected in May."
    )
    for a, b in ((LEFT, right), (right, LEFT)):
        comparison = compare_texts(a, b)
        links = {
            (s.sentence.index, link.index)
            for s in comparison.left.sentences
            for link in s.links
            if link.label in ("paraphrased", "shared")
        }
        pair = (2, 1) if a is LEFT else (1, 2)
        assert (pair in links) is linked


ORG_SAID = "In a letter last week, the Harbour Department noted it could not pay for the repairs."
HE_SAID = "Speaking on local radio, he said he would fight the closure of the pier."


def test_an_organisation_speaking_of_itself_as_it_acts() -> None:
    # "the Harbour Department noted it could not pay": the department cannot pay
    assert different_actions(ORG_SAID, HE_SAID, ("", "hale")) is not None
    assert different_actions(HE_SAID, ORG_SAID, ("hale", "")) is not None
    same = "The Harbour Department said it had no money for the repairs."
    assert different_actions(ORG_SAID, same) is None


def test_a_persons_it_is_not_the_person() -> None:
    said = "Speaking on local radio, Tom Hale said it would take a year to repair the pier."
    # "it" is a thing, not Hale: Hale's act is his saying (two people's two statements;
    # core/speaker_statements.py), never "hale take"
    assert different_actions(said, HE_SAID, ("", "brin")) == ("hale say", "brin fight")


REPORTED = "The Kessing Harbour Board will pay for the sea wall, Mayor Lena Hale said."
WHAT_SHE_DID = "She emphasized that the Kessing Harbour Board will pay for the sea wall."


@pytest.mark.parametrize(("referent", "linked"), [("hale", True), ("okafor", False)])
def test_a_pronoun_for_the_other_sentences_speaker_is_one_claim(
    referent: str, linked: bool
) -> None:
    """ "She emphasized that X" (she = the other's speaker) and "X, Hale said" are one person's
    claim told two ways; she standing for someone else keeps the look-alike."""
    reported = _claim(REPORTED, speakers=("Lena Hale",))
    done = _claim(WHAT_SHE_DID, referent)
    for left, right in ((reported, done), (done, reported)):
        assert (_note(left, right) in ("paraphrased", "shared")) is linked
