"""scripts/eval_claims.py on a judged-items file and a cluster written for these tests (not
real-dev): ``--round 10`` scores exactly that round's items, rounds given together are pooled,
``--as-drawn`` adds the pairs round 10 drew again, and an item whose sentence no longer sits at
its offsets is refused, not scored."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import eval_claims
import pytest

HARBOUR = (
    "Pier vote delayed in Kestrel Bay\n\n"
    "The Kestrel Bay council delayed its vote on the new pier until March. "
    "Mayor Ada Okafor said the town would not pay for the pier. "
    "The harbour trust counted 412 boats in the bay last summer.\n"
)
GAZETTE = (
    "Kestrel Bay puts off pier decision\n\n"
    "Councillors in Kestrel Bay put off the pier vote until March. "
    "Okafor said the pier budget was a matter for the county. "
    "Ferry traffic rose by a tenth last year, the trust said.\n"
)


def _side(folder: Path, name: str, text: str, sentence: str, digest: bool) -> dict[str, object]:
    start = text.index(sentence)
    place: dict[str, object] = {
        "file": f"clusters/pier/{name}",
        "sha256": hashlib.sha256((folder / name).read_bytes()).hexdigest(),
        "start": start,
        "end": start + len(sentence),
    }
    if digest:
        place["sentence_sha256"] = hashlib.sha256(sentence.encode("utf-8")).hexdigest()
    return place


@pytest.fixture
def judged(tmp_path: Path) -> tuple[Path, Path]:
    """A two-article cluster and four items: two of round 9, two of round 10, one drawn again."""
    folder = tmp_path / "data" / "clusters" / "pier"
    folder.mkdir(parents=True)
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    pairs = [
        (9, "paraphrase", "The Kestrel Bay council delayed", "Councillors in Kestrel Bay"),
        (9, "lookalike", "The harbour trust counted", "Ferry traffic rose"),
        (10, "lookalike", "Mayor Ada Okafor said", "Okafor said the pier"),
        (10, "paraphrase", "Pier vote delayed", "Kestrel Bay puts off"),
    ]
    items = []
    for round_, label, left, right in pairs:
        lsent = next(s for s in _sentences(HARBOUR) if s.startswith(left))
        rsent = next(s for s in _sentences(GAZETTE) if s.startswith(right))
        items.append(
            {
                "split": "report",
                "label": label,
                "round": round_,
                "left": _side(folder, "harbour.txt", HARBOUR, lsent, round_ == 10),
                "right": _side(folder, "gazette.txt", GAZETTE, rsent, round_ == 10),
            }
        )
    first = items[0]
    drawn = [
        {
            "round": 10,
            "label": "paraphrase",
            "earlier_round": 9,
            "earlier_label": "paraphrase",
            "left": {"file": first["left"]["file"], "start": first["left"]["start"]},
            "right": {"file": first["right"]["file"], "start": first["right"]["start"]},
        }
    ]
    path = tmp_path / "items.json"
    path.write_text(json.dumps({"items": items, "also_drawn": drawn}), encoding="utf-8")
    return tmp_path / "data", path


def _sentences(text: str) -> list[str]:
    headline, body = text.split("\n\n")
    return [headline] + [s if s.endswith(".") else s + "." for s in body.strip().split(". ")]


def _scored(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert eval_claims.main(list(argv)) == 0
    return [line for line in capsys.readouterr().out.splitlines() if " -> " in line]


def test_round_ten_scores_exactly_its_own_items(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, items = judged
    lines = _scored(capsys, "--data", str(data), "--items", str(items), "--round", "10", "-v")
    assert sorted(line.split(" -> ")[0] for line in lines) == [
        "report lookalike",
        "report paraphrase",
    ]
    starts = {int(line.split("harbour.txt:")[1].split("-")[0]) for line in lines}
    assert starts == {0, HARBOUR.index("Mayor Ada Okafor")}


def test_rounds_given_together_are_pooled_and_drawn_pairs_added(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, items = judged
    base = ("--data", str(data), "--items", str(items), "-v")
    assert len(_scored(capsys, *base, "--round", "9", "10")) == 4
    assert len(_scored(capsys, *base, "--round", "10", "--as-drawn")) == 3
    assert len(_scored(capsys, *base, "--round", "9")) == 2


def test_an_item_whose_sentence_moved_is_refused(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, items = judged
    loaded = json.loads(items.read_text(encoding="utf-8"))
    moved = loaded["items"][2]["left"]
    moved["start"] += 1
    moved["end"] += 1
    items.write_text(json.dumps(loaded), encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        eval_claims.main(["--data", str(data), "--items", str(items)])
    assert "is not the one judged (sha256)" in str(refused.value.code)
