"""The fifteenth user trial's command-line fixes: a media researcher comparing outlets."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

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
