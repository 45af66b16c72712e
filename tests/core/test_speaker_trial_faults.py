"""Speaker faults a user trial found, each on an article written here: a title noun alone
(``the mayor said``) when nobody with that title is named, a party tag with no full stop, a
show's name quoted after ``on``, and a title before a listed person."""

from __future__ import annotations

from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.quote_groups import group_quotes
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment
from newsdiff.core.speaker_names import name_key, speaker_parts, unify_speakers

HEADLINE = "Harbour Talks Collapse in Leith\n\n"


def _speakers(text: str) -> dict[str, str | None]:
    """Each quote's text → its speaker."""
    return {q.text: q.speaker for q in extract_quotes(text, segment(text))}


def test_a_title_alone_is_the_speaker_as_described_when_nobody_holds_it() -> None:
    before = HEADLINE + 'The mayor said "we had no choice" after the talks collapsed.\n'
    after = HEADLINE + 'The talks collapsed on Monday.\n\n"We had no choice," the mayor said.\n'
    inverted = HEADLINE + '"We had no choice," said the harbour minister on Monday.\n'
    assert _speakers(before)["we had no choice"] == "the mayor"
    assert _speakers(after)["We had no choice,"] == "the mayor"
    assert _speakers(inverted)["We had no choice,"] == "the harbour minister"


def test_a_title_alone_is_the_named_holder_when_the_article_names_one() -> None:
    text = HEADLINE + (
        "Mayor Tom Reyes met the union on Monday. The talks then collapsed.\n\n"
        '"We had no choice," the mayor said.\n'
    )
    assert _speakers(text)["We had no choice,"] == "Tom Reyes"


def test_a_department_or_a_plain_noun_is_no_title_description() -> None:
    office = HEADLINE + '"We had no choice," the Justice Department said.\n'
    plain = HEADLINE + 'The bridge was closed. The major roads said "closed" on every sign.\n'
    assert _speakers(office)["We had no choice,"] != "the Justice"
    assert _speakers(plain)["closed"] is None


def test_two_outlets_quoting_the_mayor_group_under_the_description() -> None:
    first = HEADLINE + '"We had no choice but to walk away," the mayor said.\n'
    second = HEADLINE + 'The mayor said "we had no choice but to walk away" on Monday.\n'
    articles = [extract_quotes(text, segment(text)) for text in (first, second)]
    unified = unify_speakers(articles)
    groups = group_quotes([("a.txt", unified[0]), ("b.txt", unified[1])])
    assert len(groups) == 1 and groups[0].articles == 2
    assert groups[0].speaker == "the mayor"


def test_a_description_ends_before_the_day_it_was_said() -> None:
    text = HEADLINE + (
        '"We had no choice," said one official on Monday. "It is over," said the mayor last week.\n'
    )
    assert _speakers(text) == {"We had no choice,": "one official", "It is over,": "the mayor"}


def test_a_party_tag_without_its_full_stop_is_skipped_to_the_verb() -> None:
    text = HEADLINE + (
        '"We will vote against it," Sen. Tom Hale, R-Ky said. "So will I," Rep. Ann Pike, '
        "D-Texas said on Tuesday.\n\n"
        'Sen. Dan Ellis, R-Ohio said "never" to the plan.\n'
    )
    assert _speakers(text) == {
        "We will vote against it,": "Tom Hale",
        "So will I,": "Ann Pike",
        "never": "Dan Ellis",
    }


def test_a_show_named_after_on_is_nobody_s_statement() -> None:
    text = HEADLINE + (
        'Tom Hale appeared on "Harbour & Friends" on Monday and said on "Morning Tide Live" '
        "that the plan was dead.\n\n"
        'Ann Pike was asked on Harbour TV\u2019s "Leith This Week" about the vote. She told '
        '"Night Desk" that she would vote no.\n\n'
        'Hale said on "Morning Tide Live": "We will win the vote on Friday."\n'
    )
    speakers = _speakers(text)
    for title in ("Harbour & Friends", "Morning Tide Live", "Leith This Week", "Night Desk"):
        assert speakers[title] is None, title
    assert speakers["We will win the vote on Friday."] == "Tom Hale"


def test_words_after_on_that_are_no_title_keep_their_speaker() -> None:
    text = HEADLINE + (
        'Tom Hale insisted on "a fair deal for the boats" and told reporters "We Are Ready."\n\n'
        'Ann Pike spoke on Tuesday. She said on "the deal" that nothing was settled.\n'
    )
    speakers = _speakers(text)
    assert speakers["a fair deal for the boats"] == "Tom Hale"
    assert speakers["We Are Ready."] == "Tom Hale"
    assert speakers["the deal"] == "Ann Pike"


def _parts_keys(speaker: str | None) -> list[tuple[str, ...]]:
    return [name_key(part) for part in speaker_parts(speaker or "")]


def test_a_title_before_a_listed_person_makes_the_list_people() -> None:
    sentences = [
        '"We are ready," said the Ministry of Defence, Hale and President Pike.',
        '"We are ready," the Ministry of Defence, Hale and President Pike said.',
        'The Ministry of Defence, Hale and President Pike said "we are ready."',
    ]
    for sentence in sentences:
        (quote,) = extract_quotes(sentence, segment(sentence))
        assert _parts_keys(quote.speaker) == [("ministry", "of", "defence"), ("hale",), ("pike",)]
        assert [name_key(name) for name in attributed_speakers(sentence)] == _parts_keys(
            quote.speaker
        ), sentence
        assert quote.cue is not None and quote.cue.text.endswith(
            "President Pike" + " said" * (sentence.endswith("said.") or sentence.startswith("The"))
        )
        assert quote.role is None


def test_a_titled_person_named_in_full_keeps_the_cue_whole() -> None:
    text = HEADLINE + (
        "Tom Hale and Ann Pike met on Monday.\n\n"
        '"We are ready," said the Ministry of Defence, Hale and President Pike.\n'
    )
    (quote,) = extract_quotes(text, segment(text))
    assert quote.speaker == "Ministry of Defence, Tom Hale and Ann Pike"
    assert quote.cue is not None
    assert quote.cue.text == "said the Ministry of Defence, Hale and President Pike"


def test_lone_words_listed_in_an_office_with_no_title_stay_its_name() -> None:
    for sentence in (
        '"We are ready," said the Bureau of Salt, Timber and Lanterns.',
        '"We are ready," said the Ministry of Defence, Hale and Pike.',
    ):
        (quote,) = extract_quotes(sentence, segment(sentence))
        assert quote.speaker is not None and len(speaker_parts(quote.speaker)) == 1
