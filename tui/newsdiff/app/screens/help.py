"""The help screen: every key of the screen below it, from the live bindings (remaps included)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.dom import DOMNode
from textual.geometry import Region, Size
from textual.screen import Screen
from textual.widget import Widget

from newsdiff.app.screens.boxed_modal import BoxedModal
from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER

MOUSE_HELP = {
    "LibraryScreen": [
        ("click", "highlight an article; click it again to mark or unmark it"),
        ("click a footer key", "run it"),
    ],
    "CompareScreen": [
        ("click", "put the cursor on a sentence"),
        ("wheel", "scroll both columns together"),
        ("click a quote", "jump both columns to it"),
    ],
    "StoryScreen": [
        ("click", "highlight a cell, a claim or a variant; click it again to open it (as enter)"),
    ],
}
"""What the mouse does on each screen."""

MARKER_LEGEND = [
    (
        MARKERS["shared"],
        "shared: the same sentence, word for word or nearly (order ≥ shared threshold)",
    ),
    (
        MARKERS["paraphrased"],
        "paraphrased: the same content in other words (score ≥ paraphrase threshold)",
    ),
    (
        MARKERS["conflict"],
        "conflict: linked, but the outlets disagree (a figure, a date, a denial, a speaker)",
    ),
    (MARKERS["unique"], "unique: only in this article"),
    (
        MOVED_MARKER,
        f"moved, after the label ({MARKERS['paraphrased']}{MOVED_MARKER}): linked to a "
        "sentence elsewhere in the other article's order",
    ),
    (
        BOILERPLATE_MARKER,
        "boilerplate: site furniture (newsletter pitches, captions), not compared",
    ),
    ("bold underline", "a mostly alike pair: the words that differ from the linked sentence"),
    ("bold", "a mostly reworded pair: only the evidence, the content words the two share"),
    ("reverse", "the words or figures on which a conflict disagrees"),
    ("highlight", "search matches (accent background; reverse underline in ANSI themes)"),
    (
        "L3 ≈ R8 · score 74 · order 41 · …",
        "status line: the cursor sentence, its counterparts, score, word-order score, evidence",
    ),
    ("3/5", "once the story is computed (s): articles of the corpus carrying the sentence's claim"),
]
"""What every gutter marker and emphasis of the comparison means."""

SIDEBAR_KEYS = [
    ("q", "show or hide the sidebar (below 100 columns it opens over the text)"),
    ("tab", "move focus between the comparison and the sidebar"),
    ("up / down, j / k", "browse the quotes; the comparison follows (g / G: first / last)"),
    ("enter / click", "jump both columns to the quote"),
    ("y", "copy the highlighted quote with its speaker and source"),
    ("= ⊂ ≈ +", "verbatim, excerpt, altered, only here (its status in the other article)"),
    ("escape", "close the overlay (narrow terminals)"),
]
"""The quote sidebar's keys and markers."""

STORY_KEYS = [
    ("enter on a cell", "compare its two articles (row left, column right)"),
    (
        "enter on a claim",
        "a ≠ claim: the pair that disagrees, at the sentence; else its first outlet "
        "against the next, at the claim",
    ),
    (
        "enter on a variant",
        "a ≠ variant or a Conflict line: the pair that disagrees; an Also linked line: "
        "that claim; another variant: its article against the first outlet's",
    ),
    ("4/5", "a claim's outlets: how many of the corpus's articles carry it"),
    (
        "[1–3,5 +1 linked]",
        "which articles carry it (numbered as in the key), and how many "
        "more the pair view links to it",
    ),
    ("≠", "outlets disagree on the claim (a figure, a date, a place, a speaker…)"),
    ("bold reverse", "the words a variant changes against the first, and a conflict's words"),
]
"""The Story screen's panes: what enter opens in each, and what its claims' marks mean."""

SECTION_TITLES = {
    "NewsDiffApp": "Everywhere",
    "LibraryScreen": "Library",
    "ArticleTable": "Library list",
    "CompareScreen": "Comparison",
    "StoryScreen": "Story",
    "DiffView": "Sentence cursor",
}


