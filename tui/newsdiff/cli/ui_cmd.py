"""``newsdiff [PATH…]``: the interactive app (Textual is imported only here, lazily)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdiff.cli.common import (
    EncodingOption,
    MaxSizeOption,
    OfflineOption,
    app,
    encoding_option,
    max_bytes_option,
    offline_option,
)
from newsdiff.cli.launch import launch_app
from newsdiff.cli.options import PathsArgument


@app.command("ui", hidden=True)
def ui_command(
    paths: PathsArgument = None,
    theme: Annotated[
        str | None,
        typer.Option("--theme", help="A Textual theme, e.g. textual-light, ansi-dark, nord."),
    ] = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
    offline: OfflineOption = False,
) -> None:
    """Open the app on the given articles (the bundled ones by default).

    \b
    Examples:
      newsdiff
      newsdiff coverage/ extra.txt
      newsdiff --theme textual-light
    """
    import os

    from newsdiff.core.load import ENCODING_ENV, MAX_BYTES_ENV

    # The app loads articles in a worker; the loader reads these settings from the environment.
    limit = max_bytes_option(max_size)
    if limit is not None:
        os.environ[MAX_BYTES_ENV] = str(limit)
    forced = encoding_option(encoding)
    if forced is not None:
        os.environ[ENCODING_ENV] = forced
    offline_option(offline)
    status = launch_app(paths, theme)
    if status:
        raise typer.Exit(status)
