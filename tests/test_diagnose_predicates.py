"""scripts/diagnose_predicates.py's predicate reading on invented sentences (not real-dev): who
acts, the verb as written and the object span; one who and one whom found both ways, another
subject not taken for the same one, and the pair reading symmetric."""

from __future__ import annotations

from pathlib import Path

import diagnose_predicates as dp
import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim import read_claim

URGED = "Mayor Odile Brandt urged the Varro council to reopen the Kessel bridge."
PRESSED = "Odile Brandt pressed the Varro council to reopen the bridge on Monday."
MET = "Brandt met the Varro council on Tuesday."
SUED = "Brandt sued the Varro council on Tuesday."
GOVERNOR = "Governor Anselm Pell urged the Varro council to reopen the Kessel bridge."
REPORTED = "Brandt said she would close the Kessel bridge, after a long night."
PRONOUN = "They urged the Varro council to reopen the Kessel bridge."
LIGHT = "Brandt has a plan for the Kessel bridge."


def _pair(left: str, right: str) -> dp.PairReading | None:
    return dp.read_pair(read_claim(left), read_claim(right))


def test_one_who_and_one_whom_in_another_verb_are_found() -> None:
    pair = _pair(URGED, PRESSED)
    assert pair is not None
    assert (pair.left.subject, pair.left.verb) == ("brandt", "urged")
    assert (pair.right.subject, pair.right.verb) == ("brandt", "pressed")
    assert pair.who and pair.whom
    assert "council" in pair.left.object_words and "council" in pair.right.object_words


def test_another_deed_on_the_same_whom_reads_alike_which_is_why_meaning_must_decide() -> None:
    pair = _pair(MET, SUED)
    assert pair is not None and pair.who and pair.whom
    assert (pair.left.verb, pair.right.verb) == ("met", "sued")


def test_the_same_verb_with_another_subject_is_not_one_who() -> None:
    pair = _pair(URGED, GOVERNOR)
    assert pair is not None
    assert pair.left.verb == pair.right.verb == "urged"
    assert not pair.who and pair.whom


def test_a_reported_clause_gives_its_verb_and_object_and_its_she_the_speaker() -> None:
    found = dp.sentence_predicate(read_claim(REPORTED))
    assert found is not None
    assert (found.subject, found.verb) == ("brandt", "close")
    assert found.object_words == ("kessel", "bridge")  # the span ends at the comma


@pytest.mark.parametrize("text", [PRONOUN, LIGHT])
def test_an_unresolved_pronoun_or_a_light_verb_gives_no_predicate(text: str) -> None:
    assert dp.sentence_predicate(read_claim(text)) is None


@given(st.sampled_from([URGED, PRESSED, MET, SUED, GOVERNOR, REPORTED]), st.data())
def test_the_pair_reading_is_symmetric(left: str, data: st.DataObject) -> None:
    right = data.draw(st.sampled_from([URGED, PRESSED, MET, SUED, GOVERNOR, REPORTED]))
    one, other = _pair(left, right), _pair(right, left)
    assert (one is None) == (other is None)
    if one is not None and other is not None:
        assert (one.who, one.whom, one.loose) == (other.who, other.whom, other.loose)


def test_without_the_shared_data_it_says_so_and_succeeds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dp, "DATA", tmp_path / "absent")
    assert dp.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")
