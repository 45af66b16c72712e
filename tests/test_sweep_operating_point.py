"""scripts/sweep_operating_point.py on a judged-items file and a cluster written for these tests
(not real-dev): a pair scoring between two thresholds is linked at the lower one only, a sentence
judged to have no counterpart counts once it links to anything, each new link is sorted by what
the judge said of it, the default threshold moves only inside its block, and round 11's pairs
drawn again are scored as tune (``eval_claims.py --round 11 --as-drawn``)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import eval_claims
import pytest
import sweep_operating_point
from newsdiff.core.models import Settings

HARBOUR = (
    "Pier vote delayed in Kestrel Bay\n\n"
    "The Kestrel Bay council delayed its vote on the new pier until March. "
    "Mayor Ada Okafor said the town would not pay for the pier. "
    "The harbour trust counted 412 boats in the bay last summer. "
    "Fishing crews in the bay want a longer season for crab.\n"
)
GAZETTE = (
    "Kestrel Bay puts off pier decision\n\n"
    "Councillors in Kestrel Bay put off the pier vote until March. "
    "Okafor said the pier budget was a matter for the county. "
    "Ferry traffic rose by a tenth last year, the trust said. "
    "The crab season in the bay should run longer, crews told the council.\n"
)


def _side(folder: Path, name: str, text: str, opening: str) -> dict[str, object]:
    start = text.index(opening)
    end = text.index("\n", start) if opening[0] in "PK" else text.index(".", start) + 1
    return {
        "file": f"clusters/pier/{name}",
        "sha256": hashlib.sha256((folder / name).read_bytes()).hexdigest(),
        "start": start,
        "end": end,
        "sentence_sha256": hashlib.sha256(text[start:end].encode("utf-8")).hexdigest(),
    }


@pytest.fixture
def judged(tmp_path: Path) -> tuple[Path, Path]:
    """Round 11 on one invented pair: two headlines (a paraphrase scoring in the 40s), a
    look-alike, a sentence judged unique, and a drawn-again pair of an earlier round."""
    folder = tmp_path / "data" / "clusters" / "pier"
    folder.mkdir(parents=True)
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")

    def item(round_: int, label: str, left: str, right: str) -> dict[str, object]:
        return {
            "split": "tune",
            "label": label,
            "round": round_,
            "surfaced": "sample",
            "left": _side(folder, "harbour.txt", HARBOUR, left),
            "right": _side(folder, "gazette.txt", GAZETTE, right),
        }

    items = [
        item(11, "paraphrase", "Pier vote delayed", "Kestrel Bay puts off"),
        item(11, "lookalike", "The harbour trust counted", "Ferry traffic rose"),
        item(7, "paraphrase", "Fishing crews", "The crab season"),
    ]
    earlier = items[2]
    drawn = [
        {
            "round": 11,
            "label": "paraphrase",
            "earlier_round": 7,
            "earlier_label": "paraphrase",
            "left": {"file": earlier["left"]["file"], "start": earlier["left"]["start"]},  # type: ignore[index]
            "right": {"file": earlier["right"]["file"], "start": earlier["right"]["start"]},  # type: ignore[index]
        }
    ]
    unique = [
        {
            "round": 11,
            "split": "tune",
            "label": "unique",
            "surfaced": "sample",
            "left": _side(folder, "harbour.txt", HARBOUR, "Mayor Ada Okafor"),
            "right": {
                "file": "clusters/pier/gazette.txt",
                "sha256": hashlib.sha256((folder / "gazette.txt").read_bytes()).hexdigest(),
            },
        }
    ]
    path = tmp_path / "items.json"
    path.write_text(
        json.dumps({"items": items, "also_drawn": drawn, "unique": unique}), encoding="utf-8"
    )
    return tmp_path / "data", path


def _sweep(capsys: pytest.CaptureFixture[str], judged: tuple[Path, Path], *at: str) -> list[str]:
    data, items = judged
    argv = ["--data", str(data), "--items", str(items), "--no-seeds", "--thresholds", *at]
    assert sweep_operating_point.main(argv) == 0
    return capsys.readouterr().out.splitlines()


def _row(lines: list[str], threshold: str, name: str) -> str:
    start = lines.index(next(x for x in lines if x.startswith(f"== paraphrase {threshold} ")))
    return next(x for x in lines[start:] if x.strip().startswith(name)).split(name)[1]


def test_a_pair_scoring_between_two_thresholds_is_linked_at_the_lower_only(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _sweep(capsys, judged, "50", "46")
    assert "para   0/1" in _row(lines, "50", "round 11 new")
    assert "para   1/1" in _row(lines, "46", "round 11 new")
    assert "look   0/1" in _row(lines, "46", "round 11 new")
    # the drawn-again pair counts with round 11 as drawn, and with the older tune items
    assert "para   2/2" in _row(lines, "46", "round 11 as drawn")
    assert "para   1/1" in _row(lines, "46", "older tune")
    new = next(x for x in lines if "new links on round 11's pairs 50 -> 46" in x)
    assert "judged counterpart" in new


def test_a_sentence_judged_unique_counts_once_it_links_to_anything(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _sweep(capsys, judged, "50", "20")
    assert "uniq   0/1" in _row(lines, "50", "round 11 new")
    assert "uniq   1/1" in _row(lines, "20", "round 11 new")
    new = next(x for x in lines if "new links on round 11's pairs 50 -> 20" in x)
    assert "1 sentence judged unique" in new


def test_the_default_threshold_moves_only_inside_its_block() -> None:
    with pytest.raises(RuntimeError), sweep_operating_point.default_threshold(38.0):
        assert Settings().paraphrase == 38.0 and Settings().shared == 80.0
        raise RuntimeError
    assert Settings() == Settings(shared=80.0, paraphrase=50.0)


def test_round_eleven_pairs_drawn_again_are_scored_as_tune(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, items = judged
    argv = ["--data", str(data), "--items", str(items), "--round", "11", "--as-drawn", "-v"]
    assert eval_claims.main([*argv, "--split", "tune"]) == 0
    scored = [x for x in capsys.readouterr().out.splitlines() if " -> " in x]
    assert len(scored) == 3 and all(x.startswith("tune ") for x in scored)


def test_a_pair_a_blind_round_judged_first_stays_report(
    judged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 11 read tune clusters, but a pair that a blind report round judged first is not
    shown among the tune figures when round 11 draws it again."""
    data, items = judged
    loaded = json.loads(items.read_text(encoding="utf-8"))
    loaded["items"][2]["round"] = 9
    loaded["items"][2]["split"] = "report"
    loaded["also_drawn"][0]["earlier_round"] = 9
    items.write_text(json.dumps(loaded), encoding="utf-8")
    argv = ["--data", str(data), "--items", str(items), "--round", "11", "--as-drawn", "-v"]
    assert eval_claims.main([*argv, "--split", "tune"]) == 0
    scored = [x for x in capsys.readouterr().out.splitlines() if " -> " in x]
    assert len(scored) == 2
    lines = _sweep(capsys, judged, "46")
    assert "para   1/1" in _row(lines, "46", "round 11 as drawn")
