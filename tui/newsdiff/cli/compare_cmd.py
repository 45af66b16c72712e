"""``newsdiff compare LEFT RIGHT``: a non-interactive comparison in any output format."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import app, fail
from newsdiff.core.models import Settings
from newsdiff.export.render import FORMATS, render


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
    from newsdiff.core.compare import compare_files

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    defaults = Settings()
    settings = Settings(
        shared=defaults.shared if shared is None else shared,
        paraphrase=defaults.paraphrase if paraphrase is None else paraphrase,
    )
    if not (0 <= settings.paraphrase <= 100 and 0 <= settings.shared <= 100):
        fail("thresholds must be between 0 and 100")
    comparison = compare_files(left, right, settings)
    color = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    text = render(comparison, fmt, color=color)
    if output is None:
        sys.stdout.write(text)
        return
    if output.exists() and not force:
        fail(f"{output}: already exists (use --force to overwrite)")
    output.write_text(text, encoding="utf-8")
