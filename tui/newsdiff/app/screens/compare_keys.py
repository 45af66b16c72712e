"""Every key of the compare screen and its command palette entries, in one place: the
screen's ``BINDINGS`` are :data:`KEYS`, :func:`palette` lists the same actions by name, and
:data:`NEEDS_COMPARISON` the keys that wait for a comparison (dimmed until it lands)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding, BindingType

from newsdiff.app.widgets.diff_view import DiffView

if TYPE_CHECKING:
    from newsdiff.app.screens.compare import CompareScreen

NEEDS_COMPARISON = {
    "fold_shared",
    "hide_boilerplate",
    "cycle_filter",
    "next",
    "previous",
    "search",
    "next_difference",
    "previous_difference",
    "next_conflict",
    "previous_conflict",
    "swap",
    "save",
    "thresholds",
    "toggle_quotes",
    "copy_citation",
    "details",
}
"""Actions that make sense only once a comparison is on screen."""

KEYS: list[BindingType] = [
    Binding(
        "n",
        "next",
        "Next diff",
        tooltip="Next difference",
        id="next-difference",
    ),
    Binding(
        "N",
        "previous",
        "Prev diff",
        show=False,
        tooltip="Previous difference",
        id="previous-difference",
    ),
    # While a search is active `n`/`N` go to matches, and the footer says so: it read
    # "n Next diff" beside a notice saying "match 3 of 12".
    Binding(
        "n",
        "match(1)",
        "Next match",
        tooltip="Next match while searching (escape ends the search; d: differences)",
        id="next-match",
    ),
    Binding(
        "N",
        "match(-1)",
        "Prev match",
        show=False,
        tooltip="Previous match while searching",
        id="previous-match",
    ),
    Binding(
        "d",
        "next_difference",
        "Next diff",
        show=False,
        tooltip="Next non-shared sentence (even during a search)",
        id="next-difference-always",
    ),
    Binding(
        "D",
        "previous_difference",
        "Prev diff",
        show=False,
        tooltip="Previous non-shared sentence (even during a search)",
        id="previous-difference-always",
    ),
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        tooltip="Search both columns; then n / N for the next / previous match",
        id="search",
        # Checked as the key is read, before later keys are handed to a widget: what is
        # typed straight after "/" lands in the search line, never on the comparison's
        # bindings ("s" would swap the sides).
        priority=True,
    ),
    Binding(
        "c",
        "next_conflict",
        "Conflict",
        tooltip="Next conflict (≠), once per conflict",
        id="next-conflict",
    ),
    Binding(
        "C",
        "previous_conflict",
        "Prev conflict",
        show=False,
        tooltip="Previous conflict (≠), once per conflict",
        id="previous-conflict",
    ),
    Binding(
        "right_square_bracket",
        "article('right', 1)",
        "Next right",
        key_display="]",
        tooltip="Next article in the right column",
        id="right-next-article",
    ),
    Binding(
        "left_square_bracket",
        "article('right', -1)",
        "Previous right article",
        key_display="[",
        show=False,
        id="right-previous-article",
    ),
    Binding(
        "right_curly_bracket",
        "article('left', 1)",
        "Next left",
        key_display="}",
        tooltip="Next article in the left column",
        id="left-next-article",
    ),
    Binding(
        "left_curly_bracket",
        "article('left', -1)",
        "Previous left article",
        key_display="{",
        show=False,
        id="left-previous-article",
    ),
    Binding("s", "swap", "Swap", tooltip="Swap the left and right columns", id="swap"),
    Binding(
        "z",
        "fold_shared",
        "Fold",
        tooltip="Fold runs of shared sentences into one line (enter opens one)",
        id="fold-shared",
    ),
    Binding(
        "Z",
        "hide_boilerplate",
        "Boilerplate",
        show=False,
        tooltip="Fold boilerplate (site furniture) into one line",
        id="hide-boilerplate",
    ),
    Binding(
        "f",
        "cycle_filter",
        "Filter",
        tooltip="Show all rows, only differences, or only quotes",
        id="filter",
    ),
    Binding(
        "y",
        "copy_citation",
        "Copy",
        tooltip="Copy the cursor sentence (or the highlighted quote) with its source",
        id="copy-citation",
    ),
    Binding(
        "i",
        "details",
        "Details",
        show=False,
        tooltip="The cursor sentence in full: every link, all its evidence, who carries it",
        id="details",
    ),
    Binding(
        "q",
        "toggle_quotes",
        "Quotes",
        tooltip="Show or hide the quote sidebar",
        id="toggle-quotes",
    ),
    Binding(
        "t",
        "thresholds",
        "Thresholds",
        tooltip="Adjust the shared and paraphrase thresholds",
        priority=True,
        id="thresholds",
    ),
    Binding(
        "ctrl+s",
        "save",
        "Save",
        tooltip="Save the comparison (HTML, SVG, Markdown, JSON)",
        id="save",
    ),
    Binding(
        "left,minus",
        "threshold_nudge(-1)",
        "Lower",
        tooltip="Threshold panel: lower the selected threshold by 5",
        priority=True,
        id="threshold-lower",
    ),
    Binding(
        "right,plus,equals_sign",
        "threshold_nudge(1)",
        "Raise",
        tooltip="Threshold panel: raise the selected threshold by 5",
        priority=True,
        id="threshold-raise",
    ),
    Binding(
        "up,down",
        "threshold_switch",
        "Other threshold",
        tooltip="Threshold panel: select the other threshold",
        priority=True,
        id="threshold-switch",
    ),
    Binding(
        "enter,escape",
        "threshold_close",
        "Done",
        tooltip="Threshold panel: close it",
        priority=True,
        id="threshold-close",
    ),
    Binding(
        "escape",
        "back",
        "Back",
        tooltip="Close the search line or quote overlay, end a search, else go back",
        id="back",
    ),
]
"""The screen's keys, in the order the footer and the help screen show them."""


