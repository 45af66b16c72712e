"""The eighth user trial: the command line in pipelines."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["list", "--format", "xml"], "invalid value for '--format' / '-f': 'xml' is not one of"),
        (["list", "--format", "xml", "seeds"], "'--format' / '-f': 'xml' is not one of"),
        (["quotes", "-f", "html"], "invalid value for '--format' / '-f': 'html' is not one of"),
        (["list", "--color", "bogus"], "invalid value for '--color': 'bogus' is not one of"),
    ],
)
def test_a_bad_choice_is_one_plain_line(newsdiff: Newsdiff, args: list[str], words: str) -> None:
    """Typer's validation said `invalid value for '--format' / '-f': Value error, 'xml' is not
    one of …`: the library's own wording (`Value error,`) is not newsdiff's to show."""
    result = newsdiff(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr, result.stderr
    assert "Value error" not in result.stderr


HARBOUR = """Harbour bridge to close for repairs

The Kestrel Harbour bridge will close for six weeks from Monday, the council said.

"We have no choice but to shut it," said council leader Mara Voss.

Repairs will cost £4m, paid from the roads budget.

Ferries will run every 20 minutes while the bridge is shut.
"""

COURIER = """Kestrel bridge shut for nine weeks

The Kestrel Harbour bridge will close for nine weeks from Monday, the council said.

"We had no choice but to shut it," council leader Mara Voss told reporters.

Ferries will run every 20 minutes while the bridge is shut.

Local traders fear a quiet summer.
"""


def test_each_conflict_of_a_sentence_with_several_links_names_its_counterpart(
    newsdiff: Newsdiff,
    tmp_path: Path,
) -> None:
    """`L2 … [R2,1]  ≠ figure: six weeks ↔ nine weeks  ≠ figure: six weeks ↔ nine weeks`
    did not say which counterpart each disagreement is with; the HTML and the app do."""
    left, right = tmp_path / "harbour.txt", tmp_path / "courier.txt"
    left.write_text(HARBOUR, encoding="utf-8")
    right.write_text(COURIER, encoding="utf-8")
    saved = json.loads(newsdiff("compare", str(left), str(right), "-f", "json").stdout)
    text = newsdiff("compare", str(left), str(right), "--width", "200", "--color", "never")
    assert text.returncode == 0, text.stderr
    flat = " ".join(text.stdout.split())
    named = 0
    for side, other in (("left", "R"), ("right", "L")):
        for sentence in saved[side]["sentences"]:
            links = sentence["links"]
            conflicts = [link for link in links if link["label"] == "conflict"]
            if len(links) < 2 or not conflicts:
                continue
            for link in conflicts:
                assert f"≠ {other}{link['index'] + 1}: " in flat, flat
                named += 1
    assert named >= 2  # the fixture has a sentence in conflict with two


@pytest.mark.parametrize("width", [40, 60, 79])
def test_below_80_columns_a_wrapped_sentence_hangs_under_its_text(
    newsdiff: Newsdiff, tmp_path: Path, width: int
) -> None:
    """`newsdiff compare A B --width 60` (or a narrow terminal) printed each L/R sentence from
    the tag and wrapped it back to column 0, so the tags were lost in the text."""
    left, right = tmp_path / "harbour.txt", tmp_path / "courier.txt"
    left.write_text(HARBOUR, encoding="utf-8")
    right.write_text(COURIER, encoding="utf-8")
    result = newsdiff("compare", str(left), str(right), "--width", str(width), "--color", "never")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    first = next(n for n, line in enumerate(lines) if re.match(r"[LR] +1 \S +\S", line))
    body = lines[first:]
    tagged = [line for line in body if re.match(r"[LR] +\d+ \S +\S", line)]
    assert len(tagged) == 10  # five sentences a side
    for line in body:
        assert len(line) <= width
        if line and line not in tagged:
            indent = len(line) - len(line.lstrip())
            assert indent == len("L  1 ≈  "), body


@pytest.mark.parametrize("width", [80, 100])
def test_list_never_folds_a_file_name_in_the_middle(
    newsdiff: Newsdiff, tmp_path: Path, width: int
) -> None:
    """`newsdiff list story-one/ story-two/` at 80 columns folded the PATH column every 18
    cells: `harbour-story-2026/n` / `orthshore-times.txt`. A path now breaks after a `/`, and
    the path column takes the longest folder or file name from a long title (down to 20 cells)."""
    names = ("northshore-times.txt", "valley-wire-evening.txt", "kestrel-post.txt")
    for folder in ("harbour-story-2026", "harbour-story-2027"):
        (tmp_path / folder).mkdir()
        for number, name in enumerate(names):
            title = f"Council weighs a nine-week closure of the Kestrel harbour bridge {number}"
            (tmp_path / folder / name).write_text(
                f"{title}\n\nThe Kestrel Harbour bridge will close for nine weeks.\n",
                encoding="utf-8",
            )
    result = newsdiff(
        "list", "--width", str(width), "harbour-story-2026", "harbour-story-2027", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= width for line in lines), lines
    for name in (*names, "harbour-story-2026/", "harbour-story-2027/"):
        assert any(name in line for line in lines), (name, lines)
    titles = [line for line in lines if line.startswith("Council")]
    assert len(titles) == 6
    if width >= 80:
        assert all(len(line.split("  ")[0]) >= 20 for line in titles), titles
