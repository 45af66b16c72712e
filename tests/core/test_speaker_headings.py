"""Speakers the quote sidebar heads a group with must be someone (people16).

Invented texts, one test per cause found on the tune clusters' headings: an office's field
read into the person's name (``for Harbour Safety Dana Quill``), the state of ``Republican of
Leith`` read as the speaker, ``the statement`` / ``the suit`` whose author an earlier sentence
names, an outlet that only relays another's words (``…,” the Gazette reported``) and a
possessive body written in lowercase (``hale campaign``). Each holds the near miss that must
not change beside it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEAD = "Ferry Fares Rise in Leith\n\nFerry fares rose on Monday.\n\n"


def _speakers(body: str) -> list[str | None]:
    text = HEAD + body + "\n"
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


def test_an_offices_field_is_no_part_of_the_persons_name() -> None:
    said = 'Deputy Assistant Secretary for Harbour Safety Dana Quill said: "No."'
    assert _speakers(said) == ["Dana Quill"]
    then = 'Minister for Ferry Works Ivo Marsh said: "Not at all."'
    assert _speakers(then) == ["Ivo Marsh"]
    # near misses: an office the title list knows, a place after the name, no name at all
    assert _speakers('Secretary of State Dana Quill said: "No."') == ["Dana Quill"]
    assert _speakers('Elaine Whitford of Ohio said: "No."') == ["Elaine Whitford"]
    assert _speakers('The Minister for Harbour Safety said: "No."') == [
        "the Minister for Harbour Safety"
    ]


_FIELD = st.lists(st.sampled_from(["Harbour", "Ferry", "Coastal", "Works", "Tides"]), min_size=1)
_GIVEN = st.sampled_from(["Dana", "Ivo", "Orla", "Bex", "Tamsin"])
_FAMILY = st.sampled_from(["Quill", "Marsh", "Fenwick", "Ostrander"])


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Secretary", "Deputy Secretary", "Minister", "Assistant Secretary"]),
    st.sampled_from(["for", "of"]),
    _FIELD.map(lambda words: " ".join(words[:3])),
    _GIVEN,
    _FAMILY,
)
def test_a_titled_name_after_any_field_is_the_name(
    title: str, joint: str, field: str, given_name: str, family: str
) -> None:
    name = f"{given_name} {family}"
    assert _speakers(f'{title} {joint} {field} {name} said: "No."') == [name]


def test_the_state_of_a_party_member_is_not_the_speaker() -> None:
    opening = 'Senator Tom Hale, Republican of Leith, began by saying, "It is good to see you."'
    assert _speakers(opening) == ["Tom Hale"]
    assert _speakers('Tom Hale, Democrat of Leith, said, "It is good."') == ["Tom Hale"]
    # near miss: a party member "from" a state was read right already
    assert _speakers('Tom Hale, a Republican from Leith, said, "It is good."') == ["Tom Hale"]


def test_the_statement_is_its_author_named_before() -> None:
    statement = (
        "Harbour Watch said in a statement on Monday that the fares were unfair.\n\n"
        '"The fares are a scandal," the statement said. "They must fall."'
    )
    assert _speakers(statement) == ["Harbour Watch", "Harbour Watch"]
    suit = (
        "A lawsuit from Leith and Dunmore, where ferries are cheap, argues the fares are "
        'wrong.\n\n"Fares flow from this gap into the next town," the suit says.'
    )
    assert _speakers(suit) == ["Leith"]  # the first author, as "a report by X and Y" gives
    report = (
        "A Harbour Watch report found that fares doubled.\n\n"
        '"The fares are a scandal," said the report.'
    )
    assert _speakers(report) == ["Harbour Watch"]
    # near misses: a document named before without an author stays the document
    nobody = 'A statement went out on Monday.\n\n"The fares are a scandal," the statement said.'
    assert _speakers(nobody) == ["the statement"]
    owned = (
        "Ann Pike spoke of a typo in its first statement.\n\n"
        '"The fares are a scandal," the statement said.'
    )
    assert _speakers(owned) == ["the statement"]  # whose "its" is, the text does not say
    other = (
        "A lawsuit from Leith argues the fares are wrong.\n\nA new lawsuit was filed on "
        'Tuesday.\n\n"The fares are a scandal," the lawsuit says.'
    )
    assert _speakers(other) == ["the lawsuit"]  # the nearest lawsuit is another one


def test_an_outlet_that_relays_a_quote_is_not_its_speaker() -> None:
    relayed = 'Tom Hale said the figures were "fake and made up," the Leith Gazette reported.'
    assert _speakers(relayed) == ["Tom Hale"]
    # near misses: nobody named before the quote; a name that says nothing
    assert _speakers('The figures were "fake," the Leith Gazette reported.') == ["Leith Gazette"]
    alone = 'Tom Hale sailed home, and the figures were "fake," the Leith Gazette reported.'
    assert _speakers(alone) == ["Leith Gazette"]
    assert _speakers('Tom Hale said the figures were "fake," Ann Pike said.') == ["Ann Pike"]


def test_a_possessive_body_keeps_its_owners_capital() -> None:
    body = 'Tom Hale is running.\n\n"Pike must answer," Hale\u2019s campaign said.'
    assert _speakers(body) == ["Hale campaign"]
    # near miss: a common-noun source stays in lowercase
    assert _speakers('Documents show the fares were "a scandal".') == ["documents"]
