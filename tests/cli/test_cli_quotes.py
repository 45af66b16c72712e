"""``newsdiff quotes``: quotes per article and groups across them, as text or JSON."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from newsdiff.cli import app
from typer.testing import CliRunner

runner = CliRunner()

Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


FIRST = (
    "Port Deal Reached\n"
    "Mayor Ana Ruiz announced the deal on Monday.\n"
    "\u201cWe will rebuild the port within a year, and we will pay for it,\u201d Ruiz said.\n"
    "\u201cNobody was hurt in the fire,\u201d she added.\n"
)
SECOND = (
    "City Agrees Harbour Plan\n"
    "Mayor Ana Ruiz spoke to reporters.\n"
    "\u201cWe will rebuild the harbour within two years, and we will pay for it,\u201d she said.\n"
    "The council called the plan \u201cambitious.\u201d\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["quotes", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_lists_quotes_per_article_and_the_groups(tmp_path: Path) -> None:
    a, b = write(tmp_path, "a.txt", FIRST), write(tmp_path, "b.txt", SECOND)
    code, out, err = run(str(a), str(b))
    assert (code, err) == (0, "")
    assert "Ana Ruiz" in out
    assert "\u2248 ALTERED  Ana Ruiz  in 2 articles" in out
    # the changed words are emphasized even through a pipe
    assert "[port]" in out or "[harbour]" in out
    assert "+ ONLY HERE" in out and "ambitious." in out


def test_json_contract(tmp_path: Path) -> None:
    a, b = write(tmp_path, "a.txt", FIRST), write(tmp_path, "b.txt", SECOND)
    code, out, err = run(str(a), str(b), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["schema"] == "newsdiff.quotes/2"
    first = data["articles"][0]
    assert first["path"] == str(a) and first["title"]
    quote = first["quotes"][0]
    assert set(quote) >= {"start", "end", "text", "speaker", "kind", "sentence"}
    assert FIRST[quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"] == "Ana Ruiz" and quote["kind"] == "full"
    statuses = {group["status"] for group in data["groups"]}
    assert statuses == {"altered", "only here"}
    altered = next(g for g in data["groups"] if g["status"] == "altered")
    assert altered["speaker"] == "Ana Ruiz"
    for variant in altered["variants"]:
        assert set(variant) >= {"path", "start", "end", "text"}
        source = FIRST if variant["path"] == str(a) else SECOND
        for start, end in variant["changed"]:
            assert variant["start"] <= start < end <= variant["end"]
            assert source[start:end] in ("port", "harbour", "a year", "two years", "a", "two")


def test_default_is_the_bundled_corpus() -> None:
    code, out, err = run("--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert len(data["articles"]) == 5
    widest = data["groups"][0]
    assert widest["speaker"] == "Marco Rubio"
    assert len({variant["path"] for variant in widest["variants"]}) == 5


def test_bad_input_is_one_line_and_exit_3_beside_a_good_one(tmp_path: Path) -> None:
    good = write(tmp_path, "a.txt", FIRST)
    missing = tmp_path / "missing.txt"
    code, out, err = run(str(good), str(missing))
    assert code == 3  # some inputs skipped (2 is kept for nothing usable, or --strict)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {missing}: ")
    assert "Traceback" not in err
    assert "Ana Ruiz" in out  # the good article is still reported


def test_article_text_is_shown_literally(tmp_path: Path) -> None:
    hostile = write(
        tmp_path,
        "h.txt",
        "Title\n\u201c[bold red]Boom[/] \x1b[2J now \x1b,\u201d said Jo Marsh, a spokeswoman.\n",
    )
    code, out, err = run(str(hostile))
    assert code == 0
    assert "[bold red]Boom[/]" in out
    assert "\x1b" not in out and "[2J" not in out  # the complete sequence is removed at load
    assert "now \u241b," in out  # a stray ESC is a visible ␛
    assert err == f"note: {hostile}: removed 1 terminal escape sequence\n"


def test_terminal_output_uses_styles_and_no_color_drops_colour(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    a, b = write(tmp_path, "a.txt", FIRST), write(tmp_path, "b.txt", SECOND)
    code = (
        "import sys; from rich.console import Console; import newsdiff.cli.quotes_cmd as m;"
        "from newsdiff.core.load import load_corpus;"
        f"r = m.build_report(load_corpus([{str(a)!r}, {str(b)!r}]).articles);"
        "m.print_rich(m.report_lines(r))"
    )
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "200"}
    coloured = newsdiff(code=code, env=env, drop=["NO_COLOR"])
    assert coloured.returncode == 0, coloured.stderr
    coloured = coloured.stdout
    assert "\x1b[" in coloured and "[port]" not in coloured
    no_color = newsdiff(code=code, env={**env, "NO_COLOR": "1"})
    assert no_color.returncode == 0, no_color.stderr
    no_color = no_color.stdout
    assert "\x1b[3" not in no_color  # no foreground colours
    assert "\x1b[1" in no_color or "\x1b[4" in no_color  # bold/underline emphasis stays


def test_a_variant_given_to_someone_else_is_flagged(tmp_path: Path) -> None:
    one = write(
        tmp_path, "one.txt", 'Senator Ana Ruiz spoke. "We will not back down," Ruiz said.\n'
    )
    two = write(
        tmp_path, "two.txt", 'Governor Tom Hale spoke. "We will not back down," Hale said.\n'
    )
    three = write(
        tmp_path, "three.txt", 'Senator Ana Ruiz spoke. "We will never back down," she said.\n'
    )
    code, out, _err = run(str(one), str(two), str(three))
    assert code == 0
    flagged = [line for line in out.splitlines() if "≠ other speaker" in line]
    assert len(flagged) == 1 and "two.txt" in flagged[0] and "Tom Hale" in flagged[0]


def test_an_undecodable_file_name_is_spelt_as_every_json_output_spells_it(
    newsdiff: Newsdiff, tmp_path: Path
) -> None:
    folder = os.fsencode(tmp_path)
    with open(folder + b"/caf\xe9.txt", "wb") as handle:
        handle.write("Talks\n\n\u201cWe made progress,\u201d said Jo Marsh.\n".encode())
    paths = []
    for command in ("quotes", "list"):
        result = newsdiff(command, "--format", "json", tmp_path, env={"PYTHONIOENCODING": "utf-8"})
        assert result.returncode == 0, result.stderr
        paths.append(json.loads(result.stdout)["articles"][0]["path"])
    assert paths[0] == paths[1]
    assert paths[0].endswith("caf\\xe9.txt")  # no lone surrogate a strict JSON reader refuses


def test_the_summary_counts_one_article_in_the_singular(tmp_path: Path) -> None:
    code, out, _err = run(str(write(tmp_path, "a.txt", FIRST)))
    assert code == 0
    summary = out.splitlines()[0]
    assert summary.startswith("1 article, 2 quotes: nothing to compare them with"), summary
    one = write(tmp_path, "one.txt", "Pier Closes\n\n\u201cWe are done here,\u201d Ruiz said.\n")
    code, out, _err = run(str(one))
    assert code == 0
    assert "one.txt  1 quote  " in out and "1 quotes" not in out, out
    assert out.startswith("1 article, 1 quote: nothing to compare it with"), out


BRIDGE_QUOTE = (
    "We had no choice but to close the harbour bridge for nine weeks while the engineers "
    "repair the cracked piers"
)


def bridge_articles(tmp_path: Path) -> tuple[str, str]:
    """Two articles quoting the mayor at length, one figure changed."""
    a = write(tmp_path, "a.txt", f'Bridge shut\n\n"{BRIDGE_QUOTE}," the mayor, Tom Reyes, said.\n')
    altered = BRIDGE_QUOTE.replace("nine weeks", "six weeks")
    b = write(tmp_path, "b.txt", f'Bridge closed\n\n"{altered}," said Tom Reyes.\n')
    return str(a), str(b)


def assert_fits_and_hangs(lines: list[str], width: int) -> None:
    """Every line fits ``width``; the long quote's next line is indented past its own."""
    assert all(len(line) <= width for line in lines), lines
    start = next(i for i, line in enumerate(lines) if "We had no choice" in line)
    own = len(lines[start]) - len(lines[start].lstrip())
    assert lines[start + 1].startswith(" " * (own + 2)) and lines[start + 1].strip()
    assert all("  " not in line.strip() for line in lines[start + 1 : start + 3])


