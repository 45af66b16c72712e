"""What the app leaves on the user's terminal: one line after a crash, never a traceback;
notifications as plain text; a plain ctrl+c hint; input bytes that are not UTF-8 survive.

:class:`TerminalGuard` is mixed into :class:`~newsdiff.app.app.NewsDiffApp` ahead of Textual's
``App``, whose hooks it overrides; mypy reads it as the app.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from textual.driver import Driver
from textual.notifications import SeverityLevel

if TYPE_CHECKING:
    from textual.app import App

    _App = App[None]
else:
    _App = object


class TerminalGuard(_App):
    """Textual's crash, notification and driver hooks, made safe for the user's terminal."""

    crash_message: str | None = None
    """The one line printed after the app ends on an unexpected error (see ``_fatal_error``)."""

    def _fatal_error(self) -> None:
        """Exit after an unhandled exception with one line and a report file, not a traceback.

        Overrides Textual's hook (8.2.8), which would print a full traceback with locals to the
        user's terminal; the traceback goes to a temporary file instead, and :meth:`run` prints
        one line naming it once the terminal is restored.
        """
        from newsdiff.core.sanitize import visible_line
        from newsdiff.crash import crash_line, write_crash_report

        error = self._exception or sys.exc_info()[1]
        if self.crash_message is None:  # the first error is the cause; later ones follow it
            self.crash_message = visible_line(crash_line(error, write_crash_report(error)))
        self._return_code = 1  # a crash is never a success, whatever the caller does next
        self.bell()
        self._close_messages_no_wait()

    def panic(self, *renderables: RenderableType) -> None:
        """Exit after an error outside the message loop (the terminal input thread, say).

        Textual would print the renderables (a full traceback) on the terminal and exit with
        status 0; they go to a report file instead, one line names it, and the status is 1.
        """
        import io

        from rich.console import Console

        from newsdiff.core.sanitize import visible_line
        from newsdiff.crash import write_crash_report

        buffer = io.StringIO()
        console = Console(file=buffer, width=100, color_system=None, legacy_windows=False)
        for renderable in renderables:
            console.print(renderable)
        lines = [line for line in buffer.getvalue().splitlines() if line.strip()]
        last = " ".join(lines[-1].split())[:200] if lines else ""
        if self.crash_message is None:
            report = write_crash_report(details=buffer.getvalue())
            self.crash_message = visible_line(f"error: unexpected {last} (full report: {report})")
        self._return_code = 1
        self._close_messages_no_wait()

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal; on Linux and macOS, one that survives input
        bytes that are not UTF-8 (see :mod:`newsdiff.app.driver`)."""
        driver = super().get_driver_class()
        if driver.__name__ == "LinuxDriver":
            from newsdiff.app.driver import LenientLinuxDriver

            return LenientLinuxDriver
        return driver

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app; after an unexpected error, print its one-line report on stderr."""
        import warnings

        # After a crash Textual leaves callbacks un-awaited; their warnings would follow the
        # one-line report on the user's terminal.
        warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
        result = super().run(*args, **kwargs)
        from newsdiff.export.atomic import discard_live_temps

        discard_live_temps()  # a save still running when the app quit is abandoned whole
        if self.crash_message:
            print(self.crash_message, file=sys.stderr)
        return result

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Textual's notification, but never parsed as markup and never carrying a live control.

        Notifications quote file names, article titles, config entries and error messages: any
        of them may hold ``[link=…]`` or ``[@click=…]`` or an escape, so every one is shown as
        plain text (``markup`` is ignored), with controls as visible symbols.
        """
        from newsdiff.core.sanitize import visible

        super().notify(
            visible(str(message)),
            title=visible(" ".join(str(title).split())),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def action_help_quit(self) -> None:
        """Ctrl+C says how to quit, in plain words (Textual's hint is markup, shown raw here)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(f"Press {key} to quit the app", title="Do you want to quit?")
                return
