"""``newsdiff [PATH…]``: the interactive app (Textual is imported only here, lazily)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import app


@app.command("ui", hidden=True)
def ui_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files or folders (default: bundled).")
    ] = None,
) -> None:
    """Open the app on the given articles (the bundled ones by default)."""
    from newsdiff.cli.list_cmd import list_command

    list_command(paths=paths, fmt="text")
