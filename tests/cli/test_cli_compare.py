"""``newsdiff compare``: text for terminals and pipes, JSON, thresholds, bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from newsdiff import compare_texts
from newsdiff.core.compare import compare_files
from newsdiff.core.load import load_corpus
from newsdiff.export.text import render_text

LEFT = (
    "Officials Reach Deal on Border Trade\n\n"
    "Negotiators agreed on Tuesday to reopen the border to trade.\n"
    "“We have waited long enough for this day,” the minister said.\n"
    "Critics warned that smugglers would exploit the crossings.\n"
    "Advertisement\n"
)
RIGHT = (
    "Border to Reopen\n\n"
    "“We have waited long enough for this day,” the minister told reporters.\n"
    "Negotiators agreed on Tuesday to reopen the border to trade, officials said.\n"
    "The central bank left interest rates unchanged.\n"
    "Evil [bold red]markup[/] and \x1b[2J escape \x1b.\n"
)


pytestmark = pytest.mark.pair_texts(LEFT, RIGHT)

Run = Callable[[list[str]], tuple[int, str, str]]


def test_text_output_is_plain_in_a_pipe_with_gutter_markers(
    pair: tuple[str, str], run_cli: Run
) -> None:
    code, out, err = run_cli(["compare", pair[0], pair[1]])
    assert code == 0, err
    assert "\x1b" not in out
    assert "[bold red]markup[/]" in out  # shown literally, not interpreted
    assert "[2J" not in out and "escape ␛." in out  # complete sequences go, stray ESCs show
    lines = out.splitlines()
    assert any("=" in line and "We have waited" in line for line in lines)
    assert any("+" in line and "Critics warned" in line for line in lines)
    assert any("↕" in line for line in lines)  # the two sentences swapped places
    assert all(len(line) <= 100 for line in lines)


def test_colour_output_emphasizes_changed_words() -> None:
    comparison = compare_texts(LEFT, RIGHT)
    coloured = render_text(comparison, color=True, width=120)
    plain = render_text(comparison, color=False, width=120)
    assert "\x1b[" in coloured
    assert "\x1b" not in plain
    assert "\x1b[1;4" in coloured or "\x1b[4;1" in coloured or "\x1b[1m\x1b[4m" in coloured


def test_narrow_output_is_sequential() -> None:
    comparison = compare_texts(LEFT, RIGHT)
    narrow = render_text(comparison, color=False, width=60)
    assert all(len(line) <= 60 for line in narrow.splitlines())
    assert any(line.startswith("L") and "Critics" in line for line in narrow.splitlines())
    assert any(line.startswith("R") and "central bank" in line for line in narrow.splitlines())


def test_json_output_and_thresholds(pair: tuple[str, str], run_cli: Run) -> None:
    code, out, _ = run_cli(["compare", pair[0], pair[1], "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["left"]["shared"] >= 2
    code, out, _ = run_cli(
        [
            "compare",
            pair[0],
            pair[1],
            "-f",
            "json",
            "--shared",
            "100",
            "--paraphrase",
            "100",
        ]
    )
    assert code == 0
    data = json.loads(out)
    assert data["settings"] == {"shared": 100.0, "paraphrase": 100.0}
    assert data["summary"]["left"]["shared"] == 0


def test_missing_file_is_one_line_error(
    pair: tuple[str, str], tmp_path: Path, run_cli: Run
) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run_cli(["compare", pair[0], str(missing)])
    assert code == 2
    assert err.startswith("error: ") and str(missing) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_corpus_gives_the_scores_the_app_gives(run_cli: Run) -> None:
    # The app scores a pair with its whole library sharpening the word weights; with
    # --corpus the command line must give the very same comparison, and say so.
    left, right = sorted(SEEDS.glob("*.txt"))[:2]
    code, out, err = run_cli(
        ["compare", str(left), str(right), "-f", "json", "--corpus", str(SEEDS)]
    )
    assert code == 0, err
    data = json.loads(out)
    library = load_corpus([SEEDS]).articles
    in_app = compare_files(left, right, corpus=library).to_dict()
    assert data == in_app
    others = [a.path for a in library if Path(a.path) not in (left, right)]
    assert data["scoring"]["corpus"] == others and len(others) == 3
    alone = json.loads(run_cli(["compare", str(left), str(right), "-f", "json"])[1])
    assert alone["scoring"]["corpus"] == []
    scores = [
        [link["score"] for s in side["sentences"] for link in s["links"]]
        for side in (data["left"], alone["left"])
    ]
    assert scores[0] != scores[1]  # the corpus really changed the weights


def test_an_unusable_corpus_file_stops_before_any_output(
    pair: tuple[str, str], tmp_path: Path, run_cli: Run
) -> None:
    folder = tmp_path / "coverage"
    folder.mkdir()
    (folder / "ok.txt").write_text("Negotiators met again on Wednesday.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    missing = tmp_path / "gone"
    code, out, err = run_cli(["compare", pair[0], pair[1], "-c", str(folder), "-c", str(missing)])
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines)
    assert "broken.txt" in lines[0] and str(missing) in lines[1]


def test_output_never_overwrites_a_corpus_article(
    pair: tuple[str, str], tmp_path: Path, run_cli: Run
) -> None:
    folder = tmp_path / "coverage"
    folder.mkdir()
    article = folder / "third.md"
    article.write_text("Negotiators met again on Wednesday.\n", encoding="utf-8")
    code, _, err = run_cli(
        [
            "compare",
            pair[0],
            pair[1],
            "--corpus",
            str(folder),
            "-f",
            "md",
            "-o",
            str(article),
            "--force",
        ]
    )
    assert code == 2
    assert "is one of the articles being read" in err
    assert article.read_text(encoding="utf-8") == "Negotiators met again on Wednesday.\n"


def test_saved_reports_say_how_their_scores_were_made(run_cli: Run) -> None:
    # A report read later must say why it can differ from another run on the same pair.
    left, right = sorted(SEEDS.glob("*.txt"))[:2]
    pair = ["compare", str(left), str(right)]
    markdown = run_cli([*pair, "-f", "md", "--corpus", str(SEEDS)])[1]
    assert "word weights from these two articles and 3 more; meaning signal on." in markdown
    html = run_cli([*pair, "-f", "html"])[1]
    assert "<dt>Scoring</dt><dd>word weights from these two articles alone; " in html


def test_text_output_says_which_context_scored_the_pair(
    pair: tuple[str, str], tmp_path: Path, run_cli: Run
) -> None:
    """#14: the app scores with its library, compare with the pair alone unless --corpus; both
    say which, so different labels for the same pair can be explained."""
    code, out, err = run_cli(["compare", pair[0], pair[1]])
    assert code == 0, err
    assert "scored with word weights from these two articles alone" in out
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "third.txt").write_text(
        "Negotiators met again on Wednesday to discuss the border.\n", encoding="utf-8"
    )
    code, out, err = run_cli(["compare", pair[0], pair[1], "--corpus", str(extra)])
    assert code == 0, err
    assert "scored with word weights from these two articles and 1 more" in out
