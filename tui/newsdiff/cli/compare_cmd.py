"""``newsdiff compare LEFT RIGHT``: a non-interactive comparison in any output format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import app, fail

FORMATS = ("text", "json", "html", "md", "svg")


@app.command("compare")
def compare_command(
    left: Annotated[Path, typer.Argument(help="The left article.")],
    right: Annotated[Path, typer.Argument(help="The right article.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text | json | html | md | svg")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing FILE.")] = False,
    shared: Annotated[
        float | None, typer.Option("--shared", help="Shared threshold, 0-100.")
    ] = None,
    paraphrase: Annotated[
        float | None, typer.Option("--paraphrase", help="Paraphrase threshold, 0-100.")
    ] = None,
) -> None:
    """Compare two articles sentence by sentence."""
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    fail("compare: not implemented yet")
