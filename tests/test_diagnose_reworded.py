"""scripts/diagnose_reworded.py on a judged-items file and a cluster written for these tests (not
real-dev): a carried quotation and a look-alike are left out, a reworded paraphrase is put in its
score band, and a report round is refused with one error line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import diagnose_reworded
import pytest

MARSH = (
    "Dunmere ferry to stop in winter\n\n"
    "The Dunmere ferry will stop running from November, the operator Tovin Lines said. "
    '"We cannot keep a boat going for six passengers a day," said manager Ilse Varga. '
    "Tovin Lines carried 9,300 people across the estuary last year.\n"
)
COURIER = (
    "Winter halt for estuary crossing\n\n"
    "Passengers will have no crossing at Dunmere once November comes, its owners announced. "
    '"We cannot keep a boat going for six passengers a day," Varga said. '
    "Tovin Lines sold 4,100 season tickets last year.\n"
)


def _side(folder: Path, name: str, text: str, opening: str) -> dict[str, object]:
    start = text.index(opening)
    end = (
        text.index("\n", start) if opening[:5] in ("Dunme", "Winte") else text.index(".", start) + 1
    )
    if text[start] == '"':
        end = text.index(".", text.index('"', start + 1)) + 1
    return {
        "file": f"clusters/ferry/{name}",
        "sha256": hashlib.sha256((folder / name).read_bytes()).hexdigest(),
        "start": start,
        "end": end,
        "sentence_sha256": hashlib.sha256(text[start:end].encode("utf-8")).hexdigest(),
    }


@pytest.fixture
def judged(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "data" / "clusters" / "ferry"
    folder.mkdir(parents=True)
    (folder / "courier.txt").write_text(COURIER, encoding="utf-8")
    (folder / "marsh.txt").write_text(MARSH, encoding="utf-8")

    def item(label: str, note: str, left: str, right: str) -> dict[str, object]:
        return {
            "split": "tune",
            "label": label,
            "round": 11,
            "surfaced": "sample",
            "note": note,
            "left": _side(folder, "marsh.txt", MARSH, left),
            "right": _side(folder, "courier.txt", COURIER, right),
        }

    items = [
        item("paraphrase", "the halt, other words", "The Dunmere ferry will", "Passengers will"),
        item("paraphrase", "one quotation carried", '"We cannot', '"We cannot'),
        item("lookalike", "two counts", "Tovin Lines carried", "Tovin Lines sold"),
    ]
    path = tmp_path / "items.json"
    path.write_text(json.dumps({"items": items}), encoding="utf-8")
    return tmp_path / "data", path


def test_only_the_reworded_paraphrase_is_listed_in_its_band(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, items = judged
    assert diagnose_reworded.main(["--data", str(data), "--items", str(items)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [x for x in lines if "score" in x]
    assert len(rows) == 1 and "marsh.txt" in rows[0]
    summary = next(x for x in lines if x.startswith("round 11: "))
    assert "reworded paraphrases 1," in summary
    where = rows[0].split("score")[0].strip()
    counted = {"linked": "linked 1", "30-50": "30-50 1", "under 30": "under 30 1"}
    assert counted.get(where, "50+ not linked 1") in summary


def test_the_text_is_printed_only_when_asked(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, items = judged
    assert diagnose_reworded.main(["--data", str(data), "--items", str(items), "--text"]) == 0
    out = capsys.readouterr().out
    assert "L: The Dunmere ferry will stop running" in out
    assert "R: Passengers will have no crossing" in out


@pytest.mark.parametrize("round_", ["10", "6", "1"])
def test_a_report_round_is_refused(round_: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert diagnose_reworded.main(["--round", round_]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: round {round_}: not a tune round")


def test_bands_follow_the_threshold_and_the_floor() -> None:
    assert diagnose_reworded.band(True, 12.0) == "linked"
    assert diagnose_reworded.band(False, 50.0) == "50+ not linked"
    assert diagnose_reworded.band(False, 30.0) == "30-50"
    assert diagnose_reworded.band(False, 29.9) == "under 30"
