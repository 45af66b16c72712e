"""Speaker attribution on newsroom patterns, with example sentences written for these tests.

US political coverage ("Mr. X said", "said Y, a spokesman for Z", quotes over paragraphs, dash
attribution, colon lead-ins, a speaker named in the sentence before) and the diplomatic-wire
patterns (titles stripped, "he said", surnames, governments as bodies, scare quotes).
"""

from __future__ import annotations

import pytest
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment


def speakers(text: str) -> dict[str, str | None]:
    """Each quote's first words → its speaker."""
    return {
        " ".join(quote.text.split()[:3]): quote.speaker
        for quote in extract_quotes(text, segment(text))
    }


def speaker_of(text: str, start: str) -> str | None:
    for quote in extract_quotes(text, segment(text)):
        if quote.text.startswith(start):
            return quote.speaker
    raise AssertionError(f"no quote starting {start!r} in {text!r}")


US_STORY = """\
Senators Clash Over Spending Bill

WASHINGTON \u2014 Senator Elaine Whitford of Ohio spent the morning on the phone with donors. \
"We are not going to blink first," Ms. Whitford said in an interview on Tuesday.

The agency declined to release the memo. "The review is ongoing and we will not comment \
further," said Daniel Okafor, a spokesman for the Department of Homeland Security.

Gov. Rebecca Lindqvist laid out her plan at a news conference in Albany.

"We will cut the waiting lists in half by the end of next year. Every family that needs a bed \
will get one.

"And we will pay for it without raising a single tax," she said.

"The economy is stronger than the headlines suggest" \u2014 President Harold Benning said on \
Friday, a day after the jobs report.

Representative Tom Alvarez, a Democrat from Arizona, has opposed the bill for months. \
Mr. Alvarez put it bluntly at a rally on Saturday:
"We have the votes, and we are going to use them."

Speaker Marjorie Quill was asked about the shutdown deadline on Sunday.
"Nobody wants a shutdown. We will have a bill on the floor by Thursday."

Senator Paul Ridge, who chairs the Armed Services Committee, said the plan was "dead on arrival."
The deal is "all but done," according to Lisa Marsh, the House majority whip.
Mr. Ridge told reporters: "We will hold hearings."
The so-called "compromise" left both parties unhappy.
"We're not done," Ridge added. "And we will win."
"That is false," said Senator Ridge.
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("We are not going to blink", "Elaine Whitford"),  # Ms. X said → full name
        ("The review is ongoing", "Daniel Okafor"),  # said Y, a spokesman for Z
        ("We will cut the waiting", "Rebecca Lindqvist"),  # over two paragraphs, "she said"
        ("The economy is stronger", "Harold Benning"),  # attribution after a dash
        ("We have the votes", "Tom Alvarez"),  # colon lead-in on the line before
        ("Nobody wants a shutdown", "Marjorie Quill"),  # speaker named in the sentence before
        ("dead on arrival", "Paul Ridge"),  # X, who …, said
        ("all but done", "Lisa Marsh"),  # according to X
        ("We will hold hearings", "Paul Ridge"),  # Mr. X told reporters:
        ("compromise", None),  # scare quotes
        ("We're not done", "Paul Ridge"),  # surname + added
        ("And we will win", "Paul Ridge"),  # second half of an interrupted quote
        ("That is false", "Paul Ridge"),  # said + title + surname
    ],
)
def test_us_political_coverage(start: str, speaker: str | None) -> None:
    assert speaker_of(US_STORY, start) == speaker


def test_a_statement_over_two_paragraphs_is_a_quote_per_paragraph_with_one_speaker() -> None:
    quotes = extract_quotes(US_STORY, segment(US_STORY))
    (first,) = [q for q in quotes if "waiting" in q.text]
    (second,) = [q for q in quotes if q.text.endswith("single tax,")]
    assert "\n" not in first.text and "\n" not in second.text
    assert first.end < second.start
    assert first.speaker == second.speaker == "Rebecca Lindqvist"


WIRE_STORY = """\
Foreign Minister Amara Kello of Kenya said on Monday that talks with Ethiopia would resume.
Kello described the dispute as a "temporary setback", adding that trade would continue.
"We have no quarrel with our neighbours. We want the road finished," he said.
Later, Kello met Prime Minister Jonas Berhe in Addis Ababa. "The road will be finished \
next year," Berhe said.
Nairobi termed the border closure "unfair and unnecessary."
Separately, Berhe told reporters that the closure was "a misunderstanding", while the \
ministry called it "a pause."
The minister's trip was part of an effort to "reset" regional ties.
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("temporary setback", "Amara Kello"),  # title stripped, surname resolved
        ("We have no quarrel", "Amara Kello"),  # "he said" → the person in subject position
        ("The road will be", "Jonas Berhe"),
        ("unfair and unnecessary.", "Government of Kenya"),  # a capital speaks for a country
        ("a misunderstanding", "Jonas Berhe"),  # told reporters that …
        ("reset", None),  # the writer's word
    ],
)
def test_wire_patterns(start: str, speaker: str | None) -> None:
    assert speaker_of(WIRE_STORY, start) == speaker


