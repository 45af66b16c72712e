"""A "he" that two men could each be (people15).

Invented texts. Two readings gave a quotation to one man where the text leaves two equally
reachable: a sentence whose subject is set beside another man by an appositive holding "his"
(``Dan Reyes, his rival, was absent.`` after ``Tom Hale spoke``), and a joint subject of two men
(``Tom Hale and Dan Reyes met.``). A later ``"…," he said`` is told as nobody there: no speaker
beats a wrong one. Each test holds the near misses that keep their speaker beside it.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


QUOTE = '\n\n"We will rebuild the pier by June," he said.\n'

RIVAL = "Tom Hale spoke at the harbor fair on Sunday. Dan Reyes, his rival, was absent." + QUOTE


def test_a_man_set_beside_another_by_his_is_not_who_he_is() -> None:
    assert _speakers(RIVAL) == [None]
    # near miss: the rival speaks in his own sentence: "he" is the rival
    speaks = RIVAL.replace("was absent", "said the pier was a waste")
    assert _speakers(speaks) == ["Dan Reyes"]
    # near miss: no possessive in the appositive: the subject stands
    plain = RIVAL.replace("his rival", "a rival")
    assert _speakers(plain) == ["Dan Reyes"]
    # near miss: a woman beside him: "she" is her
    woman = RIVAL.replace("Dan Reyes", "Ann Reyes").replace("he said", "she said")
    assert _speakers(woman) == ["Ann Reyes"]
    # near miss: "his" inside a clause after the name is his own
    own = RIVAL.replace("Dan Reyes, his rival, was absent", "Dan Reyes, with his wife, was absent")
    assert _speakers(own) == ["Dan Reyes"]


JOINT = "Tom Hale and Dan Reyes met at the harbor on Sunday." + QUOTE


def test_he_after_a_joint_subject_of_two_men_is_not_told() -> None:
    assert _speakers(JOINT) == [None]
    # near miss: a man and a woman: each pronoun finds its own
    mixed = JOINT.replace("Dan Reyes", "Ann Pike")
    assert _speakers(mixed) == ["Tom Hale"]
    assert _speakers(mixed.replace("he said", "she said")) == ["Ann Pike"]
    # near miss: the second man is the object: Hale is the subject
    met = JOINT.replace("Tom Hale and Dan Reyes met", "Tom Hale met Dan Reyes")
    assert _speakers(met) == ["Tom Hale"]
    # near miss: the quote names its speaker
    assert _speakers(JOINT.replace("he said", "Reyes said")) == ["Dan Reyes"]


def test_no_other_speaker_flag_from_a_guessed_man(tmp_path: Path) -> None:
    (tmp_path / "left.txt").write_text("Pier row\n\n" + JOINT, encoding="utf-8")
    right = 'Pier row\n\n"We will rebuild the pier by June," Dan Reyes said on Sunday.\n'
    (tmp_path / "right.txt").write_text(right, encoding="utf-8")
    comparison = compare_articles(
        load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt")
    )
    (match,) = comparison.left.quotes
    assert match.counterpart is not None
    assert not match.speaker_differs
