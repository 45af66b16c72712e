"""The disagreements a comparison shows on its conflict rows, read as the tests read them."""

from __future__ import annotations

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