def binding_rows(node: DOMNode, keymap: dict[str, str]) -> list[tuple[str, str]]:
    """``(keys, description)`` of ``node``'s bindings after the keymap, one row per action, and
    one per key: a key bound to two actions, one at a time (``n``: the next difference, the next
    match while searching), says both on one row, the first binding's then the other's tooltip
    (the compare help listed ``n`` and ``N`` twice: the fourteenth trial)."""
    bindings = node._bindings.copy()
    if keymap:
        bindings.apply_keymap(keymap)
    rows: dict[tuple[str, str], list[str]] = {}
    tips: dict[str, str] = {}
    for key, key_bindings in bindings.key_to_bindings.items():
        for binding in key_bindings:
            if binding.system or not binding.description:
                continue
            display = binding.key_display or node.app.get_key_display(Binding(key, binding.action))
            text = binding.description[:1].upper() + binding.description[1:]
            if binding.tooltip and binding.tooltip != binding.description:
                text = f"{text} · {binding.tooltip}"
            rows.setdefault((binding.action, text), []).append(display)
            tips[text] = binding.tooltip or binding.description
    by_keys: dict[str, str] = {}
    for (_, description), keys in rows.items():
        shown = " / ".join(dict.fromkeys(keys))
        if shown in by_keys:
            tip = tips[description]
            by_keys[shown] += f" — {tip[:1].lower()}{tip[1:]}"
        else:
            by_keys[shown] = description
    return list(by_keys.items())


KEYS_ROOM = 18
"""The widest key column a help section takes; a longer key sits on its own line."""


def help_content(
    sections: Iterable[tuple[str, list[tuple[str, str]]]], width: int | None = None
) -> Content:
    """The help text: a bold title per section, then aligned key and description columns; with
    ``width``, long descriptions wrap under their own column, not under the keys."""
    lines: list[Content] = []
    for title, rows in sections:
        if not rows:
            continue
        if lines:
            lines.append(Content(""))
        lines.append(Content.styled(title, "bold $text-primary"))
        # a key longer than KEYS_ROOM (the status line's sample) takes a line of its own, so
        # that it does not push every description of its section to the right
        keys_width = max((len(keys) for keys, _ in rows if len(keys) <= KEYS_ROOM), default=0)
        indent = 2 + keys_width + 3
        room = max(20, width - indent) if width else None
        for keys, description in rows:
            parts = textwrap.wrap(description, room) if room else [description]
            if len(keys) > keys_width:
                lines.append(Content.styled("  " + keys, "bold $text-accent"))
                lines.extend(Content(" " * indent + part) for part in parts)
                continue
            lines.append(
                Content.assemble(
                    ("  " + keys.ljust(keys_width), "bold $text-accent"), "   ", parts[0]
                )
            )
            lines.extend(Content(" " * indent + part) for part in parts[1:])
    return Content("\n").join(lines)


class HelpText(Widget):
    """The help text, wrapped to the box's width with a hanging indent."""

    DEFAULT_CSS = """
    HelpText { height: auto; }
    """

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sections = sections

    def render(self) -> Content:
        """The sections at the current width."""
        return help_content(self.sections, self.content_size.width or None)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the text has at ``width``."""
        return len(help_content(self.sections, width or None).plain.split("\n"))


class HelpScreen(BoxedModal):
    """Every key of the screen below, grouped by where it works, and what the mouse does."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help-close"),
    ]

    def __init__(self, under: Screen, keep: Region | None = None) -> None:
        super().__init__(keep)
        self.under = under

    def compose(self) -> ComposeResult:
        """The key table in a scrolling box."""
        keymap = dict(self.app._keymap)
        nodes: list[DOMNode] = [self.app, self.under]
        for name in ("ArticleTable", "DiffView"):
            nodes.extend(self.under.query(name))
        sections = [
            (
                SECTION_TITLES.get(type(node).__name__, type(node).__name__),
                binding_rows(node, keymap),
            )
            for node in nodes
        ]
        if type(self.under).__name__ == "CompareScreen":
            sections.append(("Markers", MARKER_LEGEND))
            sections.append(("Quote sidebar", SIDEBAR_KEYS))
        if type(self.under).__name__ == "StoryScreen":
            sections.append(("Matrix, claims and variants", STORY_KEYS))
        mouse = MOUSE_HELP.get(type(self.under).__name__, [])
        sections.append(("Mouse", list(mouse)))
        sections.append(("Command palette", [("ctrl+p", "every action by name, themes, articles")]))
        box = self.modal_box("Keys", "help-box", "escape or ?")
        with box:
            yield HelpText(sections, id="help-text")
