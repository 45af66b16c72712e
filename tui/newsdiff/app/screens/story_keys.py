"""Every key of the story screen, in the order its footer and help show them."""

from __future__ import annotations

from textual.binding import Binding, BindingType

STORY_BINDINGS: tuple[BindingType, ...] = (
    Binding("o", "cycle_order", "Sort", tooltip="Sort the claims another way", id="story-sort"),
    Binding(
        "1",
        "toggle_filter('single')",
        "One outlet",
        tooltip="Show only claims carried by one outlet",
        id="story-only-one",
    ),
    Binding(
        "c",
        "toggle_filter('conflict')",
        "Conflicts",
        tooltip="Show only claims whose outlets conflict",
        id="story-conflicts",
    ),
    Binding(
        "x",
        "linked_claim",
        "Linked",
        tooltip="Go to the claim an Also linked line names (a pair-view link to it)",
        id="story-linked",
    ),
    Binding(
        "ctrl+s",
        "save",
        "Save",
        tooltip="Save the story (HTML, Markdown, JSON, text)",
        id="save",
    ),
    Binding(
        "escape",
        "back",
        "Back",
        tooltip="Back to the claim a cross-reference left, else to the library",
        id="story-back",
    ),
    Binding("j", "move('down')", "Down", show=False, id="story-down"),
    Binding("k", "move('up')", "Up", show=False, id="story-up"),
    Binding("h", "move('left')", "Left", show=False, id="story-left"),
    Binding("l", "move('right')", "Right", show=False, id="story-right"),
)
"""The story screen's bindings (:class:`~newsdiff.app.screens.story.StoryScreen`); ids let a user
remap each key."""
