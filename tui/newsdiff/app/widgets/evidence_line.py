"""One line under the comparison saying why the cursor sentence is linked (or that it is not).

``L3 ≠ R8 · score 96 · figure: 6 weeks ↔ 9 weeks`` for a conflict, ``L5 ≈ R2 · score 74 · order
41 · expense, Pakistan, India`` for a paraphrase, ``L3 ≠ R8 · linked by its figure · …`` for a
link the claim check made below the threshold: the same words the exports write
(:mod:`newsdiff.core.evidence`).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.content import Content
from textual.widget import Widget

from newsdiff.app.widgets.carried_fit import CarriedNote
from newsdiff.app.widgets.diff_view import Cursor
from newsdiff.app.widgets.evidence_fit import StatusPieces, TwoForms, link_pieces
from newsdiff.core.evidence import (
    MAX_AGREE_SHOWN,
    agree_seen_from,
    describe_link,
    linked_by,
    quote_counterparts,
    quoted_elsewhere,
)
from newsdiff.core.models import Comparison, Settings, Side, other_side, side_letter
from newsdiff.core.sanitize import visible

MAX_LINKS_SHOWN = 2
"""Links described on the line (strongest first, a conflict always first)."""

DETAILS_HINT = " · i: all"
"""Ends a line cut to the width: ``i`` shows the cursor sentence's details in full."""


def evidence_text(comparison: Comparison, cursor: Cursor, grouped: Sequence[int] = ()) -> str:
    """The status line for the sentence under ``cursor``; ``grouped``: for a sentence linked
    to nothing here, the other column's sentences the story's claim of it holds."""
    aligned = comparison.aligned(cursor.side, cursor.index)
    name = side_letter(cursor.side)
    if aligned.boilerplate:
        return f"{name}{cursor.index + 1} · site furniture, not compared"
    if not aligned.links:
        held = story_holds(cursor.side, grouped)
        quoted = quoted_elsewhere(comparison, cursor.side, cursor.index)
        if quoted:  # "only in this article" would deny what the quote sidebar shows
            return f"{name}{cursor.index + 1} + no sentence linked · its quote {quoted}{held}"
        if held:  # "only in this article" would deny the story's "carried by" beside it
            return f"{name}{cursor.index + 1} + not linked in this pair{held}"
        return f"{name}{cursor.index + 1} + only in this article"
    links = sorted(aligned.links, key=lambda link: (link.label != "conflict", -link.score))
    text = aligned.sentence.text
    settings = comparison.settings
    parts = [
        describe_link(cursor.side, cursor.index, link, text, settings)
        for link in links[:MAX_LINKS_SHOWN]
    ]
    more = len(links) - MAX_LINKS_SHOWN
    moved = " · moved (↕)" if aligned.moved else ""
    return "  |  ".join(parts) + moved + (f"  (+{more} more)" if more > 0 else "")


def evidence_pieces(comparison: Comparison, cursor: Cursor) -> StatusPieces | None:
    """The status line of a linked sentence in pieces a short line drops whole (links after
    the first, ``moved``, evidence items): ``None`` for a sentence without links."""
    aligned = comparison.aligned(cursor.side, cursor.index)
    if aligned.boilerplate or not aligned.links:
        return None
    links = sorted(aligned.links, key=lambda link: (link.label != "conflict", -link.score))
    text, settings = aligned.sentence.text, comparison.settings
    return StatusPieces(
        tuple(
            link_pieces(cursor.side, cursor.index, link, text, settings)
            for link in links[:MAX_LINKS_SHOWN]
        ),
        max(len(links) - MAX_LINKS_SHOWN, 0),
        " · moved (↕)" if aligned.moved else "",
    )


def story_holds(side: Side, grouped: Sequence[int]) -> str:
    """`` · the story's claim also holds R2, R5`` (numbered from 1), or empty."""
    if not grouped:
        return ""
    other = side_letter(other_side(side))
    return " · the story's claim also holds " + ", ".join(f"{other}{k + 1}" for k in grouped)


DetailLine = tuple[str, str]
"""One line of the details box: its label (indent included) and its text; a line too long for
the box wraps under its text, not under the label."""


