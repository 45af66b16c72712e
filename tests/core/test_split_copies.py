"""One outlet's sentence copied as two by another is shared, not reworded (invented texts)."""

from __future__ import annotations

from newsdiff.core.compare import _article, compare_texts, prepare
from newsdiff.core.split_copies import joined_copy

LEFT = (
    "Harbour fees rise in Kelby.\n\n"
    "The port board voted on Monday to raise mooring fees for fishing boats.\n\n"
    "\"It's about a cheap plan, a lazy plan,\" said Marta Ilves, who leads the fishers' union.\n\n"
    "The new fees take effect in May.\n"
)


def _right(second_part: str) -> str:
    return (
        "Kelby port raises fees.\n\n"
        "Fishers in Kelby face higher mooring fees after a board vote this week.\n\n"
        f"\"It's about a cheap plan. {second_part},\" said Marta Ilves, who leads the fishers' "
        "union.\n\n"
        "The board said the money would repair the breakwater.\n"
    )


def _quote_links(right: str) -> list[tuple[str, float | None]]:
    comparison = compare_texts(LEFT, right)
    quote = comparison.left.sentences[2]
    return [(link.label, link.order) for link in sorted(quote.links, key=lambda x: x.index)]


def test_a_quotation_split_in_two_is_shared_with_both_pieces() -> None:
    # the other outlet ends a sentence after "plan": both pieces carry the copied words
    links = _quote_links(_right("A lazy plan"))
    assert [label for label, _ in links] == ["shared", "shared"]
    assert all(order is not None and order >= 80 for _, order in links)  # the evidence agrees


def test_near_miss_a_piece_whose_neighbour_says_something_else_stays_paraphrased() -> None:
    # same first piece, but the next sentence is not the rest of the quotation
    links = _quote_links(_right("The breakwater needs money"))
    assert [label for label, _ in links] == ["paraphrased"]


def test_a_neighbour_that_repeats_the_whole_sentence_alone_does_not_count() -> None:
    whole = "the harbour is a promise that keeps the town alive".split()
    piece = "the harbour is a promise".split()
    assert joined_copy(piece, whole, False, whole) == 0.0  # the neighbour is the copy
    assert joined_copy(piece, "that keeps the town alive".split(), False, whole) == 100.0


def test_relabelling_keeps_the_scores_so_every_comparison_reads_the_same() -> None:
    # the app re-labels a prepared pair at each threshold: nothing may carry over between runs
    prepared = prepare(_article(LEFT, "left"), _article(_right("A lazy plan"), "right"))
    verbatim = prepared.scores.verbatim.copy()
    runs = [prepared.comparison() for _ in range(2)]
    assert (prepared.scores.verbatim == verbatim).all()
    shown = [[(k.index, k.label, k.order) for k in run.left.sentences[2].links] for run in runs]
    assert shown[0] == shown[1]
    assert {label for _, label, _ in shown[0]} == {"shared"}


def test_the_words_kept_by_the_article_cache_give_the_labels_of_a_fresh_reading() -> None:
    # a pair segmented by the article cache reads each sentence's words from there; a pair
    # given its sentences tokenises them anew: a user sees the same labels and evidence either way
    left, right = _article(LEFT, "left"), _article(_right("A lazy plan"), "right")
    cached = prepare(left, right)
    fresh = prepare(
        left,
        right,
        left_sentences=cached.left_sentences,
        right_sentences=cached.right_sentences,
    )
    assert cached._features_from and not fresh._features_from  # the two paths are taken
    shown = [
        [[(k.index, k.label, k.order) for k in s.links] for s in pair.comparison().left.sentences]
        for pair in (cached, fresh)
    ]
    assert shown[0] == shown[1]
    assert {label for _, label, _ in shown[0][2]} == {"shared"}
