"""Two stated bounds of one measure, and one person given two jobs: conflicts, each checked
both ways, beside what is not a conflict (rounding, overlapping ranges, conversions, a title of
another time). Every sentence is written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conflict_rows import conflict_disagreements
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.compare import compare_files
from newsdiff.core.figures import agree, figures
from newsdiff.core.job_titles import same_job, titled_people
from newsdiff.core.serialize import comparison_from_json, comparison_to_dict


def check(left: str, right: str) -> ClaimCheck:
    return check_claims(read_claim(left), read_claim(right), verbatim=50.0)


def both_ways(left: str, right: str) -> list[ClaimCheck]:
    return [check(left, right), check(right, left)]


CLASS_ACTION = "The class action against Halvers Health covers {} nurses who worked night shifts."
CLASS_ACTION_TOO = "Lawyers said the class action against Halvers Health covers {} night nurses."


@pytest.mark.parametrize(
    ("ours", "theirs", "shown"),
    [
        (
            "up to 1.6 million",
            "as many as 1.5 million",
            ("up to 1.6 million", "as many as 1.5 million"),
        ),
        ("as many as 40,000", "up to 25,000", ("as many as 40,000", "up to 25,000")),
        ("at least 12", "at least 15", ("at least 12", "at least 15")),
    ],
)
def test_two_different_bounds_of_one_measure_conflict(
    ours: str, theirs: str, shown: tuple[str, str]
) -> None:
    left, right = CLASS_ACTION.format(ours), CLASS_ACTION_TOO.format(theirs)
    for result, expected in zip(both_ways(left, right), (shown, shown[::-1]), strict=True):
        assert result.outcome == "conflict", result.evidence
        assert [(d.kind, d.left, d.right) for d in result.evidence.disagree] == [
            ("figure", *expected)
        ]


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("up to 1.6 million", "as many as 1.6 million"),  # the same bound
        ("up to 1.6 million", "as many as 1,580,000"),  # one bound, rounded
        ("as many as 1.55 million", "up to 1.6 million"),  # 1.55 rounds to 1.6
        ("up to 1.6 million", "at least 1.5 million"),  # a ceiling and a floor overlap
        ("up to 1.6 million", "1.5 million"),  # a count under the ceiling
        ("up to 50", "as many as 48"),  # 50 may be 48 rounded
        ("more than 1.8 million", "almost 1.9 million"),  # loose hedges overlap
        ("more than 1,000", "more than 1,200"),  # "more than" is no stated bound
        ("at least four dozen", "at least 48"),  # one number in words and digits
    ],
)
def test_bounds_that_can_be_one_measure_do_not_conflict(ours: str, theirs: str) -> None:
    left, right = CLASS_ACTION.format(ours), CLASS_ACTION_TOO.format(theirs)
    for result in both_ways(left, right):
        assert result.outcome in ("shared", "paraphrased"), result.evidence


def test_two_ceilings_in_converted_units_do_not_conflict() -> None:
    left = "The new levee protects up to 12 miles of the Wren river bank, engineers said."
    right = "Engineers said the new levee protects as much as 19 km of the Wren river bank."
    for result in both_ways(left, right):
        assert result.outcome in ("shared", "paraphrased"), result.evidence


@given(st.integers(1, 50_000), st.integers(1, 50_000))
def test_two_ceilings_agree_exactly_when_the_written_numbers_can_be_one(x: int, y: int) -> None:
    a = figures(f"up to {x:,} nurses")[0]
    b = figures(f"as many as {y:,} nurses")[0]
    assert agree(a, b) == agree(b, a)
    if x == y:
        assert agree(a, b)
    if x % 10 and y % 10:  # no rounding written: only the same number is one bound
        assert agree(a, b) == (x == y)


TITLES_DIFFER = [
    (
        "Defence Minister Ana Ruiz said the Kessing border crossing would reopen to lorries on "
        "Monday.",
        "The Kessing border crossing will reopen to lorries on Monday, said interior minister "
        "Ana Ruiz.",
        ("Defence Minister", "interior minister"),
    ),
    (
        "Assistant District Attorney Tom Hale charged the harbour master with fraud on Friday.",
        "On Friday District Attorney Tom Hale charged the harbour master with fraud.",
        ("Assistant District Attorney", "District Attorney"),
    ),
    (
        "Vice President Lena Okafor opened the new Wren valley dam on Saturday.",
        "President Okafor opened the new Wren valley dam on Saturday.",
        ("Vice President", "President"),
    ),
]


TITLES_DIFFER += [
    (  # an apposed title, both dated to the time of the claim
        "Tom Hale, then an assistant district attorney, prosecuted the harbour fraud case.",
        "The harbour fraud case was prosecuted by Tom Hale, then a district attorney.",
        ("assistant district attorney", "district attorney"),
    ),
    (
        "Ana Ruiz, the interior minister, said the Kessing border crossing would reopen on Monday.",
        "Defence Minister Ana Ruiz said the Kessing border crossing would reopen on Monday.",
        ("interior minister", "Defence Minister"),
    ),
]


@pytest.mark.parametrize(("left", "right", "shown"), TITLES_DIFFER)
def test_one_person_given_two_jobs_is_a_title_conflict(
    left: str, right: str, shown: tuple[str, str]
) -> None:
    for result, expected in zip(both_ways(left, right), (shown, shown[::-1]), strict=True):
        assert result.outcome == "conflict", result.evidence
        assert [(d.kind, d.left, d.right) for d in result.evidence.disagree] == [
            ("title", *expected)
        ]
        d = result.evidence.disagree[0]
        texts = (left, right) if expected == shown else (right, left)
        assert texts[0][d.left_span[0] : d.left_span[1]] == d.left
        assert texts[1][d.right_span[0] : d.right_span[1]] == d.right


DEFENCE = "Defence Minister Ana Ruiz said the Kessing border crossing would reopen on Monday."
TITLES_AGREE = [
    # a title of another time
    "Former Interior Minister Ana Ruiz said the Kessing border crossing would reopen on Monday.",
    "The Kessing border crossing will reopen on Monday, said ex-interior minister Ana Ruiz.",
    "Then-Interior Minister Ana Ruiz said the Kessing border crossing would reopen on Monday.",
    # the same job, written shorter or longer
    "Minister Ana Ruiz said the Kessing border crossing would reopen on Monday.",
    "Acting Defence Minister Ana Ruiz said the Kessing border crossing would reopen on Monday.",
    "The Kessing border crossing will reopen on Monday, said the country's defence minister "
    "Ana Ruiz.",
    # a title of the claim's time against one of now: she may have moved since
    "Ana Ruiz, then the interior minister, said the Kessing border crossing would reopen on "
    "Monday.",
    "Ana Ruiz, a former interior minister, said the Kessing border crossing would reopen on "
    "Monday.",
    "In Kessing, the interior minister said the border crossing would reopen on Monday.",
    # another job one person may hold at once (another head word)
    "Labour MP and party chairwoman Ana Ruiz said the Kessing border crossing would reopen on "
    "Monday.",
    # two people of one surname: the person rule's, not a title conflict
    "Interior Minister Rosa Ruiz said the Kessing border crossing would reopen on Monday.",
]


@pytest.mark.parametrize("other", TITLES_AGREE)
def test_titles_that_can_be_one_job_now_do_not_conflict(other: str) -> None:
    for result in both_ways(DEFENCE, other):
        assert "title" not in [d.kind for d in result.evidence.disagree], result.evidence


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("representative",), ("house", "minority", "leader"), True),
        (("house", "minority", "leader"), ("democratic", "leader"), True),
        (("house", "minority", "leader"), ("house", "majority", "leader"), False),
        (("senator",), ("senator",), True),
        (("district", "attorney"), ("assistant", "district", "attorney"), False),
        (("press", "secretary"), ("white", "house", "press", "secretary"), True),
    ],
)
def test_same_job(a: tuple[str, ...], b: tuple[str, ...], same: bool) -> None:
    assert same_job(a, b) is same
    assert same_job(b, a) is same


def test_titles_read_with_abbreviations_and_time_marks() -> None:
    (rep,) = titled_people("Rep. Linda T. Ortiz won the vote.")
    assert rep[:3] == ("linda", "ortiz", ("representative",))
    (former,) = titled_people("The report was written by former defence minister Ana Ruiz.")
    assert former[2] == ("defence", "minister") and former[5]
    assert titled_people("Mr. Hale said the quay was safe.") == ()


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bounds_titles"


def test_the_fixture_articles_show_bounds_and_titles_and_nothing_false() -> None:
    comparison = compare_files(FIXTURES / "halvers_herald.txt", FIXTURES / "kessing_post.txt")
    found = {(i, d.kind, d.left, d.right) for i, d in conflict_disagreements(comparison)}
    assert found == {
        (1, "figure", "up to 1.6 million", "as many as 1.5 million"),
        (2, "title", "Defence Minister", "interior minister"),
        (3, "title", "Assistant District Attorney", "District Attorney"),
    }
    labels = [aligned.label for aligned in comparison.left.sentences]
    # the day the union told it; a former minister; the same ceiling: linked, no conflict
    assert all(label in ("shared", "paraphrased") for label in labels[4:7])
    # a title conflict survives a saved file: newsdiff open reads the kind back
    again = comparison_from_json(json.dumps(comparison_to_dict(comparison)))
    kinds = [
        d.kind
        for aligned in again.left.sentences
        for link in aligned.links
        for d in link.evidence.disagree
    ]
    assert kinds.count("title") == 2
