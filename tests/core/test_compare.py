"""The public comparison API end to end: labels, symmetry, offsets, boilerplate, gold floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff import compare_files, compare_texts
from newsdiff.core.compare import compare_articles, prepare
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import load_article
from newsdiff.core.models import Comparison, Settings

LEFT = """Officials Reach Deal on Border Trade

GENEVA: Negotiators from both countries agreed on Tuesday to reopen the border to trade.
“We have waited long enough for this day,” the trade minister said.
The agreement cuts tariffs on grain from 40% to 10%.
Critics warned that smugglers would exploit the reopened crossings.
Advertisement
© 2025 Example News
"""

RIGHT = """Border to Reopen for Trade After Talks

Tariffs on grain will fall from 40% to 10% under the agreement.
“We have waited long enough for this day,” the minister told reporters.
Negotiators from both countries agreed on Tuesday to reopen the border to trade, officials said.
The central bank left interest rates unchanged.
Share this article
"""


def _check_offsets(comparison: Comparison) -> None:
    for side in (comparison.left, comparison.right):
        text = side.article.text
        for position, aligned in enumerate(side.sentences):
            sentence = aligned.sentence
            assert sentence.index == position
            assert text[sentence.start : sentence.end] == sentence.text
    for (left, right), diff in comparison.word_diffs.items():
        assert (diff.left, diff.right) == (left, right)
        left_sentence = comparison.left.sentences[left].sentence
        right_sentence = comparison.right.sentences[right].sentence
        for op in diff.ops:
            assert left_sentence.start <= op.left[0] <= op.left[1] <= left_sentence.end
            assert right_sentence.start <= op.right[0] <= op.right[1] <= right_sentence.end


def _check_symmetry(comparison: Comparison) -> None:
    forward = {
        (aligned.sentence.index, link.index, link.label)
        for aligned in comparison.left.sentences
        for link in aligned.links
    }
    backward = {
        (link.index, aligned.sentence.index, link.label)
        for aligned in comparison.right.sentences
        for link in aligned.links
    }
    assert forward == backward
    for left, right, label in forward:
        assert (left, right) in comparison.word_diffs
        if label == "shared":
            assert comparison.left.sentences[left].label == "shared"
            assert comparison.right.sentences[right].label == "shared"


def _by_text(comparison: Comparison, side: str, start: str):
    compared = comparison.left if side == "left" else comparison.right
    return next(a for a in compared.sentences if a.sentence.text.startswith(start))


def test_labels_on_a_small_story() -> None:
    comparison = compare_texts(LEFT, RIGHT)
    _check_offsets(comparison)
    _check_symmetry(comparison)
    quote = _by_text(comparison, "left", "“We have waited")
    assert quote.label == "shared"
    negotiators = _by_text(comparison, "left", "GENEVA: Negotiators")
    assert negotiators.label == "shared"
    tariffs = _by_text(comparison, "left", "The agreement cuts")
    assert tariffs.label == "paraphrased"
    assert _by_text(comparison, "left", "Critics warned").label == "unique"
    assert _by_text(comparison, "right", "The central bank").label == "unique"


def test_reordered_material_is_moved_and_rows_keep_order() -> None:
    comparison = compare_texts(LEFT, RIGHT)
    assert any(a.moved for a in comparison.left.sentences + comparison.right.sentences)
    lefts = [row.left for row in comparison.rows if row.left is not None]
    rights = [row.right for row in comparison.rows if row.right is not None]
    assert lefts == list(range(len(comparison.left.sentences)))
    assert rights == list(range(len(comparison.right.sentences)))
    for row in comparison.rows:
        if row.left is not None and row.right is not None:
            assert not comparison.left.sentences[row.left].moved
            assert any(
                link.index == row.right for link in comparison.left.sentences[row.left].links
            )


def test_boilerplate_is_flagged_unlinked_and_not_counted() -> None:
    comparison = compare_texts(LEFT, RIGHT)
    flagged = [a.sentence.text for a in comparison.left.sentences if a.boilerplate]
    assert flagged == ["Advertisement", "© 2025 Example News"]
    assert [a.sentence.text for a in comparison.right.sentences if a.boilerplate] == [
        "Share this article"
    ]
    for side in (comparison.left, comparison.right):
        counted = sum(side.summary()[label] for label in ("shared", "paraphrased", "unique"))
        assert counted == sum(1 for a in side.sentences if not a.boilerplate)
        assert all(not a.links for a in side.sentences if a.boilerplate)


def test_thresholds_change_labels() -> None:
    prepared = prepare(load_article_text(LEFT, "l"), load_article_text(RIGHT, "r"))
    default = prepared.comparison(Settings())
    nothing = prepared.comparison(Settings(shared=100.5, paraphrase=100.5))
    assert all(a.label == "unique" for a in nothing.left.sentences)
    no_shared = prepared.comparison(Settings(shared=100.5, paraphrase=50))
    assert all(a.label != "shared" for a in no_shared.left.sentences)
    assert default.summary()["left"]["shared"] >= 2
    again = compare_articles(prepared.left, prepared.right, Settings())
    assert again.to_dict() == default.to_dict()


def load_article_text(text: str, path: str):
    from newsdiff.core.models import Article

    return Article(path=path, text=text, title=path)


def test_json_contract_fields() -> None:
    data = json.loads(json.dumps(compare_texts(LEFT, RIGHT).to_dict()))
    assert data["schema"] == "newsdiff.comparison/2"
    for side in ("left", "right"):
        article = data[side]
        assert {"path", "title", "sentences", "quotes"} <= set(article)
        for sentence in article["sentences"]:
            assert {"index", "start", "end", "text", "label", "moved", "links"} <= set(sentence)
            assert sentence["label"] in ("shared", "paraphrased", "unique")
            for link in sentence["links"]:
                assert {"index", "label", "score"} <= set(link)
                assert 0 <= link["score"] <= 100
        assert set(data["summary"][side]) >= {"shared", "paraphrased", "unique"}


def test_compare_files_reads_files_and_reports_bad_ones(tmp_path: Path) -> None:
    left = tmp_path / "left.txt"
    right = tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT.replace("\n", "\r\n"), encoding="utf-8")
    comparison = compare_files(left, right)
    _check_offsets(comparison)
    with pytest.raises(ArticleError):
        compare_files(left, tmp_path / "missing.txt")


def test_empty_texts_compare_cleanly() -> None:
    comparison = compare_texts("", "Just one sentence here.")
    assert comparison.left.sentences == ()
    assert [a.label for a in comparison.right.sentences] == ["unique"]


_word = st.sampled_from(
    "the talks in geneva resumed on tuesday after rubio and jaishankar met over a 19% tariff "
    "“deep historic” ties — said officials india pakistan".split()
)
_sentence = st.lists(_word, min_size=3, max_size=14).map(lambda words: " ".join(words) + ".")
_text = st.lists(_sentence, min_size=1, max_size=8).map("\n".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_a_text_compared_with_itself_is_shared_with_its_own_counterpart(text: str) -> None:
    comparison = compare_texts(text, text)
    for aligned in comparison.left.sentences:
        if aligned.boilerplate:
            continue
        assert aligned.label == "shared"
        assert not aligned.moved
        assert any(
            link.index == aligned.sentence.index and link.label == "shared"
            for link in aligned.links
        )
    _check_symmetry(comparison)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text, _text)
def test_shared_is_symmetric_and_offsets_are_valid(left: str, right: str) -> None:
    comparison = compare_texts(left, right)
    _check_offsets(comparison)
    _check_symmetry(comparison)
    swapped = compare_texts(right, left)
    forward = {
        (a.sentence.index, link.index)
        for a in comparison.left.sentences
        for link in a.links
        if link.label == "shared"
    }
    backward = {  # swapped.right is the original left
        (a.sentence.index, link.index)
        for a in swapped.right.sentences
        for link in a.links
        if link.label == "shared"
    }
    assert forward == backward


def test_bundled_articles_compare(seed_paths: list[Path]) -> None:
    left, right = seed_paths[0], seed_paths[4]
    comparison = compare_articles(
        load_article(left), load_article(right), corpus=[load_article(p) for p in seed_paths]
    )
    _check_offsets(comparison)
    _check_symmetry(comparison)
    furniture = {a.sentence.text for a in comparison.right.sentences if a.boilerplate}
    assert "Advertisement" in furniture


def test_gold_accuracy_floors(gold_dir: Path, seeds_dir: Path) -> None:
    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        from eval_alignment import evaluate
    finally:
        sys.path.remove(str(scripts))
    # with the corpus (as the app does) and without (as `newsdiff compare` does)
    for use_corpus, f1_floor in ((True, 0.90), (False, 0.88)):
        result = evaluate(gold_dir, seeds_dir, use_corpus=use_corpus)
        for mode in ("gold", "tool"):
            overall = result[mode]["overall"]
            assert overall["shared_recall"] == 1.0, (mode, use_corpus)
            assert overall["false_shared"] == 0, (mode, use_corpus)
            assert overall["f1"] >= f1_floor, (mode, use_corpus)
            assert overall["counterpart_accuracy"] >= 0.95, (mode, use_corpus)


def test_heldout_accuracy_floors() -> None:
    """Pairs the engine was never built on (tests/fixtures/heldout_alignment) stay accurate."""
    root = Path(__file__).resolve().parents[2]
    heldout = root / "tests" / "fixtures" / "heldout_alignment"
    sys.path.insert(0, str(root / "scripts"))
    try:
        from eval_alignment import evaluate
    finally:
        sys.path.remove(str(root / "scripts"))
    for use_corpus in (True, False):
        result = evaluate(heldout, heldout, use_corpus=use_corpus)
        for mode in ("gold", "tool"):
            overall = result[mode]["overall"]
            assert overall["f1"] >= 0.94, (mode, use_corpus)
            assert overall["false_shared"] == 0, (mode, use_corpus)
            assert overall["shared_recall"] == 1.0, (mode, use_corpus)
            assert overall["counterpart_accuracy"] >= 0.97, (mode, use_corpus)
