"""The plain-text story report marks changed words with ``[ ]``; an article's own brackets
(an editor's insertion, ``pay [for] it``) must never read as the report's marks."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.cli import app
from typer.testing import CliRunner

runner = CliRunner()

A = (
    "Harbour Wall Vote\n\n"
    "Mayor Tilda Brack said residents of Quenmoor would not pay [for] the new harbour wall.\n\n"
    "The wall will cost 4.2 million crowns and take two years to build.\n"
)
B = (
    "Quenmoor Votes On Wall\n\n"
    "Residents of Quenmoor will not pay [for] the new harbour wall, Mayor Tilda Brack said "
    "on Tuesday.\n\n"
    "Building the wall [by the north pier] will take two years and cost 4.2 million crowns.\n"
)

_TOKEN = re.compile(r"\\(.)|(\[)|(\])|(.)", re.S)


def read_plain(line: str) -> tuple[str, list[str]]:
    """A variant line of the text report read back: the text as the article has it, and the
    runs the report marked as changed."""
    text, marked, run = [], [], None
    for escaped, opening, closing, char in (m.groups() for m in _TOKEN.finditer(line)):
        if opening:
            run = []
        elif closing:
            assert run is not None, line
            marked.append("".join(run))
            text.append("".join(run))
            run = None
        else:
            (run if run is not None else text).append(escaped or char)
    assert run is None, line
    return "".join(text), marked


def write(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in (("a.txt", A), ("b.txt", B)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def variant_lines(report: str) -> list[str]:
    return [line.split(": ", 1)[1] for line in report.splitlines() if re.match(r"  \d+: ", line)]


def test_an_articles_own_brackets_are_not_read_as_changed_words(tmp_path: Path) -> None:
    paths = write(tmp_path)
    data = json.loads(runner.invoke(app, ["story", *paths, "--format", "json"]).stdout)
    sentences = {" ".join(v["text"].split()) for c in data["claims"] for v in c["variants"]}
    assert any("pay [for] the" in s for s in sentences)  # the JSON keeps the text as it is
    out = tmp_path / "story.txt"
    assert runner.invoke(app, ["story", *paths, "-o", str(out)]).exit_code == 0
    printed = runner.invoke(app, ["story", *paths, "--color", "never", "--width", "400"]).stdout
    for report in (out.read_text(encoding="utf-8"), printed):
        lines = variant_lines(report)
        assert len(lines) == sum(len(c["variants"]) for c in data["claims"])
        read = [read_plain(line) for line in lines]
        # every variant reads back to its sentence, brackets and all
        assert {text for text, _marked in read} == sentences
        marked = [word for _text, words in read for word in words]
        assert marked, "the second variant of the claim has changed words"
        assert not any(word.strip() == "for" for word in marked)
        assert "pay \\[for\\] the" in report
    # the other formats have marks of their own and keep the brackets as text
    md = runner.invoke(app, ["story", *paths, "--format", "md"]).stdout
    assert "pay \\[for\\] the" in md
    html = runner.invoke(app, ["story", *paths, "--format", "html"]).stdout
    assert "pay [for] the" in html


@given(
    st.lists(
        st.tuples(st.text(alphabet="ab []\\", min_size=1, max_size=6), st.booleans()),
        max_size=8,
    )
)
def test_a_plain_line_reads_back_to_its_text_and_its_marks(pieces) -> None:
    """Whatever brackets and backslashes the text holds, the marked runs and the text can be
    told apart again."""
    from newsdiff.export.story_report import plain_piece

    line = "".join(plain_piece(text, "changed" if on else "") for text, on in pieces)
    text, marked = read_plain(line)
    assert text == "".join(text for text, _on in pieces)
    assert marked == [text for text, on in pieces if on]
