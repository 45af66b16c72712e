"""Words next to a reporting verb that name nobody (found on real reporting, each on an article
written here): a party tag in parentheses, an indefinite pronoun, a state abbreviated after a
town, a word opening the sentence, a title alone, and an organisation inside ``as X … said``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claim_speakers import attributed_speakers
from newsdiff.core.names import TITLE_WORDS
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEADLINE = "Ferry plan draws fire\n\n"


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract_quotes(text, segment(text))}


@pytest.mark.parametrize("tag", ["R", "D", "I"])
def test_a_party_tag_in_parentheses_is_not_the_speaker(tag: str) -> None:
    text = HEADLINE + f'Gov. Pat Hale ({tag}) said it would be "improper" to comment.\n'
    assert _speakers(text)["improper"] == "Pat Hale"


@pytest.mark.parametrize("state", ["Va", "Calif", "Wis", "Pa"])
def test_a_state_abbreviated_after_a_town_is_not_the_speaker(state: str) -> None:
    text = HEADLINE + (
        f"Johnnie Hale, of Springfield, {state}., said he had fought "
        '"for the town\'s rights, knowing that we had none."\n'
    )
    assert _speakers(text)["for the town's rights, knowing that we had none."] == "Johnnie Hale"


def test_an_indefinite_pronoun_is_no_speaker() -> None:
    """``Another`` is never a person's name. Right after a list of questions it stands for
    one of them, and the question speaks (people26: ``question_lists``); with no question
    named before, nobody does."""
    questions = 'The inquiry sent the board ten questions. "Who signed the contract?" reads one. '
    asks = 'Another asks whether anyone "spoke to the ferry company before the vote."\n'
    assert (
        _speakers(HEADLINE + questions + asks)["spoke to the ferry company before the vote."]
        == "the question"
    )
    assert (
        _speakers(HEADLINE + "The board met on Monday. " + asks)[
            "spoke to the ferry company before the vote."
        ]
        is None
    )


@pytest.mark.parametrize("opener", ["Plus", "Has", "Did"])
def test_a_word_opening_the_sentence_is_not_a_first_name(opener: str) -> None:
    text = HEADLINE + (
        f"{opener} Pike made the case on Monday? The mayor did not say.\n\n"
        '"The ferry must run," Pike said.\n'
    )
    assert _speakers(text)["The ferry must run,"] == "Pike"


def test_as_a_person_at_an_organisation_said_takes_the_person() -> None:
    text = HEADLINE + (
        'Protesters wore shirts reading "we want the ferry," as Ann Pike, a clerk at the Leith '
        "Ferry Company, said on Monday.\n"
    )
    assert _speakers(text)["we want the ferry,"] == "Ann Pike"


def test_said_opening_the_sentence_is_no_first_name() -> None:
    text = HEADLINE + (
        "Ann Pike, an economist at the Leith Institute, studied the plan. "
        'Said Pike: "I do not think they want reform."\n'
    )
    assert _speakers(text)["I do not think they want reform."] == "Ann Pike"


@pytest.mark.parametrize(
    "introduction", ["Border Patrol Agent Tom Hale spoke.", "State Del. Tom Hale spoke."]
)
def test_a_job_word_before_a_name_is_no_part_of_it(introduction: str) -> None:
    text = HEADLINE + introduction + '\n\n"We need more staff," Hale said.\n'
    assert _speakers(text)["We need more staff,"] == "Tom Hale"


@pytest.mark.parametrize("title", ["Del.", "Sen.", "Gov."])
def test_the_claim_check_reads_no_title_alone_as_a_speaker(title: str) -> None:
    assert attributed_speakers(f'"The ferry must run," said {title}') == ()
    assert attributed_speakers(f'"The ferry must run," said {title} Ann Pike.') != ()


@pytest.mark.parametrize("title", ["Del.", "Sen.", "Gov.", "Lt. Gov.", "Det.", "Rep."])
@pytest.mark.parametrize(
    "sentence",
    ['"The ferry must run," said {title} Nia Okoro.', "{title} Nia Okoro said the ferry must run."],
)
def test_the_claim_check_drops_a_title_written_with_its_full_stop(
    title: str, sentence: str
) -> None:
    assert attributed_speakers(sentence.format(title=title)) == ("Nia Okoro",)


@pytest.mark.parametrize(
    "sentence", ['"The ferry must run," said Del Okoro.', "Del Okoro said the ferry must run."]
)
def test_the_claim_check_keeps_a_first_name_spelt_like_a_title(sentence: str) -> None:
    assert attributed_speakers(sentence) == ("Del Okoro",)


@given(
    title=st.sampled_from(sorted(w for w in TITLE_WORDS if w.endswith(".") and w[:-1].isalpha())),
    first=st.sampled_from(["Nia", "Tom", "Ines", "Kofi"]),
    last=st.sampled_from(["Okoro", "Hale", "Brandt", "Varga"]),
)
def test_a_titled_speaker_is_the_same_name_as_without_the_title(
    title: str, first: str, last: str
) -> None:
    bare = attributed_speakers(f'"The ferry must run," said {first} {last}.')
    titled = attributed_speakers(f'"The ferry must run," said {title.capitalize()} {first} {last}.')
    assert titled == bare == (f"{first} {last}",)


@pytest.mark.parametrize("title", ["Del.", "Det.", "Supt.", "Sen."])
def test_the_cue_runs_past_a_title_abbreviation_to_the_name(title: str) -> None:
    text = HEADLINE + f'"The ferry must run," said {title} Nia Okoro.\n'
    (quote,) = extract_quotes(text, segment(text))
    assert quote.speaker == "Nia Okoro"
    assert quote.cue is not None and quote.cue.text == f"said {title} Nia Okoro"
