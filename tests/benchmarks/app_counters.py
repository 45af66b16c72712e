"""Counts and timestamps of Textual's main-thread work, for the app benchmarks.

``Counters.install()`` wraps a few of Textual's methods (and newsdiff's view) so that each call
adds to a count and, for the ones that mark progress, records its wall time and the main
thread's CPU time since :meth:`Counters.start`: full layouts (``Compositor.reflow``), scroll
layouts (``reflow_visible``), paints (``Screen._compositor_refresh``), style passes
(``Stylesheet.update_nodes`` and the nodes they restyle), widgets mounted, composes, and the
comparison handed to the view. ``uninstall()`` puts the originals back.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Counters:
    """What the main thread did between :meth:`start` and :meth:`stop`."""

    counts: dict[str, int] = field(default_factory=dict)
    events: list[tuple[str, float, float]] = field(default_factory=list)
    """(name, wall ms, main-thread CPU ms) since start, for the named steps."""
    started: bool = False
    _wall0: float = 0.0
    _cpu0: float = 0.0
    _main: int = 0
    _restore: list[tuple[object, str, object]] = field(default_factory=list)
    cpu_ms: float = 0.0
    trace: bool = False
    """Record each ``refresh(layout=True)`` with its widget and callers (in the timeline)."""
    spent: dict[str, float] = field(default_factory=dict)
    """Main-thread CPU ms inside each :meth:`timed` step (inclusive: steps may nest)."""
    wall_ms: float = 0.0

    def start(self) -> None:
        self.counts.clear()
        self.events.clear()
        self.spent.clear()
        self.started = True
        self._main = threading.get_ident()
        self._wall0 = time.perf_counter()
        self._cpu0 = time.thread_time()

    def stop(self) -> None:
        self.wall_ms = (time.perf_counter() - self._wall0) * 1000
        self.cpu_ms = (time.thread_time() - self._cpu0) * 1000
        self.started = False

    def mark(self, name: str) -> None:
        """Record ``name`` now (main thread only; other threads count it, unstamped)."""
        if not self.started:
            return
        self.counts[name] = self.counts.get(name, 0) + 1
        if threading.get_ident() == self._main:
            self.events.append(
                (
                    name,
                    (time.perf_counter() - self._wall0) * 1000,
                    (time.thread_time() - self._cpu0) * 1000,
                )
            )

    def add(self, name: str, amount: int) -> None:
        if self.started:
            self.counts[name] = self.counts.get(name, 0) + amount

    def _wrap(self, owner: object, attribute: str, before: Callable[..., None]) -> None:
        original = getattr(owner, attribute)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            before(*args, **kwargs)
            return original(*args, **kwargs)

        self._restore.append((owner, attribute, original))
        setattr(owner, attribute, wrapped)

    def timed(self, owner: object, attribute: str, name: str) -> None:
        """Wrap ``owner.attribute`` (a plain method): each main-thread call is an event
        ``name`` and its CPU time is added to ``spent[name]``."""
        original = getattr(owner, attribute)

        @functools.wraps(original)  # Textual passes a handler as many arguments as it takes
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not self.started or threading.get_ident() != self._main:
                return original(*args, **kwargs)
            self.mark(name)
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + (time.thread_time() - start) * 1000

        self._restore.append((owner, attribute, original))
        setattr(owner, attribute, wrapped)

    def install(self) -> None:
        """Wrap Textual's layout, paint, style and mount steps and the view's ``show``."""
        from newsdiff.app.widgets.diff_view import DiffView
        from textual._compositor import Compositor
        from textual.app import App
        from textual.css.stylesheet import Stylesheet
        from textual.screen import Screen
        from textual.widget import Widget

        self.timed(Compositor, "reflow", "layout")

        def layout_caller(*a: Any, **k: Any) -> None:
            if self.trace and self.started:
                import sys

                frame = sys._getframe(2)
                callers = []
                for _ in range(6):
                    if frame is None:
                        break
                    callers.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
                    frame = frame.f_back
                self.mark(f"layout from {' <- '.join(callers)}")

        self._wrap(Compositor, "reflow", layout_caller)

        def layout_message(_screen: object, message: Any) -> None:
            if self.trace and self.started:
                self.mark(f"layout asked by {type(message.widget).__name__}")

        self._wrap(Screen, "_on_layout", layout_message)
        self.timed(Compositor, "reflow_visible", "scroll layout")
        self.timed(Screen, "_compositor_refresh", "paint")
        self.timed(DiffView, "show", "view.show")

        self.timed(Stylesheet, "update_nodes", "style pass")
        self.timed(App, "_register", "mount")
        from newsdiff.app.screens.compare import CompareScreen
        from newsdiff.app.widgets.column_header import ColumnHeads
        from newsdiff.app.widgets.evidence_line import EvidenceLine
        from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
        from textual.widgets import OptionList

        self.timed(CompareScreen, "on_mount", "screen.on_mount")
        self.timed(CompareScreen, "_show", "screen._show")
        self.timed(QuoteSidebar, "show", "quotes.show")
        self.timed(EvidenceLine, "show", "status.show")
        self.timed(ColumnHeads, "show", "heads.show")
        self.timed(OptionList, "render_lines", "quotes.render")
        self.timed(OptionList, "_update_lines", "quotes.measure")
        self.timed(DiffView, "render_lines", "view.render")
        self._wrap(Stylesheet, "apply", lambda *a, **k: self.add("nodes styled", 1))

        def registered(_app: object, parent: object, *widgets: object, **k: Any) -> None:
            self.add("widgets mounted", len(widgets))
            if self.trace and self.started:
                names = ",".join(type(w).__name__ for w in widgets)
                self.mark(f"mount {names} in {type(parent).__name__}")

        self._wrap(App, "_register", registered)
        self._wrap(Widget, "_compose", lambda *a, **k: self.add("composes", 1))

        def refreshed(widget: object, *a: Any, layout: bool = False, **k: Any) -> None:
            self.add("refresh(layout)" if layout else "refresh", 1)
            view_repaint = type(widget).__name__ in ("DiffView", "OptionList")
            if (layout or view_repaint) and self.trace and self.started:
                import sys

                frame = sys._getframe(2)
                callers = []
                for _ in range(7):
                    if frame is None:
                        break
                    callers.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
                    frame = frame.f_back
                what = "relayout" if layout else "repaint"
                self.mark(f"{what} {type(widget).__name__} <- {' <- '.join(callers)}")

        self._wrap(Widget, "refresh", refreshed)

        def dirtied(widget: object, *a: Any, **k: Any) -> None:
            if self.trace and self.started and type(widget).__name__ == "DiffView":
                import sys

                frame = sys._getframe(2)
                callers = []
                for _ in range(5):
                    if frame is None:
                        break
                    callers.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
                    frame = frame.f_back
                self.mark(f"dirty DiffView <- {' <- '.join(callers)}")

        self._wrap(Widget, "_set_dirty", dirtied)

    def uninstall(self) -> None:
        for owner, attribute, original in reversed(self._restore):
            setattr(owner, attribute, original)
        self._restore.clear()

    def first(self, name: str) -> tuple[float, float] | None:
        """(wall ms, CPU ms) of the first ``name`` event."""
        for event, wall, cpu in self.events:
            if event == name:
                return wall, cpu
        return None

    def drawn(self) -> tuple[float, float] | None:
        """(wall ms, CPU ms) of the first paint after the comparison reached the view."""
        shown = False
        for event, wall, cpu in self.events:
            if event == "view.show":
                shown = True
            elif shown and event == "paint":
                return wall, cpu
        return None
