"""The story screen's variants panel: one claim's sentences stacked, outlet by outlet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content
from textual.widgets.option_list import Option

from newsdiff.app.widgets.click_twice import ClickTwiceList
from newsdiff.app.widgets.hanging_text import HangingContent
from newsdiff.app.widgets.story_claims import CONFLICT, flat_text
from newsdiff.core.sanitize import visible
from newsdiff.export.name_cut import cut_names, distinct_width

if TYPE_CHECKING:
    from newsdiff.core.story import Claim, Story
    from newsdiff.core.story_disagreements import Conflict
    from newsdiff.core.story_model import Position
    from newsdiff.core.story_xref import CrossRef

CROSS_REFERENCE_PREFIX = "claim:"
"""The option id of a cross-reference line: ``claim:12:0`` names claim index 12 (enter jumps
there), its first line to that claim (two links can go to one claim)."""


CONFLICT_PREFIX = "conflict:"
"""The option id of a conflict line: ``conflict:0:1:2:1`` names its two ends (article,
sentence, article, sentence; enter opens that pair at the first)."""


def pair_to_open(claim: Claim, option_id: str | None) -> tuple[Position, Position] | None:
    """The pair ``enter`` opens from a line of the pane, the sentence it stands on first: a
    Conflict line's two ends, or a ``≠`` variant and the variant it contradicts; ``None``
    for any other line (a variant in no conflict: against the first carrier)."""
    if not option_id or option_id.startswith(CROSS_REFERENCE_PREFIX):
        return None
    if option_id.startswith(CONFLICT_PREFIX):
        a, i, b, j = (int(part) for part in option_id.removeprefix(CONFLICT_PREFIX).split(":"))
        return (a, i), (b, j)
    article, index = (int(part) for part in option_id.split(":"))
    here = (article, index)
    for link in claim.links:
        if link.label == "conflict" and here in (link.a, link.b):
            return here, link.b if link.a == here else link.a
    return None


def linked_claim(option_id: str | None) -> int | None:
    """The claim index a cross-reference line's option id names; ``None`` for a variant."""
    if not option_id or not option_id.startswith(CROSS_REFERENCE_PREFIX):
        return None
    return int(option_id.split(":")[1])


VARIANT_NAME_WIDTH = 20
"""The widest outlet name before a variant, when names need that much to stay apart."""
VARIANT_NAME_ROOM = 12
"""The cells a variant's outlet name keeps when it needs no more to be told from the others:
an outlet's file name (``foxnews.txt``, ``reuters.html``) whole, a longer one cut. The article's
number before it and the matrix key say which article it is; the sentence is what the pane is
for (at 120 columns a 20-cell name took 22 of the pane's 56 cells from a variant's first line)."""


def variant_name_width(names: list[str]) -> int:
    """The cells of the outlet names before the variants: all of the longest when it fits
    :data:`VARIANT_NAME_ROOM`, else that room or, when the names need more to stay apart
    (:func:`~newsdiff.export.name_cut.distinct_width`), what they need, up to
    :data:`VARIANT_NAME_WIDTH`."""
    longest = max((cell_len(name) for name in names), default=0)
    if longest <= VARIANT_NAME_ROOM:
        return longest
    need = distinct_width(names, VARIANT_NAME_ROOM)
    return min(longest, VARIANT_NAME_WIDTH, need)


def without_shared_extension(names: list[str]) -> list[str]:
    """The outlet names without the extension every one of them has (``breitbart.txt``,
    ``cnn.txt`` read ``breitbart``, ``cnn``): it tells no outlet from another, and cut to the
    room it left ``breitbart.t…``. Names with different extensions, or none, are kept whole.
    Display only: the JSON and the reports keep the paths."""
    suffixes = {name[name.rfind(".") :] if name.rfind(".") > 0 else "" for name in names}
    if len(suffixes) != 1 or "" in suffixes or len(names) < 2:
        return names
    (suffix,) = suffixes
    return [name[: -len(suffix)] for name in names]


