"""Attribution patterns found wrong on real reporting (the PolNeAR tune half and two real
clusters), each on an article written here: interrupted quotations, who is told, titles with a
preposition, title-case headlines, outlets' desks, places, street numbers, appositives,
prepositional phrases, relative clauses and less common reporting verbs."""

from __future__ import annotations

from newsdiff.core.mentions import MentionReader
from newsdiff.core.quote_marks import pair_marks
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEADLINE = "Ferry Talks Resume in Leith\n\n"


def _speakers(text: str) -> dict[str, str | None]:
    """Each quote's text → its speaker."""
    return {q.text: q.speaker for q in extract_quotes(text, segment(text))}


def _people(text: str) -> set[str]:
    """The people (and bare names) the mention reader finds anywhere in ``text``."""
    reader = MentionReader(text, segment(text), pair_marks(text))
    return {m.entity for info in reader.infos for m in info.mentions if m.kind == "person"}


def test_the_second_piece_of_an_interrupted_quote_has_the_same_speaker() -> None:
    text = HEADLINE + (
        "Council leader Harry Reed spoke on Monday.\n\n"
        '"It had been my plan to sign the deal last night," said Reed at the town hall on '
        'Tuesday, "however, the union asked for more time to read it."\n'
    )
    speakers = _speakers(text)
    assert speakers["It had been my plan to sign the deal last night,"] == "Harry Reed"
    assert speakers["however, the union asked for more time to read it."] == "Harry Reed"


def test_who_is_told_does_not_speak() -> None:
    text = HEADLINE + (
        "The union leader Ann Pike went on air on Friday. She told Radio Leith: "
        '"It is time to stand up for the crews who keep this town moving."\n'
    )
    assert _speakers(text)["It is time to stand up for the crews who keep this town moving."] == (
        "Ann Pike"
    )


def test_a_name_after_a_title_with_a_preposition_is_the_subject() -> None:
    text = HEADLINE + (
        'Harbour Commissioner to the Isles Sir Alan Frost said he was "delighted" the boats '
        'would "run on time" this winter.\n'
    )
    speakers = _speakers(text)
    assert speakers["delighted"] == "Alan Frost"
    assert speakers["run on time"] == "Alan Frost"


def test_a_title_case_headline_does_not_glue_its_verb_to_a_name() -> None:
    text = (
        "Mayor Reed Is Coming to Leith\n\n"
        'Mr. Reed said he would tour the harbour because he considered the new pier a "bad '
        'deal" for the town.\n'
    )
    assert _speakers(text)["bad deal"] == "Reed"
    headline = "Ann Pike Speaks Out on Ferry Cuts\n\nAnn Pike, the union leader, spoke on Friday.\n"
    assert "Ann Pike Speaks" not in _people(headline)
    assert "Ann Pike" in _people(headline)


def test_a_titled_surname_is_a_person_a_later_pronoun_can_take() -> None:
    text = HEADLINE + (
        "President Okafor arrived in Leith on Monday and met Ann Pike.\n\n"
        '"We have had a very good relationship, whatever people say," Okafor said at the pier.'
        "\n\n"
        '"We are joined at the hip on this," he said before turning to speak to Pike directly.\n'
    )
    assert _speakers(text)["We are joined at the hip on this,"] == "Okafor"


def test_an_outlets_desk_named_after_a_city_is_not_a_person() -> None:
    text = HEADLINE + (
        "Ferry union leader Ann Pike has opposed the cuts for months.\n\n"
        "Harbour News London reported last year on Pike's remarks, when she said it would be "
        '"wrong for the council to hand the contract over" to a rival firm.\n'
    )
    assert _speakers(text)["wrong for the council to hand the contract over"] == "Ann Pike"


