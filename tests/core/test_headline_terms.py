"""A headline's quoted term is no attribution, and a headline quoting its own body is no
other outlet's rendering. Every article here was written for these tests."""

from __future__ import annotations

import pytest
from newsdiff.core.models import Quote
from newsdiff.core.quote_groups import group_quotes, match_quotes
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

BODY = "\n\nHarbour Minister Tom Hale spoke about the night ferry on Monday.\n"


def quotes_of(text: str) -> tuple[Quote, ...]:
    return extract_quotes(text, segment(text))


def headline_speaker(headline: str) -> str | None:
    quotes = quotes_of(headline + BODY)
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    "headline",
    [
        "Hale Defends 'Reckless' Plan",
        "Hale defends 'reckless' ferry plan",
        "Hale Unveils 'Historic' Ferry Deal",
        "Minister's 'reckless' plan for the night ferry",
    ],
)
def test_a_quoted_term_in_a_headline_is_not_its_subjects_words(headline: str) -> None:
    assert headline_speaker(headline) is None


@pytest.mark.parametrize(
    "headline",
    [
        "Hale slams 'reckless' ferry plan",
        "Hale calls ferry cuts 'cruel'",
        "Tom Hale Warns of 'Reckless' Cuts",
        "Hale Says 'No Deal'",
        "Hale Slams 'Reckless' Plan",  # title case: the run ends at the verb
        "Hale Calls Tariff Plan 'Cruel'",
        "Minister Hale Blasts 'Cruel' Ferry Cuts",
        "Hale Urges Council to 'Think Again' on Ferry",
        "Hale defends 'a plan that will save the pier'",  # a statement, not a term
    ],
)
def test_a_headline_still_names_who_says_or_judges_with_its_words(headline: str) -> None:
    assert headline_speaker(headline) == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # names holding such a word are left whole: the plural nouns in a headline, and
        # every word of a name in running text
        (
            "Acme Brands Warns of 'Grave' Ferry Losses\n\nAcme Brands runs the night ferry.\n",
            "Acme Brands",
        ),
        (
            "Night ferry to stop\n\n"
            'Rapid Blasts Ltd said "the ferry was never ours to run and never will be."\n',
            "Rapid Blasts Ltd",
        ),
        (
            "Night ferry to stop\n\n"
            '"We will not run it," said Harbour Warns Trust, which owns the pier.\n',
            "Harbour Warns Trust",
        ),
    ],
)
def test_a_name_holding_a_verb_word_stays_whole(text: str, speaker: str) -> None:
    assert [quote.speaker for quote in quotes_of(text)] == [speaker]


HEADLINED = (
    "Night ferry 'no longer needed', says union\n\n"
    '"The night ferry is no longer needed by anyone in this town," said Ann Pike, who leads '
    "the dockworkers' union.\n"
)
OTHER = (
    "Night ferry to stop in May\n\n"
    '"The night ferry is not needed by anyone in the town," said Ann Pike, who leads the '
    "union.\n"
)


def test_a_headline_quoting_its_own_body_is_not_grouped_with_it() -> None:
    left, right = quotes_of(HEADLINED), quotes_of(OTHER)
    headline, body = left
    groups = group_quotes([("a.txt", left), ("b.txt", right)])
    remark = next(group for group in groups if any(q is body for _p, q in group.variants))
    assert [path for path, _quote in remark.variants] == ["a.txt", "b.txt"]  # a.txt once
    assert remark.status == "altered"
    alone = next(group for group in groups if any(q is headline for _p, q in group.variants))
    assert alone.status == "only here"
    # the comparison of the two articles says the same of the headline
    left_matches, _right = match_quotes(left, right)
    assert [match.status for match in left_matches] == ["only here", "altered"]


def test_a_remark_two_articles_carry_keeps_every_rendering_that_matches_the_other() -> None:
    # the phrase repeats word for word a part of the other article's quote: grouped with it
    repeated = HEADLINED.replace(
        "\n", '\n\nPike said the ferry was "needed by anyone in the town" once.\n', 1
    )
    left, right = quotes_of(repeated), quotes_of(OTHER)
    groups = group_quotes([("a.txt", left), ("b.txt", right)])
    remark = next(group for group in groups if group.articles == 2)
    assert sorted(quote.text for _p, quote in remark.variants) == sorted(
        [left[1].text, left[2].text, right[0].text]
    )
