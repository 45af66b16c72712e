"""``≠ other speaker`` only where both sentences name their speakers (people17).

The flag says "the outlets give these words to different people". A speaker read from context
(``…,” he said`` after another person is named, a continued quotation, ``the statement said``)
is the reading that goes wrong, so such a side keeps its speaker but raises no flag. Invented
texts; each test holds the flag that must stay beside the one that must go.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quote_groups import group_quotes, match_quotes
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEAD = "Ferry Fares Rise in Leith\n\nFerry fares rose on Monday.\n\n"
WORDS = "The fares are a scandal and they must fall before the winter"


def _quotes(body: str) -> tuple[Quote, ...]:
    text = HEAD + body + "\n"
    return extract_quotes(text, segment(text))


def _speakers(body: str) -> list[str | None]:
    return [quote.speaker for quote in _quotes(body)]


def _flagged(left: str, right: str) -> bool:
    """Whether comparing the two articles flags the shared quote, on either side and in the
    corpus report's groups."""
    mine, theirs = _quotes(left), _quotes(right)
    pair = match_quotes(mine, theirs, (mine, theirs))
    flags = {match.speaker_differs for side in pair for match in side if match.counterpart}
    groups = group_quotes([("a.txt", mine), ("b.txt", theirs)])
    assert len(flags) == 1 and flags == {any(g.speaker_differs for g in groups)}
    return flags.pop()


def test_a_pronoun_given_to_a_person_named_before_is_not_flagged() -> None:
    left = f'"{WORDS}," Tom Hale said on Monday.'
    right = f'Tom Marsh sat beside his wife, Ann Pike, at the hearing.\n\n"{WORDS}," she said.'
    assert _quotes(right)[0].speaker == "Ann Pike"  # the side keeps its speaker
    assert not _flagged(left, right)
    title = f'Ann Pike met the senator on Monday.\n\n"{WORDS}," the senator said.'
    assert not _flagged(left, title)
    # near miss: two outlets naming two people in the quote's own sentence are flagged
    named = f'"{WORDS}," said Ann Pike, a ferry captain.'
    assert _flagged(left, named)
    assert _flagged(f'Tom Hale said: "{WORDS}."', named)


def test_a_continued_quotation_is_not_flagged() -> None:
    left = f'"{WORDS}," Tom Hale said on Monday.'
    right = (
        '"Nobody asked the islanders," said Ann Pike, a ferry captain.\n\n'
        f'"{WORDS}."\n\n"We will keep sailing."'
    )
    assert [quote.speaker for quote in _quotes(right)][1] == "Ann Pike"
    assert not _flagged(left, right)


def test_a_document_whose_author_is_named_before_is_not_flagged() -> None:
    left = f'"{WORDS}," Tom Hale said on Monday.'
    right = f'Harbour Watch said in a statement that fares rose.\n\n"{WORDS}," the statement said.'
    assert _quotes(right)[0].speaker == "Harbour Watch"
    assert not _flagged(left, right)
    named = f'"{WORDS}," Harbour Watch said in a statement.'
    assert _flagged(left, named)


def test_the_author_named_with_the_document_comes_before_its_issuer() -> None:
    body = (
        "The Harbour Agency issued the announcement from Commissioner Dana Quill on Monday."
        '\n\n"The fares are a scandal," the announcement said.'
    )
    assert _speakers(body) == ["Dana Quill"]
    released = (
        "The Harbour Agency said in a statement from Dana Quill that fares would fall.\n\n"
        '"The fares are a scandal," the statement said.'
    )
    assert _speakers(released) == ["Dana Quill"]
    # near miss: a document the sentence names no author for is its issuer's
    issued = (
        "The Harbour Agency said in a statement that fares would fall.\n\n"
        '"The fares are a scandal," the statement said.'
    )
    assert _speakers(issued) == ["Harbour Agency"]


_FIRST = st.sampled_from([("Tom", "he"), ("Ivo", "he"), ("Ann", "she"), ("Nia", "she")])
_LAST = st.sampled_from(["Hale", "Pike", "Marsh", "Quill", "Okoro"])


@settings(max_examples=40, deadline=None)
@given(first=_FIRST, last=_LAST, other=_LAST)
def test_a_pronoun_side_never_raises_the_flag(
    first: tuple[str, str], last: str, other: str
) -> None:
    """Whoever the pronoun is given to, the other outlet's named speaker is no disagreement."""
    first_name, pronoun = first
    left = f'"{WORDS}," Dana {other} said on Monday.'
    right = f'{first_name} {last} spoke after the vote.\n\n"{WORDS}," {pronoun} said.'
    assert not _flagged(left, right)
