"""Two words quoted from the same speaker's longer quote are an excerpt (people24).

Outlets quote a speaker's most pointed words alone (``called the files “highly secret”``) where
another outlet quotes the whole sentence. Those two words are a word-for-word part of the other's
quote: an excerpt, both ways, in the comparison and in the quote groups alike. They used to be
``only here`` (two words match everywhere, so the word test alone never links them). What
links them now is the speaker: the same person, named on both sides. The texts are invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quote_groups import group_quotes, match_quotes

LONG = "In March the ministry moved its grain ledgers to a highly secret vault near Dunmore."


def q(text: str, speaker: str | None, start: int = 0, kind: str = "full") -> Quote:
    return Quote(start, start + len(text), text, speaker, kind, 0, (0,))  # type: ignore[arg-type]


def statuses(mine: Quote, theirs: Quote) -> tuple[str, str]:
    (left,), (right,) = match_quotes([mine], [theirs], ([mine], [theirs]))
    return left.status, right.status


def test_two_words_of_the_speakers_longer_quote_are_an_excerpt_both_ways() -> None:
    short = q("highly secret", "Ana Ruiz", kind="fragment")
    whole = q(LONG, "Ana Ruiz", start=300)
    assert statuses(short, whole) == ("excerpt", "excerpt")
    assert statuses(whole, short) == ("excerpt", "excerpt")
    (group,) = group_quotes([("a.txt", [short]), ("b.txt", [whole])])
    assert group.status == "excerpt" and group.changed == ((), ())
    # punctuation between the two words is no cut
    assert (
        statuses(
            q("secret vault", "Ana Ruiz"), q(LONG.replace("secret ", "secret, "), "Ana Ruiz", 300)
        )[0]
        == "excerpt"
    )


def test_the_same_person_spelt_otherwise_still_counts() -> None:
    assert statuses(q("highly secret", "Ruiz"), q(LONG, "Ana Ruiz", 300)) == ("excerpt",) * 2


def test_near_misses_stay_only_here() -> None:
    whole = q(LONG, "Ana Ruiz", start=300)
    # another speaker's sentence that happens to hold the words
    assert statuses(q("highly secret", "Tom Hale"), whole) == ("only here", "only here")
    # nobody named on one side (scare quotes, or a speaker not read)
    assert statuses(q("highly secret", None), whole) == ("only here", "only here")
    assert statuses(q("highly secret", "Ana Ruiz"), q(LONG, None, 300)) == ("only here",) * 2
    # one word says too little of a longer remark
    assert statuses(q("secret", "Ana Ruiz"), whole) == ("only here", "only here")
    # the two words not in a row
    assert statuses(q("highly vault", "Ana Ruiz"), whole) == ("only here", "only here")
    assert (
        group_quotes([("a.txt", [q("highly secret", "Tom Hale")]), ("b.txt", [whole])])[0].status
        == "only here"
    )


WORDS = st.sampled_from(
    ["harbour", "ledger", "vault", "grain", "council", "winter", "budget", "ferry", "quiet", "old"]
)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(WORDS, min_size=5, max_size=12, unique=True), at=st.integers(0, 10))
def test_any_two_word_run_of_the_speakers_quote_is_an_excerpt(words: list[str], at: int) -> None:
    at = at % (len(words) - 1)
    pair = " ".join(words[at : at + 2])
    whole = q(" ".join(words).capitalize() + ".", "Ana Ruiz", start=300)
    assert statuses(q(pair, "Ana Ruiz"), whole) == ("excerpt", "excerpt")
    assert statuses(q(pair, "Tom Hale"), whole) == ("only here", "only here")  # five words or more
    (group,) = group_quotes([("a.txt", [q(pair, "Ana Ruiz")]), ("b.txt", [whole])])
    assert group.status == "excerpt"
