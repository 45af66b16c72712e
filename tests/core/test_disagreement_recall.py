"""Conflict recall: disagreeing figures proposed whatever their score, predictions that
disagree, one claim told of two people with one surname.

Every sentence here is written for these tests; ``tests/fixtures/disagreements/`` holds two
short articles by two imaginary outlets on one story, with one disagreement of each kind.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conflict_rows import conflict_disagreements
from newsdiff.core import align
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.compare import compare_files, prepare
from newsdiff.core.disagreements import (
    ROUTE_PAIRS_PER_QUANTITY,
    agents,
    disagreeing_fact_pairs,
    figure_context,
)
from newsdiff.core.link_evidence import Evidence
from newsdiff.core.load import load_article
from newsdiff.core.models import Settings
from newsdiff.core.polarity import predictions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "disagreements"


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right))


def kinds(result: ClaimCheck) -> list[tuple[str, str, str]]:
    return [(d.kind, d.left, d.right) for d in result.evidence.disagree]


# ---------------------------------------------------------------- the candidate route


def test_the_route_proposes_pairs_whose_figures_of_one_quantity_disagree() -> None:
    left = [
        read_claim("About 3,000 dock workers joined the strike at the port."),
        read_claim("The ferry to Selby Head carried 40 passengers."),
        read_claim("Dock strike halts the port."),
    ]
    right = [
        read_claim("The port said 9,000 dock workers joined the strike."),
        read_claim("About 3,100 dock workers joined the strike at the port."),
        read_claim("Four cranes stood idle at the port."),
    ]
    # 3,000 / 9,000 disagree in one claim; 3,000 / about 3,100 agree; the ferry counts others
    assert disagreeing_fact_pairs(left, right) == [(0, 0)]


def test_the_route_counts_people_of_any_kind_as_one_noun() -> None:
    left = [read_claim("A rally outside the port gates drew 800 protesters.")]
    right = [read_claim("Some 2,500 demonstrators joined the rally outside the port gates.")]
    assert disagreeing_fact_pairs(left, right) == [(0, 0)]


def test_the_route_skips_sentences_that_never_link_and_claims_that_differ() -> None:
    left = [None, read_claim("Officials counted 3,000 dock workers at the morning rally.")]
    right = [
        read_claim("About 9,000 dock workers joined the strike at the port."),
        read_claim("The harbour fined 9,000 dock workers for missing shifts last winter."),
    ]
    assert disagreeing_fact_pairs(left, right) == []


def test_a_quantity_named_everywhere_is_a_topic_not_one_fact() -> None:
    n = int(ROUTE_PAIRS_PER_QUANTITY**0.5) + 1
    left = [
        read_claim(f"About {1000 + k} dock workers joined the strike at the port.")
        for k in range(n)
    ]
    right = [
        read_claim(f"About {9000 + k} dock workers joined the strike at the port.")
        for k in range(n)
    ]
    assert disagreeing_fact_pairs(left, right) == []
    assert disagreeing_fact_pairs(left[:1], right[:1]) == [(0, 0)]


def _explained(outcome: str, explained: bool):
    def checker(i: int, j: int) -> ClaimCheck:
        return ClaimCheck(outcome, Evidence(), explained)  # type: ignore[arg-type]

    return checker


def test_a_proposed_pair_is_read_whatever_its_score_and_kept_only_when_explained() -> None:
    score = np.array([[12.0]], dtype=np.float32)  # far below the threshold and the margin
    verbatim = np.array([[10.0]], dtype=np.float32)
    figures = np.array([[True]])
    settings = Settings()
    found = align.find_links(
        score, verbatim, [True], [True], settings, _explained("conflict", True), figures, [(0, 0)]
    )
    assert [(link.left, link.right, link.label) for link in found] == [(0, 0, "conflict")]
    # the same pair, not proposed: never read
    assert (
        align.find_links(
            score, verbatim, [True], [True], settings, _explained("conflict", True), figures
        )
        == []
    )
    # proposed, but the check does not explain its figures: dropped
    assert (
        align.find_links(
            score,
            verbatim,
            [True],
            [True],
            settings,
            _explained("paraphrased", False),
            figures,
            [(0, 0)],
        )
        == []
    )
    # proposed, but a sentence that never links (boilerplate)
    assert (
        align.find_links(
            score,
            verbatim,
            [False],
            [True],
            settings,
            _explained("conflict", True),
            figures,
            [(0, 0)],
        )
        == []
    )


def test_a_sentence_with_three_links_still_shows_its_conflict() -> None:
    # left sentence 0 has three strong paraphrase candidates and one weak proposed conflict
    score = np.array([[90.0, 85.0, 80.0, 20.0]], dtype=np.float32)
    verbatim = np.zeros_like(score)
    figures = np.zeros(score.shape, dtype=bool)

    def checker(i: int, j: int) -> ClaimCheck:
        if j == 3:
            return ClaimCheck("conflict", Evidence(), True)
        return ClaimCheck("paraphrased", Evidence(), False)

    found = align.find_links(
        score, verbatim, [True], [True] * 4, Settings(), checker, figures, [(0, 3)]
    )
    assert {(link.right, link.label) for link in found} >= {(3, "conflict")}
    assert (
        len([link for link in found if link.label == "paraphrased"]) == align.MAX_LINKS_PER_SENTENCE
    )


def test_prepared_pairs_propose_the_fixture_figures() -> None:
    left = load_article(FIXTURES / "marrow_ledger.txt")
    right = load_article(FIXTURES / "selby_herald.txt")
    prepared = prepare(left, right)
    texts = [s.text for s in prepared.left_sentences]
    others = [s.text for s in prepared.right_sentences]
    proposed = {(texts[i][:20], others[j][:20]) for i, j in prepared.proposed()}
    assert ("Union officials said", "More than 9,000 dock") in proposed
    assert ("A rally outside the ", "Some 2,500 demonstra") in proposed


# ---------------------------------------------------------------- figures in one claim


def test_one_agent_and_a_claim_word_make_one_claim_for_figures() -> None:
    left = read_claim(
        "Okafor warned lawmakers that hundreds of thousands of tonnes of grain could rot."
    )
    right = read_claim("Tens of thousands of tonnes of grain are trapped at the quay, Okafor said.")
    assert agents(left) == agents(right) == {"okafor"}
    assert figure_context(left, right)
    result = check_claims(left, right)
    assert result.outcome == "conflict"
    assert kinds(result) == [("figure", "hundreds of thousands", "Tens of thousands")]
    # another agent, the same words: two people's figures, not one claim
    other = read_claim("Tens of thousands of tonnes of grain are trapped at the quay, Hale said.")
    assert not figure_context(left, other)
    assert check_claims(left, other).outcome != "conflict"


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "A rally outside the port gates drew 800 protesters on Wednesday.",
            "Some 2,500 demonstrators joined the rally outside the port gates.",
            ("800", "2,500"),
        ),
        (
            "Within an hour, the online event for the march had 4,000 attendees.",
            "The online event for the march has already drawn more than 20,000 supporters.",
            ("4,000", "more than 20,000"),  # the bound is part of what is said
        ),
    ],
)
def test_counts_of_people_under_two_names_conflict(left: str, right: str, words) -> None:
    result = check(left, right)
    assert result.outcome == "conflict"
    assert [(d.left, d.right) for d in result.evidence.disagree] == [words]


# ---------------------------------------------------------------- predictions


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "The port authority said the grain terminal will reopen on Monday.",
            "The port authority said the grain terminal is unlikely to reopen soon.",
            ("will reopen", "unlikely to reopen"),
        ),
        (
            "The mayor won't attend the opening of the new bridge.",
            "The mayor is expected to attend the opening of the new bridge.",
            ("won't attend", "expected to attend"),
        ),
        (
            "The council is not expected to approve the budget for the library.",
            "The council is set to approve the budget for the library.",
            ("not expected to approve", "set to approve"),
        ),
        (
            "The club has no plans to sell its stadium to the developer.",
            "The club is planning to sell its stadium to the developer.",
            ("no plans to sell", "planning to sell"),
        ),
    ],
)
def test_predictions_of_one_predicate_that_disagree_conflict(left, right, words) -> None:
    result = check(left, right)
    assert result.outcome == "conflict"
    assert ("polarity", *words) in kinds(result)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a prediction against a report of what happened: written on two days
        (
            "The minister will meet the union leaders at the port.",
            "The minister met the union leaders at the port.",
        ),
        # a conditional predicts nothing
        (
            "If the strike goes on, the minister would meet the union leaders at the port.",
            "The minister will not meet the union leaders at the port.",
        ),
        # two predictions of two predicates
        (
            "The minister will meet the union leaders at the port.",
            "The minister is unlikely to visit the union leaders at the port.",
        ),
    ],
)
def test_predictions_that_do_not_disagree(left: str, right: str) -> None:
    assert check(left, right).outcome != "conflict"


def test_predictions_read_will_wont_and_unlikely() -> None:
    words = read_claim("She won't sign the bill, and he will veto it.").words
    assert {k: v[0] for k, v in predictions(words).items()} == {"sign": -1, "veto": 1}
    assert predictions(read_claim("The board is unlikely to approve it.").words)["approv"][0] == -1
    assert predictions(read_claim("The board would approve it if asked.").words) == {}


# ---------------------------------------------------------------- people


def test_one_claim_told_of_two_people_with_one_surname_conflicts() -> None:
    result = check(
        "Rep. Linda Ortiz won the vote for caucus vice chair on Wednesday.",
        "Loretta Ortiz won the vote for caucus vice chair on Wednesday, beating two rivals.",
    )
    assert result.outcome == "conflict"
    assert kinds(result) == [("person", "Linda Ortiz", "Loretta Ortiz")]


def test_one_claim_told_of_two_holders_of_one_title_conflicts() -> None:
    result = check(
        "Press secretary Tom Hale handed out the new visa rules at the ministry on Monday.",
        "Press secretary Ann Voss handed out the new visa rules at the ministry on Monday.",
    )
    assert kinds(result) == [("person", "Tom Hale", "Ann Voss")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one title in two countries: the other names differ
        (
            "Prime Minister Ann Voss met the king at Carrow Palace to discuss trade.",
            "Prime Minister Tom Hale met the king at Selby Castle to discuss trade.",
        ),
        # a former holder and the present one
        (
            "The former security adviser Tom Hale pleaded guilty to lying to investigators.",
            "The security adviser Ann Voss pleaded guilty to lying to investigators.",
        ),
        # a one-word title names many people
        (
            "In the vote, Senator Tom Hale backed the bill to fund the harbour.",
            "In the vote, Senator Ann Voss backed the bill to fund the harbour.",
        ),
    ],
)
def test_titles_that_do_not_name_one_office_in_one_claim(left: str, right: str) -> None:
    assert "person" not in [kind for kind, *_ in kinds(check(left, right))]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # not first names: a direction, an institution
        (
            "North Korea will close its test site next month, officials said.",
            "South Korea will close its test site next month, officials said.",
        ),
        (
            "House Republicans voted to block the bill on Friday.",
            "Senate Republicans voted to block the bill on Friday.",
        ),
        # a sentence that names both may be about both
        (
            "Melania Trump greeted the French president on the lawn.",
            "Donald Trump and Melania Trump greeted the French president on the lawn.",
        ),
        # a spelling, not another person
        (
            "Pueblo Garza organised the march to the border crossing.",
            "Pueblos Garza organised the march to the border crossing.",
        ),
        # one given name in two styles: a short form, a formal name with a middle initial
        (
            "Rep. Jim Harlan was elected whip of the caucus on Wednesday.",
            "Representative James E. Harlan was elected whip of the caucus on Wednesday.",
        ),
        (
            "Chuck Moreno, the council leader, opened the new library.",
            "Charles Moreno, the council leader, opened the new library.",
        ),
        # two people with one surname, two claims
        (
            "Agnes Tolland ordered the container ships to leave the quay.",
            "Brenda Tolland said the union would appeal against the ruling.",
        ),
    ],
)
def test_names_that_are_not_two_people_in_one_claim(left: str, right: str) -> None:
    assert "person" not in [kind for kind, *_ in kinds(check(left, right))]


# ---------------------------------------------------------------- end to end


def test_fixture_articles_show_each_new_kind_as_a_conflict() -> None:
    comparison = compare_files(FIXTURES / "marrow_ledger.txt", FIXTURES / "selby_herald.txt")
    found = {(d.kind, d.left, d.right) for _, d in conflict_disagreements(comparison)}
    assert found == {
        ("figure", "3,000", "More than 9,000"),
        ("figure", "800", "2,500"),
        ("person", "Agnes Tolland", "Brenda Tolland"),
        ("figure", "hundreds of thousands", "Tens of thousands"),
        ("polarity", "will reopen", "unlikely to reopen"),
        ("person", "Dev Mallory", "Ian Creel"),
    }
    labels = [a.label for a in comparison.left.sentences]
    assert labels[1] == labels[7] == "paraphrased"  # the agreeing sentences stay linked


def test_a_person_conflict_reads_back_from_json() -> None:
    from newsdiff.core.serialize import comparison_from_dict

    comparison = compare_files(FIXTURES / "marrow_ledger.txt", FIXTURES / "selby_herald.txt")
    again = comparison_from_dict(comparison.to_dict())
    kinds_read = {
        d.kind for a in again.left.sentences for link in a.links for d in link.evidence.disagree
    }
    assert "person" in kinds_read
