"""Textual's Footer, painted with its keys in the first frame and rebuilt only when they change.

Textual's ``Footer`` (8.2.8) composes empty, waits for the screen's first "bindings updated"
signal, and then rebuilds itself after the next refresh, once per signal. On the library that
meant the rows were on screen ~100 ms (and several frames) before the footer: five rebuilds of
the footer queued up (auto-focus, the screen resuming, the table taking focus after loading,
each signalled twice), every one removing and remounting every key, and the first of them
arrived after the first frame, while the thread that counts the articles' words held the GIL.

The bindings change far more often than the keys shown, and a rebuild (unmounting and
mounting ~20 keys, restyling each) cost ~40 ms of a keypress: opening the search line and
pressing enter in it each paid one, since while a text field has focus the keys it types are
not bindings (the footer shows 5 keys instead of 19). So a rebuild compares the keys to show
with the keys composed: when they are the same keys or some of them in the same order, it only
hides, shows, enables or disables keys in place; only other keys are composed again.

Keys that do not fit whole in the width are hidden, from the last one back (the help key is
first and lists them all): Textual's footer cut the last key in the middle of its word
(``} Next le▏^p palette`` at 80 columns).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

Shown = tuple[str, str, str]
"""One key of the footer: ``(action, description, tooltip)``; which key triggers the action
may change in place (``?`` shows as ``f1`` while a text field takes ``?`` as text)."""


class KeyFooter(Footer):
    """A ``Footer`` whose keys are in the first frame, rebuilt only when the keys shown change.

    Takes the same arguments as ``Footer``.
    """

    DEFAULT_CSS = """
    KeyFooter.-compact FooterKey.-command-palette {
        /* Compact keys get a right margin; docked right, the palette key's margin left the
           last column uncovered, showing a letter of the key under it (`^p palettev`). */
        margin-right: 0;
        padding-right: 1;
    }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Compose the keys active at mount instead of nothing (Footer waits for a signal).
        self.set_reactive(Footer._bindings_ready, True)
        self._rebuild_pending = False
        self._composed: list[Shown] | None = None
        self._wanted: set[Shown] = set()
        self._fitted_width = 0

    def bindings_changed(self, screen: Screen) -> None:
        """Rebuild after the next refresh, unless a rebuild is already waiting for it.

        The waiting rebuild reads the bindings when it runs, so it shows every change that came
        before it; a change during a rebuild schedules the next one.
        """
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self._rebuild_pending or not self.is_attached or screen is not self.screen:
            return
        self._rebuild_pending = True
        self.call_after_refresh(self._rebuild)

    def _shown(self) -> tuple[list[Shown], dict[Shown, tuple[Binding, bool]]] | None:
        """The keys the footer would show now (one per action, as ``Footer`` composes them,
        the palette key last) and whether each is enabled; ``None`` with grouped keys."""
        shown: dict[str, Shown] = {}
        enabled: dict[Shown, tuple[Binding, bool]] = {}
        palette: Shown | None = None
        for _, binding, on, tooltip in self.screen.active_bindings.values():
            entry = (binding.action, binding.description, tooltip)
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                palette = entry
                enabled[entry] = binding, on
                continue
            if not binding.show or binding.action in shown:
                continue
            if binding.group is not None:
                return None
            shown[binding.action] = entry
            enabled[entry] = binding, on
        keys = _help_first(list(shown.values()), enabled)
        if palette is not None and self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            keys.append(palette)
        return keys, enabled

    def compose(self) -> Any:
        """Footer's keys, remembering which were composed.

        Each key comes with its ``-compact`` class already set: ``FooterKey`` sets it as it
        mounts, which restyled every key once more before the first frame.
        """
        shown = self._shown() if self._bindings_ready and self.is_attached else None
        self._composed = shown[0] if shown is not None else None
        self._wanted = set(shown[0]) if shown is not None else set()
        widgets = super().compose() if shown is None else self._keys(*shown)
        for widget in widgets:
            if isinstance(widget, FooterKey):
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def _keys(
        self, keys: list[Shown], enabled: dict[Shown, tuple[Binding, bool]]
    ) -> Iterator[FooterKey]:
        """One ``FooterKey`` for each key shown, in order (as ``Footer`` composes them)."""
        self.styles.grid_size_columns = len(keys)
        fitting = self._fitting(keys, enabled)
        for entry in keys:
            binding, on = enabled[entry]
            palette = binding.key == self.app.COMMAND_PALETTE_BINDING
            key = FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette" if palette else "",
                disabled=not on,
                tooltip=(binding.tooltip or binding.description) if palette else entry[2],
            )
            key.display = entry in fitting
            yield key if palette else key.data_bind(compact=Footer.compact)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached:
            return
        shown = self._shown()
        composed = self._composed
        if shown is None or composed is None or not _in_order(shown[0], composed):
            await self.recompose()
            return
        keys, enabled = shown
        self._wanted = set(keys)
        widgets = list(self.query(FooterKey))
        if len(widgets) != len(composed):
            await self.recompose()
            return
        fitting = self._fitting(keys, enabled)
        for widget, entry in zip(widgets, composed, strict=True):
            if widget.display != (entry in fitting):  # setting it re-lays out the screen
                widget.display = entry in fitting
            if entry not in self._wanted:
                continue
            binding, on = enabled[entry]
            if widget._disabled == on or widget.key != binding.key:
                widget._disabled = not on
                widget.set_class(not on, "-disabled")
                display = self.app.get_key_display(binding)
                # A key enabled or dimmed keeps its width: a repaint, not a new layout of the
                # screen (a comparison landing enables a dozen keys in its first frame).
                resized = widget.key_display != display
                widget.key = binding.key
                widget.key_display = display
                widget.refresh(layout=resized)

    def _fitting(self, keys: list[Shown], enabled: dict[Shown, tuple[Binding, bool]]) -> set[Shown]:
        """The keys of ``keys`` that fit whole beside the palette key, in order: the first
        that does not fit and every key after it are left out."""
        width = self.size.width or self.app.size.width
        self._fitted_width = width
        room = width
        cells: dict[Shown, int] = {}
        for entry in keys:
            binding = enabled[entry][0]
            display = self.app.get_key_display(binding)
            # "key description" and the gap after it (the palette: its bar and padding).
            cells[entry] = cell_len(display) + 1 + cell_len(binding.description) + 1
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                cells[entry] += 1
                room -= cells[entry]
        fitting: set[Shown] = set()
        full = False
        for entry in keys:
            if enabled[entry][0].key == self.app.COMMAND_PALETTE_BINDING:
                fitting.add(entry)
                continue
            full = full or cells[entry] > room
            if not full:
                room -= cells[entry]
                fitting.add(entry)
        return fitting

    def on_resize(self, event: events.Resize) -> None:
        """Fit the keys to the new width (a rebuild reads the width as it runs)."""
        if event.size.width == self._fitted_width or self._composed is None:
            return
        if not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)


def _help_first(keys: list[Shown], enabled: dict[Shown, tuple[Binding, bool]]) -> list[Shown]:
    """The help key first, as htop, nano and mc put it, so that a narrow footer never cuts it
    off: the compare screen's keys overflow 120 columns, and help lists every one of them."""
    helps = [entry for entry in keys if enabled[entry][0].id == "help"]
    return helps + [entry for entry in keys if entry not in helps]


def _in_order(keys: list[Shown], composed: list[Shown]) -> bool:
    """Whether ``keys`` are some of ``composed`` in the same order."""
    remaining = iter(composed)
    return all(any(key == other for other in remaining) for key in keys)
