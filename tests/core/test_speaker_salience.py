"""Who a pronoun or a reporting verb points to when several people are named: a name glued
to a job title before another name, "according to X", a surname that is also a title word.
The example sentences are written for these tests."""

from __future__ import annotations

from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def speaker_of(text: str, start: str) -> str | None:
    for quote in extract_quotes(text, segment(text)):
        if quote.text.startswith(start):
            return quote.speaker
    raise AssertionError(f"no quote starting {start!r} in {text!r}")


def test_name_glued_to_a_job_title_is_not_the_subject() -> None:
    text = (
        "Senator Mary Stone toured the flooded valley on Monday.\n\n"
        "Stone communication director Jane Ortiz said the senator was exhausted. "
        '"The work will go on through the weekend," she said.\n'
    )
    assert speaker_of(text, "The work will go on") == "Jane Ortiz"


def test_running_mate_glued_before_a_name() -> None:
    text = (
        "Governor Paula Brandt held a rally in Dayton.\n\n"
        "Brandt running mate Oliver Haines spoke after her. "
        '"We will carry this state," he said.\n'
    )
    assert speaker_of(text, "We will carry") == "Oliver Haines"


def test_a_name_followed_by_a_lowercase_word_that_is_no_title_stays_subject() -> None:
    text = (
        "Mary Stone first visited the valley in 1998.\n\n"
        "Stone said the levees were never rebuilt. "
        '"Nobody listened to us back then," she said.\n'
    )
    assert speaker_of(text, "Nobody listened") == "Mary Stone"


def test_according_to_makes_the_source_salient_over_a_possessor() -> None:
    text = (
        "Tom Reed has run the harbor authority for a decade.\n\n"
        "According to Reed, the agency ignored Mr. Blake's warnings about the crane.\n\n"
        '"We are still looking for the records," he said.\n'
    )
    assert speaker_of(text, "We are still looking") == "Tom Reed"


def test_according_to_does_not_outrank_the_subject_of_the_verb() -> None:
    text = (
        "Tom Reed runs the harbor authority.\n\n"
        'According to Reed, Mayor Paul Hart told the staff: "We will rebuild the pier."\n'
    )
    assert speaker_of(text, "We will rebuild") == "Paul Hart"


def test_surname_that_is_a_title_word_after_a_first_name() -> None:
    text = '"We need more buses on the east side," Anna King said on Thursday.\n'
    assert speaker_of(text, "We need more buses") == "Anna King"


def test_title_word_after_a_place_is_still_no_name() -> None:
    text = (
        "Tom Hale leads the transit board.\n\n"
        '"Fares will not rise this year," said Riverton Governor Tom Hale.\n'
    )
    assert speaker_of(text, "Fares will not rise") == "Tom Hale"


def test_subject_of_an_opening_subordinate_clause_is_not_the_sentence_subject() -> None:
    text = (
        "Paul Hart runs the county.\n\n"
        "Although Hart won easily, Tom Reed, president of the Riverton Farm Bureau, is unhappy.\n\n"
        '"Nobody asked us," he said.\n'
    )
    assert speaker_of(text, "Nobody asked us") == "Tom Reed"


def test_pronoun_in_the_main_clause_still_takes_the_subordinate_subject() -> None:
    text = 'When Paul Hart reached the podium, he said "we will win this county."\n'
    assert speaker_of(text, "we will win") == "Paul Hart"


def test_first_name_that_is_also_a_common_word_opens_a_person() -> None:
    text = (
        "Former President Bill Hale criticized the transit law on Monday.\n\n"
        "\u201cIt makes no sense at all,\u201d he said.\n"
    )
    assert speaker_of(text, "It makes no sense") == "Bill Hale"


def test_bill_inside_an_organisation_name_stays_an_organisation() -> None:
    text = "\u201cThe vote is postponed,\u201d the Senate Bill Committee said on Friday.\n"
    assert speaker_of(text, "The vote is postponed") == "Senate Bill Committee"


def test_quote_inside_the_subordinate_clause_keeps_its_own_subject() -> None:
    text = 'While Ana Quist called the pact the "gold standard" of deals, she now opposes it.\n'
    assert speaker_of(text, "gold standard") == "Ana Quist"


def test_an_organisation_or_group_acting_is_never_he() -> None:
    for actor in ("Reuters reported that the deal had collapsed", "Democrats walked out"):
        text = f'Paul Hart spoke on Monday.\n\nOn Friday, {actor}.\n\n"It is a lie," he said.\n'
        assert speaker_of(text, "It is a lie") == "Paul Hart"


def test_according_to_yields_to_the_subject_of_its_own_sentence() -> None:
    text = 'According to Tom Reed, Paul Hart fled the scene.\n\n"I panicked," he said.\n'
    assert speaker_of(text, "I panicked") == "Paul Hart"


def test_the_capital_i_of_the_writer_is_nobody() -> None:
    text = (
        "When my aunt mentioned the storm, I laughed and said, \u201cI am not afraid of it.\u201d\n"
    )
    assert speaker_of(text, "I am not afraid") != "I"


def test_first_name_of_one_family_member_is_not_another_member() -> None:
    text = (
        "Delegates booed Ted Voss in Dallas.\n\n"
        "Heidi Voss did not respond.\n\n"
        '"This is personal," Ted said.\n'
    )
    assert speaker_of(text, "This is personal") == "Ted Voss"
