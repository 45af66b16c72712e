"""Run the real app in a pseudo-terminal: type raw bytes into it and read what it painted."""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path


class Terminal:
    """``newsdiff ARGS`` on a 120×40 pseudo-terminal; everything it writes is kept in ``screen``."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        environment = {**os.environ, "TERM": "xterm-256color", **(env or {})}
        environment.pop("TEXTUAL_DRIVER", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsdiff", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=cwd,
            env=environment,
            start_new_session=True,
        )
        os.close(slave)
        self.output = bytearray()

    @property
    def screen(self) -> str:
        """Everything written so far, decoded leniently."""
        return self.output.decode("utf-8", "replace")

    def read(self, seconds: float) -> None:
        """Collect output for up to ``seconds`` (less once the process has ended)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                self.output.extend(chunk)
            elif self.process.poll() is not None:
                return

    def wait_for(self, text: str, seconds: float = 30) -> bool:
        """Read until ``text`` was painted (or ``seconds`` passed); whether it was."""
        deadline = time.monotonic() + seconds
        while text not in self.screen and time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.read(0.5)
                break
            self.read(0.2)
        return text in self.screen

    def type(self, data: bytes) -> None:
        """Send raw bytes, as typed or pasted."""
        os.write(self.master, data)

    def finish(self, seconds: float = 30) -> int | None:
        """Wait for the process to end (reading its output); its status, or None if it hangs."""
        deadline = time.monotonic() + seconds
        while self.process.poll() is None and time.monotonic() < deadline:
            self.read(0.2)
        self.read(0.3)
        return self.process.poll()

    def close(self) -> None:
        """Kill the process if it is still running and release the terminal."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        os.close(self.master)