def palette(screen: CompareScreen) -> Iterable[SystemCommand]:
    """Palette entries for the screen's actions (each names its key)."""
    yield SystemCommand(
        "Next difference",
        "Move to the next non-shared sentence (n)",
        screen.action_next_difference,
    )
    yield SystemCommand(
        "Previous difference",
        "Move to the previous non-shared sentence (N)",
        screen.action_previous_difference,
    )
    yield SystemCommand(
        "Next conflict",
        "Move to the next conflict, ≠, once per conflict (c)",
        screen.action_next_conflict,
    )
    yield SystemCommand(
        "Previous conflict",
        "Move to the previous conflict, ≠, once per conflict (C)",
        screen.action_previous_conflict,
    )
    yield SystemCommand(
        "Next article on the right",
        "Replace the right column with the next article (])",
        lambda: screen.action_article("right", 1),
    )
    yield SystemCommand(
        "Previous article on the right",
        "Replace the right column with the previous article ([)",
        lambda: screen.action_article("right", -1),
    )
    yield SystemCommand(
        "Next article on the left",
        "Replace the left column with the next article (})",
        lambda: screen.action_article("left", 1),
    )
    yield SystemCommand(
        "Previous article on the left",
        "Replace the left column with the previous article ({)",
        lambda: screen.action_article("left", -1),
    )
    yield SystemCommand("Swap columns", "Swap the left and right articles (s)", screen.action_swap)
    yield SystemCommand(
        "Fold shared sentences",
        "Fold or unfold runs of shared sentences (z)",
        screen.action_fold_shared,
    )
    yield SystemCommand(
        "Fold boilerplate", "Fold or unfold site furniture (Z)", screen.action_hide_boilerplate
    )
    yield SystemCommand(
        "Filter rows",
        "All rows, only differences, only quotes (f)",
        screen.action_cycle_filter,
    )
    yield SystemCommand(
        "Search", "Search both columns; n / N for next / previous match (/)", screen.action_search
    )
    yield SystemCommand(
        "Copy with citation",
        "Copy the cursor sentence or quote with outlet, title and source (y)",
        screen.action_copy_citation,
    )
    yield SystemCommand(
        "Sentence details",
        "The cursor sentence in full: every link, its evidence, who carries it (i)",
        screen.action_details,
    )
    yield SystemCommand(
        "Toggle quote sidebar",
        "Show or hide the quotes of both articles (q)",
        screen.action_toggle_quotes,
    )
    yield SystemCommand(
        "Thresholds…", "Adjust the shared and paraphrase thresholds (t)", screen.action_thresholds
    )
    yield SystemCommand(
        "Jump to counterpart",
        "Move the cursor to the linked sentence on the other side (enter)",
        screen.query_one(DiffView).action_counterpart,
    )
    yield SystemCommand(
        "Save comparison…", "Save as HTML, SVG, Markdown or JSON (ctrl+s)", screen.action_save
    )
    yield SystemCommand("Back to the library", "Choose other articles (escape)", screen.action_back)
