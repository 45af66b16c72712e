"""The link thresholds of every command that links sentences: ``--shared``, ``--paraphrase``."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdiff.cli.common import fail
from newsdiff.core.models import Settings

DEFAULTS = Settings()
"""The thresholds when none is given (the app's defaults)."""

ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite an existing FILE.")]
"""``--force``: overwrite the ``-o`` file."""

SharedOption = Annotated[
    float | None,
    typer.Option(
        "--shared",
        metavar="SCORE",
        help=f"Score (0-100) from which a near-verbatim link is shared "
        f"[default: {DEFAULTS.shared:g}].",
        show_default=False,
    ),
]
"""``--shared SCORE``; pass its value to :func:`threshold_settings`."""

ParaphraseOption = Annotated[
    float | None,
    typer.Option(
        "--paraphrase",
        metavar="SCORE",
        help=f"Score (0-100) a link needs at all; below it a sentence is unique "
        f"[default: {DEFAULTS.paraphrase:g}].",
        show_default=False,
    ),
]
"""``--paraphrase SCORE``; pass its value to :func:`threshold_settings`."""


def threshold_settings(shared: float | None, paraphrase: float | None) -> Settings:
    """The settings from ``--shared`` and ``--paraphrase``; a value outside 0–100 is refused."""
    settings = Settings(
        shared=DEFAULTS.shared if shared is None else shared,
        paraphrase=DEFAULTS.paraphrase if paraphrase is None else paraphrase,
    )
    if not (0 <= settings.paraphrase <= 100 and 0 <= settings.shared <= 100):
        fail("thresholds must be between 0 and 100")
    return settings
