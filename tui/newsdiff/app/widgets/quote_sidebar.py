"""The quote sidebar: the quotes of both articles grouped by voice, with their status."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from newsdiff.app.widgets.hanging_text import HangingContent, WrappedItems
from newsdiff.core.document_authors import document_heading
from newsdiff.core.markers import QUOTE_MARKERS, SPEAKER_DIFFERS_MARKER, SPEAKER_DIFFERS_NOTE
from newsdiff.core.models import CharSpan, ComparedArticle, Comparison, Quote, QuoteMatch, Side
from newsdiff.core.quote_short import speaker_roles
from newsdiff.core.sanitize import visible
from newsdiff.core.speaker_names import name_key, speakers_differ, speaks_for
from newsdiff.export.quotes_view import quote_counts, quote_tally

STATUS_STYLES = {
    "verbatim": (QUOTE_MARKERS["verbatim"], "bold $text-success"),
    "excerpt": (QUOTE_MARKERS["excerpt"], "bold $text-accent"),
    "altered": (QUOTE_MARKERS["altered"], "bold $text-warning"),
    "only here": (QUOTE_MARKERS["only here"], "bold $text-error"),
}
"""Marker and theme style of each quote status."""

SPEAKER_DIFFERS_STYLE = "bold $text-error"
"""Theme style of the other-speaker marker (as a conflict: a reader must not miss it)."""

MAX_QUOTE = 160
"""Longest quote text shown in the sidebar before an ellipsis."""


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One quote of the sidebar: on the left, the right, or both (matched)."""

    speaker: str | None
    status: str
    left: Quote | None
    right: Quote | None
    left_changed: tuple[CharSpan, ...] = ()
    right_changed: tuple[CharSpan, ...] = ()
    articles: int = 1
    speaker_differs: bool = False
    speakers_apart: bool = False
    """The sides give the words to different speakers, but one was read from context (no
    ``≠ other speaker``, see :func:`~newsdiff.core.speaker_stated.speaker_stated`): both cues
    are shown, so the reader sees what each outlet's attribution says."""
    side: Side = "left"
    """Whose quote the status describes: ``left``, or ``right`` for a right quote whose
    counterpart already has an entry of its own (both halves of a quote another outlet split
    are excerpts of one left quote; each half is listed, not the left quote twice)."""

    @property
    def own_side(self) -> Side:
        """The side of the quote this entry is about (the other side when that one is None)."""
        if self.side == "right" and self.right is not None:
            return "right"
        return "left" if self.left is not None else "right"

    @property
    def own(self) -> Quote:
        """The quote this entry is about: its text is the one shown and copied."""
        quote = self.right if self.own_side == "right" else self.left
        assert quote is not None
        return quote

    @property
    def where(self) -> str:
        """``both``, ``left only`` or ``right only``."""
        if self.left is not None and self.right is not None:
            return "both"
        return "left only" if self.left is not None else "right only"


def quote_entries(comparison: Comparison, voice: dict[str, str] | None = None) -> list[QuoteEntry]:
    """The quotes of both sides as entries, each matched pair once, grouped by
    voice (a person's quotes with those of the organisations they speak for; ``voice``: the
    comparison's :func:`voices`, if already found)."""
    entries: list[QuoteEntry] = []
    seen_right: set[tuple[int, int]] = set()
    right_matches = {(m.quote.start, m.quote.end): m for m in comparison.right.quotes}
    roles = speaker_roles(m.quote for m in (*comparison.left.quotes, *comparison.right.quotes))

    def apart(match: QuoteMatch) -> bool:
        other = match.counterpart
        if other is None or match.speaker_differs:
            return False
        mine, theirs = match.quote.speaker, other.speaker
        return speakers_differ(mine, theirs, roles.get(mine or "", ()), roles.get(theirs or "", ()))

    for match in comparison.left.quotes:
        counterpart = match.counterpart if match.status != "only here" else None
        right_changed: tuple[CharSpan, ...] = ()
        if counterpart is not None:
            seen_right.add((counterpart.start, counterpart.end))
            partner = right_matches.get((counterpart.start, counterpart.end))
            right_changed = partner.changed if partner is not None else ()
        entries.append(
            QuoteEntry(
                speaker=match.quote.speaker or (counterpart.speaker if counterpart else None),
                status=match.status,
                left=match.quote,
                right=counterpart,
                left_changed=match.changed,
                right_changed=right_changed,
                articles=match.articles,
                speaker_differs=match.speaker_differs,
                speakers_apart=apart(match),
            )
        )
    for match in comparison.right.quotes:
        if (match.quote.start, match.quote.end) in seen_right:
            continue
        counterpart = match.counterpart if match.status != "only here" else None
        entries.append(
            QuoteEntry(
                speaker=match.quote.speaker,
                status=match.status,
                left=counterpart,
                right=match.quote,
                right_changed=match.changed,
                articles=match.articles,
                speaker_differs=match.speaker_differs,
                speakers_apart=apart(match),
                side="right",
            )
        )
    voice = voices(comparison) if voice is None else voice
    order: dict[str | None, int] = {}
    for entry in entries:
        order.setdefault(voice_of(entry, voice), len(order))
    return sorted(entries, key=lambda e: (e.speaker is None, order[voice_of(e, voice)]))


