"""``newsdiff quotes``: quotes per article and quote groups across articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import app, fail


@app.command("quotes")
def quotes_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files or folders (default: bundled).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
) -> None:
    """Quotes per article, and which quotes are verbatim, altered or only in one article."""
    fail("quotes: not implemented yet")