def test_participle_takes_the_subject_of_the_main_clause() -> None:
    text = (
        "Further defending his record, Chancellor Ilse Marten praised the mayors of Lyon and "
        'Porto, referring to Mayor Jean Dufort and Mayor Rui Salgado as "true partners".'
    )
    assert speaker_of(text, "true partners") == "Ilse Marten"


def test_possessive_claim_belongs_to_its_owner() -> None:
    text = (
        "President Omar Haddad visited the dam in June. "
        'While Egypt denied Haddad\u2019s claims that he "brokered" the deal, it thanked him.'
    )
    assert speaker_of(text, "brokered") == "Omar Haddad"


def test_a_later_said_in_the_sentence_attributes_an_embedded_quote() -> None:
    text = (
        "The plan will not come at the expense of its \u201cdeep and lasting\u201d ties with "
        "Chile, Trade Minister Lucia Ferro said on Friday."
    )
    assert speaker_of(text, "deep and lasting") == "Lucia Ferro"


def test_government_phrases_name_the_body() -> None:
    text = 'Indian officials called the report "baseless."'
    assert speaker_of(text, "baseless") == "Government of India"


def test_continuation_after_an_interruption_keeps_the_speaker() -> None:
    text = (
        "Senator Ana Ruiz spoke first.\n"
        "\u201cWe will not wait,\u201d Ruiz said. \u201cThe families have waited long enough.\u201d"
    )
    assert speakers(text) == {
        "We will not": "Ana Ruiz",
        "The families have": "Ana Ruiz",
    }


def test_a_surname_before_the_full_name_still_resolves() -> None:
    text = (
        "- Okafor calls the review \u201cslow but safe\u201d.\n"
        "Agency spokesman Daniel Okafor said the review would take a month."
    )
    assert speaker_of(text, "slow but safe") == "Daniel Okafor"


def test_pronoun_she_prefers_a_woman_named_with_an_honorific() -> None:
    text = (
        "Ms. Carla Voss met Mr. Ben Hale on Tuesday. Mr. Hale left early.\n"
        "\u201cWe made progress,\u201d she said."
    )
    assert speaker_of(text, "We made progress") == "Carla Voss"


def test_no_quotes_no_speakers() -> None:
    assert speakers("Nobody said anything at all.") == {}


