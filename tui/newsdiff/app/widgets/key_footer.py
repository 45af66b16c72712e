"""Textual's Footer, painted with its keys in the first frame and rebuilt once per change burst.

Textual's ``Footer`` (8.2.8) composes empty, waits for the screen's first "bindings updated"
signal, and then rebuilds itself after the next refresh, once per signal. On the library that
meant the rows were on screen ~100 ms (and several frames) before the footer: five rebuilds of
the footer queued up (auto-focus, the screen resuming, the table taking focus after loading,
each signalled twice), every one removing and remounting every key, and the first of them
arrived after the first frame, while the thread that counts the articles' words held the GIL.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A ``Footer`` whose keys are in the first frame, rebuilt at most once per refresh.

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

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        await self.recompose()
