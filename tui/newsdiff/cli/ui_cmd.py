"""``newsdiff [PATH…]``: the interactive app (Textual is imported only here, lazily)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import (
    EncodingOption,
    MaxSizeOption,
    app,
    encoding_option,
    fail,
    max_bytes_option,
)


@app.command("ui", hidden=True)
def ui_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files or folders (default: bundled).")
    ] = None,
    theme: Annotated[
        str | None,
        typer.Option("--theme", help="A Textual theme, e.g. textual-light, ansi-dark, nord."),
    ] = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Open the app on the given articles (the bundled ones by default)."""
    import os

    from newsdiff.core.load import ENCODING_ENV, MAX_BYTES_ENV

    # The app loads articles in a worker; the loader reads these settings from the environment.
    limit = max_bytes_option(max_size)
    if limit is not None:
        os.environ[MAX_BYTES_ENV] = str(limit)
    forced = encoding_option(encoding)
    if forced is not None:
        os.environ[ENCODING_ENV] = forced
    missing = [path for path in paths or [] if not path.exists()]
    if missing:
        fail(f"{missing[0]}: no such file or folder")
    from newsdiff.app.app import NewsDiffApp

    if theme is not None:
        from textual.theme import BUILTIN_THEMES

        if theme not in BUILTIN_THEMES:
            fail(f"unknown theme {theme!r}: choose one of {', '.join(sorted(BUILTIN_THEMES))}")
    NewsDiffApp(paths or None, theme=theme).run()
