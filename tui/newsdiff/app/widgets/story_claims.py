"""The story screen's claims list: each claim's outlet count, outlets and words on one line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Self

from rich.cells import cell_len
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.visual import visualize
from textual.widgets.option_list import Option

from newsdiff.app.widgets.click_twice import ClickTwiceList
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


def visible_claims(
    story: Story, order: str, filters: set[str], linked: Sequence[Sequence[int]] | None = None
) -> list[int]:
    """The numbers of ``story``'s claims in ``order``, ``filters`` (``single``, ``conflict``)
    applied. ``single`` leaves out a claim of one outlet that the pair view links to another
    (``linked``, :func:`~newsdiff.core.story_xref.linked_outlets`): the pair view counts that
    outlet too beside its sentence (thirteenth trial)."""
    from newsdiff.core.story_model import sorted_claims
    from newsdiff.core.story_xref import linked_outlets, only_in_one

    numbers = sorted_claims(story, order)
    claims = story.claims
    if "single" in filters:
        single = set(only_in_one(story, linked_outlets(story) if linked is None else linked))
        numbers = [k for k in numbers if k in single]
    if "conflict" in filters:
        numbers = [k for k in numbers if claims[k].conflict]
    return numbers


def claim_prompt(story: Story, claim: Claim, linked: Sequence[int] = ()) -> Content:
    """`` 3/5 ≠ [1–3] the claim's first sentence``: count, conflict mark, outlets, words.

    ``linked``: the outlets the pair view links the claim to beyond its own
    (:func:`~newsdiff.core.story_xref.linked_outlets`), said inside the brackets,
    `` 1/5   [3 +2 linked] …``: a one-outlet count alone read "only this outlet" beside a
    sentence the pair view counts in three."""
    from newsdiff.core.story_model import outlet_ranges

    article, index = claim.first
    sentence = story.sentences[article][index]
    count = len(story.articles)
    outlets = outlet_ranges(claim.outlets)
    if len(outlets) > OUTLETS_WIDTH:  # the claim's words stay on the line
        outlets = outlets[: OUTLETS_WIDTH - 1].rstrip(",–") + "…"
    if linked:
        outlets += f" +{len(linked)} linked"
    return Content.assemble(
        (f"{len(claim.outlets):>2}/{count} ", "bold"),
        (f"{CONFLICT} " if claim.conflict else "  ", "bold $text-error"),
        (f"[{outlets}] ", "$text-muted"),
        Content(flat_text(sentence.text)),
    )


def claim_status(number: int, linked: Sequence[int]) -> list[str]:
    """The status line's ``claim 4`` (the number an *Also linked* line names it by), then
    ``linked in 2 more (1, 3)`` when the pair view links it beyond its own outlets."""
    from newsdiff.core.story_model import linked_note

    return [f"claim {number + 1}", *filter(None, [linked_note(linked)])]


ORDER_SHORT = {
    "coverage": "by coverage",
    "conflicts": "conflicts first",
    "reading": "reading order",
}
"""How the claims are sorted, in the status line's short form (``sorted by coverage (most
outlets first)`` where it fits)."""


def story_status(
    at: int | None,
    shown: int,
    total: int,
    claim: tuple[int, Sequence[int], str] | None,
    order: tuple[str, str],
    filters: set[str],
    width: int = 0,
) -> str:
    """The Story screen's status line, in ``width`` cells when it can be (0: no limit).

    ``at``: the cursor's row among the ``shown`` claims (of ``total``); ``claim``: the
    highlighted claim's number, the outlets it is linked to beyond its own and what its
    conflict disagrees on (:func:`~newsdiff.app.widgets.story_variants.conflict_note`, or
    ``""``); ``order``: the sort's key and full name. The parts are said in full where they
    fit; at 80 columns ``sorted by coverage (most outlets first)`` cut ``linked in 2 more
    (1, 4)`` off the line's end (usertrial13), so the sort is said short first, then the
    linked outlets' numbers and the row's total; then the row as ``1/3`` and the sort left out
    (appfix16), so the filters on (``conflicts only``), said last, stay in sight."""
    if at is None or not shown:  # nothing highlighted: what the list holds
        row = (f"{shown} of {total} claims shown",) * 2
    elif shown == total:  # where the cursor is, as `j` moves it
        row = (f"row {at + 1} of {total} claims", f"row {at + 1} of {total}")
    else:
        row = (f"row {at + 1} of {shown} shown ({total} claims)", f"row {at + 1} of {shown} shown")
    key, name = order
    sort = (f"sorted by {name}", ORDER_SHORT.get(key, name))
    linked: tuple[str, str] | None = None
    parts = [row]
    if claim is not None:  # the number an Also linked line names it by
        number, outlets, conflict = claim
        parts.append((f"claim {number + 1}",) * 2)
        parts += [(conflict,) * 2] if conflict else []
        if outlets:
            full = claim_status(number, outlets)[1]
            linked = (full, full.split(" (")[0])
            parts.append(linked)
    parts.append(sort)
    parts += [("only in one outlet",) * 2] if "single" in filters else []
    parts += [("conflicts only",) * 2] if "conflict" in filters else []
    chosen = [full for full, _ in parts]
    steps: list[tuple[int, str | None]] = [(parts.index(sort), sort[1])]
    steps += [(parts.index(linked), linked[1])] if linked is not None else []
    steps.append((0, row[1]))
    if at is not None and shown:  # the cursor's row bare, then the sort left out (appfix16)
        steps.append((0, f"{at + 1}/{shown}"))
    steps.append((parts.index(sort), None))
    for index, form in steps:  # the least needed said short first; the filters stay whole
        if not width or cell_len("  " + " · ".join(filter(None, chosen))) <= width:
            break
        chosen[index] = form or ""
    return "  " + " · ".join(filter(None, chosen))


def cut_at_word(prompt: Content, cells: int, start: int = 0) -> Content:
    """``prompt`` in at most ``cells`` cells, a longer one cut after its last whole word that
    fits, with ``…`` (``…Netanyahu sa…`` read as a word; the eleventh trial). The words begin
    at character ``start`` (a claim's count and outlets come before); when not one of them fits
    whole, the line is cut inside it, as there is no better place."""
    if prompt.cell_length <= cells:
        return prompt
    plain = prompt.plain
    end = 0  # the most characters that fit before the ellipsis
    while end < len(plain) and cell_len(plain[: end + 1]) <= cells - 1:
        end += 1
    words = plain.rfind(" ", 0, end + 1)  # a space at `end` ends a word that fits whole
    while words > 0 and plain[words - 1] == " ":
        words -= 1
    if words > start:
        end = words
    return Content.assemble(prompt[:end].rstrip(), "…")


class ClaimList(ClickTwiceList):
    """Every shown claim, one line each (the variants pane wraps; this list does not), a line
    too long for the list cut at a word."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._cut_for: dict[int, int] = {}
        """The room each option's visual was cut for, by option (a resize cuts again)."""

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        """Cut the option's line at a word for the room it has (Textual would cut it inside
        one), then render it as :class:`OptionList` does."""
        padding = self.get_component_styles("option-list--option").padding
        room = self.scrollable_content_region.width - self._get_left_gutter_width()
        room -= padding.width
        prompt = option.prompt
        if isinstance(prompt, Content) and self._cut_for.get(id(option)) != room:
            words = prompt.plain.find("] ") + 2  # after the count and the outlets
            option._visual = visualize(self, cut_at_word(prompt, room, words), markup=False)
            self._cut_for[id(option)] = room
        return super()._get_option_render(option, style)

    def clear_options(self) -> Self:
        """Empty the list (and what it cut for whom)."""
        self._cut_for.clear()
        return super().clear_options()
