"""The quote-status evaluation (scripts/eval_quote_statuses.py) on articles and a gold file
written for these tests: ``--gold`` another file, ``--split`` one side, ``-v`` on tune only."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "eval_quote_statuses.py"
_SPEC = importlib.util.spec_from_file_location("eval_quote_statuses", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
ev = importlib.util.module_from_spec(_SPEC)
sys.modules["eval_quote_statuses"] = ev
_SPEC.loader.exec_module(ev)

LEFT = (
    "Harbour plan approved\n\n"
    '"We will rebuild the harbour within a year and pay for it ourselves," Mayor Lena Duarte '
    "said on Monday.\n\n"
    'Critics on the council called the plan "a costly fantasy for a small town."\n'
)
RIGHT = (
    "Harbour to be rebuilt\n\n"
    '"We will rebuild the harbour within a year," Duarte said.\n\n'
    "The council meets again in May.\n"
)


def _ref(data: Path, name: str, needle: str | None) -> dict[str, object]:
    path = data / "clusters" / "inv" / name
    text = path.read_text(encoding="utf-8")
    start = text.index(needle) if needle else 0
    return {
        "file": f"clusters/inv/{name}",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "start": start,
        "end": start + len(needle or ""),
    }


@pytest.fixture()
def setup(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    folder = data / "clusters" / "inv"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(LEFT, encoding="utf-8")
    (folder / "b.txt").write_text(RIGHT, encoding="utf-8")
    long = "We will rebuild the harbour within a year and pay for it ourselves,"
    items = [
        {
            "cluster": "inv",
            "split": "tune",
            "quote": _ref(data, "a.txt", long),
            "counterpart": _ref(data, "b.txt", "We will rebuild the harbour within a year,"),
            "status": "excerpt",
            "speaker": "same",
        },
        {
            "cluster": "inv",
            "split": "report",
            "quote": _ref(data, "a.txt", "a costly fantasy for a small town."),
            "counterpart": None,
            "against": "clusters/inv/b.txt",
            "status": "only here",
            "speaker": "unknown",
        },
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"items": items}), encoding="utf-8")
    return data, gold


def test_gold_and_split_score_one_side(setup: tuple[Path, Path], capsys) -> None:
    data, gold = setup
    assert ev.main(["--data", str(data), "--gold", str(gold), "--split", "tune", "-v"]) == 0
    out = capsys.readouterr().out
    assert "gold excerpt/same -> excerpt status ok speaker ok" in out
    assert "quote statuses right: 1/1" in out and "excerpt    1/1" in out
    assert "only here" not in out
    assert ev.main(["--data", str(data), "--gold", str(gold), "--split", "report"]) == 0
    out = capsys.readouterr().out
    assert "quote statuses right: 1/1" in out and "only here  1/1" in out
    assert ev.main(["--data", str(data), "--gold", str(gold)]) == 0
    assert "quote statuses right: 2/2" in capsys.readouterr().out


def test_items_are_listed_on_the_tune_side_only(setup: tuple[Path, Path], capsys) -> None:
    data, gold = setup
    for split in ([], ["--split", "report"]):
        assert ev.main(["--data", str(data), "--gold", str(gold), "-v", *split]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == f"error: {gold}: -v lists items; only with --split tune\n"


def test_a_bad_gold_file_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    for content in ("{", '{"items": 3}', "[]"):
        bad.write_text(content, encoding="utf-8")
        assert ev.main(["--data", str(tmp_path), "--gold", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"error: {bad}: not a gold file") and err.count("\n") == 1
    assert ev.main(["--data", str(tmp_path), "--gold", str(tmp_path / "none.json")]) == 2
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'none.json'}: ")


def test_speaker_names_are_scored_where_judged(setup: tuple[Path, Path], capsys) -> None:
    """A gold ``speaker_name`` is compared by name words; a wrong name counts as wrong."""
    data, gold = setup
    content = json.loads(gold.read_text(encoding="utf-8"))
    content["items"][0]["speaker_name"] = ["Lena Duarte"]
    content["items"][1]["speaker_name"] = ["Mayor Tom Quill"]
    gold.write_text(json.dumps(content), encoding="utf-8")
    assert ev.main(["--data", str(data), "--gold", str(gold), "--split", "tune", "-v"]) == 0
    out = capsys.readouterr().out
    assert "speaker ok named ok" in out and "speaker named right: 1/1" in out
    assert ev.main(["--data", str(data), "--gold", str(gold)]) == 0
    assert "speaker named right: 1/2" in capsys.readouterr().out


def test_a_name_is_right_by_a_shared_identifying_word() -> None:
    assert ev.named_right("Lena Duarte", ["Mayor Lena Duarte"])
    assert ev.named_right("the agency", ["Harbour Board", "the agency"])
    assert not ev.named_right("Tom Quill", ["Lena Duarte"])
    assert not ev.named_right(None, ["Lena Duarte"])
