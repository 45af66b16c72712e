"""A file that is one sentence of a megabyte: every command finishes and says it cut it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from articles import ARTICLE
from clirun import assert_user_safe, run_subprocess
from newsdiff.core.long_sentences import MAX_SENTENCE_CHARS

LINE_WORDS = ("council", "bridge", "budget", "vote", "river", "mayor", "road", "school")


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A ~1 MB file without a sentence end, and a short article."""
    folder = tmp_path_factory.mktemp("one-sentence")
    words = (LINE_WORDS[n % len(LINE_WORDS)] for n in range(150_000))
    line = folder / "line.txt"
    line.write_text(" ".join(words) + "\n", encoding="utf-8")
    short = folder / "short.txt"
    short.write_text(ARTICLE, encoding="utf-8")
    return line, short


NOTE = f"1 over-long sentence cut at {MAX_SENTENCE_CHARS:,} characters"


@pytest.mark.parametrize("command", [["story"], ["compare", "-f", "svg"], ["list"]])
def test_a_one_sentence_megabyte_finishes_with_one_note(
    pair: tuple[Path, Path], command: list[str]
) -> None:
    line, short = pair
    result = run_subprocess([*command, str(line), str(short)], timeout=60)
    assert_user_safe(result, line.name)
    assert result.code == 0, result.err
    notes = [text for text in result.err.splitlines() if text.startswith("note: ")]
    assert notes == [f"note: {line}: {NOTE}"]


def test_the_cut_pieces_are_rows_whose_offsets_slice_the_file(pair: tuple[Path, Path]) -> None:
    line, short = pair
    result = run_subprocess(["compare", str(line), str(short), "-f", "json"], timeout=60)
    assert result.code == 0, result.err
    text = line.read_text(encoding="utf-8")
    report = json.loads(result.out)
    sentences = report["left"]["sentences"]
    assert len(sentences) > 1
    assert all(len(s["text"]) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s["start"] : s["end"]] == s["text"] for s in sentences)
    assert " ".join(s["text"] for s in sentences).split() == text.split()
