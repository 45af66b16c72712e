"""Words next to a reporting verb that name nobody (found on real reporting, each on an article
written here): a party tag in parentheses, an indefinite pronoun, a state abbreviated after a
town, a word opening the sentence, a title alone, and an organisation inside ``as X … said``."""

from __future__ import annotations

import pytest
from newsdiff.core.claim_speakers import attributed_speakers
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
    text = HEADLINE + (
        'The inquiry sent the board ten questions. "Who signed the contract?" reads one. '
        'Another asks whether anyone "spoke to the ferry company before the vote."\n'
    )
    assert _speakers(text)["spoke to the ferry company before the vote."] is None


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