def test_a_multi_word_place_is_never_a_speaker() -> None:
    text = HEADLINE + (
        "The channel can be watched in cities like New York, Los Angeles and Leith.\n\n"
        'A reader would now ask: "Why is nobody talking about the ferry?"\n'
    )
    assert _speakers(text)["Why is nobody talking about the ferry?"] != "Los Angeles"
    assert not {"New York", "Los Angeles"} & _people(text)


def test_a_street_number_before_a_place_that_speaks() -> None:
    text = HEADLINE + (
        '"The prime minister will visit Leith on 13 July," 10 Downing Street said in a statement.\n'
    )
    assert _speakers(text)["The prime minister will visit Leith on 13 July,"] == (
        "Government of the United Kingdom"
    )


def test_an_appositive_without_a_closing_comma_keeps_its_name_as_speaker() -> None:
    text = HEADLINE + (
        "Ann Pike, Liberal Democrat deputy leader and transport spokesperson said the "
        '"cuts to the ferry must not stand".\n'
    )
    assert _speakers(text)["cuts to the ferry must not stand"] == "Ann Pike"


def test_a_name_in_a_prepositional_phrase_is_not_the_subject() -> None:
    text = HEADLINE + (
        "Tom Blake, a local councillor from the opposition Green Party, responded on the radio "
        'by asking if someone he trusted was "good at rowing," or sailing.\n'
    )
    assert _speakers(text)["good at rowing,"] == "Tom Blake"


def test_a_relative_who_speaks_for_the_name_right_before_it() -> None:
    text = HEADLINE + (
        "The ceremony featured the harbour master Rob Dale as well as singers like Ann Pike, "
        'Tom Blake and Ivy Moss, who joked of the new pier, "I haven\'t walked it yet."\n'
    )
    assert _speakers(text)["I haven't walked it yet."] == "Ivy Moss"


def test_a_chant_is_reported_speech() -> None:
    text = HEADLINE + (
        "Hundreds of ferry workers marched on the town hall on Friday.\n\n"
        '"Save our boats!" the workers chanted as council leader Harry Reed arrived.\n'
    )
    assert _speakers(text)["Save our boats!"] is not None
    assert _speakers(text)["Save our boats!"] != "Harry Reed"


def test_the_source_described_earlier_keeps_its_description() -> None:
    text = HEADLINE + (
        "A senior council official said the vote could come on Friday.\n\n"
        '"We already have the motion on the agenda," said the council official, noting that '
        "the vote was close.\n"
    )
    assert _speakers(text)["We already have the motion on the agenda,"] == (
        "a senior council official"
    )


def test_the_official_with_no_earlier_description_is_that_description() -> None:
    text = HEADLINE + '"We are not there yet," said the official, declining to say more.\n'
    assert _speakers(text)["We are not there yet,"] == "the official"


def test_a_description_with_an_indefinite_article_names_nobody() -> None:
    text = HEADLINE + (
        '"People say the council always wins," said Charlie Hale, a prominent Leith Democrat. '
        '"The question is what it wins."\n'
    )
    speakers = _speakers(text)
    assert speakers["People say the council always wins,"] == "Charlie Hale"
    assert "Leith Democrat" not in _people(text)


def test_a_first_name_before_a_particle_makes_a_person() -> None:
    text = HEADLINE + (
        'The strike that Mayor Bill de Vries described as "an illegal act" ended on Friday.\n\n'
        '"We do not see a link to the union," the mayor said.\n'
    )
    speakers = _speakers(text)
    assert speakers["an illegal act"] == "Bill de Vries"
    assert speakers["We do not see a link to the union,"] == "Bill de Vries"


def test_capitals_in_a_title_case_headline_name_nobody_new() -> None:
    text = (
        "Harbour Ferry Strike Looms Over Leith\n\n"
        "Union leader Ann Pike met the council on Friday.\n\n"
        '"We are ready to talk," she said.\n'
    )
    assert "Harbour Ferry Strike Looms" not in _people(text)
    assert _speakers(text)["We are ready to talk,"] == "Ann Pike"