def voices(comparison: Comparison) -> dict[str, str]:
    """Each speaker of the comparison who has no heading of their own, to the person whose
    heading they sit under: an organisation that one person speaks for, and a person named
    by surname alone (:func:`surname_owners`).

    qstatus3 made a body and its spokesperson or head one voice (no ``≠ other speaker``, see
    :func:`speaks_for`): their quotes belong together, under the person. A body two people
    speak for keeps its own heading (whose voice it is would be a guess)."""
    quotes = [m.quote for m in (*comparison.left.quotes, *comparison.right.quotes)]
    roles = speaker_roles(quotes)
    speakers = list(dict.fromkeys(q.speaker for q in quotes if q.speaker))
    matched: dict[str, set[str]] = {}
    for match in (*comparison.left.quotes, *comparison.right.quotes):
        other = match.counterpart if match.status != "only here" else None
        if other is None or match.speaker_differs or not match.quote.speaker or not other.speaker:
            continue
        if _surname_of(match.quote.speaker, other.speaker):
            matched.setdefault(match.quote.speaker, set()).add(other.speaker)
    owners = surname_owners(speakers, matched)
    found: dict[str, list[str]] = {}
    for body in speakers:
        for person in speakers:
            if person != body and person in roles and body not in owners:
                if speaks_for(person, roles[person], body, roles.get(body, ())):
                    found.setdefault(body, []).append(owners.get(person, person))
    bodies = {body: people[0] for body, people in found.items() if len(set(people)) == 1}
    return {**bodies, **owners}


def surname_owners(
    speakers: Sequence[str], matched: Mapping[str, set[str]] | None = None
) -> dict[str, str]:
    """Each speaker named by one name alone (``Lopez``, ``Ms Lopez``) to the person it names
    in full (``Maria Lopez``): one person, one heading. That is the full name its quote is
    matched with in the other article (``matched``: the one full name, not speaking
    differently), else the one speaker of ``speakers`` with it as the last name. With two
    such (``Maria Lopez`` and ``Daniel Lopez``) it stays apart: which of them spoke would be
    a guess, and two people are never put under one heading."""
    matched = matched or {}
    owners: dict[str, str] = {}
    for speaker in speakers:
        full = matched.get(speaker) or {o for o in speakers if _surname_of(speaker, o)}
        if len(full) == 1:
            owners[speaker] = next(iter(full))
    return owners


def _surname_of(short: str, full: str) -> bool:
    """Whether ``short`` is one name alone and the last name of ``full`` (a full name)."""
    key, named = name_key(short), name_key(full)
    return len(key) == 1 and len(named) > 1 and named[-1] == key[0]


def voice_of(entry: QuoteEntry, voice: dict[str, str]) -> str | None:
    """The speaker whose heading ``entry`` sits under: the person a body's quote is
    spoken for, else its own speaker."""
    return voice.get(entry.speaker or "", entry.speaker)


