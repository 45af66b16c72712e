"""The text of the search line, edited vim-style while the comparison keeps the focus.

The search line is drawn in the status line's place (:class:`EvidenceLine`), and the compare
screen hands it the keys while it is open: no focus change and no re-layout, which an
``Input`` cost on every ``/`` and ``enter`` (a restyle of both widgets, a frame late).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

PLACEHOLDER = "Search both columns (a capital makes it case-sensitive); enter finds, escape cancels"
"""Shown dimmed after ``/`` while nothing is typed."""


@dataclass
class LineEdit:
    """One line of text and a cursor in it, edited by key names as Textual reports them.

    | Key | Effect |
    | --- | --- |
    | a printable character | inserted at the cursor |
    | `backspace` / `ctrl+h` | delete before the cursor |
    | `delete` / `ctrl+d` | delete under the cursor |
    | `left` / `right` | move the cursor |
    | `home` / `ctrl+a`, `end` / `ctrl+e` | to the start / the end |
    | `ctrl+u` | delete everything before the cursor |
    | `ctrl+w` / `ctrl+backspace` | delete the word before the cursor |
    | `ctrl+k` | delete from the cursor to the end |

    The text it starts with (the last search) is selected, as an ``Input`` selects on focus:
    typing or pasting replaces it, ``backspace`` / ``delete`` clear it, a move keeps it.
    """

    value: str = ""
    cursor: int = 0
    selected: bool = False

    def reset(self, value: str) -> None:
        """Start over with ``value`` selected, the cursor at its end."""
        self.value = value
        self.cursor = len(value)
        self.selected = bool(value)

    def insert(self, text: str) -> None:
        """Insert ``text`` at the cursor (a paste keeps its first line only)."""
        line = text.splitlines()[0] if text.splitlines() else ""
        line = "".join(c for c in line if c.isprintable())
        if self.selected:
            self.value, self.cursor, self.selected = "", 0, False
        self.value = self.value[: self.cursor] + line + self.value[self.cursor :]
        self.cursor += len(line)

    def key(self, key: str, character: str | None) -> bool:
        """Apply one key; ``False`` when it is not an editing key."""
        if self.selected and key in ("backspace", "ctrl+h", "delete", "ctrl+d"):
            self.reset("")
            return True
        if key in ("backspace", "ctrl+h", "delete", "ctrl+d", "left", "right", "home", "end"):
            self.selected = False
        elif key.startswith("ctrl+"):
            self.selected = False
        value, cursor = self.value, self.cursor
        if key in ("backspace", "ctrl+h"):
            if cursor:
                self.value, self.cursor = value[: cursor - 1] + value[cursor:], cursor - 1
        elif key in ("delete", "ctrl+d"):
            self.value = value[:cursor] + value[cursor + 1 :]
        elif key == "left":
            self.cursor = max(0, cursor - 1)
        elif key == "right":
            self.cursor = min(len(value), cursor + 1)
        elif key in ("home", "ctrl+a"):
            self.cursor = 0
        elif key in ("end", "ctrl+e"):
            self.cursor = len(value)
        elif key == "ctrl+u":
            self.value, self.cursor = value[cursor:], 0
        elif key == "ctrl+k":
            self.value = value[:cursor]
        elif key in ("ctrl+w", "ctrl+backspace"):
            start = len(value[:cursor].rstrip())
            while start and not value[start - 1].isspace():
                start -= 1
            self.value, self.cursor = value[:start] + value[cursor:], start
        elif character is not None and len(character) == 1 and character.isprintable():
            self.insert(character)
        else:
            return False
        return True

    def content(self, placeholder: str = PLACEHOLDER) -> tuple[Content, int]:
        """``/`` and the text, the cursor cell in reverse (a selection underlined), the
        placeholder while empty; and the cursor's offset."""
        if not self.value:
            prompt = Content.assemble(
                ("/", "$text"), (" ", "reverse"), (placeholder, "$text-disabled")
            )
            return prompt, 1
        before, after = self.value[: self.cursor], self.value[self.cursor :]
        under, rest = (after[:1], after[1:]) if after else (" ", "")
        text = "$text underline" if self.selected else "$text"
        prompt = Content.assemble(
            ("/", "$text"), (before, text), (under, "reverse $text"), (rest, text)
        )
        return prompt, 1 + len(before)
