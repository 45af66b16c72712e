"""``python -m newsdiff``."""

from newsdiff.cli import main

main()
