"""core/synonyms.py on a tiny WordNet database invented for these tests (WordNet's file layout,
not its data): relations, morphy lemmatisation, sense limits, and the soft-alignment lift."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from newsdiff.core import soft_align
from newsdiff.core.synonyms import load, wordnet_path

HEADER = "  1 This header stands for the licence text WordNet files begin with.  \n"

VERBS = {
    "index.verb": [
        "quit v 2 1 @ 2 0 00000100 00000110  ",
        "resign v 1 1 @ 1 0 00000100  ",
        "slay v 1 1 @ 1 0 00000200  ",
        "kill v 1 1 ~ 1 0 00000300  ",
        "rise v 1 1 ! 1 0 00000400  ",
        "fall v 1 1 ! 1 0 00000500  ",
        "climb v 1 1 @ 1 0 00000410  ",
        "sink v 1 1 @ 1 0 00000510  ",
        "move v 1 1 ~ 1 0 00000600  ",
        "praise v 1 1 @ 1 0 00000420  ",
        "blame v 1 1 @ 1 0 00000520  ",
        "judge v 1 1 ~ 1 0 00000620  ",
    ],
    "data.verb": [
        "00000100 40 v 02 quit 0 resign 0 002 @ 00000700 v 0000 + 00000800 n 0000 01 + 02 00 | go",
        "00000110 40 v 01 quit 1 000 01 + 02 00 | stop doing (a second, rarer sense)",
        "00000200 35 v 01 slay 0 001 @ 00000300 v 0000 01 + 02 00 | kill on purpose",
        "00000300 35 v 01 kill 0 000 01 + 02 00 | cause to die",
        "00000400 38 v 01 rise 0 002 ! 00000500 v 0101 @ 00000600 v 0000 01 + 02 00 | go up",
        "00000500 38 v 01 fall 0 002 ! 00000400 v 0101 @ 00000600 v 0000 01 + 02 00 | go down",
        "00000410 38 v 01 climb 0 001 @ 00000600 v 0000 01 + 02 00 | go up a slope",
        "00000510 38 v 01 sink 0 001 @ 00000600 v 0000 01 + 02 00 | go under",
        "00000600 38 v 01 move 0 000 01 + 02 00 | change place",
        "00000420 32 v 01 praise 0 001 @ 00000620 v 0000 01 + 02 00 | speak well of",
        "00000520 32 v 01 blame 0 001 @ 00000620 v 0000 01 + 02 00 | speak ill of",
        "00000620 32 v 01 judge 0 000 01 + 02 00 | form an opinion",
    ],
    "verb.exc": ["slew slay", "fell fall", "rose rise"],
    "index.noun": ["resignation n 1 1 + 1 0 00000800  "],
    "data.noun": ["00000800 04 n 01 resignation 0 001 + 00000100 v 0000 | the act of leaving"],
}


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    for name, lines in VERBS.items():
        head = "" if name.endswith(".exc") else HEADER
        (tmp_path / name).write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_relations_by_kind(tiny: Path) -> None:
    wn = load(tiny)
    assert wn is not None
    assert wn.relation("quit", "resigned") == "synonym"  # one synset, an inflected form
    assert wn.relation("slew", "killed") == "hypernym"  # the exception list, then *-ed*
    assert wn.relation("resigns", "resignation") == "derivation"
    assert wn.relation("rose", "fell") == "antonym"  # antonymy beats their shared hypernym
    assert wn.relation("praised", "blaming") == "sibling"  # co-hyponyms: not a synonym
    assert wn.relation("climbing", "sinks") == "sibling"
    assert wn.relation("quit", "praise") is None
    assert wn.relation("quit", "unheard") is None  # a word WordNet does not know
    assert wn.both_verbs("quit", "slay") and not wn.both_verbs("quit", "resignation")


def test_lemmatise_follows_morphy(tiny: Path) -> None:
    wn = load(tiny)
    assert wn is not None
    assert wn.lemmatise("slew", 1) == ["slay"]
    assert wn.lemmatise("resigned", 1) == ["resign"]
    assert wn.lemmatise("praising", 1) == ["praise"]  # *-ing* → *-e* first
    assert wn.lemmatise("resignations", 0) == ["resignation"]
    assert wn.lemmatise("resigned", 0) == []


def test_senses_keep_the_most_frequent(tiny: Path) -> None:
    every, first = load(tiny), load(tiny, senses=1)
    assert every is not None and first is not None
    assert len(every.read("quit").synsets) == 2
    assert len(first.read("quit").synsets) == 1
    assert first.relation("quit", "resign") == "synonym"


def test_missing_database_reads_as_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDIFF_WORDNET", str(tmp_path / "nowhere"))
    assert wordnet_path() is None
    assert load() is None


def test_lift_finds_close_pairs_only(tiny: Path) -> None:
    wn = load(tiny)
    assert wn is not None
    rows, cols = soft_align.synonym_lift(
        ["quit", "rose", "slew"], ["fell", "killed", "resigned", "resignation"], wn
    )
    assert sorted(zip(rows.tolist(), cols.tolist(), strict=True)) == [(0, 2), (0, 3), (2, 1)]


def test_lift_raises_soft_alignment(tiny: Path) -> None:
    """A synonym pair the word vectors call unrelated counts the floor; antonyms stay apart."""
    wn = load(tiny)
    assert wn is not None
    vectors = np.eye(4, dtype=np.float32)  # every cross cosine 0: no match by vector
    left, right = ["quit", "rose"], ["resigned", "fell"]
    terms = [
        soft_align.Terms(
            np.array(ids), np.array([0, 1]), np.ones(2, dtype=np.float32), np.zeros(2, dtype=bool)
        )
        for ids in ([0, 1], [2, 3])
    ]
    at = np.zeros(1, dtype=np.int64)
    plain = soft_align.soft_alignment(terms[:1], terms[1:], vectors[:2], vectors[2:], at, at)
    assert plain[0][0] == 0 and plain[1][0] == 0
    for floor in (1.0, 0.5):
        lifted = (*soft_align.synonym_lift(left, right, wn), floor)
        got = soft_align.soft_alignment(
            terms[:1], terms[1:], vectors[:2], vectors[2:], at, at, lifted
        )
        # *quit* answers *resigned* at the floor; *rose* / *fell* (antonyms) still answer nothing
        assert got[0][0] == pytest.approx(floor / 2, abs=0.01)
        assert got[1][0] == pytest.approx(floor / 2, abs=0.01)
