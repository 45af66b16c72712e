"""scripts/fit_link_model.py on tables invented for these tests (not real-dev): the hand-written
logistic regression recovers known weights, a fitted line that reads a signal the score misses
links more paraphrases at the same look-alike budget, a sentence with no counterpart counts once
however many of its candidates pass, and a pair's row reads what scoring and the check give."""

from __future__ import annotations

import numpy as np
from fit_link_model import Line, best_at_budget, fit_logistic, linked_at, pair_rows
from newsdiff.core.compare import prepare
from newsdiff.core.load import load_article


def test_the_fit_recovers_known_weights() -> None:
    rng = np.random.default_rng(19)
    x = rng.normal(size=(6000, 3))
    truth = np.array([2.0, -1.0, 0.0])
    p = 1.0 / (1.0 + np.exp(-(x @ truth + 0.5)))
    y = (rng.random(6000) < p).astype(float)
    w = fit_logistic(x, y, lam=0.01)
    assert np.allclose(w[:3], truth, atol=0.15)
    assert abs(w[3] - 0.5) < 0.15
    # a strong penalty pulls every weight towards 0, never the intercept's sign
    shrunk = fit_logistic(x, y, lam=5000.0)
    assert np.all(np.abs(shrunk[:3]) < np.abs(w[:3]) + 1e-9)


def _row(kind: str, score: float, soft: float, group: str = "", rejected: float = 0.0) -> dict:
    return {
        "kind": kind,
        "round": 1,
        "linked": 0.0,
        "group": group,
        "score": score,
        "softP": soft,
        "rejected": rejected,
    }


def test_a_line_reading_the_missed_signal_links_more_at_the_same_budget() -> None:
    rng = np.random.default_rng(7)
    rows = []
    for _ in range(200):  # the score says nothing; soft alignment tells them apart
        rows.append(_row("paraphrase", float(rng.uniform(30, 50)), 0.6 + 0.2 * rng.random()))
        rows.append(_row("lookalike", float(rng.uniform(30, 50)), 0.2 + 0.2 * rng.random()))
    line = Line(("score", "softP"), rows, lam=1.0)
    assert line.weights[1] > 1.0 > abs(line.weights[0])
    score = np.array([r["score"] for r in rows])
    _, by_score = best_at_budget(rows, score, 10, gate=True)
    _, by_line = best_at_budget(rows, line.value(rows), 10, gate=True)
    assert by_line["lookalike"] <= 10 and by_score["lookalike"] <= 10
    assert by_line["paraphrase"] == 200 > by_score["paraphrase"] + 100


def test_unique_counts_once_and_the_check_gates() -> None:
    rows = [
        _row("unique", 60.0, 0.0, group="a:1"),
        _row("unique", 70.0, 0.0, group="a:1"),
        _row("unique", 20.0, 0.0, group="a:2"),
        _row("paraphrase", 80.0, 0.0, rejected=1.0),
        _row("paraphrase", 55.0, 0.0),
    ]
    values = np.array([r["score"] for r in rows])
    assert linked_at(rows, values, 50.0, gate=True) == {
        "paraphrase": 1,
        "lookalike": 0,
        "unique": 1,
    }
    assert linked_at(rows, values, 50.0, gate=False)["paraphrase"] == 2


LEFT = (
    "Harbour toll rises in Kestrel Bay\n\n"
    "The Kestrel Bay council raised the harbour toll to 14 crowns on Monday. "
    "Mayor Ada Okafor said the ferry would keep its summer timetable.\n"
)
RIGHT = (
    "Kestrel Bay lifts its harbour toll\n\n"
    "Councillors in Kestrel Bay put the harbour toll up to 14 crowns this week. "
    "The crab season should run longer, fishing crews told the council.\n"
)


def test_a_row_reads_scoring_and_the_check(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "left.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "right.txt").write_text(RIGHT, encoding="utf-8")
    pair = prepare(load_article(tmp_path / "left.txt"), load_article(tmp_path / "right.txt"))
    toll = next(s.index for s in pair.left_sentences if "14 crowns" in s.text)
    lifted = next(s.index for s in pair.right_sentences if "14 crowns" in s.text)
    crab = next(s.index for s in pair.right_sentences if "crab" in s.text)
    same, other = pair_rows(pair, [(toll, lifted), (toll, crab)])
    assert same["score"] == float(pair.scores.score[toll, lifted])
    assert same["fig"] == 1.0 and other["fig"] == 0.0
    assert same["cont"] > other["cont"] and same["softP"] > other["softP"]
    assert same["rejected"] == float(pair.check(toll, lifted).outcome == "not linked")
    assert 0.0 < same["lenratio"] <= 1.0
