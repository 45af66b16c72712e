"""The story screen's claims list: each claim's outlet count, outlets and words on one line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import OptionList

from newsdiff.core.sanitize import visible

if TYPE_CHECKING:
    from newsdiff.core.story import Claim, Story

CONFLICT = "≠"
OUTLETS_WIDTH = 12
"""The widest list of outlets on a claim's line (``1–3,5,8–30``); a longer one ends in an
ellipsis (the variants pane names every outlet)."""


def flat_text(text: str) -> str:
    """``text`` made visible, its whitespace runs one space."""
    return " ".join(visible(text).split())


def visible_claims(story: Story, order: str, filters: set[str]) -> list[int]:
    """The numbers of ``story``'s claims in ``order``, ``filters`` (``single``, ``conflict``)
    applied."""
    from newsdiff.core.story_model import sorted_claims

    numbers = sorted_claims(story, order)
    claims = story.claims
    if "single" in filters:
        numbers = [k for k in numbers if len(claims[k].outlets) == 1]
    if "conflict" in filters:
        numbers = [k for k in numbers if claims[k].conflict]
    return numbers


def claim_prompt(story: Story, claim: Claim) -> Content:
    """`` 3/5 ≠ [1–3] the claim's first sentence``: count, conflict mark, outlets, words."""
    from newsdiff.core.story_model import outlet_ranges

    article, index = claim.first
    sentence = story.sentences[article][index]
    count = len(story.articles)
    outlets = outlet_ranges(claim.outlets)
    if len(outlets) > OUTLETS_WIDTH:  # the claim's words stay on the line
        outlets = outlets[: OUTLETS_WIDTH - 1].rstrip(",–") + "…"
    return Content.assemble(
        (f"{len(claim.outlets):>2}/{count} ", "bold"),
        (f"{CONFLICT} " if claim.conflict else "  ", "bold $text-error"),
        (f"[{outlets}] ", "$text-muted"),
        Content(flat_text(sentence.text)),
    )


class ClaimList(OptionList):
    """Every shown claim, one line each (the variants pane wraps; this list does not)."""
