"""The README's promises that CI and the package rely on."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST_COMMAND_COMMENT = "# install the test dependencies and run the tests"


def readme_test_command() -> str:
    """The command on the line after the README's "run the tests" comment."""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    return lines[lines.index(TEST_COMMAND_COMMENT) + 1].strip()


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = [line for line in (REPO / ".ci" / "run").read_text().splitlines() if line.strip()]
    assert ci_lines[-1].strip() == readme_test_command()


def test_readme_test_command_installs_and_runs_pytest() -> None:
    command = readme_test_command()
    assert command.startswith("python3 -m venv .venv")
    assert command.endswith("&& pytest")


def test_readme_links_point_at_files_in_the_repo() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    docs = sorted(p.name for p in (REPO / "docs").glob("*.md"))
    assert docs, "docs/ is empty"
    for target in ["LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", *(f"docs/{d}" for d in docs)]:
        assert (REPO / target).is_file(), target
        assert f"]({target}" in readme, f"README does not link {target}"


def test_the_first_screen_has_the_tour_before_any_method() -> None:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    headings = [line for line in lines if line.startswith("## ")]
    assert headings[:3] == ["## On a fresh machine", "## Install", "## Quick tour"]
    # Both fresh-machine commands fit on a 24-line terminal's first screen.
    assert lines.index(TEST_COMMAND_COMMENT) < 24
    assert len(lines) < 200