def details_lines(
    comparison: Comparison,
    cursor: Cursor,
    carried: str | None = None,
    grouped: Sequence[int] = (),
) -> list[DetailLine]:
    """Everything the status line says about the sentence under ``cursor``, uncut: the
    sentence, every link with all its agreeing words and the linked sentence's text (a moved
    one is off screen), moved, ``carried`` (provenance) and, for a sentence linked to nothing
    here, the ``grouped`` sentences of the other column its story claim holds, with their text."""
    aligned = comparison.aligned(cursor.side, cursor.index)
    name = f"{side_letter(cursor.side)}{cursor.index + 1}"
    path = comparison.side(cursor.side).article.path
    label = "boilerplate" if aligned.boilerplate else aligned.label
    moved = " · moved (↕)" if aligned.moved else ""
    lines = [(f"{name} · ", f"{label}{moved} · {path}"), ("", ""), ("", aligned.sentence.text)]
    lines.append(("", ""))
    if aligned.boilerplate:
        lines.append(("", "Site furniture: not compared."))
    elif not aligned.links and quoted_elsewhere(comparison, cursor.side, cursor.index):
        quoted = quoted_elsewhere(comparison, cursor.side, cursor.index)
        lines.append(("", f"No sentence of the other article is linked; its quote {quoted}."))
        other = other_side(cursor.side)
        for index in quote_counterparts(comparison, cursor.side, cursor.index):
            text = comparison.aligned(other, index).sentence.text
            lines.append((f"    {side_letter(other)}{index + 1}: ", text))
    elif not aligned.links:
        # What the aligner knows, no more: "nothing in the other one states it" read as a
        # fact a checker could cite, where the other outlet can say it in other words.
        threshold = f"{comparison.settings.paraphrase:g}"
        where = "Not linked in this pair" if grouped else "Only in this article"
        lines.append(
            (
                "",
                f"{where}: no sentence of the other one is linked to it (none "
                f"scores ≥ {threshold}). Reworded further, it can still be there: t lowers "
                "the threshold.",
            )
        )
    else:
        lines.append(("", "Linked to:"))
        links = sorted(aligned.links, key=lambda link: (link.label != "conflict", -link.score))
        for link in links:
            own = aligned.sentence.text  # the evidence in the words of the sentence shown
            line = describe_link(cursor.side, cursor.index, link, own, comparison.settings)
            head, _, rest = line.partition(" · ")
            lines.append((f"  {head} · ", rest))
            if linked_by(link, comparison.settings) is not None:
                lines.append(("    wording: ", _wording(link.score, comparison.settings)))
            if len(link.evidence.agree) > MAX_AGREE_SHOWN:
                words = agree_seen_from(link.evidence.agree, cursor.side, own)
                lines.append(("    all shared words: ", ", ".join(words)))
            # the linked sentence itself: a moved one is far away in its column
            other = other_side(cursor.side)
            text = comparison.aligned(other, link.index).sentence.text
            lines.append((f"    {side_letter(other)}{link.index + 1}: ", text))
    if grouped and not aligned.links:
        other = other_side(cursor.side)
        lines.append(("", ""))
        lines.append(
            (
                "",
                "The story's claim of it also holds these sentences of the other article: "
                "the story groups sentences through their links to every article, this pair "
                "links its own sentences only. Read them to judge the pair:",
            )
        )
        for index in grouped:
            text = comparison.aligned(other, index).sentence.text
            lines.append((f"    {side_letter(other)}{index + 1}: ", text))
    if carried:
        head, colon, rest = carried.partition(": ")
        lines += [("", ""), (head[:1].upper() + head[1:] + colon, rest)]
    return [(_one_line(label), " ".join(visible(text).split())) for label, text in lines]


def _wording(score: float, settings: Settings) -> str:
    """What the score of a link the claim check made below the threshold says."""
    return (
        f"score {score:.0f}, under the paraphrase threshold ({settings.paraphrase:.0f}): the "
        "wording alone would not link them"
    )


def details_text(comparison: Comparison, cursor: Cursor, carried: str | None = None) -> str:
    """:func:`details_lines` as text, one line each."""
    return "\n".join(label + text for label, text in details_lines(comparison, cursor, carried))


