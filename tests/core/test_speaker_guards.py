"""Speaker misreadings behind false ``≠ other speaker`` flags (people13).

Invented texts: a quote inside a clause with its own attribution (``… shortly after Hale told
voters that “…”``), a question list a person "planned to ask" after a paragraph about someone
else, and ``the House of Representatives`` read as a person a pronoun later stood for. Where the
reader cannot decide, no speaker beats a wrong one.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


CLAUSE = (
    "Acme spokesman Ben Carr issued a statement on Monday, shortly after Hale told reporters "
    'that the plan was "a fair deal for every family."\n'
)


def test_a_quote_in_a_clause_with_its_own_attribution_is_the_clause_speakers() -> None:
    assert _speakers(CLAUSE) == ["Hale"]
    text = 'Ben Carr spoke on Monday as Hale told reporters that the plan was "a fair deal."\n'
    assert _speakers(text) == ["Hale"]
    plain = 'Acme spokesman Ben Carr wrote on Monday that the plan was "a fair deal for all."\n'
    assert _speakers(plain) == ["Ben Carr"]


ASKED = (
    "Dora Flint, a retired judge, pleaded guilty last year.\n\n"
    '"What calls were made to reach out to Ms. Flint about a pardon?" Mr. Moss planned to ask.\n'
)


def test_a_quote_followed_by_a_person_borrows_the_speaker_before_only_if_it_is_them() -> None:
    # never Flint, the sentence before's; since people26 ``planned to ask`` names its asker
    assert _speakers(ASKED) == ["Moss"]
    text = (
        "Dora Flint, a retired judge, spoke at length.\n\n"
        '"I understand that doubt," Flint said. "I am a judge. But I am also a mother." '
        "Flint then described how she was stopped twice.\n"
    )
    assert _speakers(text) == ["Dora Flint", "Dora Flint"]


HOUSE = (
    "Mrs. Lind spoke on Sunday.\n\n"
    "In her first remarks since the House of Representatives voted down Mr. Varo's harbour "
    "bill on Tuesday, Mrs. Lind set out a careful position.\n\n"
    'She argued that the vote gave Mr. Varo "this fine opening" to seek changes.\n'
)


def test_a_chamber_of_a_legislature_is_nobody_a_pronoun_stands_for() -> None:
    assert _speakers(HOUSE) == ["Lind"]
    delegates = HOUSE.replace("Representatives", "Delegates")
    assert _speakers(delegates) == ["Lind"]


def test_the_clause_reading_removes_a_false_other_speaker_flag(tmp_path: Path) -> None:
    (tmp_path / "left.txt").write_text("Pier plan row\n\n" + CLAUSE, encoding="utf-8")
    right = 'Pier plan row\n\n"It is a fair deal for every family," Hale told reporters.\n'
    (tmp_path / "right.txt").write_text(right, encoding="utf-8")
    comparison = compare_articles(
        load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt")
    )
    (match,) = comparison.left.quotes
    assert match.counterpart is not None
    assert not match.speaker_differs
