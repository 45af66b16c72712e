"""The claim check's development set (scripts/data/realdev_claims.json) stores positions, never
text: real articles belong to their publishers. These tests keep it that way and keep every
item readable by scripts/eval_claims.py (one pair of one cluster; known label, split, round)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

ITEMS = Path(__file__).resolve().parents[1] / "scripts" / "data" / "realdev_claims.json"
ITEM_KEYS = {"split", "label", "left", "right", "round", "surfaced", "note"}
SIDE_KEYS = {"file", "sha256", "start", "end"}
SENTENCE_KEY = "sentence_sha256"  # round 10 on: the digest of the sentence itself
SHA256 = re.compile(r"[0-9a-f]{64}")


def _items() -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(ITEMS.read_text(encoding="utf-8"))["items"]
    return items


def test_items_store_positions_and_digests_only() -> None:
    for item in _items():
        assert set(item) <= ITEM_KEYS and {"split", "label", "left", "right"} <= set(item)
        for side in ("left", "right"):
            place = item[side]
            assert isinstance(place, dict) and set(place) - {SENTENCE_KEY} == SIDE_KEYS
            assert SHA256.fullmatch(place["sha256"])
            assert SENTENCE_KEY not in place or SHA256.fullmatch(place[SENTENCE_KEY])
            assert 0 <= place["start"] < place["end"]
            assert place["file"].startswith("clusters/") and place["file"].endswith(".txt")


def test_items_are_pairs_of_two_articles_of_one_cluster() -> None:
    for item in _items():
        left, right = item["left"], item["right"]
        assert isinstance(left, dict) and isinstance(right, dict)
        assert Path(left["file"]).parent == Path(right["file"]).parent
        assert left["file"] != right["file"]


def test_labels_splits_and_rounds_are_known() -> None:
    for item in _items():
        assert item["label"] in {"paraphrase", "lookalike", "conflict"}
        assert item["split"] in {"tune", "report"}
        assert item.get("round", 1) in {1, 2, 3, 4, 6, 7, 8, 9, 10, 11}
        if item.get("round") == 4:
            assert item["split"] == "report"
            assert item["surfaced"] in {"words", "tool-links"}
        if item.get("round") == 6:  # the paraphrase work's held-out round, never tuned on
            assert item["split"] == "report"
            assert item["surfaced"] in {"quoted-run", "words", "overlap"}
        if item.get("round") == 7:  # the reworded-paraphrase work's round, surfaced by its score
            assert item["split"] == "tune"
            assert item["surfaced"] == "score-band"
        if item.get("round") == 8:  # the look-alike work's held-out round, never tuned on
            assert item["split"] == "report"
            assert item["surfaced"] in {"words", "overlap"}
        if item.get("round") == 9:  # the conflict-recall work's blind round, never tuned on
            assert item["split"] == "report"
            assert item["label"] in {"conflict", "paraphrase"}
            assert item["surfaced"] in {"figures", "pronoun"}
        if item.get("round") == 10:  # the blind sample of the bars, never tuned on
            assert item["split"] == "report" and item["surfaced"] == "sample"
        if item.get("round") == 11:  # the neutral sample of the tune clusters
            assert item["split"] == "tune" and item["surfaced"] == "sample"


def test_no_pair_is_judged_twice() -> None:
    pairs = Counter(
        (i["left"]["file"], i["left"]["start"], i["right"]["file"], i["right"]["start"])  # type: ignore[index]
        for i in _items()
    )
    assert max(pairs.values()) == 1


def test_round_ten_items_carry_a_short_note_and_the_sentence_digest() -> None:
    """A note in the judge's own words is short (the lead's 8-word scan cannot match it), and the
    sentence's own sha256 lets the scorer refuse an item whose offsets no longer hold it."""
    tenth = [i for i in _items() if i.get("round") == 10]
    assert len([i for i in tenth if i["label"] == "paraphrase"]) >= 29
    assert len([i for i in tenth if i["label"] == "lookalike"]) >= 31
    eleventh = [i for i in _items() if i.get("round") == 11]
    assert len([i for i in eleventh if i["label"] == "paraphrase"]) >= 29
    assert len([i for i in eleventh if i["label"] == "lookalike"]) >= 31
    for item in tenth + eleventh:
        note = item["note"]
        assert isinstance(note, str) and 0 < len(note.split()) <= 9 and '"' not in note
        for side in ("left", "right"):
            place = item[side]
            assert isinstance(place, dict) and SHA256.fullmatch(place[SENTENCE_KEY])
    assert all("note" not in i for i in _items() if i.get("round") not in (10, 11))


def test_pairs_drawn_again_point_at_earlier_items() -> None:
    """Round 10's draws that were already judged are listed once, by position, with both labels."""
    data = json.loads(ITEMS.read_text(encoding="utf-8"))
    earlier = {
        (i["left"]["file"], i["left"]["start"], i["right"]["file"], i["right"]["start"]): i
        for i in data["items"]
    }
    for drawn in data["also_drawn"]:
        key = (
            drawn["left"]["file"],
            drawn["left"]["start"],
            drawn["right"]["file"],
            drawn["right"]["start"],
        )
        assert key in earlier and earlier[key].get("round", 1) == drawn["earlier_round"]
        assert drawn["earlier_round"] < drawn["round"] in {10, 11}
        assert earlier[key]["label"] == drawn["earlier_label"]
        assert drawn["label"] in {"paraphrase", "lookalike", "conflict"}


def test_unique_sentences_are_one_sided_positions_and_digests() -> None:
    """Round 11's sentences judged to have no counterpart in the right article: the left
    sentence's position and digests, the right file's name and digest, and nothing else."""
    unique = json.loads(ITEMS.read_text(encoding="utf-8"))["unique"]
    assert len(unique) >= 100
    seen = set()
    for item in unique:
        assert set(item) == {"round", "split", "label", "surfaced", "left", "right"}
        assert item["round"] == 11 and item["split"] == "tune" and item["label"] == "unique"
        left, right = item["left"], item["right"]
        assert set(left) == SIDE_KEYS | {SENTENCE_KEY} and set(right) == {"file", "sha256"}
        assert SHA256.fullmatch(left[SENTENCE_KEY]) and SHA256.fullmatch(right["sha256"])
        assert 0 <= left["start"] < left["end"]
        assert Path(left["file"]).parent == Path(right["file"]).parent != Path("clusters")
        assert left["file"] != right["file"]
        seen.add((left["file"], left["start"]))
    judged = {(i["left"]["file"], i["left"]["start"]) for i in _items() if i.get("round") == 11}
    assert len(seen) == len(unique) and not seen & judged