def voice_heading(person: str | None, voice: dict[str, str]) -> str:
    """``Dara Quill (for Acme)``: the person and every organisation they speak for here."""
    if person is None:
        return "Unattributed"
    bodies = [
        body
        for body, who in voice.items()
        if who == person and surname_owners([person, body]).get(body) != person
    ]
    name = document_heading(" ".join(visible(person).split()))
    if not bodies:
        return name
    return f"{name} (for {', '.join(' '.join(visible(b).split()) for b in bodies)})"


HEADING_HANG = 2
"""Cells a speaker heading's wrapped lines are indented by: a long name with its ``(for …)``
reads as one heading, not as a heading and a line of text under it."""


class _Heading(HangingContent):
    """A speaker heading: one line as it is when it fits, else wrapped with each further
    line indented :data:`HEADING_HANG` cells."""

    def wrapped(self, width: int) -> Content:
        """The heading at ``width``."""
        line, _hang = self.lines[0]
        if line.cell_length <= width:
            return line
        # ``hanging_rows`` keeps the first HEADING_HANG characters as the line's head and
        # wraps the rest beside them: the first row is the full width, each further one hangs.
        return super().wrapped(width)


def heading_prompt(name: str) -> HangingContent:
    """A speaker heading whose wrapped lines are indented :data:`HEADING_HANG` cells."""
    return _Heading([(Content.styled(name, "bold $text-primary"), HEADING_HANG)])


def _quote_text(quote: Quote, changed: tuple[CharSpan, ...]) -> Content:
    text = " ".join(visible(quote.text).replace("\n", " ").split(" "))
    content = Content(text)
    for start, end in changed:
        low, high = max(start - quote.start, 0), min(end - quote.start, len(text))
        if high > low:
            content = content.stylize("bold underline $text-warning", low, high)
    if len(text) > MAX_QUOTE:
        content = content[:MAX_QUOTE].rstrip() + Content("…")
    return Content("“") + content + Content("”")


def _other_speaker_line(left: Quote, right: Quote) -> Content:
    """``≠ other speaker: L Tom Hale · R Ann Pike``: who each outlet gives the words to."""
    return Content.assemble(
        (f"{SPEAKER_DIFFERS_MARKER} {SPEAKER_DIFFERS_NOTE}: ", SPEAKER_DIFFERS_STYLE),
        ("L ", "$text-muted"),
        (" ".join(visible(left.speaker or "").split()), "bold"),
        (" · R ", "$text-muted"),
        (" ".join(visible(right.speaker or "").split()), "bold"),
    )


def entry_prompt(entry: QuoteEntry) -> HangingContent:
    """The sidebar lines of one quote: status, where, corpus count, then the text(s) and the
    cue; each line wraps under its text, after its marker (``L “``, ``← ``)."""
    marker, style = STATUS_STYLES.get(entry.status, ("?", "bold"))
    status = "verbatim" if entry.status == "verbatim" else entry.status
    if entry.status == "only here":  # "only left · in 2 articles" read as a contradiction
        status = "not on the right" if entry.left is not None else "not on the left"
    articles = f"{entry.articles} article{'s' if entry.articles != 1 else ''}"
    head = Content.assemble(
        (marker, style), " ", (status, style), (f" · in {articles}", "$text-muted")
    )
    lines = [(head, len(marker) + 1)]
    if entry.speaker_differs and entry.left is not None and entry.right is not None:
        lines.append((_other_speaker_line(entry.left, entry.right), 2))
    if entry.left is not None and entry.right is not None and entry.status == "altered":
        for label, said, changed in (
            ("L ", entry.left, entry.left_changed),
            ("R ", entry.right, entry.right_changed),
        ):
            lines.append((Content.assemble((label, "$text-muted"), _quote_text(said, changed)), 3))
    else:
        own_right = entry.own_side == "right"
        changed = entry.right_changed if own_right else entry.left_changed
        lines.append((_quote_text(entry.own, changed), 1))
    sides = (("L ", entry.left), ("R ", entry.right))
    both = entry.speaker_differs or entry.speakers_apart
    if entry.own_side == "right" and not both:
        sides = sides[::-1]  # the cue of the quote shown
    for side, quote in sides:
        if quote is not None and quote.cue is not None:
            cue = " ".join(visible(quote.cue.shown).split())
            prefix = "← " + (side if both else "")
            lines.append(
                (
                    Content.assemble((prefix, "$text-muted"), (cue, "italic $text-muted")),
                    len(prefix),
                )
            )
            if not both:
                break  # one cue names the one speaker; two speakers need both
    lines.append((Content(""), 0))
    return HangingContent(lines)