FARM_STORY = """\
DES MOINES, Iowa \u2014 Agriculture Secretary Dana Whitcomb told a town hall on Thursday that \
relief checks would arrive "within weeks, not months," a promise that drew murmurs.

"I have heard that before," said Mark Jelinek, a soybean farmer from Ames. "Last year they \
said the same thing."

Senator Luis Ortega, a Republican who sits on the Agriculture Committee, was more blunt: "If \
the checks don't come by Christmas, we will hold hearings."

China's commerce ministry said in a statement that the tariffs were "a unilateral act."

Farmers like Mr. Jelinek say they are tired of waiting. He described the mood as "grim."
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("within weeks, not", "Dana Whitcomb"),  # X told … that "…", dateline skipped
        ("I have heard", "Mark Jelinek"),
        ("Last year they", "Mark Jelinek"),  # continuation after "said Y, a …"
        ("If the checks", "Luis Ortega"),  # appositive with a relative clause, colon lead-in
        ("a unilateral act.", "Government of China"),  # a country's ministry speaks
        ("grim.", "Mark Jelinek"),  # "He described" after "Mr. Jelinek"
    ],
)
def test_held_out_farm_story(start: str, speaker: str | None) -> None:
    assert speaker_of(FARM_STORY, start) == speaker


def test_a_role_stands_for_the_person_named_with_it() -> None:
    text = (
        "Senator Paul Ridge met Foreign Minister Lena Sorn in Oslo on Monday.\n"
        '"We agreed on the basics," the senator said after the meeting.\n'
        '"There is more to do," said the foreign minister.\n'
        'The senator told reporters: "Talks resume in June."\n'
    )
    assert speakers(text) == {
        "We agreed on": "Paul Ridge",
        "There is more": "Lena Sorn",
        "Talks resume in": "Paul Ridge",
    }


UK_STORY = """\
The Transport Secretary, Helen Marsh, has defended plans to cut rural rail services, calling \
them 'painful but necessary'.

Speaking in the Commons on Tuesday, Ms Marsh said: 'Nobody enters politics to close stations. \
But the money has run out.'

Labour's transport spokesman, Dev Patel, said the cuts would 'devastate' communities. 'This is \
a betrayal of every promise,' he told MPs.

One commuter, Sarah Hill, 34, says she will now drive to work. 'What choice do I have?' she asks.

'We are listening,' a Department for Transport spokesperson said, 'and no final decision has \
been taken.'
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("painful but necessary", "Helen Marsh"),  # appositive name, participle "calling"
        ("Nobody enters politics", "Helen Marsh"),  # British single quotes, colon lead-in
        ("devastate", "Dev Patel"),
        ("This is a", "Dev Patel"),  # "he told MPs"
        ("What choice do", "Sarah Hill"),  # present tense "she asks"
        ("We are listening", "Department for Transport"),  # an unnamed spokesperson's body
        ("and no final", "Department for Transport"),  # the resumed half
    ],
)
def test_british_single_quotes_and_unnamed_spokespeople(start: str, speaker: str | None) -> None:
    assert speaker_of(UK_STORY, start) == speaker


def test_a_quote_resumed_after_its_attribution_is_full() -> None:
    (_first, second) = extract_quotes(UK_STORY, segment(UK_STORY))[-2:]
    assert second.text.startswith("and no final") and second.kind == "full"


COUNCIL_STORY = """\
Council member Rosa Delgado of the 4th District cast the deciding vote late Wednesday. "I did \
not take this lightly," Delgado, 52, said.

"It's a compromise \u2014 nobody got everything they wanted \u2014 but it keeps the libraries \
open," said council President Aaron Feld of Queens.

"This budget protects the essentials," Mayor Keisha Grant said in a statement, calling the \
outcome "a win for working families."

Ms. Grant has clashed with the council before. In March, she accused members of "playing games."

Opponents were unmoved. "We'll be back next year," vowed Tom Brennan, who leads the Taxpayers \
Alliance.
"""


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("I did not", "Rosa Delgado"),  # "X, 52, said"; "of the 4th District" not in the name
        ("It's a compromise", "Aaron Feld"),  # said council President X of Y; dashes inside
        ("This budget protects", "Keisha Grant"),
        ("a win for", "Keisha Grant"),  # participle "calling" after an attribution
        ("playing games.", "Keisha Grant"),  # "she accused"
        ("We'll be back", "Tom Brennan"),  # "vowed X, who …"
    ],
)
def test_council_story(start: str, speaker: str | None) -> None:
    assert speaker_of(COUNCIL_STORY, start) == speaker