def test_a_phrase_quoted_after_an_attack_verb_is_its_subjects() -> None:
    text = HEADLINE + (
        'In a speech in August, Ann Pike attacked "the reckless sale of our harbour."\n\n'
        '"We will stop it, just as we stopped the last one," she went on.\n\n'
        'The mayor, she said, had blasted Tom Blake as "a salesman."\n'
    )
    speakers = _speakers(text)
    assert speakers["the reckless sale of our harbour."] == "Ann Pike"
    assert speakers["We will stop it, just as we stopped the last one,"] == "Ann Pike"
    assert speakers["a salesman."] != "Tom Blake"


def test_a_headline_name_is_cut_before_the_headlines_verb() -> None:
    text = (
        "Ann B. Pike Takes On the Council Over Ferry Cuts\n\n"
        "On Monday night, Pike leaned in hard, painting the council as reckless.\n\n"
        '"Why will they not publish the figures?" she said.\n'
    )
    assert "Ann B. Pike" in _people(text)
    assert _speakers(text)["Why will they not publish the figures?"] == "Ann B. Pike"


def test_the_cue_stops_before_a_trailing_participle() -> None:
    text = HEADLINE + (
        "A senior council official said the vote could come on Friday.\n\n"
        '"We already have the motion on the agenda," said the council official, noting that '
        "the vote was close.\n"
    )
    quote = extract_quotes(text, segment(text))[-1]
    assert quote.cue is not None
    assert quote.cue.text == "said the council official"


def test_a_quoted_nickname_stays_inside_the_name() -> None:
    text = HEADLINE + (
        'Rep. Robert C. "Bobby" Hale opened his yard for a cookout on Monday.\n\n'
        '"It is a big year for the harbour," Hale said.\n'
    )
    assert "Robert C. Hale" in _people(text)
    assert _speakers(text)["It is a big year for the harbour,"] == "Robert C. Hale"


def test_a_relative_described_before_the_name_speaks() -> None:
    text = HEADLINE + (
        "Rep. Robert Hale opened his yard for a cookout on Monday.\n\n"
        '"This is a big year for the harbour!" Hale\'s niece, state Sen. Marcia Pike (D-Leith), '
        "shouted to the crowd.\n"
    )
    assert _speakers(text)["This is a big year for the harbour!"] == "Marcia Pike"


def test_a_question_cut_from_its_attribution_still_finds_it() -> None:
    text = HEADLINE + (
        "Union leader Ann Pike met the council on Monday.\n\n"
        '"Where is the money?" Council leader Harry Reed asked the union.\n\n'
        'She wanted "a straight answer." Asked about Reed, the union leader was careful.\n'
    )
    speakers = _speakers(text)
    assert speakers["Where is the money?"] == "Harry Reed"
    assert speakers["a straight answer."] != "Harry Reed"


def test_a_surname_that_reports_is_a_pronouns_antecedent() -> None:
    text = HEADLINE + (
        "Two ferry workers, Tyra McLeod and Bryan Ash, watched the council leader Ann Pike "
        "speak on Friday.\n\n"
        "McLoud said Pike does not care about the crews.\n\n"
        '"It is not something that she says every day," she said.\n'
    )
    assert _speakers(text)["It is not something that she says every day,"] == "McLoud"


def test_a_headline_names_its_own_speaker_before_a_present_tense_verb() -> None:
    text = (
        "Ann Pike Warns of 'Reckless' Ferry Cuts\n\n"
        "Union leader Ann Pike spoke on Friday about the council's plans.\n"
    )
    assert _speakers(text)["Reckless"] == "Ann Pike"
    undecided = "Ferry Cuts Were 'Reckless'\n\nUnion leader Ann Pike spoke on Friday.\n"
    assert _speakers(undecided)["Reckless"] is None