def _one_line(line: str) -> str:
    """``line`` as one visible line, its indent and its trailing space kept."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    end = " " if line.endswith(" ") and line.strip() else ""
    return indent + " ".join(visible(line).split()) + end


class EvidenceLine(Widget):
    """The evidence of the cursor sentence's links, on one line; while a search is typed,
    the search line in the same place (same size, so opening it lays nothing out again)."""

    DEFAULT_CSS = """
    EvidenceLine {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
        &.conflict { color: $text-secondary; text-style: bold; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._pieces: StatusPieces | TwoForms | None = None
        self._carried: CarriedNote | None = None
        self._prompt: Content | None = None
        self._prompt_cursor = 0

    def show(
        self,
        comparison: Comparison | None,
        cursor: Cursor | None,
        *,
        carried: str | CarriedNote | None = None,
        grouped: Sequence[int] = (),
    ) -> None:
        """Describe the sentence under ``cursor`` (blank when there is none); ``carried`` is
        the story's provenance of its claim (``carried by 3 of 5: a.txt, …``), when known: in
        pieces, a line too short for it cuts the list at a whole name (``+2 more``)."""
        text = ""
        conflict = False
        self._pieces = None
        if comparison is not None and cursor is not None:
            text = evidence_text(comparison, cursor, grouped)
            conflict = comparison.aligned(cursor.side, cursor.index).label == "conflict"
            self._pieces = evidence_pieces(comparison, cursor)
            if self._pieces is None and grouped:  # the sentence it holds: i lists them
                self._pieces = TwoForms(text, text.split(" · the story's claim")[0])
        self._text = " ".join(visible(text).split())
        if isinstance(carried, str):
            carried = CarriedNote(" ".join(visible(carried).split()), (), ())
        self._carried = carried if carried and text else None
        self.set_class(conflict, "conflict")
        self.refresh()

    def show_prompt(self, prompt: Content | None, cursor: int = 0) -> None:
        """Show the search line ``prompt`` (its cursor in cell ``cursor``) in place of the
        evidence (``None``: the evidence again). A repaint of this one line: no restyle,
        no layout."""
        self._prompt = prompt
        self._prompt_cursor = cursor
        self.refresh()

    @property
    def prompt(self) -> Content | None:
        """The search line shown, or ``None`` while the line shows the evidence."""
        return self._prompt

    def render(self) -> Content:
        """The line, cut to the width and then ending in ``· i: all``; the evidence keeps
        at least half of it, a third when the provenance needs more to name an outlet whole
        (the search line keeps its cursor in view)."""
        width = self.content_size.width
        if self._prompt is not None:
            prompt, cursor = self._prompt, self._prompt_cursor
            if cursor >= width:  # a long pattern scrolls, as an Input does
                prompt = prompt[cursor - width + 1 :]
            return prompt.truncate(width)
        carried = self._carried
        tail = f"  ·  {carried}" if carried else ""
        whole = Content(self._text + tail)
        if whole.cell_length <= width:
            return whole
        # Cut: say so, and which key shows the rest (a tooltip is no help on a keyboard).
        hint = Content(DETAILS_HINT)
        width = max(width - hint.cell_length, 1)
        if not carried:
            return Content.assemble(self._evidence(width), hint)
        # the evidence keeps half the line, or a third when the provenance needs more to
        # name one outlet whole (``carried by 5 of 5: nyt +4 more``, appfix12)
        need = len("  ·  ") + carried.least()
        room = max(width - len(tail), min(width // 2, max(width // 3, width - need)))
        if isinstance(self._pieces, StatusPieces):  # what disagrees before who carries it
            limit = width - len("  ·  ") - cell_len(carried.head)
            shown = self._pieces.disagreement(limit)
            if not shown and self._pieces.disagreement(width):  # the gutter and the
                return Content.assemble(self._evidence(width), hint)  # subtitle count it
            room = max(room, shown)
        head = self._evidence(room)
        tail = f"  ·  {carried.fit(width - head.cell_length - len('  ·  '))}"
        line = Content.assemble(head, tail).truncate(width, ellipsis=True)
        return Content.assemble(line, hint)

    def _evidence(self, cells: int) -> Content:
        """The evidence in at most ``cells`` cells, shortened a whole piece at a time
        (:mod:`.evidence_fit`); cut with ``…`` only when not even ``L3 ≠ R8`` fits."""
        text = self._text if self._pieces is None else self._pieces.fit(cells)
        return Content(text).truncate(cells, ellipsis=True)
