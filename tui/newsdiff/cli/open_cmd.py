"""``newsdiff open SAVED.json``: reopen a saved comparison in the app."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import app, fail, fail_article
from newsdiff.core.errors import ArticleError
from newsdiff.core.serialize import load_saved


@app.command("open")
def open_command(
    saved: Annotated[
        Path, typer.Argument(metavar="SAVED.json", help="A comparison saved as JSON.")
    ],
) -> None:
    """Reopen a saved comparison in the app, as it was saved (same labels and thresholds).

    The original article files are not needed: the JSON carries their text.

    \b
    Examples:
      newsdiff compare a.txt b.txt -o saved.json   # save a comparison from the command line
      newsdiff open saved.json                     # or one saved from the app with ctrl+s
    """
    if str(saved) == "-":  # the app reads its keys from the terminal, not from a pipe
        fail("-: open reads a saved file, not standard input (save one with compare -o FILE.json)")
    try:
        comparison, schema = load_saved(saved)
    except ArticleError as error:
        kind = _report_kind(saved) if "invalid JSON" in error.problem else None
        if kind is not None:  # the HTML or Markdown saved beside the JSON, named by mistake
            fail(
                f"{saved}: a newsdiff {kind}; only a comparison saved as JSON reopens "
                "(ctrl+s → JSON in the app, or newsdiff compare A B -o saved.json)"
            )
        other = _OTHER_SCHEMAS.get(next((n for n in _OTHER_SCHEMAS if n in error.problem), ""))
        if other is not None:  # another newsdiff JSON: say what it is and what shows it
            fail(f"{error}: {other}")
        fail_article(error)
    from newsdiff.cli.launch import app_terminal_problem

    problem = app_terminal_problem()
    if problem:
        fail(problem)
    from newsdiff.app.app import NewsDiffApp

    app = NewsDiffApp(comparison=comparison, saved_schema=schema)
    app.run()
    if app.return_code:
        raise typer.Exit(app.return_code)


_OTHER_SCHEMAS = {
    "'newsdiff.story/": "a saved story, which newsdiff story FILES… shows again",
    "'newsdiff.list/": "a saved list of articles (newsdiff list FILES…)",
    "'newsdiff.quotes/": "a saved quotes report (newsdiff quotes FILES…)",
}
"""The schemas of newsdiff's other JSON documents, as the refusal quotes them, and what each is."""


def _report_kind(path: Path) -> str | None:
    """Which of newsdiff's own reports ``path`` is, if it is one."""
    from newsdiff.core.load_pointers import SAVED_SNIFF, own_report_kind

    try:
        with open(path, "rb") as handle:
            return own_report_kind(handle.read(SAVED_SNIFF))
    except OSError:
        return None
