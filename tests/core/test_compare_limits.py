"""Pairs too long to score are refused with a clear message, never left to exhaust the machine."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.cli import main
from newsdiff.core import compare
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article


def _article(path: str, sentences: int) -> Article:
    text = " ".join(f"Officials met in city {i} on Tuesday." for i in range(sentences))
    return Article(path=path, text=text, title=path)


def test_pair_over_the_limit_is_refused_naming_the_longer_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(compare, "MAX_SENTENCE_PAIRS", 50)
    with pytest.raises(ArticleError) as raised:
        compare.prepare(_article("short.txt", 5), _article("long.txt", 20))
    assert raised.value.path == "long.txt"
    assert "5 × 20 sentences" in raised.value.problem
    assert "\n" not in str(raised.value)


def test_pair_at_the_limit_is_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compare, "MAX_SENTENCE_PAIRS", 100)
    pair = compare.prepare(_article("a.txt", 5), _article("b.txt", 20))
    assert len(pair.comparison(None).left.sentences) == 5


def test_cli_refuses_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(compare, "MAX_SENTENCE_PAIRS", 50)
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(_article("x", 30).text, encoding="utf-8")
    right.write_text(_article("y", 30).text, encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["compare", str(left), str(right)])
    assert exited.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {left}: too long to compare")
