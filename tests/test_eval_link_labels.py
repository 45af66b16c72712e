"""The shared / paraphrased / moved evaluation (scripts/eval_link_labels.py): its gold holds
no text, and the gold's moved rule leaves ties between equally long chains undecided."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "eval_link_labels.py"
sys.path.insert(0, str(_PATH.parent))
_SPEC = importlib.util.spec_from_file_location("eval_link_labels", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
ev = importlib.util.module_from_spec(_SPEC)
sys.modules["eval_link_labels"] = ev
_SPEC.loader.exec_module(ev)

LINK_KEYS = {"ls", "le", "rs", "re", "l_sha256", "r_sha256", "label", "tool", "uncertain"}
PAIR_KEYS = {"cluster", "left", "right", "left_sha256", "right_sha256", "links"}


def test_the_gold_is_offsets_and_hashes_only() -> None:
    data = json.loads(ev.GOLD.read_text(encoding="utf-8"))
    assert {r["name"] for r in data["rounds"]} == {"tune", "report"}
    for chosen in data["rounds"]:
        for pair in chosen["pairs"]:
            assert set(pair) == PAIR_KEYS
            for link in pair["links"]:
                assert set(link) <= LINK_KEYS
                assert link["label"] in ev.READER
                assert all(isinstance(link[k], int) for k in ("ls", "le", "rs", "re"))


def _spans(count: int) -> list[tuple[int, int]]:
    return [(10 * k, 10 * k + 9) for k in range(count)]


def test_a_link_crossing_the_only_longest_chain_is_moved() -> None:
    lefts, rights = _spans(4), _spans(4)
    links = [(lefts[0], rights[0]), (lefts[1], rights[1]), (lefts[2], rights[2])]
    links.append((lefts[3], rights[0]))  # the last sentence answers the first: moved
    certain, possible = ev.gold_moved(lefts, rights, links)
    assert certain == possible == {("L", lefts[3])}


def test_two_equally_long_chains_leave_the_moved_sentences_undecided() -> None:
    lefts, rights = _spans(2), _spans(2)
    swapped = [(lefts[0], rights[1]), (lefts[1], rights[0])]  # either one could be "moved"
    certain, possible = ev.gold_moved(lefts, rights, swapped)
    assert certain == set()
    assert possible == {("L", lefts[0]), ("L", lefts[1]), ("R", rights[0]), ("R", rights[1])}
