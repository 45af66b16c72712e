"""scripts/eval_synonyms.py on invented sentences and a tiny invented WordNet database (not
real-dev, not WordNet's data): which words count as unmatched, and which joins are found."""

from __future__ import annotations

import json
from pathlib import Path

import eval_synonyms as es
import numpy as np
import pytest
from newsdiff.core.synonyms import load

FILES = {
    "index.verb": ["quit v 1 1 @ 1 0 00000100  ", "resign v 1 1 @ 1 0 00000100  ",
                   "praise v 1 1 @ 1 0 00000420  ", "blame v 1 1 @ 1 0 00000520  ",
                   "judge v 1 1 ~ 1 0 00000620  "],
    "data.verb": [
        "00000100 40 v 02 quit 0 resign 0 000 01 + 02 00 | leave a post",
        "00000420 32 v 01 praise 0 001 @ 00000620 v 0000 01 + 02 00 | speak well of",
        "00000520 32 v 01 blame 0 001 @ 00000620 v 0000 01 + 02 00 | speak ill of",
        "00000620 32 v 01 judge 0 000 01 + 02 00 | form an opinion",
    ],
}  # fmt: skip


@pytest.fixture
def wn(tmp_path: Path):  # type: ignore[no-untyped-def]
    for name, lines in FILES.items():
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load(tmp_path)
    assert loaded is not None
    return loaded


QUIT = "Mayor Odile Brandt quit the Varro council on Tuesday after 12 years."
RESIGNED = "Odile Brandt resigned from the Varro council, ending 12 years."


def test_unmatched_leaves_out_shared_stems_names_and_figures() -> None:
    # shared stems (council, years), names (Odile Brandt, Varro, Tuesday), figures and stopwords
    # are not unmatched; the first word counts when it is not a name of the text
    assert es.unmatched(QUIT, RESIGNED) == ["mayor", "quit"]
    assert es.unmatched(RESIGNED, QUIT) == ["resigned", "ending"]
    assert es.unmatched(QUIT, QUIT) == []


def test_join_counts_a_synonym_as_close_and_a_sibling_apart(wn) -> None:  # type: ignore[no-untyped-def]
    meta = {"kind": "paraphrase", "round": 11, "linked": False, "group": "g", "score": 40.0}
    got = es.join(wn, QUIT, RESIGNED, meta)
    assert got.relations["synonym"] == 1
    assert ("quit", "resigned", "synonym") in got.joins
    assert got.close_verbs == 1 and got.answered > 0
    praised = es.join(wn, "Brandt praised the council.", "Brandt blamed the council.", meta)
    assert praised.relations["sibling"] == 1
    assert not any(praised.relations[k] for k in es.CLOSE) and praised.answered == 0


def test_without_a_wordnet_is_one_error_line(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """No WordNet database (also for ``--fit``): exit 2 and one ``error: <path>:`` line."""
    monkeypatch.setenv("NEWSDIFF_WORDNET", str(tmp_path / "nowhere"))
    for argv in ([], ["--fit", "1.0", "--cache", str(tmp_path / "t.json"), "--rebuild"]):
        assert es.main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"error: {tmp_path / 'nowhere'}: ")
    assert not (tmp_path / "t.json").exists()


def test_fit_passes_the_wordnet_to_fit_link_model(wn, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``--fit FLOOR`` hands the WordNet and the floor to fit_link_model.py, with its arguments."""
    seen: list = []
    monkeypatch.setattr(es, "load", lambda senses: wn)
    monkeypatch.setattr(
        es.fit_link_model, "main", lambda argv: seen.append((es.fit_link_model.SYNONYMS, argv)) or 0
    )
    monkeypatch.setattr(es.fit_link_model, "SYNONYMS", (None, 0.5))
    assert es.main(["--fit", "0.75", "--senses", "1", "--cache", "t.json"]) == 0
    assert seen == [((wn, 0.75), ["--cache", "t.json"])]


REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "fixtures" / "gold"


def _best(scores: list[float], count: int) -> list[int]:
    """The ``count`` highest of ``scores``' positions, a tie going to the earlier position."""
    return sorted(range(len(scores)), key=lambda k: (-scores[k], k))[:count]


def test_the_seed_cells_are_the_fits_picked_in_one_stable_order(wn, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The seeds' cells joined here are those fit_link_model.py fits on: the gold links
    (borderline left out), then each sentence's best-scoring counterparts the gold does not
    link, a tied score going to the earlier sentence (the two scripts once broke ties apart and
    so read different near non-pairs while saying they read the same)."""
    seen: dict[str, tuple[np.ndarray, list[tuple[str, int, int]]]] = {}

    def capture(_wn, pair, cells):  # type: ignore[no-untyped-def]
        for meta, i, j in cells:
            seen.setdefault(meta["group"], (pair.scores.score, []))[1].append((meta["kind"], i, j))
        return []

    monkeypatch.setattr(es, "_pair_joins", capture)
    es.seed_joins(wn, GOLD, REPO / "seeds")
    alignments = json.loads((GOLD / "alignments.json").read_text(encoding="utf-8"))
    borderline = json.loads((GOLD / "borderline.json").read_text(encoding="utf-8"))
    assert set(seen) == set(alignments)
    count = es.fit_link_model.SEED_NEGATIVES
    ties = 0
    for name, (score, cells) in seen.items():
        every = {(g["a"], g["b"]) for g in alignments[name]}
        border = {(b["a"], b["b"]) for b in borderline[name]["included_borderline"]}
        near = {(i, j) for i, row in enumerate(score.tolist()) for j in _best(row, count)}
        near |= {(i, j) for j, col in enumerate(score.T.tolist()) for i in _best(col, count)}
        expected = [("gold", *c) for c in sorted(every - border)]
        expected += [("nonpair", *c) for c in sorted(near - every)]
        assert cells == expected, name
        default = {(i, int(j)) for i, row in enumerate(score) for j in np.argsort(-row)[:count]}
        default |= {(int(i), j) for j, col in enumerate(score.T) for i in np.argsort(-col)[:count]}
        ties += default != near
    assert ties, "premise: numpy's default sort picks other non-pairs on some tied scores"