def test_sentences_that_are_all_quotation_do_not_use_up_a_pronouns_window() -> None:
    text = HEADLINE + (
        "Okafor and Ann Pike last met in Leith in January.\n\n"
        '"We have had a really great relationship," Okafor said at the pier. The talks ran '
        "late. The harbour was busy with the praise for Ann Pike. The boats were full.\n\n"
        '"We will see."\n\n'
        '"We are joined at the hip," he said before turning to speak to Pike directly.\n'
    )
    assert _speakers(text)["We are joined at the hip,"] == "Okafor"


def test_a_participle_of_attack_takes_a_quoted_word_as_its_subjects() -> None:
    text = HEADLINE + (
        "Councillor Ivy Moss was overheard on an open microphone ripping the ferry plan, "
        'which was drawn up by her own party, as "rigged" and rushed.\n'
    )
    assert _speakers(text)["rigged"] == "Ivy Moss"


def test_a_document_opening_a_colon_lead_in_speaks() -> None:
    text = HEADLINE + (
        "The union sent the council a letter on Friday.\n\n"
        'The letter goes on: "We cannot agree to any cuts before the ferry is funded."\n'
    )
    assert _speakers(text)["We cannot agree to any cuts before the ferry is funded."] == (
        "the letter"
    )


def test_a_caucus_is_no_person_a_pronoun_can_take() -> None:
    text = HEADLINE + (
        "The crews have had no songs written for them, which is something that concerns "
        "Henry Cole, president of the Leith-based Harbour Democratic Black Caucus.\n\n"
        '"Nobody is writing songs for the ferry," he said.\n'
    )
    assert _speakers(text)["Nobody is writing songs for the ferry,"] == "Henry Cole"


def test_a_document_with_a_qualifier_before_its_verb_speaks() -> None:
    text = HEADLINE + (
        '"The ferry must stay public," a statement from the harbour committee said.\n\n'
        '"Boats flow from this gap into the next town," the suit says.\n\n'
        '"We will appeal," the group wrote.\n'
    )
    speakers = _speakers(text)
    assert speakers["The ferry must stay public,"] == "the statement"
    assert speakers["Boats flow from this gap into the next town,"] == "the suit"
    assert speakers["We will appeal,"] == "the group"


def test_an_organizations_unnamed_spokeswoman_is_its_speaker_as_described() -> None:
    text = HEADLINE + '"We never cut the ferry," an Acme spokeswoman said in an email.\n'
    assert _speakers(text)["We never cut the ferry,"] == "an Acme spokeswoman"


def test_as_someone_put_it_before_the_quote() -> None:
    text = HEADLINE + (
        "Councillors argue the report was urgent. As Sen. Rand Hale, R-Leith, put it, "
        '"We had a lot of warnings about the ferry and we did nothing."\n'
    )
    assert _speakers(text)["We had a lot of warnings about the ferry and we did nothing."] == (
        "Rand Hale"
    )


def test_a_described_name_with_an_appositive_before_its_verb() -> None:
    text = HEADLINE + (
        '"We will not stop," demonstrator Ivy Moss, a campaigner for the ferry trust, said.\n'
    )
    assert _speakers(text)["We will not stop,"] == "Ivy Moss"


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    text = HEADLINE + (
        "Pressure grew on party Chairman Michael Steele Sunday to resign.\n\n"
        'Hoping to calm the row, Steele put out a statement saying: "I regret the remarks."\n'
    )
    assert "Michael Steele" in _people(text)
    assert _speakers(text)["I regret the remarks."] == "Michael Steele"


def test_it_and_they_take_the_organization_or_government_named_last() -> None:
    text = HEADLINE + (
        "The Acme Ferry Company cut two crossings on Monday.\n\n"
        '"The cuts are temporary," it said in a statement.\n\n'
        "Norway sent a team to Leith on Friday.\n\n"
        '"We want to help," they said.\n'
    )
    speakers = _speakers(text)
    assert speakers["The cuts are temporary,"] == "Acme Ferry Company"
    assert speakers["We want to help,"] == "Government of Norway"
    outlet = HEADLINE + (
        'The Leith Ferry News reported the cuts first.\n\n"Nobody told the crews," they wrote.\n'
    )
    assert _speakers(outlet)["Nobody told the crews,"] is None


