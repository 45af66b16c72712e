"""A headline is not linked to a quotation's sentence that shares only a word or two of it
(#19: a headline linked ≈ at the threshold to a remark sharing two words). Every text is
invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_texts
from newsdiff.core.models import Comparison

LEFT = "\n\n".join(
    [
        "{head}",
        "OSTRAVEN -- The Harbor Fund said on Friday that it had not agreed to any cut in the "
        "pensions it pays to former dock workers.",
        "A report in the Ostraven Gazette had said the fund was ready to accept lower payments.",
        "The fund's director, Ada Brandt, called the report mistaken.\n",
    ]
)
RIGHT = "\n\n".join(
    [
        "Pension Fund Open To Talks On Retirement Age",
        "The Harbor Fund, which pays pensions to former dock workers, says it has not changed "
        "its opposition to cutting payments.",
        '"We are ready to talk about the retirement age," said Ada Brandt, the fund\'s director. '
        "{remark}",
        "The Ostraven Gazette first reported the fund's position on Friday.\n",
    ]
)
HEAD = "Trustees Weigh Pension Overhaul"
REMARK = '"Now it is time for the trustees to deliver the overhaul."'


def headline_links(head: str, remark: str) -> list[int]:
    """The right sentences the left headline links to."""
    comparison: Comparison = compare_texts(LEFT.format(head=head), RIGHT.format(remark=remark))
    headline = comparison.left.sentences[0]
    assert headline.sentence.kind == "headline"
    return [link.index for link in headline.links]


def test_a_remark_sharing_two_words_with_the_headline_is_not_its_counterpart() -> None:
    """Two shared words of a remark: no link. The rule is narrow: with a third shared word,
    or in the outlet's own words (not a quotation), the headline keeps its counterpart."""
    assert 3 not in headline_links(HEAD, REMARK)
    more = '"Now it is time for the trustees to deliver the pension overhaul."'
    assert 3 in headline_links(HEAD, more)
    own = "The trustees have until June to deliver the overhaul."
    assert 3 in headline_links(HEAD, own)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["trustees", "governors", "stewards"]),
    st.sampled_from(["overhaul", "shake-up", "rethink"]),
    st.sampled_from(["deliver", "finish", "start"]),
)
def test_a_headline_never_links_an_unattributed_remark_sharing_two_words(
    who: str, what: str, verb: str
) -> None:
    head = f"{who.title()} Weigh Pension {what.title()}"
    remark = f'"Now it is time for the {who} to {verb} the {what}."'
    assert 3 not in headline_links(head, remark)
