"""Segmentation rules, one test per rule, on example texts written for these tests."""

from __future__ import annotations

import textwrap

import pytest
from newsdiff.core.segment import segment


def texts(text: str) -> list[str]:
    """The segment texts of ``text``."""
    return [s.text for s in segment(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` for every segment of ``text``."""
    return [(s.kind, s.text) for s in segment(text)]


# --- standalone lines ---------------------------------------------------------------------


def test_headline_is_its_own_segment() -> None:
    text = (
        "Ministers Agree On Fishing Quotas\n\nThe deal was signed on Tuesday. It runs for a year."
    )
    assert kinds(text) == [
        ("headline", "Ministers Agree On Fishing Quotas"),
        ("text", "The deal was signed on Tuesday."),
        ("text", "It runs for a year."),
    ]


def test_headline_without_blank_line_after_it() -> None:
    text = "Floods Close Schools in the North\nHeavy rain fell overnight. Roads were shut."
    assert kinds(text)[0] == ("headline", "Floods Close Schools in the North")
    assert texts(text)[1:] == ["Heavy rain fell overnight.", "Roads were shut."]


def test_section_heading_between_paragraphs() -> None:
    text = (
        "The council met on Monday to discuss the budget for next year.\n"
        "Background: Water and Power Costs\n"
        "Prices have risen sharply since the spring."
    )
    assert kinds(text) == [
        ("text", "The council met on Monday to discuss the budget for next year."),
        ("heading", "Background: Water and Power Costs"),
        ("text", "Prices have risen sharply since the spring."),
    ]


def test_sentence_case_section_labels_are_headings() -> None:
    text = (
        "A large study followed 80,000 adults for seven years.\n\n"
        "What the study found\n\n"
        "Walking more was linked to a lower risk.\n\n"
        "What it means for you\n\n"
        "Any walking helps, the authors said."
    )
    assert [k for k, _ in kinds(text)] == ["text", "heading", "text", "heading", "text"]


def test_a_short_quoted_sentence_on_its_own_is_text_not_a_heading() -> None:
    # News prints a short quotation as a paragraph of its own; its full stop is inside the marks.
    for quoted in ("“We will win.”", '"Nobody will stop us."', "‘It is over!’"):
        text = f"The board met on Monday.\n\n{quoted}\n\nNobody agreed."
        assert kinds(text)[1] == ("text", quoted)


def test_a_line_cut_off_mid_sentence_is_not_a_section_label() -> None:
    text = "The board met on Monday.\n\nAt the time, the mayor claimed that\n\nNobody agreed."
    assert kinds(text)[1] == ("text", "At the time, the mayor claimed that")


def test_a_long_unpunctuated_paragraph_is_not_a_section_label() -> None:
    line = "the council is expected to vote on the plan at its next meeting in the spring"
    text = f"The board met on Monday.\n\nOfficials said {line}\n\nNobody agreed."
    assert kinds(text)[1][0] == "text"


def test_title_case_line_ending_in_a_full_stop_is_not_a_heading() -> None:
    text = "The board met.\nNobody Came Back.\nThe room stayed empty."
    assert [k for k, _ in kinds(text)] == ["text", "text", "text"]


def test_question_heading_in_title_case() -> None:
    text = "The board met on Monday.\nWhat Happens Next?\nA vote is due in May."
    assert kinds(text)[1] == ("heading", "What Happens Next?")


def test_question_heading_in_sentence_case() -> None:
    text = (
        "Walking more was linked to a lower risk.\n\n"
        "Why does it matter?\n\n"
        "Heart disease is the leading cause of death.\n\n"
        "Is this the first such study of its kind anywhere in Europe?\n\n"
        "“Why now?”\n\n"
        "Nobody answered."
    )
    found = kinds(text)
    assert found[1] == ("heading", "Why does it matter?")
    assert found[3][0] == "text"  # eleven words: a question asked in the text
    assert found[4] == ("text", "“Why now?”")  # somebody's words


def test_first_line_that_is_a_sentence_is_not_a_headline() -> None:
    text = (
        "The mayor resigned on Friday after a long dispute with the council.\nShe gave no reason."
    )
    assert [k for k, _ in kinds(text)] == ["text", "text"]


def test_truncated_sentence_is_still_a_segment() -> None:
    text = (
        "The vote was close.\n\nLater that evening, the chairman announced that\n\n"
        "Protesters gathered outside."
    )
    assert kinds(text) == [
        ("text", "The vote was close."),
        ("text", "Later that evening, the chairman announced that"),
        ("text", "Protesters gathered outside."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe",
        "By JANE ROE and MARK LEE, Associated Press",
        "Written By",
        "Reporting by Ana Li",
    ],
)
def test_byline_lines(line: str) -> None:
    text = f"Storm Hits the Coast\n{line}\nThe storm arrived at dawn."
    assert ("byline", line) in kinds(text)


def test_advertisement_line_stands_alone() -> None:
    text = "The port reopened on Sunday.\nAdvertisement\nShips queued to enter the harbour."
    assert texts(text) == [
        "The port reopened on Sunday.",
        "Advertisement",
        "Ships queued to enter the harbour.",
    ]


def test_advertisement_inside_a_broken_paragraph_does_not_join_it() -> None:
    text = "Officials said the\nADVERTISEMENT\nbridge would reopen."
    assert "ADVERTISEMENT" in texts(text)


def test_photo_caption_and_credit_do_not_join_the_story() -> None:
    text = (
        "Rescue workers search the rubble in the old town on Tuesday. (AP Photo/Lee Park)\n"
        "The earthquake struck before dawn."
    )
    result = texts(text)
    assert result[-1] == "The earthquake struck before dawn."
    assert "Rescue workers search the rubble in the old town on Tuesday." in result
    assert all(s.kind == "text" for s in segment(text))


def test_colon_line_introducing_a_quotation_is_its_own_segment() -> None:
    text = "The minister ended with a warning:\n“Nobody should doubt our resolve,” she said."
    assert texts(text) == [
        "The minister ended with a warning:",
        "“Nobody should doubt our resolve,” she said.",
    ]


def test_paragraphs_separated_by_blank_lines() -> None:
    text = "First paragraph here.\n\n\nSecond paragraph. Two sentences.\n\n  Third.  \n"
    assert texts(text) == [
        "First paragraph here.",
        "Second paragraph.",
        "Two sentences.",
        "Third.",
    ]


# --- lists and Markdown ---------------------------------------------------------------------


def test_bullets_are_segments_and_keep_their_marker() -> None:
    text = (
        "Key facts\n- Turnout was 61 percent\n* Counting ends on Friday\n• Results are final\n"
        "1. First step\n2) Second step"
    )
    assert kinds(text)[1:] == [
        ("bullet", "- Turnout was 61 percent"),
        ("bullet", "* Counting ends on Friday"),
        ("bullet", "• Results are final"),
        ("bullet", "1. First step"),
        ("bullet", "2) Second step"),
    ]


def test_bullet_with_two_sentences_splits_and_stays_a_bullet() -> None:
    text = "- Prices rose. Wages did not.\n- Rents fell."
    assert kinds(text) == [
        ("bullet", "- Prices rose."),
        ("bullet", "Wages did not."),
        ("bullet", "- Rents fell."),
    ]


def test_bullet_with_indented_continuation_line() -> None:
    text = "- The plan covers schools, hospitals\n  and roads in three districts\n- Done."
    assert texts(text) == [
        "- The plan covers schools, hospitals\n  and roads in three districts",
        "- Done.",
    ]


def test_markdown_headings() -> None:
    text = "# Budget Day\n\nThe budget was tabled. It cuts taxes.\n\n## What Changes\n\nLess tax."
    assert kinds(text) == [
        ("headline", "# Budget Day"),
        ("text", "The budget was tabled."),
        ("text", "It cuts taxes."),
        ("heading", "## What Changes"),
        ("text", "Less tax."),
    ]


def test_rule_line_is_kept_but_alone() -> None:
    text = "End of part one.\n\n* * *\n\nPart two begins."
    assert texts(text) == ["End of part one.", "* * *", "Part two begins."]


# --- datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    ["Mumbai:", "NAIROBI:", "BERLIN (Reuters) -", "LIMA, Peru (AP) —", "OSLO, March 3 (Reuters) -"],
)
def test_dateline_belongs_to_the_first_sentence(dateline: str) -> None:
    text = f"{dateline} The central bank held rates steady. Markets rose."
    assert texts(text) == [
        f"{dateline} The central bank held rates steady.",
        "Markets rose.",
    ]


@pytest.mark.parametrize("dateline", ["CAIRO (AP) —", "NAIROBI:", "QUITO, Ecuador —"])
def test_dateline_on_its_own_line_joins_the_first_sentence(dateline: str) -> None:
    text = f"{dateline}\nThe election result was announced late. Turnout was low."
    assert texts(text) == [
        f"{dateline}\nThe election result was announced late.",
        "Turnout was low.",
    ]


# --- abbreviations and numbers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. envoy met the U.K. minister at the U.N. headquarters.",
        "The U.S., compared with its allies, spent more on aid.",
        "Foreign Minister R. Sharma spoke first.",
        "Mr. Lopez and Mrs. Chen met Dr. Okafor and Gen. Ruiz.",
        "Sen. Ada Holt and Rep. Tom Ng voted against it.",
        "The law takes effect on Jan. 5 and expires on Sept. 30.",
        "He lives at No. 10 and works on pp. 4-7 of the report.",
        "The meeting ends at 5 p.m. on Friday.",
        "The meeting ends at 5 p.m. Eastern time.",
        "J.R.R. Tolkien and C.S. Lewis were friends.",
        "Some fruits, e.g. apples, keep well.",
        "Growth slowed to 3.5% from 4.25% last year.",
        "Details are at https://example.org/report.pdf and news.example.com today.",
        "Write to desk.editor@example.com for copies.",
        "St. Louis and Ft. Worth are cities.",
        "She earned a Ph.D. in physics.",
        "The bill passed, said Del. Nia Pike of the island territory.",
        "Calif. Gov. Ann Roe and Lt. Gov. Tom Hale signed it.",
        "Va. Del. Marcia Okoro and Md. Sen. Tim Lowe agreed.",
        "The Va. Department of Transportation closed the road.",
        "He met the mayor of Dover, Del., on Friday.",
    ],
)
def test_abbreviations_and_numbers_do_not_end_a_sentence(sentence: str) -> None:
    assert texts(sentence + " Another sentence follows.") == [sentence, "Another sentence follows."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Talks resumed in the U.S.", "The mood was calm."),
        ("The summit ended at 4 p.m.", "It was short."),
        ("They sold fruit, bread, etc.", "But sales were slow."),
        ("The store is on Main St.", "It opens at nine."),
        ("Shares of Acme Inc.", "They rose."),
        ("They sold maps, books etc.", "Neither sold well."),
        ("We met in the U.S.", "They’re leaving soon."),
        ("He moved to Springfield, Va.", "The next day he left."),
        ("She was born in Dover, Del.", "Police found her there."),
        ("They live in Fresno, Calif.", "Tom Hale runs the farm."),
    ],
)
def test_abbreviation_at_a_sentence_end_before_a_sentence_starter(first: str, second: str) -> None:
    assert texts(f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polls close at 8 p.m. ET on Tuesday.",
        "It opens at 9 a.m. Monday.",
        "At 5 p.m. (2100 GMT) it ended.",
    ],
)
def test_clock_times_continue_before_zones_days_and_brackets(sentence: str) -> None:
    assert texts(sentence + " Then more.") == [sentence, "Then more."]


def test_clock_time_before_a_capitalised_noun_ends_the_sentence() -> None:
    text = "The fire started at 2 a.m. Police said it spread fast."
    assert texts(text) == ["The fire started at 2 a.m.", "Police said it spread fast."]


def test_letter_label_opening_a_paragraph_is_not_a_sentence() -> None:
    text = "Q. When will the deal be signed?\nA. Nobody knows yet."
    assert texts(text) == ["Q. When will the deal be signed?", "A. Nobody knows yet."]


def test_sentence_may_start_with_a_number() -> None:
    assert texts("Sales fell in 2023. 2024 was better.") == [
        "Sales fell in 2023.",
        "2024 was better.",
    ]


# --- quotations -----------------------------------------------------------------------------


def test_closing_quote_stays_with_the_sentence() -> None:
    text = "He called the offer “fair and final.” Talks end today."
    assert texts(text) == ["He called the offer “fair and final.”", "Talks end today."]


def test_straight_quotes_too() -> None:
    text = 'She said the plan was "dead." Nobody disagreed.'
    assert texts(text) == ['She said the plan was "dead."', "Nobody disagreed."]


def test_multi_sentence_quotation_splits_with_attribution_on_the_last_piece() -> None:
    text = "“We waited for years. We will wait no longer. The time is now,” the mayor said."
    assert texts(text) == [
        "“We waited for years.",
        "We will wait no longer.",
        "The time is now,” the mayor said.",
    ]


def test_quotation_opened_after_a_colon_splits_inside() -> None:
    text = "The chief was blunt: “We lost money. That must stop.”"
    assert texts(text) == ["The chief was blunt: “We lost money.", "That must stop.”"]


@pytest.mark.parametrize(
    "text",
    [
        "“Is this fair?” he asked.",
        "“Stop this now!” she shouted.",
        "“Why now?” Mayor Lina Park asked reporters.",
        "“Enough!” Secretary of State Ann Lee said.",
        "“Who decided?” asked the judge.",
    ],
)
def test_question_or_exclamation_before_the_attribution_does_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_question_in_quotes_followed_by_a_new_sentence_splits() -> None:
    text = "“Is this fair?” The question hung in the air."
    assert texts(text) == ["“Is this fair?”", "The question hung in the air."]


def test_quote_closed_by_a_full_stop_then_a_sentence_about_the_speaker_splits() -> None:
    text = "“We will respond.” Lopez said the army was ready."
    assert texts(text) == ["“We will respond.”", "Lopez said the army was ready."]


def test_quote_closed_by_a_full_stop_keeps_a_bare_attribution() -> None:
    text = "“We will respond.” Lopez said. The army was ready."
    assert texts(text) == ["“We will respond.” Lopez said.", "The army was ready."]


def test_quote_then_pronoun_sentence_splits() -> None:
    text = "“That is over.” He said nothing more."
    assert texts(text) == ["“That is over.”", "He said nothing more."]


# --- ellipses -----------------------------------------------------------------------------


def test_ellipses() -> None:
    assert texts("It was... fine, really.") == ["It was... fine, really."]
    assert texts("He paused... Then he spoke.") == ["He paused...", "Then he spoke."]
    assert texts("She waited… Nothing came.") == ["She waited…", "Nothing came."]
    assert texts("“We will … Defend the border,” he said.") == [
        "“We will … Defend the border,” he said."
    ]


# --- line breaks ----------------------------------------------------------------------------


def test_sentence_hard_wrapped_mid_clause_is_one_segment() -> None:
    text = "“We have a plan. We see a real\nchance to fix the roads,” she said."
    assert texts(text) == ["“We have a plan.", "We see a real\nchance to fix the roads,” she said."]


def test_line_ending_in_a_comma_continues() -> None:
    text = "The fund, which opened in March,\nRaised a lot of money."
    assert texts(text) == [text]


def test_line_ending_on_a_function_word_continues_before_a_name() -> None:
    text = "The treaty was signed by the\nForeign Minister of Chile on Friday."
    assert texts(text) == [text]


def test_line_ending_on_a_function_word_before_a_new_sentence_stays_truncated() -> None:
    text = "The governor said that\nIn the north, roads stayed closed."
    assert texts(text) == ["The governor said that", "In the north, roads stayed closed."]


def test_by_followed_by_lower_case_is_not_a_byline() -> None:
    text = "Prices Rise Again\nBy the end of June\nShops raised prices."
    assert ("byline", "By the end of June") not in kinds(text)


def test_long_lines_without_blank_lines_are_paragraphs() -> None:
    text = (
        "The first paragraph is a single long line that ends with a full stop.\n"
        "The second paragraph is another long line and it also ends properly."
    )
    assert len(texts(text)) == 2


PARAGRAPHS = [
    "The river rose two metres overnight, flooding low-lying farms and cutting the main road "
    "to the capital. Mr. Diallo, the regional governor, said the army would deliver food by "
    "boat. “We have never seen water like this. The old dykes simply gave way,” he told "
    "reporters on Tuesday.",
    "Forecasters expect more rain on Jan. 12 and 13. The U.S. embassy advised citizens to "
    "avoid travel. Aid groups, e.g. the Red Cross, have sent teams to the area.",
]


@pytest.mark.parametrize("width", [40, 60, 72, 100])
def test_hard_wrapped_document_segments_like_the_unwrapped_one(width: int) -> None:
    flat = "\n\n".join(PARAGRAPHS)
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)
    assert [" ".join(t.split()) for t in texts(wrapped)] == texts(flat)


def test_hard_wrapped_document_keeps_its_headline_and_heading() -> None:
    body = textwrap.fill(PARAGRAPHS[0], 60)
    text = f"River Floods Farms in the South\n{body}\n\nMore Rain Forecast\n\n{body}"
    result = kinds(text)
    assert result[0] == ("headline", "River Floods Farms in the South")
    assert ("heading", "More Rain Forecast") in result


# --- the model contract ----------------------------------------------------------------------


def test_indices_offsets_and_kinds() -> None:
    text = "Title Line Here\n\nOne sentence. Two sentence.\n- a bullet\nBy Ann Roe"
    result = segment(text)
    assert [s.index for s in result] == list(range(len(result)))
    for s in result:
        assert text[s.start : s.end] == s.text
        assert s.kind in {"headline", "heading", "bullet", "byline", "text"}


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_blank_text_has_no_segments(text: str) -> None:
    assert segment(text) == ()


def test_sentence_case_first_line_is_a_headline() -> None:
    text = "Teachers quit as budget cuts bite\n\nSchools lost staff. Parents worry."
    assert kinds(text)[0] == ("headline", "Teachers quit as budget cuts bite")


# --- whole articles in other outlets' styles (written for these tests) ----------------------

WIRE_STORY = """\
Storm Floods River Towns; Thousands Leave Homes

By Lena Ortiz and Sam Adeyemi
Associated Press

QUITO, Ecuador (AP) — Heavy rain flooded towns along the Napo River on Saturday, forcing \
more than 8,000 people from their homes, officials said.

The river crested at about 3 a.m. near the town of El Coca. Water rose 4.5 metres (15 feet), \
according to the national risk agency.

“We have never seen water this high,” said Gov. Ana Ruiz. “Whole streets are gone. We need \
boats and clean water.”

Advertisement

Rescuers carry an elderly man through floodwater in El Coca on Saturday, Oct. 12, 2024. \
(AP Photo/Dario Vela)

The U.S. Embassy said it was ready to help. No. 2 on its list is drinking water.

___

Associated Press writer Kim Tran contributed to this report.
"""


def test_wire_story() -> None:
    assert kinds(WIRE_STORY)[:2] == [
        ("headline", "Storm Floods River Towns; Thousands Leave Homes"),
        ("byline", "By Lena Ortiz and Sam Adeyemi"),
    ]
    assert texts(WIRE_STORY)[2:] == [
        "Associated Press",
        "QUITO, Ecuador (AP) — Heavy rain flooded towns along the Napo River on Saturday, forcing "
        "more than 8,000 people from their homes, officials said.",
        "The river crested at about 3 a.m. near the town of El Coca.",
        "Water rose 4.5 metres (15 feet), according to the national risk agency.",
        "“We have never seen water this high,” said Gov. Ana Ruiz.",
        "“Whole streets are gone.",
        "We need boats and clean water.”",
        "Advertisement",
        "Rescuers carry an elderly man through floodwater in El Coca on Saturday, Oct. 12, 2024.",
        "(AP Photo/Dario Vela)",
        "The U.S. Embassy said it was ready to help.",
        "No. 2 on its list is drinking water.",
        "___",
        "Associated Press writer Kim Tran contributed to this report.",
    ]


MARKDOWN_STORY = """\
# Four things to know about the port deal

*Updated 9:05 a.m. ET, Dec. 2, 2025*

The deal, signed in Lisbon on Monday, cuts fees at 12 ports. Here is what changes:

1. Fees fall by 20% from Jan. 1.
2. Night shifts return.

## Who objects

- Dock unions, which call it "a giveaway."
* Some analysts, e.g. Prof. Rui Costa, say savings are small.
"""


def test_markdown_story() -> None:
    assert kinds(MARKDOWN_STORY) == [
        ("headline", "# Four things to know about the port deal"),
        ("heading", "*Updated 9:05 a.m. ET, Dec. 2, 2025*"),
        ("text", "The deal, signed in Lisbon on Monday, cuts fees at 12 ports."),
        ("text", "Here is what changes:"),
        ("bullet", "1. Fees fall by 20% from Jan. 1."),
        ("bullet", "2. Night shifts return."),
        ("heading", "## Who objects"),
        ("bullet", '- Dock unions, which call it "a giveaway."'),
        ("bullet", "* Some analysts, e.g. Prof. Rui Costa, say savings are small."),
    ]


REUTERS_STYLE = """\
OSLO, March 3 (Reuters) - Norway's central bank held its key rate at 4.5% on Thursday, as expected.
"Inflation is still too high," Governor Ida Wolden Bache told reporters. "We must be patient."
The crown firmed 0.2% against the euro after the decision.
Reporting by Nora Lund; Editing by Mark Potter
"""


def test_reuters_style_story_without_blank_lines() -> None:
    assert kinds(REUTERS_STYLE) == [
        (
            "text",
            "OSLO, March 3 (Reuters) - Norway's central bank held its key rate at 4.5% on "
            "Thursday, as expected.",
        ),
        ("text", '"Inflation is still too high," Governor Ida Wolden Bache told reporters.'),
        ("text", '"We must be patient."'),
        ("text", "The crown firmed 0.2% against the euro after the decision."),
        ("byline", "Reporting by Nora Lund; Editing by Mark Potter"),
    ]
