"""The tenth user trial: what the ninth left in the command line (output checks, format
refusals, the sentence limit, a file whose name starts with a dash)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

LANTERN = """Lantern festival moved to the quay

The Orrin Bay lantern festival will move to the north quay this year, organisers said.
"The square is too small for the crowds," said organiser Petra Lund.
Tickets will cost 12 marks, the same as last year.
"""

GAZETTE = """Orrin Bay festival leaves the square

Organisers of the Orrin Bay lantern festival said it would move to the north quay.
Petra Lund said the square was too small. Tickets stay at 12 marks.
"""


Newsdiff = Callable[..., "subprocess.CompletedProcess[str]"]
"""The ``newsdiff`` fixture of ``conftest.py``: the command line in a child process."""


@pytest.fixture(name="newsdiff")
def newsdiff_in_its_folder(newsdiff: Newsdiff) -> Newsdiff:
    """``conftest.py``'s ``newsdiff``, run in a folder (``cwd``) that also holds its cache."""

    def run(
        *args: str, cwd: Path, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        cache = {"NEWSDIFF_CACHE": str(cwd / "cache")}
        return newsdiff(*args, cwd=cwd, env={**cache, **(env or {})}, timeout=180)

    return run


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "lantern.txt").write_text(LANTERN, encoding="utf-8")
    (tmp_path / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("folder", "it is a folder"),
        ("missing/story.txt", "the folder does not exist"),
        ("old.txt", "already exists (use --force to overwrite)"),
        ("/proc/story.txt", "no file can be made in this folder"),
    ],
)
def test_story_refuses_its_output_before_reading_any_article(
    newsdiff: Newsdiff, articles: Path, target: str, problem: str
) -> None:
    """`story -o FILE` checked FILE only after loading every article (and a folder or an
    unwritable place only after the whole story was built); now before any work, in the
    words `list` uses."""
    (articles / "folder").mkdir()
    (articles / "old.txt").write_text("keep me\n", encoding="utf-8")
    inputs = ("lantern.txt", "gazette.txt", "absent.txt")
    story = newsdiff("story", *inputs, "-o", target, cwd=articles)
    listing = newsdiff("list", *inputs, "-o", target, cwd=articles)
    assert story.returncode == 2, story.stderr
    assert story.stderr == f"error: {target}: {problem}\n"
    assert story.stderr == listing.stderr
    assert (articles / "old.txt").read_text(encoding="utf-8") == "keep me\n"
    assert not list(articles.glob(".*.tmp")) and not list((articles / "folder").iterdir())


FORMAT_REFUSAL = re.compile(
    r"error: invalid value for '--format' / '-f': '(\w+)' is not one of "
    r"((?:'\w+', )*'\w+') \(see 'newsdiff (\w+) --help'\)\n"
)


@pytest.mark.parametrize(
    ("command", "asked", "writable"),
    [
        ("story", "svg", "'text', 'json', 'html', 'md'"),
        ("story", "pdf", "'text', 'json', 'html', 'md'"),
        ("compare", "pdf", "'text', 'json', 'html', 'md', 'svg'"),
        ("list", "svg", "'text', 'json'"),
        ("quotes", "html", "'text', 'json'"),
    ],
)
def test_a_format_a_command_cannot_write_is_refused_in_one_wording(
    newsdiff: Newsdiff, articles: Path, command: str, asked: str, writable: str
) -> None:
    """`story -f svg` said `unknown format 'svg'` (svg is known: compare writes it) while
    `list -f svg` said `'svg' is not one of 'text', 'json'`; every command now says the
    latter, naming the format and the ones the command writes."""
    done = newsdiff(command, "lantern.txt", "gazette.txt", "-f", asked, cwd=articles)
    assert done.returncode == 2 and done.stdout == ""
    found = FORMAT_REFUSAL.fullmatch(done.stderr)
    assert found is not None, done.stderr
    assert found.groups() == (asked, writable, command)


def test_an_article_over_the_sentence_limit_is_refused_before_it_is_analysed(
    newsdiff: Newsdiff,
    articles: Path,
) -> None:
    """The article was segmented, analysed and cached (15 MB on disk for a 5 MB file)
    before the limit was checked; now it is refused once segmented, and nothing is kept."""
    (articles / "long.txt").write_text("The pier is open. " * 20_001, encoding="utf-8")
    done = newsdiff("compare", "long.txt", "lantern.txt", cwd=articles)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        "error: long.txt: too long to compare (20,001 sentences; newsdiff compares articles "
        "of up to 20,000 sentences)\n"
    )
    kept = [path for path in (articles / "cache").rglob("*.pickle")]
    assert kept == []


def test_a_story_leaves_out_an_article_over_the_sentence_limit_before_it_is_analysed(
    newsdiff: Newsdiff,
    articles: Path,
) -> None:
    """`story` analysed and cached every article before checking the limit; now the long
    one is left out once segmented (one `error:` line, exit 3, as for any skipped input,
    usertrial14), nothing of it is kept, and the other two make the story."""
    (articles / "long.txt").write_text("The pier is open. " * 20_001, encoding="utf-8")
    done = newsdiff("story", "lantern.txt", "long.txt", "gazette.txt", cwd=articles)
    assert done.returncode == 3
    assert done.stdout.startswith("2 articles"), done.stdout
    assert done.stderr == (
        "error: long.txt: too long to compare (20,001 sentences; newsdiff compares articles "
        "of up to 20,000 sentences)\n"
    )
    without = newsdiff(
        "story", "lantern.txt", "gazette.txt", cwd=articles, env={"NEWSDIFF_CACHE": "cache2"}
    )
    assert without.returncode == 0, without.stderr

    def analyses(cache: str) -> set[str]:
        return {path.name for path in (articles / cache / "articles").glob("*.pickle")}

    # the two others' analyses are kept, never long.txt's
    assert analyses("cache") == analyses("cache2") != set()


def test_an_article_at_the_sentence_limit_is_still_compared(
    newsdiff: Newsdiff, articles: Path
) -> None:
    """The early count is the segmentation the comparison then uses: one sentence fewer
    than the refused case is compared, and its analysis is kept for next time."""
    (articles / "long.txt").write_text("The pier is open. " * 20_000, encoding="utf-8")
    done = newsdiff("compare", "long.txt", "lantern.txt", "-f", "json", cwd=articles)
    assert done.returncode == 0, done.stderr
    assert list((articles / "cache" / "articles").glob("*.pickle"))


@pytest.mark.parametrize("command", ["list", "quotes", "story"])
def test_an_unknown_option_that_names_a_file_says_how_to_name_it(
    newsdiff: Newsdiff, articles: Path, command: str
) -> None:
    """`list -dash.txt` said only `no such option: -d`; when a file of that name exists the
    line says how to name it, and both ways it gives work."""
    (articles / "-dash.txt").write_text(GAZETTE, encoding="utf-8")
    done = newsdiff(command, "lantern.txt", "-dash.txt", cwd=articles)
    assert done.returncode == 2
    assert done.stderr == (
        "error: no such option: -d; -dash.txt is a file: name it ./-dash.txt, or put -- "
        f"before it (see 'newsdiff {command} --help')\n"
    )
    for named in (["./-dash.txt"], ["--", "-dash.txt"]):
        assert newsdiff(command, "lantern.txt", *named, cwd=articles).returncode == 0


def test_an_unknown_option_that_names_no_file_is_only_refused(
    newsdiff: Newsdiff, articles: Path
) -> None:
    done = newsdiff("list", "-x.txt", cwd=articles)
    assert done.stderr == "error: no such option: -x (see 'newsdiff list --help')\n"
