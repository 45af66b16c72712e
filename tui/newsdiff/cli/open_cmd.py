"""``newsdiff open SAVED.json``: reopen a saved comparison in the app."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import app, fail


@app.command("open")
def open_command(
    saved: Annotated[Path, typer.Argument(help="A comparison saved as JSON.")],
) -> None:
    """Reopen a saved comparison in the app, as it was saved."""
    fail(f"{saved}: reopening saved comparisons is not implemented yet")
