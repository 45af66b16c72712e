"""The ``≠ other speaker`` evaluation (scripts/eval_speaker_flags.py) on articles and a gold
file written for these tests: a flag judged right or wrong is counted so, a judged pair the tool
no longer flags is counted as gone, and a bad gold file or a changed article is one error line
with exit status 2."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import eval_speaker_flags as ev
import pytest

LEFT = (
    "Harbour plan approved\n\n"
    '"We will rebuild the harbour within a year and pay for it ourselves," Mayor Lena Duarte '
    "said on Monday.\n\nThe council meets again in May.\n"
)
RIGHT = (
    "Harbour to be rebuilt\n\n"
    '"We will rebuild the harbour within a year and pay for it ourselves," council leader '
    "Tomas Brandt said on Monday.\n\nThe works start in June.\n"
)
QUOTE = "We will rebuild the harbour within a year and pay for it ourselves,"


def _ref(data: Path, name: str, needle: str) -> dict[str, object]:
    path = data / "clusters" / "inv" / name
    start = path.read_text(encoding="utf-8").index(needle)
    return {
        "file": f"clusters/inv/{name}",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "start": start,
        "end": start + len(needle),
    }


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "clusters" / "inv"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(LEFT, encoding="utf-8")
    (folder / "b.txt").write_text(RIGHT, encoding="utf-8")
    return tmp_path / "data"


def _gold(
    tmp_path: Path, data: Path, verdicts: list[str], needles: tuple[str, str] = (QUOTE, QUOTE)
) -> Path:
    items = [
        {
            "cluster": "inv",
            "a": _ref(data, "a.txt", needles[0]),
            "b": _ref(data, "b.txt", needles[1]),
            "verdict": verdict,
        }
        for verdict in verdicts
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"clusters": ["inv"], "items": items}), encoding="utf-8")
    return gold


def test_a_flag_judged_different_is_right_and_one_judged_same_is_wrong(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ev.flags(data / "clusters" / "inv")  # the two outlets credit two people
    gold = _gold(tmp_path, data, ["different", "same"])
    assert ev.main(["--data", str(data), "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "present and right  1" in out
    assert "present and wrong  1" in out
    assert "precision of the flag: 0.500 (1/2)" in out


def test_a_judged_pair_no_longer_flagged_is_counted_gone(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unflagged = ("The council meets again in May.", "The works start in June.")
    gold = _gold(tmp_path, data, ["b wrong"], needles=unflagged)
    assert ev.main(["--data", str(data), "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "no longer flagged  1" in out
    assert "flagged, not judged 1" in out


def test_a_changed_article_or_a_bad_gold_file_is_one_error_line(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path, data, ["different"])
    (data / "clusters" / "inv" / "b.txt").write_text(RIGHT + "More.\n", encoding="utf-8")
    assert ev.main(["--data", str(data), "--gold", str(gold)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {gold}: item 1:") and "sha256" in err
    assert err.count("\n") == 1
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert ev.main(["--data", str(data), "--gold", str(bad)]) == 2
    assert capsys.readouterr().err == f"error: {bad}: not a gold file (JSON with an 'items' list)\n"
