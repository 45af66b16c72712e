"""The claim check's speaker reading: the subject of the reporting verb, never a name beside it.

Every form here was a wrong speaker before (``told Harbour Radio`` read as a speaker, the
subject of the reported clause, a name from ``in an interview with …``), which made the claim
check drop paraphrases as "another speaker's statement" and call the same words a speaker
conflict. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.claims import check_claims, read_claim


def speakers(text: str) -> tuple[str, ...]:
    return read_claim(text).attributed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # told X: X is addressed, not speaking
        ("Mara Voss told Harbour Radio that the pier would not be built.", ("Mara Voss",)),
        ('"We will not pay," Mara Voss told the Kestrel Gazette.', ("Mara Voss",)),
        ("She told Harbour Radio that the pier would not be built.", ()),
        ("Tom Hale told Sen. Ann Pike, of Leith, that he would resign.", ("Tom Hale",)),
        # a participle clause: its speaker is the clause's subject, never the word after it
        ("The council delayed the vote, saying Tom Hale had asked for more time.", ()),
        ("Hale rejected the plan on Tuesday, saying the pier was a folly.", ()),
        # the interviewer, the statement's addressee
        (
            "In an interview with Harbour Radio, Mara Voss said the pier was a folly.",
            ("Mara Voss",),
        ),
        ('"The pier is a folly," Mara Voss said in an interview with Leith Radio.', ("Mara Voss",)),
        ('"The pier is a folly," Mara Voss said in a statement to Reuters.', ("Mara Voss",)),
        # according to: the source named, or the outlet behind a report
        ("The pier will cost more than planned, according to Tom Hale.", ("Tom Hale",)),
        (
            "The pier will cost more, according to a report by the Leith Gazette.",
            ("Leith Gazette",),
        ),
        # the subject of the reported clause is what was said, not who said it
        ("Mara Voss said Tom Hale must apologise to the harbour workers.", ("Mara Voss",)),
        ("He said Hale's plan would cost the town its beach.", ()),
        # a name in a prepositional phrase before the verb
        ("A spokesman for Mayor Tom Hale said the vote would go ahead.", ()),
        ("Ann Pike of the Leith Gazette wrote that the vote was delayed.", ("Ann Pike",)),
        # appositives and inversions
        ("Tom Hale, the council's finance chief, said the pier was unaffordable.", ("Tom Hale",)),
        ('"We will vote," said Ann Pike, the harbour board chair.', ("Ann Pike",)),
        ('"We will vote," the board chair, Ann Pike, said.', ("Ann Pike",)),
        ("The vote is off, said the council's spokeswoman, Jane Ortiz.", ("Jane Ortiz",)),
        # quoted words never speak; a capitalised opening word is not a name
        ('He added, "Nobody on the council wanted this pier."', ()),
        ("But Councillor Ann Pike said the vote was rushed.", ("Councillor Ann Pike",)),
        # a party-state tag after the name, a weekday after the verb
        ("Sen. Tom Hale, R-Ky., said the pier was a folly.", ("Tom Hale",)),
        ("Sen. Tom Hale, R-Texas said the pier was a folly.", ("Tom Hale",)),
        ('"The pier is a folly," Sen. Tom Hale, D-Vt., said Tuesday.', ("Tom Hale",)),
        ("The pier is a folly, said Sen. Tom Hale, R-Texas.", ("Tom Hale",)),
        ("The pier is a folly, she said Tuesday.", ()),
        ('"The pier is a folly," said Wednesday.', ()),
        # a reporting verb used as a noun
        ("The council rejected Hale's claims that the pier was safe.", ()),
    ],
)
def test_speaker_is_the_subject_of_the_reporting_verb(
    sentence: str, expected: tuple[str, ...]
) -> None:
    assert speakers(sentence) == expected


def test_a_quotation_left_open_hides_its_names() -> None:
    """A quotation running on into the next sentence: the capitals inside it are not speakers."""
    assert speakers('Hale issued a statement saying: "As I said, Ann Pike was right.') == ()


NAMES = ["Mara Voss", "Tom Hale", "Ann Pike", "Jane Ortiz", "Owen Reyes"]
OUTLETS = ["Harbour Radio", "the Kestrel Gazette", "Leith News", "Channel Four", "Reuters"]


@given(
    speaker=st.sampled_from(NAMES),
    other=st.sampled_from(NAMES + OUTLETS),
    form=st.sampled_from(
        [
            "{s} told {o} that the pier would close.",
            '"The pier will close," {s} told {o}.',
            "{s} said in an interview with {o} that the pier would close.",
            "{s} said {o} would close the pier.",
            "{s} asked {o} whether the pier would close.",
            '"The pier will close," {s} said in a statement to {o}.',
        ]
    ),
)
def test_who_is_addressed_or_reported_on_never_speaks(speaker: str, other: str, form: str) -> None:
    """Whatever the names, only the subject of the reporting verb is read as speaking."""
    assert speakers(form.format(s=speaker, o=other)) == (speaker,)


def test_speakers_are_never_read_from_inside_a_quotation() -> None:
    text = '"Tom Hale said it first," Ann Pike said.'
    assert attributed_speakers(text) == ("Ann Pike",)


def test_an_addressee_is_no_speaker_conflict() -> None:
    """The same quotation: "she told Harbour Radio" and "Mara Voss said" are no conflict."""
    left = read_claim('"The pier will not be built," she told Harbour Radio.')
    right = read_claim('"The pier will not be built," Mara Voss said.')
    result = check_claims(left, right, verbatim=85.0)
    assert result.outcome != "conflict"
    assert not any(d.kind == "speaker" for d in result.evidence.disagree)


def test_a_different_speaker_for_the_same_words_is_still_a_conflict() -> None:
    left = read_claim('"The pier will not be built," Tom Hale told Harbour Radio.')
    right = read_claim('"The pier will not be built," Mara Voss said.')
    result = check_claims(left, right, verbatim=85.0)
    assert result.outcome == "conflict"
    assert [d.kind for d in result.evidence.disagree] == ["speaker"]


def test_a_reported_subject_does_not_make_two_statements() -> None:
    """ "Voss said Hale must apologise" / "Voss called on Hale to apologise": one speaker's
    claim, not another speaker's statement (Hale is what is said, not who says it)."""
    left = read_claim("Mara Voss said Tom Hale must apologise to the harbour workers.")
    right = read_claim("Mara Voss told reporters that Hale must apologise to harbour workers.")
    result = check_claims(left, right, verbatim=55.0)
    assert result.outcome != "not linked" or "different speakers" not in result.evidence.note