class VariantList(ClickTwiceList):
    """The variants of the highlighted claim, words differing from the first emphasized."""

    _conflicts: dict[int, list[Conflict]]
    """Per claim of :attr:`_story`, its conflicts and what each disagrees on (read when the
    claim is first shown: the story does not keep its links' evidence)."""
    _story: Story | None = None

    def conflicts_of(self, story: Story, number: int) -> list[Conflict]:
        """The conflicting pairs of claim ``number`` and the words each disagrees on, by the
        pair view's claim check of the two variants (:mod:`newsdiff.core.story_disagreements`),
        kept for the story."""
        if not story.claims[number].conflict:
            return []
        if story is not self._story:
            self._story, self._conflicts = story, {}
        found = self._conflicts.get(number)
        if found is None:
            from newsdiff.core.story_disagreements import claim_conflicts

            found = self._conflicts[number] = claim_conflicts(story, story.claims[number])
        return found

    def show(
        self,
        story: Story | None,
        number: int | None,
        names: list[str],
        refs: Sequence[CrossRef] = (),
    ) -> None:
        """Stack the variants of claim ``number`` (none: empty), each under its outlet's name,
        then its conflicts (what each conflicting pair of variants disagrees on; enter on one:
        that pair), then its cross-references ``refs``, one line each (enter on one: that
        claim)."""
        from newsdiff.core.story_model import (
            conflicts_with,
            variant_label,
            variants_by_outlet,
            with_disagreements,
        )
        from newsdiff.core.story_xref import cross_reference_line

        self.clear_options()
        if story is None or number is None:
            return
        claim = story.claims[number]
        disagree = conflicts_with(claim)
        flat = without_shared_extension([flat_text(name) for name in names])
        shown = cut_names(flat, variant_name_width(flat))
        conflicts = self.conflicts_of(story, number)  # their words emphasized on both ends
        variants = with_disagreements(story, variants_by_outlet(story, claim), conflicts)
        for (article, index), spans in variants:
            sentence = story.sentences[article][index]
            changed = [(start - sentence.start, end - sentence.start) for start, end in spans]
            prompt = variant_prompt(
                article + 1,
                shown[article] + variant_label(claim, (article, index)),
                sentence.text,
                changed,
                conflict=(article, index) in disagree,
                against=[shown[k] for k in disagree.get((article, index), ())],
            )
            self.add_option(Option(prompt, id=f"{article}:{index}"))
        for conflict in conflicts:  # as the pair view's status line
            ends = ":".join(str(k) for k in (*conflict.left, *conflict.right))
            self.add_option(
                Option(conflict_prompt(story, conflict, shown), id=f"{CONFLICT_PREFIX}{ends}")
            )
        for k, ref in enumerate(refs):  # a link the pair view makes to another claim's variant
            line = Content.assemble(
                ("   Also linked: ", "italic $text-muted"),
                Content(visible(cross_reference_line(ref, shown))),
            )
            self.add_option(
                Option(HangingContent([(line, 3)]), id=f"{CROSS_REFERENCE_PREFIX}{ref.claim}:{k}")
            )


def variant_prompt(
    number: int,
    name: str,
    text: str,
    changed: Iterable[tuple[int, int]],
    *,
    conflict: bool = False,
    against: Sequence[str] = (),
) -> HangingContent:
    """`` 2 Outlet: the sentence``, the ``changed`` spans of ``text`` emphasized; a wrapped line
    hangs under the outlet and text, not under the article's number. A variant in a conflict
    link is ``≠``-marked after the outlet (readable without colour), followed by the outlets it
    contradicts, ``against`` (``≠ breitbart ·``: with three outlets or more, who contradicts
    whom). ``name`` is shown as it is: the caller cuts the names of a claim's variants
    together."""
    head = f"{number:>2} "
    body = Content(visible(text).replace("\n", " "))
    for start, end in changed:
        body = body.stylize("bold reverse", start, end)
    line = Content.assemble(
        (head, "bold"),
        (f"{name}: ", "dim"),
        (_conflict_mark(against) if conflict else "", "bold $text-error"),
        body,
    )
    return HangingContent([(line, len(head))])


def conflict_prompt(story: Story, conflict: Conflict, names: Sequence[str]) -> HangingContent:
    """``   Conflict: harwick S2 ≠ port S2 · figure: 800 ↔ 2,500``: one conflicting pair of a
    claim's variants and the words that disagree (the thirteenth trial: the ``≠`` said only
    that two outlets disagree); a wrapped line hangs under ``Conflict``, the words read
    without colour."""
    from newsdiff.core.story_disagreements import conflict_ends as ends_of
    from newsdiff.core.story_disagreements import disagreement_words

    words = disagreement_words(story, conflict)
    line = Content.assemble(
        ("   Conflict: ", "bold $text-error"),
        Content(visible(ends_of(conflict, names))),
        (" · " if words else "", "dim"),
        (visible(words), "bold $text-error"),
    )
    return HangingContent([(line, 3)])


def conflict_note(story: Story, conflicts: Sequence[Conflict]) -> str:
    """``≠ figure: 800 ↔ 2,500`` (`` +1 more``): what the first of a claim's conflicts
    disagrees on, for the status line (the pane's Conflict lines, below the variants, can be
    out of sight on a short screen); ``""`` when none names its words."""
    from newsdiff.core.story_disagreements import disagreement_words

    words = [found for c in conflicts if (found := disagreement_words(story, c))]
    if not words:
        return ""
    more = f" +{len(words) - 1} more" if len(words) > 1 else ""
    return f"{CONFLICT} {words[0]}{more}"


def _conflict_mark(against: Sequence[str]) -> str:
    """``≠ `` alone, or ``≠ breitbart · `` naming the outlets a variant contradicts."""
    return f"{CONFLICT} {', '.join(against)} · " if against else f"{CONFLICT} "
