"""Quotes across articles: verbatim, altered (changed words as spans), only here; groups."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.models import Quote
from newsdiff.core.quote_groups import (
    changed_spans,
    group_quotes,
    match_quotes,
    quote_words,
    relation,
)
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def q(text: str, start: int = 0, speaker: str | None = "Ana Ruiz") -> Quote:
    return Quote(start, start + len(text), text, speaker, "full", 0, (0,))


def status(a: str, b: str) -> str | None:
    found = relation(quote_words(q(a)), quote_words(q(b)))
    return found[0] if found else None


def test_verbatim_ignores_marks_case_and_punctuation() -> None:
    assert status("We don\u2019t back down, ever.", "we don't back down ever") == "verbatim"


def test_changed_words_make_an_altered_quote() -> None:
    a = "We will rebuild the port within a year, and we will pay for it."
    b = "We will rebuild the harbour within two years, and we will pay for it."
    assert status(a, b) == "altered"


def test_a_word_for_word_part_of_a_longer_quote_is_an_excerpt() -> None:
    long = "Look, the talks were hard. It is part of a mature, pragmatic policy, and we keep at it."
    assert status("a mature, pragmatic policy", long) == "excerpt"
    assert status(long, "a mature, pragmatic policy") == "excerpt"


def test_an_excerpt_with_its_cuts_marked_by_an_ellipsis_is_an_excerpt() -> None:
    long = "Look, the talks were hard. It is part of a mature, pragmatic policy, and we keep at it."
    assert status("the talks were hard \u2026 and we keep at it", long) == "excerpt"
    assert status("the talks were hard and we keep at it", long) == "altered"


def test_a_trimmed_quote_with_a_changed_word_is_altered() -> None:
    long = "Look, the talks were hard. It is part of a mature, pragmatic policy, and we keep at it."
    assert status("a mature, practical policy", long) == "altered"


def test_a_reworded_trim_is_altered() -> None:
    long = "We have a long history of working with them on border security and related matters."
    assert status("a long history of working on border-security", long) == "altered"


def test_different_remarks_do_not_match() -> None:
    assert status("The road will be finished next year.", "We have no quarrel with them.") is None


def test_one_word_fragments_match_only_verbatim() -> None:
    assert status("mature", "mature") == "verbatim"
    assert status("mature", "They are very mature about it.") is None


def test_changed_spans_are_absolute_and_cover_the_differing_words() -> None:
    a = q("We will rebuild the port within a year.", start=100)
    b = q("We will rebuild the harbour within a year.", start=500)
    (span,) = changed_spans(quote_words(a), quote_words(b))
    assert (span[0] - 100, span[1] - 100) == (20, 24)
    assert a.text[span[0] - 100 : span[1] - 100] == "port"


def test_match_quotes_statuses_counterparts_and_corpus_counts() -> None:
    left = (q("We will rebuild the port within a year."), q("Nobody was hurt."))
    right = (q("We will rebuild the harbour within a year."), q("Nobody was hurt"))
    third = (q("Nobody was hurt."),)
    lefts, rights = match_quotes(left, right, (left, right, third))
    assert [m.status for m in lefts] == ["altered", "verbatim"]
    assert lefts[0].counterpart == right[0]
    assert [left[0].text[s:e] for s, e in lefts[0].changed] == ["port"]
    assert lefts[1].articles == 3 and lefts[0].articles == 2
    only_left, only_right = match_quotes((q("A thing we said here."),), (q("Another remark."),))
    assert only_left[0].status == "only here" and only_left[0].counterpart is None
    assert only_left[0].articles == 1 and only_right[0].status == "only here"


def test_group_quotes_orders_by_reach_and_names_the_status() -> None:
    groups = group_quotes(
        [
            ("a.txt", (q("We will win this vote."), q("It is a fair deal."))),
            ("b.txt", (q("We will win this vote"), q("It is a fair and honest deal."))),
            ("c.txt", (q("We will win this vote!"), q("The rain stopped play."))),
        ]
    )
    by_text = {group.variants[0][1].text: group for group in groups}
    assert by_text["We will win this vote."].status == "verbatim"
    assert by_text["We will win this vote."].articles == 3
    assert by_text["It is a fair deal."].status == "altered"
    assert by_text["The rain stopped play."].status == "only here"
    assert groups[0].articles == 3
    altered = by_text["It is a fair deal."]
    changed = dict(zip((p for p, _ in altered.variants), altered.changed, strict=True))
    reference_path = altered.variants[altered.reference][0]
    assert changed[reference_path] == ()


def bundled_groups(seed_paths: list[Path]):
    articles = []
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        articles.append((path.name, extract_quotes(text, segment(text))))
    return group_quotes(articles)


def test_bundled_corpus_shows_the_remark_every_outlet_carries(seed_paths: list[Path]) -> None:
    groups = bundled_groups(seed_paths)
    widest = groups[0]
    assert widest.articles == len(seed_paths)
    assert widest.speaker == "Marco Rubio"
    assert widest.status == "altered"
    texts = " ".join(quote.text for _path, quote in widest.variants)
    assert "at the expense of our" in texts


def test_bundled_corpus_shows_the_outlet_that_altered_it(seed_paths: list[Path]) -> None:
    widest = bundled_groups(seed_paths)[0]
    changed_words = {
        path: [quote.text[s - quote.start : e - quote.start] for s, e in changed]
        for (path, quote), changed in zip(widest.variants, widest.changed, strict=True)
        if changed
    }
    altered_by = {path[:3] for path in changed_words}
    assert "002" in altered_by
    assert any("strategic" in word for word in changed_words[seed_paths[2].name])


def test_bundled_corpus_has_remarks_in_one_outlet_only(seed_paths: list[Path]) -> None:
    only = [g for g in bundled_groups(seed_paths) if g.status == "only here"]
    rubio_only = [g for g in only if g.speaker == "Marco Rubio"]
    assert any(
        "No such conversation" in g.variants[0][1].text for g in only
    )  # New Delhi's denial: one outlet
    assert len(rubio_only) >= 5
    assert all(g.articles == 1 for g in only)