def tally_items(name: str, side: ComparedArticle) -> tuple[Content, ...]:
    """``Left: 5 quotes (1 verbatim, 2 excerpt, 0 altered, 2 only here)`` in items that wrap
    between the counts: the reports' words and numbers (:func:`quote_tally`, one article's
    quotes), not a count of the sidebar's entries, where a quote and its counterpart are one
    (on 2 of 68 tune pairs one fewer than the reports' table has rows)."""
    pieces = f"{name}: {quote_tally(side)}".split(", ")
    items = []
    for number, piece in enumerate(pieces):
        item = Content(piece if number == len(pieces) - 1 else f"{piece},")
        for status, (_, style) in STATUS_STYLES.items():
            found = re.search(rf"\b([1-9][\d,]*) {status}\b", item.plain)
            if found:
                item = item.stylize(style, found.start(), found.end())
        items.append(item)
    return tuple(items)


def compact_tallies(
    sides: Sequence[tuple[str, ComparedArticle]],
) -> tuple[tuple[Content, ...], ...]:
    """``Left   5 quotes  =1 ⊂2 ≈0 +2``: each article's :func:`tally_items` in one line of the
    38-cell sidebar, where the worded tally took three lines a side and pushed the quotes
    themselves down (eleventh trial). The markers are the entries' own (each entry names its
    status in words just below); names, totals and counts are padded so that the two lines'
    numbers stand in columns. The worded tallies are the summary's tooltip."""
    rows = [(name, len(side.quotes), quote_counts(side)) for name, side in sides]
    name_cells = max(len(name) for name, _, _ in rows)
    total_cells = max(len(str(total)) for _, total, _ in rows)
    count_cells = {
        status: max(len(str(counts[status])) for _, _, counts in rows) for status in STATUS_STYLES
    }
    lines = []
    for name, total, counts in rows:
        # an item's trailing spaces are dropped where the line joins it to the next: each
        # item starts with the cells the one before it is short of
        short = int(total == 1)  # "quote" against "quotes"
        items = [
            Content(f"{name.ljust(name_cells)} {total:>{total_cells}} quote{'s' * (1 - short)}")
        ]
        for status, (marker, style) in STATUS_STYLES.items():
            count = str(counts[status])
            items.append(Content.assemble(" " * short, (marker, style), count))
            short = count_cells[status] - len(count)
        lines.append(tuple(items))
    return tuple(lines)


@dataclass(frozen=True)
class QuoteListing:
    """The sidebar's content for one comparison: entries, summary lines (each a run of items
    that wraps between them), the same counts in one line a side (:func:`compact_tallies`,
    shown when the worded lines would wrap) and list options."""

    entries: list[QuoteEntry]
    summary: tuple[tuple[Content, ...], ...]
    options: list[Option | None]
    narrow: tuple[tuple[Content, ...], ...] = ()


