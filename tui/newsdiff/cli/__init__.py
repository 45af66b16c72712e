"""The ``newsdiff`` command line (Typer).

``newsdiff [PATH…]`` opens the app; ``list``, ``compare``, ``quotes``, ``story`` and ``open`` are
subcommands.
Only the command being run is imported (so the app starts fast and the non-interactive commands
never load Textual); ``newsdiff.cli.app`` is the Typer app with every command registered.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsdiff.blas_idle import BLAS_IDLE as BLAS_IDLE  # re-exported: cli.BLAS_IDLE
from newsdiff.blas_idle import let_blas_helpers_sleep

COMMAND_MODULES = {
    "list": "list_cmd",
    "compare": "compare_cmd",
    "quotes": "quotes_cmd",
    "story": "story_cmd",
    "open": "open_cmd",
    "ui": "ui_cmd",
}
"""Each subcommand and the module whose import registers it on the Typer app."""

SUBCOMMANDS = set(COMMAND_MODULES)
ROOT_OPTIONS = {"--help", "-h", "--version", "-V", "--install-completion", "--show-completion"}
COMPLETION_ENV = "_NEWSDIFF_COMPLETE"
"""Set by the shell completion scripts; the command line then only answers completions."""


def register(commands: Iterable[str] = COMMAND_MODULES) -> None:
    """Import the modules of ``commands`` so their commands are registered."""
    for command in commands:
        importlib.import_module(f"newsdiff.cli.{COMMAND_MODULES[command]}")


def __getattr__(name: str) -> Any:
    """``newsdiff.cli.app``: the Typer app with every command registered."""
    if name == "app":
        from newsdiff.cli import common

        register()
        return common.app
    raise AttributeError(name)


def route_arguments(argv: list[str]) -> list[str]:
    """Turn ``newsdiff PATH…`` into ``newsdiff ui PATH…``; leave subcommands and options alone.

    A first argument that names a subcommand is the subcommand; to open a file called ``list``,
    write ``./list`` or ``newsdiff -- list``.
    """
    if not argv:
        return ["ui"]
    first = argv[0]
    if first in SUBCOMMANDS or first in ROOT_OPTIONS:
        return argv
    return ["ui", *argv]


def closest_command(word: str) -> str | None:
    """The subcommand ``word`` looks like a typo of (``lst`` → ``list``), if any.

    Only for a bare word that names no file: ``newsdiff PATH…`` opens files, so an existing
    file called ``lst`` is opened, and anything with a path separator or extension is a path.
    """
    if not word or word.startswith("-") or "/" in word or "." in word or Path(word).exists():
        return None
    from rapidfuzz.distance import DamerauLevenshtein

    visible = [name for name in COMMAND_MODULES if name != "ui"]
    lowered = word.lower()
    best = min(visible, key=lambda name: DamerauLevenshtein.distance(lowered, name))
    distance = DamerauLevenshtein.distance(lowered, best)
    if distance <= max(1, len(best) // 3) or (len(lowered) >= 2 and best.startswith(lowered)):
        return best
    return None


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: one line on stderr and exit 2 for any usage or input problem;
    Ctrl-C at any point (importing a command included) is ``error: interrupted``, status 130."""
    try:
        _main(argv)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        raise SystemExit(130) from None


def _main(argv: list[str] | None) -> None:
    let_blas_helpers_sleep()  # before anything imports numpy
    if argv is None:  # the console script: the process ends with the command
        # Exiting frees every object anyway; the collector's last pass at exit would only scan
        # them all (~15 ms). Every file a command writes is closed before it returns.
        atexit.register(gc.freeze)
    if os.environ.get(COMPLETION_ENV):  # the shell asks for completions: answer, launch nothing
        from newsdiff.cli import common

        register()
        common.app(prog_name="newsdiff")
        return
    args = route_arguments(list(sys.argv[1:] if argv is None else argv))
    if args[0] == "ui":
        from newsdiff.app.gc_pause import paused

        with paused():  # the app resumes collecting garbage once its first frame is painted
            _run(args, own_process=argv is None)
        return
    _run(args, own_process=argv is None)


def _run(args: list[str], *, own_process: bool) -> None:
    """Run the routed command line ``args`` (``own_process``: the process ends with it)."""
    from newsdiff.export.atomic import install_termination_cleanup

    install_termination_cleanup()  # a save cut short by SIGTERM leaves no temporary file
    if args[0] in ("compare", "story"):  # the commands whose reports print a time
        _check_source_date()
    if args[0] == "ui":
        suggestion = closest_command(args[1]) if len(args) > 1 else None
        if suggestion is not None:
            print(
                f"error: {args[1]}: no such command or file (did you mean 'newsdiff "
                f"{suggestion}'?)",
                file=sys.stderr,
            )
            sys.exit(2)
        from newsdiff.cli.launch import launch_guarded, plain_paths

        paths = plain_paths(args[1:])
        if paths is not None:  # the common case needs no command-line parser
            status = launch_guarded(paths)
            if status:
                sys.exit(status)
            return
    if args[0] == "compare" and _plain_compare(args[1:], own_process=own_process):
        return
    from newsdiff.cli import common
    from newsdiff.cli.fast_params import install

    install()
    register([args[0]] if args[0] in SUBCOMMANDS else COMMAND_MODULES)
    common.run_guarded(
        lambda: common.app(args=args, prog_name="newsdiff", standalone_mode=False), args
    )


def _check_source_date() -> None:
    """One ``error:`` line and exit 2 for a malformed ``$SOURCE_DATE_EPOCH``, as the
    reproducible-builds spec asks: a silent fallback to the clock breaks reproducibility."""
    from newsdiff.export.common import source_date

    try:
        source_date()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)


def _plain_compare(args: list[str], *, own_process: bool) -> bool:
    """Run ``compare ARGS`` without Typer if the command line is plain; whether it was.

    The cyclic garbage collector is paused throughout: the modules imported live to the end and
    the comparison pauses it itself, so its collections (~13 ms) found nothing to free. When
    the process ends with the command (``own_process``), what the command made is frozen
    rather than scanned once more as the collector resumes (~6 ms).
    """
    from newsdiff.core.gc_pause import collection_paused

    with collection_paused():
        from newsdiff.cli.plain import compare_arguments

        plain = compare_arguments(args)
        if plain is None:
            return False
        from newsdiff.cli.compare_run import run_compare
        from newsdiff.cli.exits import run_guarded

        run_guarded(lambda: run_compare(**plain))
        if own_process:
            gc.freeze()
    return True
