"""Which of the other article's quotes is a quote's counterpart, and the status it then gets.

Found on real coverage (tune clusters of the second status gold, docs/quotes.md): an outlet
carries a long word-for-word part of a statement and, elsewhere, four words of it with one
changed; the four words used to win (a higher fuzzy score) and the statement was shown
"altered". And a two-word quote inside another outlet's three words was "altered" although no
word was changed. The texts below are invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quote_groups import group_quotes, match_quotes, quote_words, relation

STATEMENT = (
    "Our survey backs up what farmers told us for years: Morvania keeps a vast, secret "
    "grain reserve that its ministers have never once listed in the budget papers."
)
PART = "Morvania keeps a vast, secret grain reserve that its ministers have never once listed"
SLIP = "Morvania kept a vast"
RENDERING = (
    "Our survey backs up what farmers told us: Morvania keeps a huge, secret grain "
    "reserve that its ministers never once listed in the budget papers."
)


def q(text: str, start: int = 0, speaker: str | None = "the statement") -> Quote:
    return Quote(start, start + len(text), text, speaker, "full", 0, (0,))


def counterpart_of(text: str, others: list[str]) -> tuple[str, str | None]:
    mine = [q(text)]
    theirs = [q(other, start=200 * i) for i, other in enumerate(others)]
    (match,), _ = match_quotes(mine, theirs, (mine, theirs))
    return match.status, None if match.counterpart is None else match.counterpart.text


def test_the_rendering_carrying_most_of_the_words_is_the_counterpart() -> None:
    # the long word-for-word part wins over four words with one changed, in either order
    assert counterpart_of(STATEMENT, [SLIP, PART]) == ("excerpt", PART)
    assert counterpart_of(STATEMENT, [PART, SLIP]) == ("excerpt", PART)
    # the other way round: a full rendering with words changed beats three words kept
    assert counterpart_of(STATEMENT, ["the budget papers", RENDERING]) == ("altered", RENDERING)


def test_two_words_cut_from_three_are_an_excerpt_not_altered() -> None:
    short, long = quote_words(q("golden chance")), quote_words(q("this golden chance"))
    assert relation(short, long) is not None and relation(short, long)[0] == "excerpt"
    assert relation(long, short) is not None and relation(long, short)[0] == "excerpt"
    (group,) = group_quotes([("a.txt", [q("golden chance")]), ("b.txt", [q("this golden chance")])])
    assert group.status == "excerpt"
    assert group.changed == ((), ())
    # a word put between the two is a change, not a cut
    inserted = relation(short, quote_words(q("golden, rare chance")))
    assert inserted is not None and inserted[0] == "altered"


WORDS = st.sampled_from(
    "we will rebuild the port and pay for it within a year nobody else has offered to".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=8, max_size=30), st.data())
def test_a_long_word_for_word_part_beats_a_few_altered_words(
    words: list[str], data: st.DataObject
) -> None:
    """Whatever else the other article carries (four words of the quote with one changed), a
    word-for-word part of five words or more is the counterpart: the quote is an excerpt, not
    altered, whichever order the other article's quotes come in and whichever side is left."""
    start = data.draw(st.integers(0, len(words) - 5))
    stop = data.draw(st.integers(start + 5, len(words) - (1 if start == 0 else 0)))
    at = data.draw(st.integers(0, len(words) - 4))
    slip = [*words[at : at + 4]]
    slip[data.draw(st.integers(0, 3))] = "harbour"
    full = q(" ".join(words).capitalize() + ".")
    part = q(" ".join(words[start:stop]), start=500)
    other = q(" ".join(slip), start=900)
    theirs = data.draw(st.permutations([part, other]))
    (left,), right = match_quotes([full], theirs, ([full], theirs))
    right_first, (left_again,) = match_quotes(theirs, [full], (theirs, [full]))
    assert left.status == left_again.status == "excerpt"
    assert left.counterpart == left_again.counterpart == part
    assert right == right_first


def test_a_few_letters_alike_are_not_the_remark() -> None:
    # "Way" and "was" are one letter apart, but the other quote carries two of the three words
    assert (
        relation(
            quote_words(q("Gran-Mart Way,")),
            quote_words(q("Gran-Mart was behind the other grocers.")),
        )
        is None
    )
    # three words carried (in another order), letters alike: still the remark, altered
    carried = relation(
        quote_words(q("unkind and unjustified.")),
        quote_words(q("unkind, unjustified, and unreasonable.")),
    )
    assert carried is not None and carried[0] == "altered"
