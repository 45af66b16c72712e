"""The fifteenth user trial's command-line fixes: a media researcher comparing outlets."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from export.svg_grid import grid, text_lines

Newsdiff = Callable[..., subprocess.CompletedProcess[str]]

GAZETTE = """---
title: Harbour bridge to close for nine weeks
outlet: The Dunmore Gazette
author: Ines Falk
date: 2031-05-06
---

The Old Harbour Bridge will close on Monday for nine weeks of repairs, the council said.

Buses will use the ring road while the bridge is shut.
"""

HERALD = """---
title: Harbour bridge shut for six weeks
source: Coast Herald
date: 2031-05-07
---

The Old Harbour Bridge will shut on Monday for six weeks, the council announced.

Drivers have been told to use the ring road.
"""


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_the_story_names_each_articles_outlet(fmt: str, tmp_path: Path, newsdiff: Newsdiff) -> None:
    """The story's list of articles said file names and titles only, where the comparison's
    reports say outlet, author and date: a researcher comparing how outlets covered a story
    could not tell from the report whose article was which."""
    (tmp_path / "a.md").write_text(GAZETTE, encoding="utf-8")
    (tmp_path / "b.md").write_text(HERALD, encoding="utf-8")
    done = newsdiff("story", "a.md", "b.md", "--format", fmt, "--width", "200", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    articles = done.stdout[: done.stdout.index("Overlap") if fmt != "text" else None]
    if fmt == "text":  # the key under the matrix
        articles = done.stdout[done.stdout.index("  1  a.md") :]
    assert "The Dunmore Gazette · by Ines Falk · 2031-05-06" in articles, articles
    assert "Coast Herald · 2031-05-07" in articles, articles


def test_the_svg_picture_numbers_its_sentences(tmp_path: Path, newsdiff: Newsdiff) -> None:
    """A teacher's handout made with `compare -o x.svg` could not say "look at sentence 1":
    the picture was the one view without the numbers every other report and the app give
    (`L1`, `1 ≠`). Each side's gutter now holds the number before the marker."""
    (tmp_path / "a.md").write_text(GAZETTE, encoding="utf-8")
    (tmp_path / "b.md").write_text(HERALD, encoding="utf-8")
    done = newsdiff("compare", "a.md", "b.md", "-o", "out.svg", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = text_lines(grid((tmp_path / "out.svg").read_text(encoding="utf-8")))
    rows = [line for line in lines if "Old Harbour Bridge will" in line]
    assert rows, lines
    assert re.match(r"^1 ≠ +The Old Harbour Bridge will close", rows[0]), rows
    assert re.search(r"  1 ≠ +The Old Harbour Bridge will shut", rows[0]), rows
