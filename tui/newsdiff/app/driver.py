"""The terminal driver: Textual's Linux driver, but undecodable input bytes are not fatal.

Textual 8.2.8's ``LinuxDriver.run_input_thread`` decodes the keyboard stream with a strict UTF-8
decoder, so one byte that is not UTF-8 (a paste from a Latin-1 terminal, ``\\xff`` typed with
``tmux send-keys -H ff``) raises in the input thread and ends the app with a traceback. Here the
decoder replaces such bytes with U+FFFD, as any text field would show them.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable
from typing import Any

from textual.drivers import linux_driver
from textual.drivers.linux_driver import LinuxDriver


def replacing_decoder(encoding: str) -> Callable[..., codecs.IncrementalDecoder]:
    """An incremental decoder class for ``encoding`` that replaces bytes it cannot decode."""
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


class LenientLinuxDriver(LinuxDriver):
    """``LinuxDriver`` whose input thread decodes with :func:`replacing_decoder`."""

    def run_input_thread(self) -> None:
        """Textual's input loop, its UTF-8 decoder made lenient.

        The loop looks the decoder factory up in its module when it starts; the factory is
        swapped there for the loop's lifetime (only this driver's thread reads it).
        """
        strict: Any = linux_driver.getincrementaldecoder
        linux_driver.getincrementaldecoder = replacing_decoder  # type: ignore[assignment]
        try:
            super().run_input_thread()
        finally:
            linux_driver.getincrementaldecoder = strict
