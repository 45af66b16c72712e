"""The claim check: conflicts of every kind, look-alikes of every kind, and what is neither.

Sentence pairs are written for these tests; ``tests/fixtures/claims/`` holds two short articles
by two imaginary outlets on one story, covering every kind end to end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.compare import compare_files
from newsdiff.core.serialize import comparison_from_dict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "claims"


def check(left: str, right: str, verbatim: float = 0.0, left_speakers=(), right_speakers=()):
    return check_claims(
        read_claim(left, left_speakers), read_claim(right, right_speakers), verbatim=verbatim
    )


CONFLICTS = [
    # (kind, left, right, left words, right words)
    (
        "polarity",
        "The ministry disputed the report on the dam.",
        "The ministry did not dispute the report on the dam.",
        "disputed",
        "not dispute",
    ),
    (
        "polarity",
        "The club has not confirmed the transfer of its captain.",
        "The club confirmed the transfer of its captain on Friday.",
        "not confirmed",
        "confirmed",
    ),
    (
        "polarity",
        "The regulator approved the merger of the two dairies.",
        "The regulator rejected the merger of the two dairies.",
        "approved",
        "rejected",
    ),
    (
        "figure",
        "The bridge will be closed for 6 weeks from Monday.",
        "The bridge will be closed for nine weeks from Monday.",
        "6 weeks",
        "nine weeks",
    ),
    (
        "figure",
        "About 1,200 residents were evacuated from Dale after the flood.",
        "Some 1,900 people were evacuated from Dale after the flood.",
        "1,200",
        "1,900",
    ),
    (
        "figure",
        "The fund will spend £2m on new classrooms in the county.",
        "The fund will spend £9m on new classrooms in the county.",
        "£2m",
        "£9m",
    ),
    (
        "date",
        "The council will vote on the budget on Thursday.",
        "The council will vote on the budget on Tuesday.",
        "Thursday",
        "Tuesday",
    ),
    (
        "place",
        "The summit of the northern mayors was held in Dunmore.",
        "The summit of the northern mayors was held in Kilbride.",
        "Dunmore",
        "Kilbride",
    ),
]


@pytest.mark.parametrize(("kind", "left", "right", "left_words", "right_words"), CONFLICTS)
def test_conflicts_name_the_disagreeing_words(
    kind: str, left: str, right: str, left_words: str, right_words: str
) -> None:
    result = check(left, right, verbatim=70.0)
    assert result.outcome == "conflict"
    (disagreement,) = result.evidence.disagree
    assert disagreement.kind == kind
    assert (disagreement.left, disagreement.right) == (left_words, right_words)
    assert left[slice(*disagreement.left_span)] == left_words
    assert right[slice(*disagreement.right_span)] == right_words
    swapped = check(right, left, verbatim=70.0)  # the same from the other side
    assert swapped.outcome == "conflict"
    assert swapped.evidence.disagree[0].kind == kind


def test_the_same_quotation_from_another_speaker_is_a_conflict() -> None:
    result = check(
        '"We will reopen the road before the winter storms arrive," Mayor Ana Ruiz said.',
        '"We will reopen the road before the winter storms arrive," council leader Tom Hale said.',
    )
    assert result.outcome == "conflict"
    assert [(d.kind, d.left, d.right) for d in result.evidence.disagree] == [
        ("speaker", "Mayor Ana Ruiz", "Tom Hale")
    ]


LOOKALIKES = [
    # (left, right, what makes them different facts)
    (
        '"The plan is dead," Senator Ruiz said of the harbour budget.',
        '"The plan will pass next month," Senator Hale said of the harbour budget.',
        "different speakers",
    ),
    (
        "Police arrested 14 protesters outside the council offices.",
        "Police deployed 300 officers outside the council offices.",
        "figures of different things",
    ),
    (
        "In 2019 officials counted 41 boats and 12 cranes in the harbour.",
        "In 2021 officials counted 36 boats and 17 cranes in the harbour.",
        "several figures differ",
    ),
    (
        "Mayor Ana Ruiz opened the new Dale music festival with a short speech.",
        "Mayor Ana Ruiz criticised Dale market traders over rising parking fees.",
        "same names, different claim",
    ),
    (
        "Councillor Tom Hale, who chairs the harbour board, first called on Ruiz to resign.",
        "Ruiz also insisted she would stay on and finish the harbour budget before the vote.",
        "different subjects",
    ),
    (
        "In March, Ruiz, a former harbour pilot, won the party's nomination for the seat.",
        "Sen. Ana Vale, R-Ore., called the reports troubling and said Ruiz must quit the race.",
        "different subjects",
    ),
    (
        '"The ferry contract is finished and the council must start again," Ruiz told reporters.',
        '"Nobody has shown me a better offer for the islanders," Ruiz told reporters.',
        "different quotations",
    ),
    # the writer adds a clause of their own to one quotation: still two statements
    (
        '"The harbour board should listen to the fishermen before it signs a contract for the '
        'new pier," Ruiz said.',
        '"The council should call the minister and ask for a better deal," Ruiz said, siding '
        "openly with a possible future partner over an outgoing and unpopular harbour board.",
        "different quotations",
    ),
]


@pytest.mark.parametrize(("left", "right", "reason"), LOOKALIKES)
def test_lookalikes_are_not_linked(left: str, right: str, reason: str) -> None:
    result = check(left, right, verbatim=30.0)
    assert result.outcome == "not linked"
    assert result.evidence.note.startswith(reason)


SAME_CLAIM = [
    # one event from two sides: each sentence names the other's subject
    (
        "Mayor Ruiz met Councillor Hale at the harbour office on Monday.",
        "Hale met Mayor Ruiz at the harbour office on Monday.",
    ),
    # the same organisation, named in full and in short
    (
        "Dale Rovers will receive 10% of any future sale of the striker.",
        "Rovers will keep a 10% share of any future sale, the club said.",
    ),
    # a plural noun after a capitalised word is not a person ("Harbour board members")
    (
        "Harbour board members have condemned the mayor's remarks on the ferry.",
        "Mayor Ruiz said her remarks on the ferry were taken out of context by critics.",
    ),
    # an excerpt of the same quotation; the writer's words carry the rest
    (
        '"We will not close the ferry," Ruiz said, adding that the islanders need it.',
        'Ruiz said the council "will not close the ferry" because the islanders need the link.',
    ),
]


@pytest.mark.parametrize(("left", "right"), SAME_CLAIM)
def test_other_subjects_or_excerpts_of_one_claim_stay_linked(left: str, right: str) -> None:
    result = check(left, right, verbatim=40.0)
    assert result.outcome in ("shared", "paraphrased"), result.evidence.note


def test_magnitudes_in_words_conflict_with_a_figure_outside_them() -> None:
    result = check(
        "Officials said hundreds of thousands of ballots were recounted by hand in Dale.",
        "Officials said 40,000 ballots were recounted by hand in Dale.",
        verbatim=60.0,
    )
    assert result.outcome == "conflict"
    (disagreement,) = result.evidence.disagree
    assert (disagreement.kind, disagreement.left, disagreement.right) == (
        "figure",
        "hundreds of thousands",
        "40,000",
    )


NOT_CONFLICTS = [
    ("Turnout at the meeting was 87%.", "Almost 90% of residents turned out for the meeting."),
    (
        "The county recorded 11,480 claims this year.",
        "The county recorded 11,500 claims this year.",
    ),
    ("The detour adds 12 miles to the journey.", "The detour adds about 19 km to the journey."),
    (
        "Repairs will cost £4.5m from the roads budget.",
        "Repairs will cost $5.7m from the roads budget.",
    ),
    (
        "The board expects the plant to open in spring.",
        "The plant would open in spring, the board said.",
    ),
    (
        '"I don\'t think the deal hurts farmers," she said.',
        "The deal does not hurt farmers, she said.",
    ),
    (
        "Tens of thousands of ballots were recounted by hand in Dale.",
        "About 40,000 ballots were recounted by hand in Dale.",
    ),
]


@pytest.mark.parametrize(("left", "right"), NOT_CONFLICTS)
def test_rounding_conversion_and_doubt_are_not_conflicts(left: str, right: str) -> None:
    result = check(left, right, verbatim=40.0)
    assert result.outcome in ("shared", "paraphrased")
    assert result.evidence.disagree == ()


def test_conversions_are_evidence() -> None:
    result = check(
        "Repairs will cost £4.5m from the roads budget.",
        "Repairs will cost $5.7m from the roads budget.",
    )
    assert result.figures_explained
    assert "£4.5m ≈ $5.7m" in result.evidence.agree


def test_a_paraphrase_lists_agreeing_words_in_reading_order() -> None:
    result = check(
        "The harbour authority will reopen the ferry terminal next week.",
        "Next week the ferry terminal reopens, the harbour authority said.",
    )
    assert result.outcome == "paraphrased"
    assert result.evidence.agree[:4] == ("harbour", "authority", "reopen", "ferry")


@given(st.text(max_size=120), st.text(max_size=120), st.floats(0, 100))
def test_any_two_texts_get_an_outcome_and_spans_inside_them(
    left: str, right: str, verbatim: float
) -> None:
    result = check(left, right, verbatim=verbatim)
    assert result.outcome in ("shared", "paraphrased", "conflict", "not linked")
    for item in result.evidence.disagree:
        assert 0 <= item.left_span[0] <= item.left_span[1] <= len(left)
        assert 0 <= item.right_span[0] <= item.right_span[1] <= len(right)


# ---------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def fixture_comparison():
    return compare_files(FIXTURES / "harbour_gazette.txt", FIXTURES / "dale_courier.txt")


def _pair_label(comparison, left: int, right: int) -> str | None:
    for link in comparison.left.sentences[left].links:
        if link.index == right:
            return link.label
    return None


def test_fixture_conflicts_share_a_row_with_their_counterpart(fixture_comparison) -> None:
    comparison = fixture_comparison
    kinds = {}
    for aligned in comparison.left.sentences:
        for link in aligned.links:
            if link.label == "conflict":
                kinds[aligned.sentence.index] = link.evidence.disagree[0].kind
                assert any(
                    row.left == aligned.sentence.index and row.right == link.index
                    for row in comparison.rows
                )
    assert sorted(set(kinds.values())) == ["date", "figure", "place", "polarity", "speaker"]
    assert comparison.summary()["left"]["conflict"] == len(kinds)


def test_fixture_lookalikes_and_conversions(fixture_comparison) -> None:
    comparison = fixture_comparison
    texts = [a.sentence.text for a in comparison.left.sentences]
    rights = [a.sentence.text for a in comparison.right.sentences]
    police = next(i for i, t in enumerate(texts) if t.startswith("Police"))
    police_r = next(i for i, t in enumerate(rights) if t.startswith("Police"))
    assert _pair_label(comparison, police, police_r) is None  # counts of different things
    boats = next(i for i, t in enumerate(texts) if "boats" in t)
    assert comparison.left.sentences[boats].label == "unique"  # another year's data point
    cost = next(i for i, t in enumerate(texts) if "£4.5m" in t)
    bill = next(i for i, t in enumerate(rights) if "$5.7m" in t)
    assert _pair_label(comparison, cost, bill) == "paraphrased"  # a currency conversion


def test_fixture_quotation_with_a_long_attribution_is_shared(fixture_comparison) -> None:
    comparison = fixture_comparison
    texts = [a.sentence.text for a in comparison.left.sentences]
    rights = [a.sentence.text for a in comparison.right.sentences]
    quote = next(i for i, t in enumerate(texts) if t.startswith('"We will reopen'))
    long_one = next(i for i, t in enumerate(rights) if "adding that" in t)
    assert _pair_label(comparison, quote, long_one) == "shared"


def test_json_has_labels_and_evidence_and_reads_back(fixture_comparison) -> None:
    data = json.loads(json.dumps(fixture_comparison.to_dict()))
    assert data["schema"] == "newsdiff.comparison/2"
    links = [link for s in data["left"]["sentences"] for link in s["links"]]
    conflict = next(link for link in links if link["label"] == "conflict")
    assert set(conflict["evidence"]) >= {"agree", "disagree"}
    assert set(conflict["evidence"]["disagree"][0]) >= {"left", "right", "kind"}
    again = comparison_from_dict(data)
    assert again.summary() == fixture_comparison.summary()
    for read, made in zip(again.left.sentences, fixture_comparison.left.sentences, strict=True):
        assert read.label == made.label
        assert [(k.index, k.label, k.evidence) for k in read.links] == [
            (k.index, k.label, k.evidence) for k in made.links
        ]
