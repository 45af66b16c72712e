"""Two outlets giving the same words to the same people, one by surnames (``said Hale and
Pike``), the other in full (``Tom Hale and Ann Pike said``), are no "other speaker"; a list
after a description's object speaks jointly; ``Del`` after a name's comma is a state. Every
article here was written for these tests."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quote_groups import group_quotes
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import (
    canonical_names,
    speaker_parts,
    speakers_differ,
    unify_speakers,
)

REMARK = '"We cannot keep a pier that nobody can afford to mend,"'


def _article(title: str, attribution: str) -> str:
    return (
        f"{title}\n\nThe harbour council voted on Tuesday to close the old ferry pier.\n\n"
        f"{attribution}\n\nThe vote was seven to four.\n"
    )


def _group(first: str, second: str) -> tuple[str | None, bool]:
    """The one quote group of two articles: its speaker and whether a variant differs."""
    texts = [_article("Harbour plan splits the council", first), _article("Pier closes", second)]
    quotes = unify_speakers([extract_quotes(text, segment(text)) for text in texts])
    (group,) = group_quotes([("a.txt", quotes[0]), ("b.txt", quotes[1])])
    return group.speaker, group.speaker_differs


@pytest.mark.parametrize(
    "surnames", [f"{REMARK} said Hale and Pike.", f"{REMARK} Pike and Hale said."]
)
def test_surnames_only_are_the_joint_speaker_named_in_full_elsewhere(surnames: str) -> None:
    full = f"{REMARK} Tom Hale and Ann Pike said."
    for first, second in ((surnames, full), (full, surnames)):
        speaker, differs = _group(first, second)
        assert not differs
        assert set(speaker_parts(speaker or "")) == {"Tom Hale", "Ann Pike"}


def test_other_people_stay_another_speaker() -> None:
    _speaker, differs = _group(f"{REMARK} said Hale and Pike.", f"{REMARK} Jo Reyes said.")
    assert differs
    _speaker, differs = _group(
        f"{REMARK} said Hale and Pike.", f"{REMARK} Jo Reyes and Ann Roe said."
    )
    assert differs


def test_one_of_the_people_is_part_of_the_speakers_not_another() -> None:
    assert not speakers_differ("Hale and Pike", "Tom Hale")
    assert not speakers_differ("Ann Pike", "Mayor Hale and Mr. Pike")
    assert speakers_differ("Hale and Pike", "Tom Reyes")
    assert speakers_differ("Hale and Pike", "Reyes and Roe")


def test_a_firm_named_by_two_words_stays_one_name() -> None:
    assert canonical_names(["Marks and Spencer"]) == {"Marks and Spencer": "Marks and Spencer"}
    mapping = canonical_names(["Marks and Spencer", "Tom Hale"])
    assert mapping["Marks and Spencer"] == "Marks and Spencer"
    assert speakers_differ("Marks and Spencer", "Acme Holdings")


_PEOPLE = [("Tom", "Hale"), ("Ann", "Pike"), ("Jo", "Reyes"), ("Li", "Roe"), ("Ed", "Dunmore")]


@given(
    st.lists(st.sampled_from(_PEOPLE), min_size=2, max_size=3, unique=True),
    st.lists(st.sampled_from(_PEOPLE), min_size=1, max_size=3, unique=True),
    st.randoms(),
)
def test_surnames_match_the_people_they_share_in_any_order(
    ours: list[tuple[str, str]], theirs: list[tuple[str, str]], rng: random.Random
) -> None:
    surnames = [surname for _first, surname in ours]
    rng.shuffle(surnames)
    lone = " and ".join(surnames) if len(surnames) == 2 else ", ".join(surnames[:-1])
    lone = lone if len(surnames) == 2 else f"{lone} and {surnames[-1]}"
    full = [f"{first} {surname}" for first, surname in theirs]
    joint = full[0] if len(full) == 1 else ", ".join(full[:-1]) + " and " + full[-1]
    shared = bool(set(ours) & set(theirs))
    assert speakers_differ(lone, joint) is not shared
    assert speakers_differ(joint, lone) is not shared


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will pay for it together," the mayors of Leith and Hove, Tom Hale and Ann Pike, said.',
        '"We will pay for it together," said the mayors of Leith and Hove, Tom Hale and Ann Pike.',
    ],
)
def test_a_list_after_a_description_with_its_places_speaks_jointly(sentence: str) -> None:
    text = "Mayors back the ferry\n\nThe two towns will share the cost.\n\n" + sentence
    (quote,) = extract_quotes(text, segment(text))
    assert speaker_parts(quote.speaker or "") == ["Tom Hale", "Ann Pike"]
    assert attributed_speakers(sentence) == ("Tom Hale", "Ann Pike")


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ('"We will pay," the mayor of Leith, Tom Hale, said.', ("Tom Hale",)),
        ('"We will pay," said the head of the Ministry of Defence, Tom Hale.', ("Tom Hale",)),
        ('"We will pay," the wife of Tom Hale, Ann Pike, said.', ("Ann Pike",)),
        ('"We will pay," a spokesman for Tom Hale and Ann Pike said.', ()),
        ('"We will pay," said a spokesman for Tom Hale and Ann Pike.', ()),
        ('"We will pay," said the mayor of Leith in an interview.', ()),
    ],
)
def test_the_claim_check_reads_the_person_after_a_description_object(
    sentence: str, speakers: tuple[str, ...]
) -> None:
    assert attributed_speakers(sentence) == speakers


LEAD = "Delegates back the ferry\n\nTom Hale, Ann Pike and Jo Reyes spoke on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    ['"We will pay," Tom Hale, Del said.', '"We will pay," Tom Hale, Del., said.'],
)
def test_del_after_a_name_and_a_comma_is_a_state(sentence: str) -> None:
    (quote,) = extract_quotes(LEAD + sentence, segment(LEAD + sentence))
    assert quote.speaker == "Tom Hale"
    assert attributed_speakers(sentence) == ("Tom Hale",)


def test_del_before_a_name_is_a_title() -> None:
    sentence = '"We will pay," Del. Ann Pike said.'
    (quote,) = extract_quotes(LEAD + sentence, segment(LEAD + sentence))
    assert quote.speaker == "Ann Pike"
    listed = '"We will pay," Tom Hale, Del. Ann Pike and Jo Reyes said.'
    assert attributed_speakers(listed) == ("Tom Hale", "Ann Pike", "Jo Reyes")