class QuoteSidebar(Vertical):
    """Quotes of both sides grouped by voice; choosing one jumps the comparison to it."""

    DEFAULT_CSS = """
    QuoteSidebar {
        width: 38;
        dock: right;
        border-left: solid $foreground 20%;
        #quotes-title { padding: 0 1; text-style: bold; height: 1; }
        #quotes-summary { padding: 0 1; color: $text-muted; height: auto; }
        #quote-list {
            height: 1fr;
            border: none;
            padding: 0;
            background: $surface;
            scrollbar-size-vertical: 1;
            scrollbar-gutter: stable;  /* entries measured at the width they are drawn */
            /* A column of space on each side: the entries never touch the border or the
               scrollbar; the highlight still spans the whole row. */
            & > .option-list--option { padding: 0 1; }
            &:focus { border: none; background-tint: $foreground 5%; }
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # the columns' own keys move through the list too: with the list focused, `j` did
        # nothing (the option list knows only the arrows), so a reader took the sidebar for
        # stuck; hidden from the footer, as they are for the columns
        Binding("j", "list('cursor_down')", "Next quote", show=False),
        Binding("k", "list('cursor_up')", "Previous quote", show=False),
        Binding("g", "list('first')", "First quote", show=False),
        Binding("G", "list('last')", "Last quote", show=False),
    ]

    @dataclass
    class QuoteChosen(Message):
        """A quote was chosen (enter or click) or highlighted while the list has focus."""

        sidebar: QuoteSidebar
        entry: QuoteEntry
        chosen: bool = False
        """Enter or a click (the reader goes there), not a highlight while browsing."""

        @property
        def control(self) -> QuoteSidebar:
            """The sidebar."""
            return self.sidebar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[QuoteEntry] = []

    def action_list(self, action: str) -> None:
        """Run the quote list's own ``action`` (``cursor_down``, ``first``…): the vi keys of
        the columns, where the list binds only the arrows and home/end."""
        getattr(self.query_one("#quote-list", OptionList), f"action_{action}")()

    def compose(self) -> ComposeResult:
        """Title, summary and the list."""
        yield Static("Quotes", id="quotes-title")
        yield WrappedItems(id="quotes-summary")
        yield OptionList(id="quote-list")

    @staticmethod
    def listing(comparison: Comparison | None) -> QuoteListing:
        """Everything the sidebar shows for ``comparison``, built without touching a widget
        (a worker builds it next to the comparison; ~1,500 quotes take a while)."""
        voice = voices(comparison) if comparison is not None else {}
        entries = quote_entries(comparison, voice) if comparison is not None else []
        if not entries or comparison is None:
            return QuoteListing([], ((Content("No quotes in either article."),),), [])
        sides = (("Left", comparison.left), ("Right", comparison.right))
        summary = tuple(tally_items(name, side) for name, side in sides)
        narrow = compact_tallies(sides)
        differ = sum(entry.speaker_differs for entry in entries)
        if differ:
            speakers = (
                Content.assemble(
                    (SPEAKER_DIFFERS_MARKER, SPEAKER_DIFFERS_STYLE),
                    f" {differ} {SPEAKER_DIFFERS_NOTE}",
                ),
            )
            summary, narrow = (*summary, speakers), (*narrow, speakers)
        options: list[Option | None] = []
        speaker: object = object()
        for number, entry in enumerate(entries):
            if voice_of(entry, voice) != speaker:
                speaker = voice_of(entry, voice)
                name = voice_heading(voice_of(entry, voice), voice)
                if options:
                    options.append(None)
                options.append(Option(heading_prompt(name), disabled=True))
            options.append(Option(entry_prompt(entry), id=f"quote-{number}"))
        return QuoteListing(entries, summary, options, narrow)

    def show(self, comparison: Comparison | None, *, listing: QuoteListing | None = None) -> None:
        """List the quotes of ``comparison`` (``listing``: its :meth:`listing`, if built)."""
        if listing is None:
            listing = self.listing(comparison)
        option_list = self.query_one(OptionList)
        option_list.clear_options()
        self.entries = listing.entries
        summary = self.query_one("#quotes-summary", WrappedItems)
        summary.show(listing.summary, listing.narrow)
        worded = [" ".join(item.plain for item in line) for line in listing.summary]
        summary.tooltip = "\n".join(worded) if listing.narrow else None
        if listing.options:
            option_list.add_options(listing.options)

    def _entry(self, option: Option) -> QuoteEntry | None:
        if option.id is None or not option.id.startswith("quote-"):
            return None
        return self.entries[int(option.id.removeprefix("quote-"))]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or click: jump to the quote."""
        event.stop()
        entry = self._entry(event.option)
        if entry is not None:
            self.post_message(self.QuoteChosen(self, entry, chosen=True))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Browsing the list with the keyboard follows along in the comparison."""
        event.stop()
        entry = self._entry(event.option)
        if entry is not None and event.option_list.has_focus:
            self.post_message(self.QuoteChosen(self, entry))