def test_an_explicit_width_wraps_the_plain_report(tmp_path: Path) -> None:
    """`--width 60` into a pipe: every line fits, a wrapped line is indented past its own
    line's start, changed words keep their [brackets]; without it, lines stay whole."""
    a, b = bridge_articles(tmp_path)
    code, out, _err = run(a, b, "--width", "60", "--color", "never")
    assert code == 0 and "\x1b[" not in out
    assert "[nine]" in out.replace("\n", " ") or "[six]" in out.replace("\n", " ")
    assert_fits_and_hangs(out.splitlines(), 60)
    whole = run(a, b, "--color", "never")[1]
    assert max(map(len, whole.splitlines())) > 60


def test_the_coloured_report_wraps_with_the_same_hanging_indent(tmp_path: Path) -> None:
    """The sixth trial: on a terminal (colour) a long quote's next line started at column 0,
    under the status markers, while the plain report hung it past its line's indent."""
    a, b = bridge_articles(tmp_path)
    code, out, _err = run(a, b, "--width", "60", "--color", "always")
    assert code == 0 and "\x1b[" in out
    shown = re.sub("\x1b\\[[0-9;]*m", "", out)
    assert BRIDGE_QUOTE.replace("nine", "six") in " ".join(shown.split())  # no word lost
    assert_fits_and_hangs(shown.splitlines(), 60)


def test_one_article_has_no_across_articles_section(tmp_path: Path) -> None:
    """With one article every remark was listed again under *Across articles* as ONLY HERE,
    which says nothing when there is no other article; the quotes are listed once. The JSON
    keeps its groups (every quote's ``group`` points at one)."""
    one = write(tmp_path, "a.txt", FIRST)
    code, out, _err = run(str(one))
    assert code == 0
    assert "Across articles" not in out and "ONLY HERE" not in out
    assert out.count("We will rebuild the port") == 1 and out.count("Nobody was hurt") == 1
    code, out, _err = run(str(one), "--width", "60")
    assert code == 0 and "Across articles" not in out
    code, out, _err = run(str(one), "--format", "json")
    data = json.loads(out)
    assert [group["status"] for group in data["groups"]] == ["only here", "only here"]
    two = write(tmp_path, "b.txt", SECOND)
    code, out, _err = run(str(one), str(two))
    assert code == 0 and "Across articles" in out and "+ ONLY HERE" in out
