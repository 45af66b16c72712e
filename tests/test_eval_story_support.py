"""The story evaluation's measured variants and its real-dev gold reader (scripts/eval_story*.py),
on links and files written for these tests: support from a third outlet is read only inside one
story, and a gold whose text changed is not scored."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from newsdiff.core.story import PairLink

_SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(_SCRIPTS))  # eval_story_variants imports eval_story by name


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, _SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ev = _load("eval_story")
variants = _load("eval_story_variants")


def _links(*pairs: tuple[tuple[int, int], tuple[int, int]]) -> list[PairLink]:
    return [PairLink(a, b, "paraphrased", 60.0) for a, b in pairs]


# Articles 0, 1, 2 report one story: two links between each two of them (sentences 5 and 6).
ONE_STORY = _links(
    ((0, 5), (1, 5)), ((0, 6), (1, 6)), ((0, 5), (2, 5)), ((0, 6), (2, 6)),
    ((1, 5), (2, 5)), ((1, 6), (2, 6)),
)  # fmt: skip


def test_a_near_miss_two_sentences_of_a_third_outlet_link_to_is_supported() -> None:
    near = [((0, 1), (1, 1), 45.0)]
    links = ONE_STORY + _links(((0, 1), (2, 1)), ((1, 1), (2, 1)))
    assert variants.supported(near, links, vouchers=1) == near


def test_a_near_miss_without_a_common_linked_sentence_is_not_supported() -> None:
    near = [((0, 1), (1, 1), 45.0)]
    links = ONE_STORY + _links(((0, 1), (2, 1)), ((1, 1), (2, 2)))
    assert variants.supported(near, links, vouchers=1) == []


def test_support_never_crosses_from_one_story_to_another() -> None:
    # article 3 reports another story: one stray link to article 2, none to article 0
    near = [((0, 1), (3, 1), 45.0)]
    links = ONE_STORY + _links(((0, 1), (2, 1)), ((3, 1), (2, 1)))
    assert variants.supported(near, links, vouchers=1) == []


def test_two_vouchers_must_come_from_two_articles() -> None:
    near = [((0, 1), (1, 1), 45.0)]
    four = ONE_STORY + _links(
        ((0, 7), (3, 7)), ((0, 8), (3, 8)), ((1, 7), (3, 7)), ((1, 8), (3, 8)),
        ((2, 7), (3, 7)), ((2, 8), (3, 8)),
    )  # fmt: skip
    one_voucher = four + _links(((0, 1), (2, 1)), ((1, 1), (2, 1)), ((0, 1), (2, 2)))
    assert variants.supported(near, one_voucher, vouchers=2) == []
    two = one_voucher + _links(((0, 1), (3, 1)), ((1, 1), (3, 1)))
    assert variants.supported(near, two, vouchers=2) == near


def _gold(tmp_path: Path, text: str, judged: str) -> Path:
    cluster = tmp_path / "clusters" / "c1"
    cluster.mkdir(parents=True)
    (cluster / "a.txt").write_text(text, encoding="utf-8")
    (cluster / "b.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(judged.encode()).hexdigest()
    sentence = {"i": 0, "start": 0, "end": len(judged), "sha256": ""}
    cluster_gold = {
        "cluster": "c1",
        "articles": {
            name: {"sha256": digest, "sentences": [sentence]} for name in ("a.txt", "b.txt")
        },
        "alignments": {"a.txt|b.txt": [{"a": 0, "b": 0, "label": "shared"}]},
        "borderline": {},
    }
    gold = {"clusters": [cluster_gold]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_real_gold_reads_sentence_text_from_the_cluster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The mayor opened the bridge on Monday."
    monkeypatch.setattr(ev, "REAL_GOLD", _gold(tmp_path, text, text))
    monkeypatch.setattr(ev, "REAL_ROOT", tmp_path / "clusters")
    [(articles, (sentences, alignments, _))] = ev._real_gold()
    assert [Path(a.path).name for a in articles] == ["a.txt", "b.txt"]
    assert sentences["a.txt"][0]["text"] == text
    assert alignments["a.txt|b.txt"] == [{"a": 0, "b": 0, "label": "shared"}]


def test_real_gold_is_not_scored_when_a_text_changed_or_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged = "The mayor opened the bridge on Monday."
    monkeypatch.setattr(ev, "REAL_GOLD", _gold(tmp_path, judged + " Edited.", judged))
    monkeypatch.setattr(ev, "REAL_ROOT", tmp_path / "clusters")
    assert ev._real_gold() == []
    monkeypatch.setattr(ev, "REAL_ROOT", tmp_path / "elsewhere")
    assert ev._real_gold() == []


def test_transitive_support_needs_two_strong_links_to_the_voucher() -> None:
    near = [((0, 1), (1, 1), 45.0)]
    weak = ONE_STORY + _links(((0, 1), (2, 1)), ((1, 1), (2, 1)))  # both at 60
    assert variants.supported(near, weak, vouchers=1, strong=65.0) == []
    strong = ONE_STORY + [
        PairLink((0, 1), (2, 1), "paraphrased", 70.0),
        PairLink((1, 1), (2, 1), "shared", 90.0),
    ]
    assert variants.supported(near, strong, vouchers=1, strong=65.0) == near
    conflict = ONE_STORY + [
        PairLink((0, 1), (2, 1), "conflict", 70.0),
        PairLink((1, 1), (2, 1), "shared", 90.0),
    ]
    assert variants.supported(near, conflict, vouchers=1, strong=65.0) == []


def test_pooled_joins_a_lone_sentence_the_claims_pooled_words_cover() -> None:
    from newsdiff.core.story import Claim
    from newsdiff.core.story_grouping import LinkTable

    texts = [
        "The council closed the harbour bridge for repairs.",  # 0:0, in a claim with 1:0, 2:0
        "Harbour bridge shut by council for repairs.",
        "Repairs close the harbour bridge, council says.",
        "Repairs shut the harbour bridge, the council said.",  # 3:0 alone, one link
        "Tourists filled the old town squares on Sunday.",  # 4:0 alone, one link
    ]
    positions = [(k, 0) for k in range(5)]
    claim = Claim(variants=tuple(positions[:3]))
    claims_made = (claim, Claim(variants=(positions[3],)), Claim(variants=(positions[4],)))
    table = LinkTable(positions)
    table.add(0, 0, [(0, 1, "paraphrased", 80.0), (0, 2, "paraphrased", 80.0)])
    table.add(0, 0, [(1, 2, "paraphrased", 80.0), (3, 0, "paraphrased", 55.0)])
    table.add(0, 0, [(4, 1, "paraphrased", 52.0)])
    joined = variants.pooled_joins(claims_made, table, texts, meaning=False)
    assert joined[0].variants == (*positions[:3], (3, 0))  # most of its words are the claim's
    assert (4, 0) not in joined[0].variants  # linked, but its words are not the claim's


def test_the_conflict_count_finds_every_pair_view_conflict_in_the_story(tmp_path, capsys) -> None:
    """``eval_story_conflicts.py`` on one cluster of three invented reports of a rally (two
    counts of protesters disagree): every conflict the pair view shows is counted, and the
    story shows each of them."""
    import shutil

    conflicts = _load("eval_story_conflicts")
    cluster = tmp_path / "rally"
    shutil.copytree(Path(__file__).resolve().parent / "fixtures" / "story_conflicts", cluster)
    assert conflicts.main(["--root", str(tmp_path)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    shown, total = (int(n) for n in last.split(": ")[1].split(";")[0].split(" of "))
    assert total >= 2 and shown == total, last
    assert conflicts.main(["--root", str(tmp_path / "missing")]) == 2
