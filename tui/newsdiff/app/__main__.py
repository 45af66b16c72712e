"""``python -m newsdiff.app [PATH…]``: the app without the command line's imports."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Open the app on ``argv`` paths (the bundled articles when there are none)."""
    from newsdiff.blas_idle import let_blas_helpers_sleep

    let_blas_helpers_sleep()  # as ``newsdiff`` does, before anything imports numpy
    from newsdiff.app.gc_pause import paused

    with paused():  # the app resumes collecting garbage once its first frame is painted
        from newsdiff.app.app import NewsDiffApp

        paths = list(sys.argv[1:] if argv is None else argv)  # URLs stay strings
        NewsDiffApp(paths or None).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
