"""The disagreements a comparison shows on its conflict rows, read as the tests read them."""

from __future__ import annotations

from newsdiff.core.claims import ClaimCheck, check_claims, read_claim
from newsdiff.core.link_evidence import Disagreement
from newsdiff.core.models import Comparison


def conflict_disagreements(comparison: Comparison) -> list[tuple[int, Disagreement]]:
    """Each disagreement of each conflict link, with the left sentence's index, in reading order."""
    return [
        (aligned.sentence.index, disagreement)
        for aligned in comparison.left.sentences
        for link in aligned.links
        if link.label == "conflict"
        for disagreement in link.evidence.disagree
    ]


def dated_check(left: str, right: str, written: tuple[str | None, str | None]) -> ClaimCheck:
    """The claim check of two sentences of articles written on ``written``, read as a
    candidate below the near-verbatim line."""
    return check_claims(read_claim(left), read_claim(right), verbatim=35.0, written=written)


def assert_fixture_pair(pair: dict) -> None:
    """A fixture pair (``left``, ``right``, ``written``, ``conflict`` or none) reads as it
    says from both sides: the conflict's kind and both readings, mirrored, or no conflict."""
    written = (pair["written"][0], pair["written"][1])
    result = dated_check(pair["left"], pair["right"], written)
    back = dated_check(pair["right"], pair["left"], (written[1], written[0]))
    expected = pair.get("conflict")
    if expected is None:
        assert result.outcome != "conflict", result.evidence
        assert back.outcome != "conflict", back.evidence
        return
    assert result.outcome == "conflict"
    first = result.evidence.disagree[0]
    assert [first.kind, first.left, first.right] == expected
    assert back.outcome == "conflict"
    assert (back.evidence.disagree[0].left, back.evidence.disagree[0].right) == (
        first.right,
        first.left,
    )