def test_present_tense_reporting_verbs_attribute() -> None:
    text = HEADLINE + (
        '"The ferry is our lifeline," Ann Pike argues.\n\n'
        '"We will not give it up," Harry Reed concludes.\n'
    )
    speakers = _speakers(text)
    assert speakers["The ferry is our lifeline,"] == "Ann Pike"
    assert speakers["We will not give it up,"] == "Harry Reed"


def test_a_phrase_someone_uses_is_theirs() -> None:
    text = HEADLINE + (
        'Council leader Harry Reed has used the phrase "ferry first" often in his campaign.\n\n'
        'The term "lifeline service" appears in the law.\n'
    )
    speakers = _speakers(text)
    assert speakers["ferry first"] == "Harry Reed"
    assert speakers["lifeline service"] is None


def test_a_role_as_subject_before_the_quote_is_the_person_the_story_is_about() -> None:
    text = HEADLINE + (
        "Ann Pike, who leads the ferry union, met Harry Reed on Friday.\n\n"
        'The union leader said: "We will not accept the cuts to the crossings."\n'
    )
    assert _speakers(text)["We will not accept the cuts to the crossings."] == "Ann Pike"
    text = HEADLINE + (
        "Harry Reed is a Democrat from Leith.\n\n"
        'The congressman told reporters: "We will not accept the cuts."\n'
    )
    assert _speakers(text)["We will not accept the cuts."] == "Harry Reed"
    official = HEADLINE + '"We will not accept the cuts," a union official said.\n'
    assert _speakers(official)["We will not accept the cuts,"] == "a union official"


def test_a_party_and_state_tag_is_never_a_name() -> None:
    text = HEADLINE + (
        'But Sen. Ivy Moss, R-S.C., called the absence "appalling and unacceptable."\n\n'
        'Sen. Pat Lee (D-Vt.) called the plan "a tawdry stunt" in a statement.\n'
    )
    speakers = _speakers(text)
    assert speakers["appalling and unacceptable."] == "Ivy Moss"
    assert speakers["a tawdry stunt"] == "Pat Lee"


def test_the_cue_names_the_speaker_rather_than_a_writers_participle() -> None:
    text = HEADLINE + (
        'Union leader Ann Pike warned that the cuts will be a "destructive" force in the '
        "town, adding more acrimony to the talks.\n"
    )
    (quote,) = extract_quotes(text, segment(text))
    assert quote.speaker == "Ann Pike"
    assert quote.cue is not None and quote.cue.text.endswith("Ann Pike warned")


def test_an_honorific_picks_the_family_member_of_that_gender() -> None:
    text = HEADLINE + (
        "Ted Voss and his wife, Ana Voss, run the harbour cafe.\n\n"
        '"We will close if the ferry goes," Mrs. Voss said.\n\n'
        '"It is our whole trade," Mr. Voss said.\n'
    )
    speakers = _speakers(text)
    assert speakers["We will close if the ferry goes,"] == "Ana Voss"
    assert speakers["It is our whole trade,"] == "Ted Voss"


def test_the_title_of_a_show_is_nobodys_statement() -> None:
    text = HEADLINE + (
        '"The ferry is a lifeline," Ann Pike said on the TV program "Harbour Nights." '
        '"It always has been."\n\nShe spoke on the "Morning Tide" show on Friday.\n'
    )
    speakers = _speakers(text)
    assert speakers["The ferry is a lifeline,"] == "Ann Pike"
    assert speakers["Harbour Nights."] is None
    assert speakers["Morning Tide"] is None
